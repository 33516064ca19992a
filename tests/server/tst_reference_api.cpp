// The reference's behaviour (../shared/reviews/reference-001.md, reference-002.md) against a
// real scanflowd over HTTP: one test per finding, named after it, asserting on the bytes a
// target received and on the answers the API gave.
#include "DeliveryHarness.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace scanflow;
using namespace scanflow::test;

class TestReferenceApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void Z2_theUsersEmailReachesTheTarget();

private:
    QString call(const QString &method, const QString &path, const QStringList &args = {})
    {
        return api(m_server, method, path, args);
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    DeliveryHarness m_h; // its target, and the scan files
    target::HttpTarget &m_target = m_h.target;
};

void TestReferenceApi::initTestCase()
{
    m_server = ServerProcess::start({QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("--secrets-key-file"), m_dir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY2(!m_server.url.isEmpty(), "the server did not start");
}

void TestReferenceApi::cleanupTestCase()
{
    if (m_server.process)
        QCOMPARE(m_server.stop(), 0);
}

void TestReferenceApi::Z2_theUsersEmailReachesTheTarget()
{
    // [user_email] and the metadata's e-mail come from the user's record in a server delivery.
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/users"),
                         {QStringLiteral("-d"), QStringLiteral("username=zoe"), QStringLiteral("-d"), QStringLiteral("detailtype=3"),
                          QStringLiteral("--data-urlencode"), QStringLiteral("detaildata=pw-zoe"), QStringLiteral("-d"), QStringLiteral("detailtype=1"),
                          QStringLiteral("-d"), QStringLiteral("detaildata=zoe@example.com")})), 200);
    const QByteArray wf = R"({"name":"Z2 e-mail","destination":{"url":"{T}/z2","steps":[{"kind":"delivery","params":[
        {"key":"mail","value":"user_email","type":"system","location":"form"}]}],
        "metadata":{"enabled":true,"format":"json","inFormField":true,"formFieldName":"meta"}}})";
    const QString created = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows"),
                                 {QStringLiteral("--data-binary"), QString::fromUtf8(withTarget(wf, m_target.baseUrl()))});
    const qint64 id = object(created).value(QStringLiteral("id")).toInteger();
    QVERIFY2(id > 0, qPrintable(created));
    QCOMPARE(status(call(QStringLiteral("PUT"), QStringLiteral("/accesscontrols?accountdomain=localhost"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"roleName":"Users","userName":"zoe"})")})), 200);
    const qint64 uid = object(call(QStringLiteral("GET"), QStringLiteral("/users?username=zoe"))).value(QStringLiteral("id")).toInteger();
    QCOMPARE(status(call(QStringLiteral("POST"), QStringLiteral("/scan/access"),
                         {QStringLiteral("--data"), QStringLiteral(R"({"workflowId":%1,"identityId":%2,"identityType":"User","access":"Allow"})").arg(id).arg(uid)})), 200);
    const QString token = object(call(QStringLiteral("POST"), QStringLiteral("/login"),
                                      {QStringLiteral("-d"), QStringLiteral("authtype=0"), QStringLiteral("-d"), QStringLiteral("userid=zoe"),
                                       QStringLiteral("--data-urlencode"), QStringLiteral("password=pw-zoe")}))
                              .value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());
    const QStringList zoe{QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + token};
    m_target.clear();
    const QString queued = call(QStringLiteral("POST"), QStringLiteral("/scan/workflows/%1/deliveries").arg(id),
                                zoe + QStringList{QStringLiteral("-F"), QStringLiteral("data=@") + m_h.file(QStringLiteral("z2.pdf"), "%PDF-1.4 z2")});
    QVERIFY2(status(queued) < 300, qPrintable(queued));
    QVERIFY(QTest::qWaitFor([&] { return m_target.requests().size() == 1; }, 10000));
    const QList<target::MultipartPart> parts = partsOf(m_target.requests().first());
    QByteArray mail, meta;
    for (const target::MultipartPart &p : parts) {
        if (p.name == "mail")
            mail = p.body;
        if (p.name == "meta")
            meta = p.body;
    }
    QCOMPARE(mail, QByteArray("zoe@example.com"));
    QVERIFY2(meta.contains("zoe@example.com"), meta.constData());
}

QTEST_MAIN(TestReferenceApi)
#include "tst_reference_api.moc"
