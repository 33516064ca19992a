// The workflow document: reading, writing, and validation that names the bad field
// (R1 one delivery step, R4 user-specific auth, R6 response values, R8 file field, R9, R10, R12).
#include "WorkflowJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace scanflow;

class TestWorkflowJson : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDesignExample();
    void roundTripsAndCanOmitSecrets();
    void badFieldsAreNamed_data();
    void badFieldsAreNamed();
    void R6_responseValueMustBeParsedByAnEarlierStep();
    void notJsonIsAClearError();
    void userSpecificWorkflowKeepsUserParameters();
    void R14_saveRulesDropUserSpecificPartsOfASharedWorkflow();
    void Z1_notApplicableUserSpecificAuthIsOff();
    void Z3_getSendsItsRowsInTheQueryWhateverTheBody();
    void Z5_aKeyThatIsAlsoAPlaceholderNameMustMeanOneThing();
    void Z14_systemAndTerminalValuesAreCheckedAtSave_data();
    void Z14_systemAndTerminalValuesAreCheckedAtSave();
    void Z14_theFileFieldOfARawBodyIsNotChecked();
    void row67_aWorkflowOfANameIsADraft();
};


namespace {

QJsonObject designExample()
{
    QFile file(QStringLiteral(SCANFLOW_SOURCE_DIR "/samples/workflows/design-example.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the design example");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject with(QJsonObject root, const QStringList &path, const QJsonValue &value)
{
    // Sets root[path...] = value; integers in the path index arrays.
    std::function<QJsonValue(QJsonValue, int)> set = [&](QJsonValue node, int i) -> QJsonValue {
        if (i == path.size())
            return value;
        bool isIndex = false;
        const int idx = path.at(i).toInt(&isIndex);
        if (isIndex) {
            QJsonArray a = node.toArray();
            a[idx] = set(a.at(idx), i + 1);
            return a;
        }
        QJsonObject o = node.toObject();
        o[path.at(i)] = set(o.value(path.at(i)), i + 1);
        return o;
    };
    return set(root, 0).toObject();
}

QString errorOf(const QJsonObject &o)
{
    const auto w = workflowFromJson(o);
    return w ? QString() : w.error();
}

QStringList p(const char *dotted) { return QString::fromLatin1(dotted).split(u'/'); }

} // namespace


// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

void TestWorkflowJson::readsTheDesignExample()
{
    const auto w = workflowFromJson(designExample());
    QVERIFY2(w.ok(), qPrintable(w.error()));
    QCOMPARE(w->name, QStringLiteral("Tickets"));
    QVERIFY(w->destination.auth.type == AuthType::OAuth2);
    QCOMPARE(w->destination.steps.size(), 2);
    QCOMPARE(w->deliveryIndex(), 1);
    QCOMPARE(w->destination.steps.at(0).response.at(0).selector, QStringLiteral("data.id"));
    QVERIFY(w->destination.steps.at(1).params.at(0).location == ParamLocation::Header);
    QCOMPARE(w->destination.metadata.formFieldName, QStringLiteral("metadata_json"));
}

void TestWorkflowJson::roundTripsAndCanOmitSecrets()
{
    const auto w = workflowFromJson(designExample());
    const QJsonObject out = workflowToJson(*w);
    const auto again = workflowFromJson(out);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(workflowToJson(*again), out);
    QCOMPARE(out[QStringLiteral("destination")][QStringLiteral("auth")][QStringLiteral("clientSecret")].toString(), QStringLiteral("s3cret"));
    const QJsonObject safe = workflowToJson(*w, SecretHandling::Omit);
    QVERIFY(!QJsonDocument(safe).toJson().contains("s3cret"));
}

void TestWorkflowJson::badFieldsAreNamed_data()
{
    QTest::addColumn<QJsonObject>("doc");
    QTest::addColumn<QString>("error");
    const QJsonObject d = designExample();
    QTest::newRow("method") << with(d, p("destination/steps/0/method"), QStringLiteral("DELETE"))
        << "destination.steps[0].method: \"DELETE\" is not one of POST, GET, PUT, PATCH";
    QTest::newRow("delivery method") << with(d, p("destination/steps/1/method"), QStringLiteral("GET"))
        << "destination.steps[1].method: \"GET\" is not one of POST, PUT";
    QTest::newRow("format") << with(d, p("format"), 2)
        << "format: 2 is not supported (this version reads format 1)";
    QTest::newRow("name type") << with(d, p("name"), 5) << "name: must be a string";
    QTest::newRow("file field R8") << with(d, p("destination/steps/1/fileField"), QStringLiteral("my file"))
        << "destination.steps[1].fileField: \"my file\" may hold only letters, digits, \".\", \"_\" and \"-\"";
    const QJsonArray steps = d[QStringLiteral("destination")][QStringLiteral("steps")].toArray();
    QTest::newRow("two deliveries R1") << with(d, p("destination/steps/0"), steps.at(1))
        << "destination.steps: must hold exactly one delivery step (it holds 2)";
    QTest::newRow("no delivery R1") << with(d, p("destination/steps"), QJsonArray{steps.at(0)})
        << "destination.steps: must hold exactly one delivery step (it holds 0)";
    QTest::newRow("selector R10") << with(d, p("destination/steps/0/response/0/selector"), QStringLiteral("data..id"))
        << "destination.steps[0].response[0].selector: selector 'data..id' is not a valid JSON path: empty member name at position 6";
    QTest::newRow("template R9") << with(d, p("destination/steps/0/jsonTemplate"), QStringLiteral("{\"a\": }"))
        << "destination.steps[0].jsonTemplate: JSON template is not valid JSON: object is missing after a comma at offset 7";
    QTest::newRow("header name") << with(d, p("destination/steps/1/params/0/key"), QStringLiteral("X Key"))
        << "destination.steps[1].params[0].key: \"X Key\" is not a valid HTTP header name";
    QTest::newRow("url") << with(d, p("destination/url"), QStringLiteral("api.example.com/x"))
        << "destination.url: \"api.example.com/x\" needs an http:// or https:// scheme";
    QTest::newRow("user param R6") << with(d, p("destination/steps/1/params/1/type"), QStringLiteral("user"))
        << "destination.steps[1].params[1].type: user-specific parameters need a user-specific workflow";
    QTest::newRow("metadata R12") << with(d, p("destination/metadata/format"), QStringLiteral("customJson"))
        << "destination.metadata.template: is required for a custom format";
    QTest::newRow("not an object") << with(d, p("destination/steps/0"), 3)
        << "destination.steps[0]: must be an object";
}

void TestWorkflowJson::badFieldsAreNamed()
{
    QFETCH(QJsonObject, doc);
    QFETCH(QString, error);
    QCOMPARE(errorOf(doc), error);
}

void TestWorkflowJson::R6_responseValueMustBeParsedByAnEarlierStep()
{
    QJsonObject d = designExample();
    d = with(d, p("destination/steps/1/params/1"),
             QJsonObject{{QStringLiteral("key"), QStringLiteral("job")}, {QStringLiteral("value"), QStringLiteral("[jobId]")},
                         {QStringLiteral("type"), QStringLiteral("response")}, {QStringLiteral("location"), QStringLiteral("form")}});
    QCOMPARE(errorOf(d), QString());
    // Move the delivery first: jobId is then parsed only by a later step.
    QJsonArray steps = d[QStringLiteral("destination")][QStringLiteral("steps")].toArray();
    const QJsonValue first = steps.takeAt(0);
    steps.append(first);
    d = with(d, p("destination/steps"), steps);
    QCOMPARE(errorOf(d), QStringLiteral("destination.steps[0].params[1].value: the response value \"jobId\" is parsed by Create job, "
                                        "which runs after this step; move that step earlier"));
    // Parsed nowhere at all.
    steps = d[QStringLiteral("destination")][QStringLiteral("steps")].toArray();
    QJsonObject last = steps.at(1).toObject();
    last.remove(QStringLiteral("response"));
    steps.replace(1, last);
    d = with(d, p("destination/steps"), steps);
    QCOMPARE(errorOf(d), QStringLiteral("destination.steps[0].params[1].value: no earlier step parses the response value \"jobId\""));
}

void TestWorkflowJson::notJsonIsAClearError()
{
    const auto w = workflowFromJson(QByteArray("{\"format\": 1,"));
    QVERIFY(!w.ok());
    QVERIFY2(w.error().startsWith(QStringLiteral("not valid JSON:")), qPrintable(w.error()));
}

void TestWorkflowJson::userSpecificWorkflowKeepsUserParameters()
{
    QJsonObject d = with(designExample(), p("userSpecific"), true);
    d = with(d, p("destination/steps/1/params/1/type"), QStringLiteral("user"));
    d = with(d, p("destination/auth/userSpecific"), true);
    const auto w = workflowFromJson(d);
    QVERIFY2(w.ok(), qPrintable(w.error()));
    QVERIFY(w->needsPrivateUserData());
    QVERIFY(w->hasUserSpecificAuth());
    QCOMPARE(w->userSpecificParameters().size(), 1);
}

void TestWorkflowJson::R14_saveRulesDropUserSpecificPartsOfASharedWorkflow()
{
    QJsonObject d = with(designExample(), p("destination/steps/1/params/1/type"), QStringLiteral("user"));
    d = with(d, p("destination/auth/userSpecific"), true);
    QVERIFY(!workflowFromJson(d).ok()); // as written it is not a valid shared workflow
    const auto saved = workflowFromJson(withSaveRules(d));
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->destination.steps.at(1).params.size(), 1);
    QCOMPARE(saved->destination.steps.at(1).params.at(0).key, QStringLiteral("X-API-Key"));
    QVERIFY(!saved->destination.auth.userSpecific);
    // A user-specific workflow keeps them.
    const QJsonObject userSpecific = with(d, p("userSpecific"), true);
    QCOMPARE(withSaveRules(userSpecific), userSpecific);
}

void TestWorkflowJson::Z1_notApplicableUserSpecificAuthIsOff()
{
    // Hidden in the designer (a shared workflow, or no authentication), the checkbox counts as off.
    const QJsonObject shared = with(designExample(), p("destination/auth/userSpecific"), true);
    const auto a = workflowFromJson(shared);
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QVERIFY(!a->destination.auth.userSpecific);
    QJsonObject none = with(with(shared, p("userSpecific"), true), p("destination/auth"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}, {QStringLiteral("userSpecific"), true}});
    const auto b = workflowFromJson(none);
    QVERIFY2(b.ok(), qPrintable(b.error()));
    QVERIFY(!b->destination.auth.userSpecific);
    QVERIFY(!b->hasUserSpecificAuth());
}

void TestWorkflowJson::Z3_getSendsItsRowsInTheQueryWhateverTheBody()
{
    // "For GET or None, form/body parameters are appended to the query string": GET with a
    // JSON body type (a new request tab's default) is a valid GET.
    const QJsonObject d = with(designExample(), p("destination/steps/0/method"), QStringLiteral("GET"));
    QCOMPARE(errorOf(d), QString());
}

void TestWorkflowJson::Z5_aKeyThatIsAlsoAPlaceholderNameMustMeanOneThing()
{
    // A response key is a placeholder name only: a system name is refused.
    const QJsonObject response = with(designExample(), p("destination/steps/0/response/0/key"), QStringLiteral("filename"));
    QVERIFY2(errorOf(response).startsWith(QStringLiteral("destination.steps[0].response[0].key: \"filename\" is a system value's name")), qPrintable(errorOf(response)));
    // A custom key is a field name too: "date" is a fine form field…
    const QJsonObject custom = with(designExample(), p("destination/steps/1/params/1/key"), QStringLiteral("date"));
    QCOMPARE(errorOf(custom), QString());
    // …until [date] is used, which would mean the system value, not the parameter.
    const QJsonObject used = with(custom, p("destination/url"), QStringLiteral("https://api.example.com/jobs/[jobId]/documents?d=[date]"));
    QCOMPARE(errorOf(used), QStringLiteral("destination.steps[1].params[1].key: \"date\" is also a system value, which [date] at destination.url means; "
                                           "rename the key or that placeholder"));
    // A row that names one value looks in its own source: a Terminal row "date" and a Custom
    // field "date" do not clash.
    QJsonObject terminal = with(custom, p("destination/steps/0/params"),
                                QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("when")}, {QStringLiteral("value"), QStringLiteral("date")},
                                                       {QStringLiteral("type"), QStringLiteral("terminal")}, {QStringLiteral("location"), QStringLiteral("header")}}});
    QCOMPARE(errorOf(terminal), QString());
    // A response key that is also a used custom key: [key] could be either.
    QJsonObject both = with(designExample(), p("destination/steps/1/params/1/key"), QStringLiteral("jobId"));
    QCOMPARE(errorOf(both), QStringLiteral("destination.steps[0].response[0].key: \"jobId\" is also a parameter's key in Delivery, and [jobId] can mean only one "
                                           "of them; choose another key"));
}

void TestWorkflowJson::Z14_systemAndTerminalValuesAreCheckedAtSave_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    const QString at = QStringLiteral("destination.steps[1].params[1].value: ");
    QTest::newRow("system typo") << "system" << "user_emial" << at + QStringLiteral("\"user_emial\" is not a system value (");
    QTest::newRow("system text") << "system" << "cost center" << at + QStringLiteral("\"cost center\" is neither the name of a system value nor a text with placeholders");
    QTest::newRow("terminal text") << "terminal" << "cost center" << at + QStringLiteral("\"cost center\" is neither the name of a terminal value nor a text with placeholders");
    QTest::newRow("system name") << "system" << "user_email" << QString();
    QTest::newRow("system placeholder") << "system" << "[user_email]" << QString();
    QTest::newRow("system text with placeholders") << "system" << "[documentname].pdf" << QString();
    QTest::newRow("metadata") << "system" << "metadata" << QString();
    QTest::newRow("terminal name") << "terminal" << "costCenter" << QString();
}

void TestWorkflowJson::Z14_systemAndTerminalValuesAreCheckedAtSave()
{
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, error);
    QJsonObject d = with(designExample(), p("destination/steps/1/params/1/type"), type);
    d = with(d, p("destination/steps/1/params/1/value"), value);
    QVERIFY2(error.isEmpty() ? errorOf(d).isEmpty() : errorOf(d).startsWith(error), qPrintable(errorOf(d)));
    // A user-specific row's value is the label Workplace shows.
    QJsonObject user = with(with(designExample(), p("userSpecific"), true), p("destination/steps/1/params/1/type"), QStringLiteral("user"));
    user = with(user, p("destination/steps/1/params/1/value"), QStringLiteral(" "));
    QCOMPARE(errorOf(user), QStringLiteral("destination.steps[1].params[1].value: is the label Workplace shows each user; it must not be empty"));
}

void TestWorkflowJson::Z14_theFileFieldOfARawBodyIsNotChecked()
{
    const QJsonObject raw = with(with(designExample(), p("destination/steps/1/body"), QStringLiteral("raw")),
                                 p("destination/steps/1/fileField"), QStringLiteral("my file"));
    QCOMPARE(errorOf(raw), QString());
    const QJsonObject empty = with(designExample(), p("destination/steps/1/fileField"), QStringLiteral(""));
    QCOMPARE(errorOf(empty), QString()); // falls back to "file" (tst_delivery_rules)
}

void TestWorkflowJson::row67_aWorkflowOfANameIsADraft()
{
    // The reference's {"name", "connectorId"}: a draft, inactive, that keeps its connector.
    const auto draft = workflowFromJson(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("name"), QStringLiteral("Workflow")},
                                                    {QStringLiteral("connectorId"), 7}});
    QVERIFY2(draft.ok(), qPrintable(draft.error()));
    QVERIFY(draft->isDraft());
    QVERIFY(!draft->active);
    QCOMPARE(draft->connectorId, 7);
    QCOMPARE(workflowToJson(*draft, SecretHandling::Omit).value(QStringLiteral("connectorId")).toInteger(), 7);
    const auto again = workflowFromJson(workflowToJson(*draft, SecretHandling::Omit));
    QVERIFY2(again.ok() && again->isDraft() && !again->active, qPrintable(again.error()));
    QCOMPARE(errorOf(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("name"), QStringLiteral("W")}, {QStringLiteral("active"), true}}),
             QStringLiteral("active: a draft (no destination URL or requests yet) cannot be active; finish it in the designer"));
    QCOMPARE(errorOf(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("name"), QStringLiteral("W")}, {QStringLiteral("connectorId"), QStringLiteral("x")}}),
             QStringLiteral("connectorId: must be a scan connector's id (a whole number)"));
    // Steps without a URL are no draft: the URL is what is missing.
    const QJsonObject noUrl = with(designExample(), p("destination/url"), QStringLiteral(""));
    QCOMPARE(errorOf(noUrl), QStringLiteral("destination.url: is required"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestWorkflowJson)
#include "tst_workflowjson.moc"
