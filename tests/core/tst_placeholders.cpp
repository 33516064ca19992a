// R5 (placeholders in one namespace per file) and R6 (parameter types look in their source).
#include "AvailableNames.h"
#include "Placeholders.h"
#include "SystemValues.h"
#include "Workflow.h"

#include <QTest>

using namespace scanflow;

class TestPlaceholders : public QObject
{
    Q_OBJECT

private slots:
    void R5_replacesKnownNamesAndKeepsUnknownVerbatim()
    {
        PlaceholderContext c;
        c.setCustomValue(QStringLiteral("docType"), QStringLiteral("invoice"));
        const RenderResult r = renderPlaceholders(QStringLiteral("a/[docType]/[missing]/[1,2]"), c);
        QCOMPARE(r.text, QStringLiteral("a/invoice/[missing]/[1,2]"));
        QCOMPARE(r.unresolved, QStringList{QStringLiteral("missing")});
    }

    void R5_caseModifiers()
    {
        PlaceholderContext c;
        c.setTerminalValues({{QStringLiteral("dept"), QStringLiteral("Sales Dept")}});
        QCOMPARE(renderPlaceholders(QStringLiteral("[dept:upper]-[dept:lower]-[dept]"), c).text,
                 QStringLiteral("SALES DEPT-sales dept-Sales Dept"));
        const RenderResult unknown = renderPlaceholders(QStringLiteral("[dept:title]"), c);
        QCOMPARE(unknown.text, QStringLiteral("[dept:title]"));
        QCOMPARE(unknown.unresolved, QStringList{QStringLiteral("dept:title")});
    }

    void R5_precedenceSystemThenResponseThenUserThenCustomThenTerminal()
    {
        PlaceholderContext c;
        const QString k = QStringLiteral("k");
        c.setTerminalValues({{k, QStringLiteral("terminal")}, {QStringLiteral("username"), QStringLiteral("mallory")}});
        QCOMPARE(*c.lookup(k), QStringLiteral("terminal"));
        c.setCustomValue(k, QStringLiteral("custom"));
        QCOMPARE(*c.lookup(k), QStringLiteral("custom"));
        c.setUserValues({{k, QStringLiteral("user")}});
        QCOMPARE(*c.lookup(k), QStringLiteral("user"));
        c.setResponseValue(k, QStringLiteral("response"));
        QCOMPARE(*c.lookup(k), QStringLiteral("response"));
        c.setSystemValues({{k, QStringLiteral("system")}, {QStringLiteral("username"), QStringLiteral("alice")}});
        QCOMPARE(*c.lookup(k), QStringLiteral("system"));
        // A terminal value can never pose as the delivering user.
        QCOMPARE(*c.lookup(QStringLiteral("username")), QStringLiteral("alice"));
    }

    void R6_typedLookupUsesOnlyItsSource()
    {
        PlaceholderContext c;
        c.setTerminalValues({{QStringLiteral("x"), QStringLiteral("t")}});
        c.setResponseValue(QStringLiteral("jobId"), QStringLiteral("J-7"));
        QCOMPARE(*c.lookup(ParamType::Terminal, QStringLiteral("x")), QStringLiteral("t"));
        QVERIFY(!c.lookup(ParamType::Response, QStringLiteral("x")));
        QCOMPARE(*c.lookup(ParamType::Response, QStringLiteral("jobId")), QStringLiteral("J-7"));
        QVERIFY(!c.lookup(ParamType::System, QStringLiteral("jobId")));
    }

    void R5_systemValues()
    {
        Workflow w;
        w.name = QStringLiteral("Invoices");
        DocumentInfo d;
        d.filePath = QStringLiteral("/tmp/scan 01.final.pdf");
        d.fileSize = 20480;
        d.userName = QStringLiteral("alice");
        d.userEmail = QStringLiteral("alice@example.com");
        d.mimeType = QStringLiteral("application/pdf");
        d.startedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 89));
        const auto v = systemValues(w, d);
        QCOMPARE(v.value(QStringLiteral("timestamp")), QStringLiteral("20260304050607089"));
        QCOMPARE(v.value(QStringLiteral("documentname")), QStringLiteral("scan 01.final"));
        QCOMPARE(v.value(QStringLiteral("filename")), QStringLiteral("scan 01.final.pdf"));
        QCOMPARE(v.value(QStringLiteral("file_size")), QStringLiteral("20480"));
        QCOMPARE(v.value(QStringLiteral("workflow_name")), QStringLiteral("Invoices"));
        QCOMPARE(v.value(QStringLiteral("username")), QStringLiteral("alice"));
        QCOMPARE(v.value(QStringLiteral("user_email")), QStringLiteral("alice@example.com"));
        QCOMPARE(v.value(QStringLiteral("date")), QStringLiteral("2026-03-04"));
    }

    void placeholderNamesAreListedOnce()
    {
        QCOMPARE(placeholderNames(QStringLiteral("[a]/[b:upper]/[a]/[9]/[ c]")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void Z14_thePickerListsOnlyWhatExists()
    {
        // G-UI-6: user-specific keys only on a user-specific workflow; [metadata] always.
        Workflow w;
        Step s;
        s.kind = StepKind::Delivery;
        Parameter code;
        code.key = QStringLiteral("customerCode");
        code.value = QStringLiteral("Customer code");
        code.type = ParamType::User;
        s.params.append(code);
        w.destination.steps.append(s);
        const auto has = [&](const QString &name) {
            const QList<AvailableName> names = namesAvailableAt(w, 0);
            return std::any_of(names.cbegin(), names.cend(), [&](const AvailableName &n) { return n.name == name; });
        };
        QVERIFY(!has(QStringLiteral("customerCode")));
        QVERIFY(has(QStringLiteral("metadata")));
        w.userSpecific = true;
        QVERIFY(has(QStringLiteral("customerCode")));
    }
};

QTEST_GUILESS_MAIN(TestPlaceholders)
#include "tst_placeholders.moc"
