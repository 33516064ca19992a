// R1–R13 against a real HTTP target on loopback: each test asserts on the bytes it received.
#include "DeliveryHarness.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;

class TestDeliveryRules : public QObject
{
    Q_OBJECT

private slots:
    void R1_stepsRunInTabOrderWithDeliveryAnywhere();
    void R2_eachFileRunsWithAFreshContext();
    void R3_basicAuthOnEveryStep();
    void R3_bearerOnEveryStep();
    void R4_userSpecificBasicNeverBorrowsCredentials();
    void R4_userSpecificOAuthWithoutTokenIsNotAuthorized();
    void R5_placeholdersInUrlHeaderFormAndJson();
    void R6_parameterTypesLookInTheirSource();
    void R7_locations_data();
    void R7_locations();
    void R8_multipartExactBytesStreamedFromDisk();
    void R8_rawBodyIsTheFileAlone();
    void R8_largeFilesStreamByteForByte();
    void R9_jsonEditorIsInjectionSafe();
    void R10_jsonAndXPathValuesFeedLaterSteps();
    void R10_selectorThatMatchesNothingFailsTheStep();
    void R11_unfilledUrlIsNamed();
    void R12_metadataInFormFieldOrAsFilePart();
    void R13_traceRecordsEverythingButSecrets();
    void R17_nonSuccessStopsTheSequenceAndSaysIfItIsWorthRetrying_data();
    void R17_nonSuccessStopsTheSequenceAndSaysIfItIsWorthRetrying();
    // reference-001's findings (../shared/reviews/reference-001.md)
    void Z3_getPutsItsRowsInTheQueryWhateverTheBodyType();
    void Z4_ignoredRowsAreNotResolved();
    void Z7_anUnquotedPlaceholderEmbedsAResponseArray();
    void Z11_metadataThroughAnAdditionalRequest();
    void Z14_anEmptyFileFieldIsFile();
};

using target::Reply;

namespace {

const QByteArray Pdf = "%PDF-1.4\n" + QByteArray(3000, 'x') + "\n%%EOF\n";

QJsonObject jsonBody(const RecordedRequest &r) { return QJsonDocument::fromJson(r.body).object(); }

QList<QByteArray> paths(const QList<RecordedRequest> &requests)
{
    QList<QByteArray> out;
    for (const RecordedRequest &r : requests)
        out.append(r.method + ' ' + r.path());
    return out;
}

} // namespace


// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

void TestDeliveryRules::R1_stepsRunInTabOrderWithDeliveryAnywhere()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Order","destination":{"url":"{T}/upload","steps":[
        {"kind":"request","name":"First","url":"{T}/first","method":"POST","body":"none"},
        {"kind":"delivery"},
        {"kind":"request","name":"Last","url":"{T}/last","method":"GET","body":"none"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(paths(h.target.requests()),
             (QList<QByteArray>{"POST /first", "POST /upload", "GET /last"}));
    QCOMPARE(r.trace.size(), 3);
    QCOMPARE(r.trace.at(1).step, QStringLiteral("Delivery"));
}

void TestDeliveryRules::R2_eachFileRunsWithAFreshContext()
{
    DeliveryHarness h;
    int creates = 0;
    h.target.setHandler([&](const RecordedRequest &r) {
        if (r.path() == "/jobs") // only the first file's create returns an id
            return Reply::json(201, ++creates == 1 ? R"({"data":{"id":"J-1"}})" : R"({"data":{}})");
        return Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Ctx","destination":{"url":"{T}/jobs/[jobId]/files","steps":[
        {"kind":"request","url":"{T}/jobs","method":"POST","body":"none","response":[{"key":"jobId","selector":"data.id"}]},
        {"kind":"delivery"}]}})");
    h.engine.setMaxConcurrent(1);
    DeliveryJob a, b;
    a.filePath = h.file(QStringLiteral("a.pdf"), Pdf);
    b.filePath = h.file(QStringLiteral("b.pdf"), Pdf);
    const QList<DeliveryResult> results = h.deliverAll(w, {a, b});
    QVERIFY(results.at(0).ok);
    QVERIFY(!results.at(1).ok);
    QCOMPARE(results.at(1).error, QStringLiteral("step \"Request 1\" (1/2): response value \"jobId\": selector 'data.id' matches nothing in the response"));
    // The second file never reused the first file's jobId.
    QCOMPARE(paths(h.target.requests()), (QList<QByteArray>{"POST /jobs", "POST /jobs/J-1/files", "POST /jobs"}));
}

void TestDeliveryRules::R3_basicAuthOnEveryStep()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Basic","destination":{"url":"{T}/upload",
        "auth":{"type":"basic","login":"svc","password":"pä:ss"},"steps":[
        {"kind":"request","url":"{T}/a","method":"GET","body":"none"},{"kind":"delivery"}]}})");
    QVERIFY(h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf)).ok);
    const QByteArray expected = "Basic " + QByteArray("svc:pä:ss").toBase64();
    QCOMPARE(h.target.requests().size(), 2);
    for (const RecordedRequest &r : h.target.requests())
        QCOMPARE(r.header("Authorization"), expected);
}

void TestDeliveryRules::R3_bearerOnEveryStep()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Bearer","destination":{"url":"{T}/upload",
        "auth":{"type":"oauth2","authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"c",
                "token":{"accessToken":"AT-123","refreshToken":"RT-1"}},
        "steps":[{"kind":"request","url":"{T}/a","method":"POST","body":"none"},{"kind":"delivery"}]}})");
    QVERIFY(h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf)).ok);
    for (const RecordedRequest &r : h.target.requests())
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer AT-123"));
}

void TestDeliveryRules::R4_userSpecificBasicNeverBorrowsCredentials()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Per user","userSpecific":true,"destination":{"url":"{T}/upload",
        "auth":{"type":"basic","userSpecific":true,"login":"shared","password":"shared-pw"},
        "steps":[{"kind":"delivery"}]}})");
    DeliveryJob alice;
    alice.filePath = h.file(QStringLiteral("a.pdf"), Pdf);
    alice.user = {QStringLiteral("alice"), {}, {}, true, QStringLiteral("alice-login"), QStringLiteral("alice-pw"), {}};
    DeliveryJob bob = alice;
    bob.user = {QStringLiteral("bob"), {}, {}, false, {}, {}, {}};
    QVERIFY(h.deliver(w, alice).ok);
    QCOMPARE(h.target.requests().at(0).header("Authorization"), "Basic " + QByteArray("alice-login:alice-pw").toBase64());
    const DeliveryResult r = h.deliver(w, bob);
    QVERIFY(!r.ok);
    QVERIFY(r.needsReauthorization);
    QCOMPARE(r.error, QStringLiteral("not authorized: user \"bob\" has not entered a login for workflow \"Per user\""));
    QCOMPARE(h.target.requests().size(), 1); // nothing was sent for bob
}

void TestDeliveryRules::R4_userSpecificOAuthWithoutTokenIsNotAuthorized()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Per user OAuth","userSpecific":true,"destination":{"url":"{T}/upload",
        "auth":{"type":"oauth2","userSpecific":true,"authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"c"},
        "steps":[{"kind":"delivery"}]}})");
    h.tokens.saveToken(w.key(), QStringLiteral("alice"), {QStringLiteral("alice-token"), {}, {}});
    h.tokens.saveToken(w.key(), QString(), {QStringLiteral("shared-token"), {}, {}});
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("a.pdf"), Pdf);
    job.user.name = QStringLiteral("alice");
    QVERIFY(h.deliver(w, job).ok);
    QCOMPARE(h.target.requests().at(0).header("Authorization"), QByteArray("Bearer alice-token"));
    job.user.name = QStringLiteral("bob");
    const DeliveryResult r = h.deliver(w, job);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("not authorized: user \"bob\" has not authorized this workflow")), qPrintable(r.error));
    QCOMPARE(h.target.requests().size(), 1);
}

void TestDeliveryRules::R5_placeholdersInUrlHeaderFormAndJson()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Place holders","destination":{"url":"{T}/d/[dept:lower]/[documentname]",
        "steps":[
        {"kind":"request","url":"{T}/q?fixed=1&who=[username:upper]","method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"{}",
         "params":[{"key":"X-Doc","value":"[documentname]-[file_size]","type":"system","location":"header"}]},
        {"kind":"delivery","params":[{"key":"wf","value":"[workflow_name] by [username]","type":"system","location":"form"}]}]}})");
    Workflow wf = w;
    wf.destination.steps[0].jsonTemplate = QStringLiteral(R"({"name":"[documentname]","size":[file_size],"dept":"[dept]"})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("scan 1&2.pdf"), Pdf);
    job.user.name = QStringLiteral("alice");
    job.terminalValues.insert(QStringLiteral("dept"), QStringLiteral("Sales/EU"));
    const DeliveryResult r = h.deliver(wf, job);
    QVERIFY2(r.ok, qPrintable(r.error));
    const RecordedRequest &req = h.target.requests().at(0);
    QCOMPARE(req.target, QByteArray("/q?fixed=1&who=ALICE"));
    QCOMPARE(req.header("X-Doc"), QByteArray("scan 1&2-") + QByteArray::number(Pdf.size()));
    const QJsonObject body = jsonBody(req);
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral("scan 1&2"));
    QCOMPARE(body.value(QStringLiteral("size")).toInt(), Pdf.size());
    QCOMPARE(body.value(QStringLiteral("dept")).toString(), QStringLiteral("Sales/EU"));
    // In a URL, a value is one percent-encoded piece: it cannot add a segment or a query.
    QCOMPARE(h.target.requests().at(1).target, QByteArray("/d/sales%2Feu/scan%201%262"));
    QCOMPARE(partsOf(h.target.requests().at(1)).at(0).body, QByteArray("Place holders by alice"));
}

void TestDeliveryRules::R6_parameterTypesLookInTheirSource()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        return r.path() == "/create" ? Reply::json(201, R"({"data":{"id":"R-9"}})") : Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Types","userSpecific":true,"destination":{"url":"{T}/upload","steps":[
        {"kind":"request","url":"{T}/create","method":"POST","body":"none","response":[{"key":"rid","selector":"data.id"}]},
        {"kind":"delivery","params":[
          {"key":"sys","value":"username","type":"system","location":"form"},
          {"key":"term","value":"[costCenter]","type":"terminal","location":"form"},
          {"key":"custom","value":"[not-a-placeholder]","type":"custom","location":"form"},
          {"key":"resp","value":"rid","type":"response","location":"form"},
          {"key":"customerCode","value":"Customer code","type":"user","location":"form"},
          {"key":"upperResp","value":"[rid:lower]","type":"response","location":"form"}]}]}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("a.pdf"), Pdf);
    job.user.name = QStringLiteral("alice");
    job.user.values.insert(QStringLiteral("customerCode"), QStringLiteral("C-42"));
    job.terminalValues.insert(QStringLiteral("costCenter"), QStringLiteral("CC-7"));
    const DeliveryResult r = h.deliver(w, job);
    QVERIFY2(r.ok, qPrintable(r.error));
    QHash<QByteArray, QByteArray> fields;
    for (const auto &p : partsOf(h.target.requests().at(1)))
        fields.insert(p.name, p.body);
    QCOMPARE(fields.value("sys"), QByteArray("alice"));
    QCOMPARE(fields.value("term"), QByteArray("CC-7"));
    QCOMPARE(fields.value("custom"), QByteArray("[not-a-placeholder]"));
    QCOMPARE(fields.value("resp"), QByteArray("R-9"));
    QCOMPARE(fields.value("customerCode"), QByteArray("C-42"));
    QCOMPARE(fields.value("upperResp"), QByteArray("r-9"));

    // A terminal value that was not entered is named, and nothing is uploaded.
    job.terminalValues.clear();
    h.target.clear();
    const DeliveryResult missing = h.deliver(w, job);
    QVERIFY(!missing.ok);
    QCOMPARE(missing.error, QStringLiteral("step \"Delivery\" (2/2): parameter \"term\": terminal value \"costCenter\" is not available"));
    QCOMPARE(paths(h.target.requests()), QList<QByteArray>{"POST /create"});
}

void TestDeliveryRules::R7_locations_data()
{
    QTest::addColumn<QByteArray>("step");
    QTest::addColumn<QByteArray>("expectedTarget");
    QTest::addColumn<QByteArray>("expectedContentType");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::newRow("form body") << QByteArray(R"("method":"POST","body":"form")") << QByteArray("/r")
                               << QByteArray("application/x-www-form-urlencoded") << QByteArray("a=1%202&b=x%26y%3Dz%2B");
    QTest::newRow("json from parameters") << QByteArray(R"("method":"PUT","body":"json","jsonSource":"parameters")") << QByteArray("/r")
                               << QByteArray("application/json") << QByteArray(R"({"a":"1 2","b":"x&y=z+"})");
    QTest::newRow("GET puts them in the query") << QByteArray(R"("method":"GET","body":"none")") << QByteArray("/r?a=1%202&b=x%26y%3Dz%2B")
                               << QByteArray() << QByteArray();
    QTest::newRow("body none too") << QByteArray(R"("method":"PATCH","body":"none")") << QByteArray("/r?a=1%202&b=x%26y%3Dz%2B")
                               << QByteArray() << QByteArray();
    QTest::newRow("json editor ignores them") << QByteArray(R"("method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"[1]")") << QByteArray("/r")
                               << QByteArray("application/json") << QByteArray("[1]");
}

void TestDeliveryRules::R7_locations()
{
    QFETCH(QByteArray, step);
    QFETCH(QByteArray, expectedTarget);
    QFETCH(QByteArray, expectedContentType);
    QFETCH(QByteArray, expectedBody);
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Loc","destination":{"url":"{T}/upload","steps":[
        {"kind":"request","url":"{T}/r",)" + step + R"(,"params":[
          {"key":"a","value":"1 2","type":"custom","location":"form"},
          {"key":"X-H","value":"hv","type":"custom","location":"header"},
          {"key":"b","value":"x&y=z+","type":"custom","location":"form"}]},
        {"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    const RecordedRequest &req = h.target.requests().at(0);
    QCOMPARE(req.target, expectedTarget);
    QCOMPARE(req.header("X-H"), QByteArray("hv")); // headers apply in every mode
    QCOMPARE(req.header("Content-Type"), expectedContentType);
    QCOMPARE(req.body, expectedBody);
}

void TestDeliveryRules::R8_multipartExactBytesStreamedFromDisk()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"MP","destination":{"url":"{T}/upload","steps":[
        {"kind":"delivery","fileField":"document","method":"PUT","params":[
          {"key":"docType","value":"invoice","type":"custom","location":"form"},
          {"key":"X-Api-Version","value":"2","type":"custom","location":"header"}]}]}})");
    const QString path = h.file(QStringLiteral("scan \"q\".pdf"), Pdf);
    const DeliveryResult r = h.deliver(w, path);
    QVERIFY2(r.ok, qPrintable(r.error));
    const RecordedRequest &req = h.target.requests().at(0);
    QCOMPARE(req.method, QByteArray("PUT"));
    QCOMPARE(req.header("X-Api-Version"), QByteArray("2"));
    const QByteArray type = req.header("Content-Type");
    QVERIFY2(type.startsWith("multipart/form-data; boundary="), type.constData());
    const QByteArray boundary = type.mid(type.indexOf("boundary=") + 9).replace('"', "");
    const QByteArray expected =
        "--" + boundary + "\r\n"
        "Content-Disposition: form-data; name=\"docType\"\r\n\r\n"
        "invoice\r\n"
        "--" + boundary + "\r\n"
        "Content-Disposition: form-data; name=\"document\"; filename=\"scan %22q%22.pdf\"\r\n"
        "Content-Type: application/pdf\r\n\r\n"
        + Pdf + "\r\n"
        "--" + boundary + "--\r\n";
    QCOMPARE(req.body, expected);
    QCOMPARE(req.header("Content-Length"), QByteArray::number(expected.size()));
    QFile original(path); // the scan is still there, unchanged
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), Pdf);
}

void TestDeliveryRules::R8_rawBodyIsTheFileAlone()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Raw","destination":{"url":"{T}/files/[filename]","steps":[
        {"kind":"delivery","method":"PUT","body":"raw","params":[
          {"key":"docType","value":"invoice","type":"custom","location":"form"},
          {"key":"X-Token","value":"abc","type":"custom","location":"header"}]}],
        "metadata":{"enabled":true,"format":"json"}}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("raw.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    const RecordedRequest &req = h.target.requests().at(0);
    QCOMPARE(req.target, QByteArray("/files/raw.pdf"));
    QCOMPARE(req.body, Pdf); // no form fields, no metadata (R8, R12)
    QCOMPARE(req.header("Content-Type"), QByteArray("application/pdf"));
    QCOMPARE(req.header("Content-Length"), QByteArray::number(Pdf.size()));
    QCOMPARE(req.header("X-Token"), QByteArray("abc"));
}

void TestDeliveryRules::R8_largeFilesStreamByteForByte()
{
    // A body of megabytes is read from disk as it is sent.
    DeliveryHarness h;
    QByteArray big(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 3);
    const QString path = h.file(QStringLiteral("big.pdf"), big);
    for (const char *body : {"multipart", "raw"}) {
        SF_WORKFLOW(w, h, QByteArray(R"({"format":1,"name":"Big","destination":{"url":"{T}/big","steps":[{"kind":"delivery","body":")") + body
                              + R"(","params":[{"key":"note","value":"n","type":"custom","location":"form"}]}]}})");
        h.target.clear();
        const DeliveryResult r = h.deliver(w, path);
        QVERIFY2(r.ok, qPrintable(r.error));
        const RecordedRequest &req = h.target.requests().at(0);
        QCOMPARE(req.header("Content-Length"), QByteArray::number(req.bodySize));
        if (qstrcmp(body, "raw") == 0) {
            QCOMPARE(req.body, big);
        } else {
            const auto parts = partsOf(req);
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts.at(0).body, QByteArray("n"));
            QCOMPARE(parts.at(1).body, big);
        }
    }
}

void TestDeliveryRules::R9_jsonEditorIsInjectionSafe()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        const QJsonObject evil{{QStringLiteral("name"), QStringLiteral(R"(x", "admin": true, "y": ")")},
                               {QStringLiteral("n"), 5}};
        return r.path() == "/lookup" ? Reply::json(200, QJsonDocument(evil).toJson())
                                     : Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Inject","destination":{"url":"{T}/upload","steps":[
        {"kind":"request","url":"{T}/lookup","method":"GET","body":"none","response":[{"key":"name","selector":"name"},{"key":"n","selector":"n"}]},
        {"kind":"request","url":"{T}/create","method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"{}"},
        {"kind":"delivery"}]}})");
    Workflow wf = w;
    wf.destination.steps[1].jsonTemplate = QStringLiteral(R"({"name":"[name]","count":[n]})");
    QVERIFY(h.deliver(wf, h.file(QStringLiteral("a.pdf"), Pdf)).ok);
    const QJsonObject body = jsonBody(h.target.requests().at(1));
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("count"), QStringLiteral("name")}));
    QCOMPARE(body.value(QStringLiteral("name")).toString(), QStringLiteral(R"(x", "admin": true, "y": ")"));
    QCOMPARE(body.value(QStringLiteral("count")).toInt(), 5);

    // The same text outside quotes fails the step, naming the placeholder; nothing is sent.
    wf.destination.steps[1].jsonTemplate = QStringLiteral(R"({"count":[name]})");
    h.target.clear();
    const DeliveryResult r = h.deliver(wf, h.file(QStringLiteral("b.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("step \"Request 2\" (2/3): JSON template: placeholder [name] stands outside quotes")), qPrintable(r.error));
    QCOMPARE(h.target.requests().size(), 1);
}

void TestDeliveryRules::R10_jsonAndXPathValuesFeedLaterSteps()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        if (r.path() == "/folders")
            return Reply::xml(200, R"(<?xml version="1.0"?><result><folder id="F-3"><name>Inbox</name></folder></result>)");
        if (r.path().endsWith("/documents"))
            return Reply::json(201, R"({"items":[{"id":"D-1"},{"id":"D-2"}]})");
        return Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Parse","destination":{"url":"{T}/folders/[folderId]/documents","steps":[
        {"kind":"request","url":"{T}/folders","method":"GET","body":"none","response":[
            {"key":"folderId","selector":"/result/folder/@id"},{"key":"folderName","selector":"/result/folder/name"}]},
        {"kind":"delivery","response":[{"key":"docId","selector":"items[1].id"}]},
        {"kind":"request","url":"{T}/documents/[docId]/move?to=[folderName]","method":"POST","body":"none"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(paths(h.target.requests()),
             (QList<QByteArray>{"GET /folders", "POST /folders/F-3/documents", "POST /documents/D-2/move"}));
    QCOMPARE(h.target.requests().at(2).query(), QByteArray("to=Inbox"));
    QCOMPARE(r.trace.at(0).parsed.value(QStringLiteral("folderId")), QStringLiteral("F-3"));
}

void TestDeliveryRules::R10_selectorThatMatchesNothingFailsTheStep()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &) { return Reply{200, {{"Content-Type", "text/html"}}, "<html>maintenance</html>", 0, false}; });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Sel","destination":{"url":"{T}/upload/[id]","steps":[
        {"kind":"request","name":"Create","url":"{T}/create","method":"POST","body":"none","response":[{"key":"id","selector":"data.id"}]},
        {"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.startsWith(QStringLiteral("step \"Create\" (1/2): response value \"id\": response is not JSON")), qPrintable(r.error));
    QCOMPARE(r.failedStep, 0);
    QCOMPARE(h.target.requests().size(), 1);
}

void TestDeliveryRules::R11_unfilledUrlIsNamed()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Url","destination":{"url":"{T}/jobs/[jobId]/files","steps":[{"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("step \"Delivery\" (1/1): URL \"%1/jobs/[jobId]/files\" is not complete (placeholder [jobId] has no value)")
                          .arg(QString::fromLatin1(h.target.baseUrl())));
    QVERIFY(h.target.requests().isEmpty());

    SF_WORKFLOW(w2, h, R"({"format":1,"name":"Url2","destination":{"url":"[base]/files","steps":[{"kind":"delivery"}]}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("b.pdf"), Pdf);
    job.terminalValues.insert(QStringLiteral("base"), QStringLiteral("not a url"));
    QCOMPARE(h.deliver(w2, job).error, QStringLiteral("step \"Delivery\" (1/1): URL \"not a url/files\" contains whitespace"));
}

void TestDeliveryRules::R12_metadataInFormFieldOrAsFilePart()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Meta","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}],
        "metadata":{"enabled":true,"format":"json","inFormField":true,"formFieldName":"metadata_json"}}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("m.pdf"), Pdf);
    job.user.name = QStringLiteral("alice");
    job.terminalValues.insert(QStringLiteral("costCenter"), QStringLiteral("CC-1"));
    QVERIFY(h.deliver(w, job).ok);
    auto parts = partsOf(h.target.requests().at(0));
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).name, QByteArray("metadata_json"));
    QVERIFY(parts.at(0).fileName.isEmpty());
    const QJsonObject meta = QJsonDocument::fromJson(parts.at(0).body).object();
    QCOMPARE(meta[QStringLiteral("document")][QStringLiteral("fileName")].toString(), QStringLiteral("m.pdf"));
    QCOMPARE(meta[QStringLiteral("user")][QStringLiteral("name")].toString(), QStringLiteral("alice"));
    QCOMPARE(meta[QStringLiteral("terminal")][QStringLiteral("costCenter")].toString(), QStringLiteral("CC-1"));

    SF_WORKFLOW(x, h, R"({"format":1,"name":"MetaX","destination":{"url":"{T}/upload","steps":[{"kind":"delivery"}],
        "metadata":{"enabled":true,"format":"xml","inFormField":false}}})");
    h.target.clear();
    QVERIFY(h.deliver(x, job).ok);
    parts = partsOf(h.target.requests().at(0));
    QCOMPARE(parts.at(0).name, QByteArray("metadata"));
    QCOMPARE(parts.at(0).fileName, QByteArray("metadata.xml"));
    QCOMPARE(parts.at(0).contentType, QByteArray("application/xml"));
    QVERIFY(parts.at(0).body.contains("<fileName>m.pdf</fileName>"));
    QCOMPARE(parts.at(1).name, QByteArray("file"));
}

void TestDeliveryRules::R13_traceRecordsEverythingButSecrets()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        return r.path() == "/session" ? Reply::json(200, R"({"access_token":"server-issued-secret","id":"S1"})")
                                      : Reply::json(201, R"({"ok":true})");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Trace","userSpecific":true,"destination":{"url":"{T}/upload","auth":{"type":"basic","login":"svc","password":"hunter2-password"},
        "steps":[{"kind":"request","name":"Session","url":"{T}/session","method":"POST","body":"form","params":[
            {"key":"X-API-Key","value":"key-0123456789","type":"custom","location":"header"},
            {"key":"tenant","value":"Tenant","type":"user","location":"form"}],
          "response":[{"key":"sid","selector":"id"}]},
        {"kind":"delivery"}]}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("t.pdf"), Pdf);
    job.user.name = QStringLiteral("alice");
    job.user.values.insert(QStringLiteral("tenant"), QStringLiteral("private-tenant-77"));
    const DeliveryResult r = h.deliver(w, job);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.trace.size(), 2);
    const TraceEntry &t = r.trace.at(0);
    QCOMPARE(t.status, 200);
    QCOMPARE(t.method, QStringLiteral("POST"));
    QVERIFY(t.elapsedMs >= 0);
    QCOMPARE(t.parsed.value(QStringLiteral("sid")), QStringLiteral("S1"));
    QVERIFY(r.trace.at(1).requestBody.contains(QStringLiteral("<file t.pdf, %1 bytes, application/pdf>").arg(Pdf.size())));
    // The target did get the real values…
    QCOMPARE(h.target.requests().at(0).header("X-API-Key"), QByteArray("key-0123456789"));
    QCOMPARE(h.target.requests().at(0).body, QByteArray("tenant=private-tenant-77"));
    // …and the trace shows none of them.
    QJsonArray all;
    for (const TraceEntry &e : r.trace)
        all.append(e.toJson());
    const QByteArray text = QJsonDocument(all).toJson();
    for (const char *secret : {"hunter2-password", "key-0123456789", "private-tenant-77", "server-issued-secret"})
        QVERIFY2(!text.contains(secret), secret);
    QVERIFY(!text.contains(QByteArray("svc:hunter2-password").toBase64()));
    QVERIFY(text.contains("Basic [redacted]"));
}

void TestDeliveryRules::R17_nonSuccessStopsTheSequenceAndSaysIfItIsWorthRetrying_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    QTest::newRow("500") << 500 << true;
    QTest::newRow("503") << 503 << true;
    QTest::newRow("429") << 429 << true;
    QTest::newRow("408") << 408 << true;
    QTest::newRow("400") << 400 << false;
    QTest::newRow("404") << 404 << false;
    QTest::newRow("302 is not success") << 302 << false;
}

void TestDeliveryRules::R17_nonSuccessStopsTheSequenceAndSaysIfItIsWorthRetrying()
{
    QFETCH(int, status);
    QFETCH(bool, transient);
    DeliveryHarness h;
    h.target.setHandler([status](const RecordedRequest &r) {
        if (r.path() == "/upload")
            return Reply{status, {{"Content-Type", "application/json"}, {"Retry-After", "7"}}, R"({"error":"nope"})", 0, false};
        return Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Fail","destination":{"url":"{T}/upload","steps":[
        {"kind":"delivery"},{"kind":"request","url":"{T}/confirm","method":"POST","body":"none"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("a.pdf"), Pdf));
    QVERIFY(!r.ok);
    QCOMPARE(r.transient, transient);
    QCOMPARE(r.failedStep, 0);
    QCOMPARE(r.retryAfterSeconds, 7);
    QVERIFY2(r.error.startsWith(QStringLiteral("step \"Delivery\" (1/2): POST %1/upload returned HTTP %2").arg(QString::fromLatin1(h.target.baseUrl())).arg(status)), qPrintable(r.error));
    if (status != 302) // Qt keeps a redirect's body to itself
        QVERIFY2(r.error.endsWith(QStringLiteral(R"({"error":"nope"})")), qPrintable(r.error));
    QCOMPARE(h.target.requests().size(), 1); // the confirm step never ran
}

void TestDeliveryRules::Z3_getPutsItsRowsInTheQueryWhateverTheBodyType()
{
    // "For GET or None, form/body parameters are appended to the query string" — a GET left
    // with a new tab's JSON body type sends no body and its rows in the query.
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Get","destination":{"url":"{T}/upload","steps":[
        {"kind":"request","url":"{T}/lookup?x=1","method":"GET","body":"json","jsonSource":"editor","jsonTemplate":"{\"unused\":1}","params":[
            {"key":"name","value":"[documentname]","type":"system","location":"form"}]},
        {"kind":"delivery"}]}})");
    QVERIFY(h.deliver(w, h.file(QStringLiteral("scan 1.pdf"), Pdf)).ok);
    const RecordedRequest get = h.target.requests().at(0);
    QCOMPARE(get.method, QByteArray("GET"));
    QCOMPARE(get.query(), QByteArray("x=1&name=scan%201"));
    QVERIFY(get.body.isEmpty());
}

void TestDeliveryRules::Z4_ignoredRowsAreNotResolved()
{
    // Rows a raw body or a JSON template does not send cannot fail the step: a terminal value
    // the device did not send, in either place.
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Ignored","destination":{"url":"{T}/upload","steps":[
        {"kind":"request","url":"{T}/record","method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"{\"n\":\"[documentname]\"}","params":[
            {"key":"cc","value":"costCenter","type":"terminal","location":"form"}]},
        {"kind":"delivery","body":"raw","params":[
            {"key":"cc","value":"costCenter","type":"terminal","location":"form"},
            {"key":"X-Doc","value":"[documentname]","type":"system","location":"header"}]}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("z4.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(h.target.requests().at(0).body, QByteArray(R"({"n":"z4"})"));
    QCOMPARE(h.target.requests().at(1).body, Pdf);
    QCOMPARE(h.target.requests().at(1).header("X-Doc"), QByteArray("z4"));
}

void TestDeliveryRules::Z7_anUnquotedPlaceholderEmbedsAResponseArray()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        if (r.path() == "/tags")
            return Reply::json(200, R"({"items":[{"id":1},{"id":2}],"owner":{"name":"Ann"}})");
        return Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Embed","destination":{"url":"{T}/upload","steps":[
        {"kind":"request","url":"{T}/tags","method":"GET","body":"none","response":[{"key":"items","selector":"items"},{"key":"owner","selector":"owner"}]},
        {"kind":"request","url":"{T}/record","method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"{\"tags\":[items],\"by\":[owner]}"},
        {"kind":"delivery"}]}})");
    const DeliveryResult r = h.deliver(w, h.file(QStringLiteral("z7.pdf"), Pdf));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject sent = jsonBody(h.target.requests().at(1));
    QCOMPARE(sent[QStringLiteral("tags")].toArray().size(), 2);
    QCOMPARE(sent[QStringLiteral("tags")].toArray().at(1)[QStringLiteral("id")].toInt(), 2);
    QCOMPARE(sent[QStringLiteral("by")][QStringLiteral("name")].toString(), QStringLiteral("Ann"));
}

void TestDeliveryRules::Z11_metadataThroughAnAdditionalRequest()
{
    // Use case 10: "if the target system also needs metadata, send it through an additional
    // request" — [metadata] is the exported document: embedded unquoted in a JSON template,
    // or text in a form field.
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Meta request","destination":{"url":"{T}/upload","steps":[
        {"kind":"delivery","body":"raw"},
        {"kind":"request","url":"{T}/metadata","method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"{\"meta\":[metadata]}"},
        {"kind":"request","url":"{T}/form","method":"POST","body":"form","params":[{"key":"meta","value":"metadata","type":"system","location":"form"}]}],
        "metadata":{"enabled":false,"format":"json"}}})");
    DeliveryJob job;
    job.filePath = h.file(QStringLiteral("z11.pdf"), Pdf);
    job.user.name = QStringLiteral("alice");
    job.terminalValues.insert(QStringLiteral("costCenter"), QStringLiteral("CC-11"));
    const DeliveryResult r = h.deliver(w, job);
    QVERIFY2(r.ok, qPrintable(r.error));
    const QJsonObject meta = jsonBody(h.target.requests().at(1))[QStringLiteral("meta")].toObject();
    QCOMPARE(meta[QStringLiteral("document")][QStringLiteral("fileName")].toString(), QStringLiteral("z11.pdf"));
    QCOMPARE(meta[QStringLiteral("user")][QStringLiteral("name")].toString(), QStringLiteral("alice"));
    QCOMPARE(meta[QStringLiteral("terminal")][QStringLiteral("costCenter")].toString(), QStringLiteral("CC-11"));
    const QUrlQuery form(QString::fromUtf8(h.target.requests().at(2).body));
    const QJsonObject asText = QJsonDocument::fromJson(form.queryItemValue(QStringLiteral("meta"), QUrl::FullyDecoded).toUtf8()).object();
    QCOMPARE(asText, meta);
}

void TestDeliveryRules::Z14_anEmptyFileFieldIsFile()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"Field","destination":{"url":"{T}/upload","steps":[{"kind":"delivery","fileField":""}]}})");
    QVERIFY(h.deliver(w, h.file(QStringLiteral("f.pdf"), Pdf)).ok);
    QCOMPARE(partsOf(h.target.requests().at(0)).at(0).name, QByteArray("file"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestDeliveryRules)
#include "tst_delivery_rules.moc"
