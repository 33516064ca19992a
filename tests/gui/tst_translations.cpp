// The translations: every text of the windows has a Czech and a German translation that keeps
// its placeholders and its keyboard accelerator, the build embeds them, and a window built
// with one installed speaks that language (a screenshot goes to <build>/screenshots).
#include "ApiClient.h"
#include "GuiFixture.h"
#include "MainWindow.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace scanflow;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTextIsTranslatedKeepingPlaceholders_data();
    void everyTextIsTranslatedKeepingPlaceholders();
    void aWindowSpeaksTheInstalledLanguage();
};

#ifndef Q_MOC_RUN

namespace {

struct Message
{
    QString context, source;
    QStringList forms;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            m = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m.forms = {text};
            out.append(m);
        } else if (xml.name() == QLatin1String("numerusform")) {
            // handled through IncludeChildElements above
        }
    }
    return out;
}

// Placeholders and the accelerator: what must survive a translation.
QStringList marks(const QString &text)
{
    QStringList found;
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.removeDuplicates();
    found.sort();
    if (text.count(u'&') == 1)
        found.append(QStringLiteral("&"));
    return found;
}

} // namespace

void TestTranslations::everyTextIsTranslatedKeepingPlaceholders_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Czech") << QStringLiteral("cs");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestTranslations::everyTextIsTranslatedKeepingPlaceholders()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(QStringLiteral(SCANFLOW_SOURCE_DIR "/translations/scanflow_%1.ts").arg(language));
    QVERIFY2(messages.size() > 500, "the .ts file holds every text of the windows");
    QStringList problems;
    for (const Message &m : messages) {
        const QString translation = m.forms.join(QString());
        if (m.unfinished || translation.trimmed().isEmpty()) {
            problems.append(QStringLiteral("%1: \"%2\" is not translated").arg(m.context, m.source));
            continue;
        }
        // Numerus forms are read as one text; every placeholder of the source is in it.
        if (marks(translation) != marks(m.source))
            problems.append(QStringLiteral("%1: \"%2\" → \"%3\" changes its placeholders or accelerator").arg(m.context, m.source, translation));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::aWindowSpeaksTheInstalledLanguage()
{
    QTranslator czech;
    QVERIFY2(czech.load(QStringLiteral(":/i18n/scanflow_cs.qm")), "the build embeds the compiled translations");
    QVERIFY(QApplication::installTranslator(&czech));
    ApiClient api; // no server: the window says it cannot list the workflows, in Czech
    {
        MainWindow window(&api);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(4)->text(), QStringLiteral("Uživatelé"));
        QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("&Soubor"));
        QTest::qWait(200);
        test::GuiFixture::screenshot(&window, QStringLiteral("main-window-cs"));
    }
    QCOMPARE(QCoreApplication::translate("scanflow::Labels", "Needs renewal"), QStringLiteral("Vyžaduje obnovení"));
    QCOMPARE(QCoreApplication::translate("scanflow::TestDeliveryDialog", "Delivered in %n attempt(s).", nullptr, 3), QStringLiteral("Doručeno na 3 pokusy."));
    QCOMPARE(QCoreApplication::translate("scanflow::TestDeliveryDialog", "Delivered in %n attempt(s).", nullptr, 5), QStringLiteral("Doručeno na 5 pokusů."));
    QApplication::removeTranslator(&czech);

    QTranslator german;
    QVERIFY(german.load(QStringLiteral(":/i18n/scanflow_de.qm")));
    QApplication::installTranslator(&german);
    QCOMPARE(QCoreApplication::translate("scanflow::ApiKeysPage", "%n permission(s)", nullptr, 1), QStringLiteral("1 Berechtigung"));
    QCOMPARE(QCoreApplication::translate("scanflow::ApiKeysPage", "%n permission(s)", nullptr, 47), QStringLiteral("47 Berechtigungen"));
    QCOMPARE(QCoreApplication::translate("scanflow::MainWindow", "Scan access rules"), QStringLiteral("Scan-Zugriffsregeln"));
    QApplication::removeTranslator(&german);
    QCOMPARE(QCoreApplication::translate("scanflow::MainWindow", "Scan access rules"), QStringLiteral("Scan access rules"));
}

#endif

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
