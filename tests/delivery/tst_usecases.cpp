// The ten "Recommended Setup Patterns" of reference/001_8ee26c8866a967ec.txt, end to end
// against a real HTTP target, set up exactly as the reference describes them.
#include "DeliveryHarness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;

class TestUseCases : public QObject
{
    Q_OBJECT

private slots:
    void useCase1_simpleUploadWithoutAuthentication();
    void useCase2_staticApiKeyHeader();
    void useCase3_sharedBasic();
    void useCase4_sharedOAuth();
    void useCase5_userSpecificOAuth();
    void useCase6_userSpecificBasic();
    void useCase7_sharedAuthPlusUserSpecificValue();
    void useCase8_createRecordThenUpload();
    void useCase8_withAnXmlApi();
    void useCase9_uploadThenConfirm();
    void useCase9_confirmFailsAndSaysWhere();
    void useCase10_rawBinaryUpload();
};

using target::Reply;

namespace {

const QByteArray Scan = "%PDF-1.7\n" + QByteArray(20 * 1024, 's') + "\n%%EOF\n";

QByteArray field(const RecordedRequest &r, const QByteArray &name)
{
    for (const auto &p : partsOf(r)) {
        if (p.name == name)
            return p.body;
    }
    return "<missing>";
}

DeliveryJob jobFor(const DeliveryHarness &h, const QString &user)
{
    DeliveryJob job;
    job.filePath = h.file(user + QStringLiteral("-scan.pdf"), Scan);
    job.user.name = user;
    return job;
}

} // namespace


// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

void TestUseCases::useCase1_simpleUploadWithoutAuthentication()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC1","destination":{"url":"{T}/inbound","auth":{"type":"none"},
        "steps":[{"kind":"delivery","fileField":"attachment","method":"POST","body":"multipart"}]}})");
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("u"))).ok);
    const RecordedRequest &r = h.target.requests().at(0);
    QCOMPARE(r.header("Authorization"), QByteArray());
    QCOMPARE(field(r, "attachment"), Scan);
}

void TestUseCases::useCase2_staticApiKeyHeader()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        return r.header("X-API-Key") == "real-key-123" ? Reply::json(201, "{}") : Reply::json(403, R"({"error":"bad key"})");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC2","destination":{"url":"{T}/inbound","steps":[{"kind":"delivery",
        "params":[{"key":"X-API-Key","value":"real-key-123","type":"custom","location":"header"}]}]}})");
    const DeliveryResult r = h.deliver(w, jobFor(h, QStringLiteral("u")));
    QVERIFY2(r.ok, qPrintable(r.error));
}

void TestUseCases::useCase3_sharedBasic()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC3","destination":{"url":"{T}/inbound",
        "auth":{"type":"basic","login":"service","password":"s3rvice"},"steps":[{"kind":"delivery"}]}})");
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("alice"))).ok);
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("bob"))).ok);
    for (const RecordedRequest &r : h.target.requests())
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("service:s3rvice").toBase64());
}

void TestUseCases::useCase4_sharedOAuth()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC4","destination":{"url":"{T}/inbound",
        "auth":{"type":"oauth2","authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"app","clientSecret":"sec","scopes":"files.write"},
        "steps":[{"kind":"delivery"}]}})");
    // Not authorized yet: the admin has not used the key icon.
    const DeliveryResult before = h.deliver(w, jobFor(h, QStringLiteral("alice")));
    QCOMPARE(before.error, QStringLiteral("step \"Delivery\" (1/1): not authorized: the workflow has not been authorized (OAuth 2.0)"));
    h.tokens.saveToken(w.key(), {}, {QStringLiteral("shared-access"), QStringLiteral("shared-refresh"), QDateTime::currentDateTimeUtc().addSecs(3600)});
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("alice"))).ok);
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("bob"))).ok);
    QCOMPARE(h.target.requests().size(), 2);
    for (const RecordedRequest &r : h.target.requests())
        QCOMPARE(r.header("Authorization"), QByteArray("Bearer shared-access"));
}

void TestUseCases::useCase5_userSpecificOAuth()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC5","userSpecific":true,"destination":{"url":"{T}/inbound",
        "auth":{"type":"oauth2","userSpecific":true,"authorizationUrl":"{T}/authorize","tokenUrl":"{T}/token","clientId":"app"},
        "steps":[{"kind":"delivery"}]}})");
    h.tokens.saveToken(w.key(), QStringLiteral("alice"), {QStringLiteral("alice-access"), {}, {}});
    h.tokens.saveToken(w.key(), QStringLiteral("bob"), {QStringLiteral("bob-access"), {}, {}});
    const QList<DeliveryResult> results = h.deliverAll(w, {jobFor(h, QStringLiteral("alice")), jobFor(h, QStringLiteral("bob"))});
    QVERIFY(results.at(0).ok && results.at(1).ok);
    QSet<QByteArray> seen;
    for (const RecordedRequest &r : h.target.requests())
        seen.insert(field(r, "file") == Scan ? r.header("Authorization") : QByteArray());
    QCOMPARE(seen, (QSet<QByteArray>{"Bearer alice-access", "Bearer bob-access"}));
}

void TestUseCases::useCase6_userSpecificBasic()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC6","userSpecific":true,"destination":{"url":"{T}/inbound/[username]",
        "auth":{"type":"basic","userSpecific":true},"steps":[{"kind":"delivery"}]}})");
    DeliveryJob alice = jobFor(h, QStringLiteral("alice"));
    alice.user.hasBasicLogin = true;
    alice.user.login = QStringLiteral("alice.legacy");
    alice.user.password = QStringLiteral("pw-a");
    DeliveryJob bob = jobFor(h, QStringLiteral("bob"));
    bob.user.hasBasicLogin = true;
    bob.user.login = QStringLiteral("bob.legacy");
    bob.user.password = QStringLiteral("pw-b");
    const QList<DeliveryResult> results = h.deliverAll(w, {alice, bob});
    QVERIFY(results.at(0).ok && results.at(1).ok);
    for (const RecordedRequest &r : h.target.requests()) {
        const QByteArray who = r.path().mid(r.path().lastIndexOf('/') + 1);
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray(who + ".legacy:pw-" + who.left(1)).toBase64());
    }
}

void TestUseCases::useCase7_sharedAuthPlusUserSpecificValue()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC7","userSpecific":true,"destination":{"url":"{T}/inbound",
        "auth":{"type":"basic","login":"integration","password":"shared"},
        "steps":[{"kind":"delivery","params":[
          {"key":"customerCode","value":"Customer code","type":"user","location":"form"},
          {"key":"X-Customer","value":"Customer code","type":"user","location":"header"}]}]}})");
    Workflow wf = w;
    // Both rows read the user's value stored under their own key; use one key for both.
    wf.destination.steps[0].params[1].key = QStringLiteral("X-Customer");
    DeliveryJob alice = jobFor(h, QStringLiteral("alice"));
    alice.user.values = {{QStringLiteral("customerCode"), QStringLiteral("A-100")}, {QStringLiteral("X-Customer"), QStringLiteral("A-100")}};
    DeliveryJob bob = jobFor(h, QStringLiteral("bob"));
    bob.user.values = {{QStringLiteral("customerCode"), QStringLiteral("B-200")}, {QStringLiteral("X-Customer"), QStringLiteral("B-200")}};
    const QList<DeliveryResult> results = h.deliverAll(wf, {alice, bob});
    QVERIFY2(results.at(0).ok && results.at(1).ok, qPrintable(results.at(0).error + results.at(1).error));
    QSet<QByteArray> pairs;
    for (const RecordedRequest &r : h.target.requests()) {
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("integration:shared").toBase64());
        pairs.insert(field(r, "customerCode") + '|' + r.header("X-Customer"));
    }
    QCOMPARE(pairs, (QSet<QByteArray>{"A-100|A-100", "B-200|B-200"}));
}

void TestUseCases::useCase8_createRecordThenUpload()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        return r.path() == "/jobs" ? Reply::json(201, R"({"data":{"id":"JOB-81"}})") : Reply::json(201, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC8","destination":{"url":"{T}/jobs/[jobId]/documents","steps":[
        {"kind":"request","name":"Request 1","url":"{T}/jobs","method":"POST","body":"json","jsonSource":"editor","jsonTemplate":"{}",
         "response":[{"key":"jobId","selector":"data.id"}]},
        {"kind":"delivery"}]}})");
    Workflow wf = w;
    wf.destination.steps[0].jsonTemplate = QStringLiteral("{\n  \"workflow\": \"[workflow_name]\",\n  \"user\": \"[username]\"\n}");
    QVERIFY(h.deliver(wf, jobFor(h, QStringLiteral("alice"))).ok);
    const auto &reqs = h.target.requests();
    QCOMPARE(QJsonDocument::fromJson(reqs.at(0).body).object(),
             (QJsonObject{{QStringLiteral("workflow"), QStringLiteral("UC8")}, {QStringLiteral("user"), QStringLiteral("alice")}}));
    QCOMPARE(reqs.at(1).path(), QByteArray("/jobs/JOB-81/documents"));
    QCOMPARE(field(reqs.at(1), "file"), Scan);
}

void TestUseCases::useCase8_withAnXmlApi()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        return r.path() == "/jobs" ? Reply::xml(201, R"(<?xml version="1.0"?><response><data><id>X-5</id></data></response>)")
                                   : Reply::xml(201, "<ok/>");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC8x","destination":{"url":"{T}/jobs/[jobId]/documents","steps":[
        {"kind":"request","url":"{T}/jobs","method":"POST","body":"form","params":[{"key":"user","value":"username","type":"system","location":"form"}],
         "response":[{"key":"jobId","selector":"/response/data/id"}]},
        {"kind":"delivery"}]}})");
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("alice"))).ok);
    QCOMPARE(h.target.requests().at(0).body, QByteArray("user=alice"));
    QCOMPARE(h.target.requests().at(1).path(), QByteArray("/jobs/X-5/documents"));
}

void TestUseCases::useCase9_uploadThenConfirm()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        return r.path() == "/uploads" ? Reply::json(201, R"({"data":{"uploadId":"UP-9"}})") : Reply::json(200, "{}");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC9","destination":{"url":"{T}/uploads","steps":[
        {"kind":"delivery","response":[{"key":"uploadId","selector":"data.uploadId"}]},
        {"kind":"request","name":"Request 2","url":"{T}/uploads/[uploadId]/complete","method":"PATCH","body":"none"}]}})");
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("alice"))).ok);
    QCOMPARE(h.target.requests().at(1).method + ' ' + h.target.requests().at(1).path(), QByteArray("PATCH /uploads/UP-9/complete"));
}

void TestUseCases::useCase9_confirmFailsAndSaysWhere()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        if (r.path() == "/uploads")
            return Reply::json(201, R"({"data":{"uploadId":"UP-9"}})");
        return Reply::json(500, R"({"error":"finalize failed"})");
    });
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC9f","destination":{"url":"{T}/uploads","steps":[
        {"kind":"delivery","response":[{"key":"uploadId","selector":"data.uploadId"}]},
        {"kind":"request","name":"Complete","url":"{T}/uploads/[uploadId]/complete","method":"PATCH","body":"none"}]}})");
    const DeliveryResult r = h.deliver(w, jobFor(h, QStringLiteral("alice")));
    QVERIFY(!r.ok);
    QVERIFY(r.transient);
    QCOMPARE(r.failedStep, 1);
    QVERIFY2(r.error.startsWith(QStringLiteral("step \"Complete\" (2/2): PATCH")), qPrintable(r.error));
}

void TestUseCases::useCase10_rawBinaryUpload()
{
    DeliveryHarness h;
    SF_WORKFLOW(w, h, R"({"format":1,"name":"UC10","destination":{"url":"{T}/blobs/[documentname]","steps":[
        {"kind":"delivery","method":"PUT","body":"raw","params":[
          {"key":"Authorization","value":"Token abc","type":"custom","location":"header"},
          {"key":"Content-Type","value":"application/octet-stream","type":"custom","location":"header"}]}]}})");
    QVERIFY(h.deliver(w, jobFor(h, QStringLiteral("alice"))).ok);
    const RecordedRequest &r = h.target.requests().at(0);
    QCOMPARE(r.method, QByteArray("PUT"));
    QCOMPARE(r.path(), QByteArray("/blobs/alice-scan"));
    QCOMPARE(r.body, Scan);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(r.header("Authorization"), QByteArray("Token abc"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestUseCases)
#include "tst_usecases.moc"
