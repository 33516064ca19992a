// Workflows on the server: definitions without secrets, secrets sealed apart and joined on
// load, the save rules of R14 (reference 001, "Important behavior"), and OAuth tokens sealed.
#include "WorkflowJson.h"
#include "WorkflowService.h"
#include "PrivateData.h"
#include "UserRepository.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow;

class TestWorkflowService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void secretsAreKeptApartAndJoinedOnLoad();
    void withoutAKeyASecretIsRefusedNotDropped();
    void anEditThatOmitsTheSecretKeepsIt();
    void R14_turningUserSpecificOffRemovesUserDataAndParameters();
    void R14_revokeOnSaveClearsOnlyWhenAsked();
    void tokensAreSealedAndRenewalIsRemembered();
    void L1_legacyPrivateDataMovesToTheLocalUser();
    void M5_legacySecretParametersAreSealedOnStart();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    int m_n = 0;
};

namespace {

Workflow parse(const QByteArray &json)
{
    return workflowFromJson(json).value();
}

int countSecrets(Database &db, const QString &ownerPrefix)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM secrets WHERE substr(owner, 1, ?) = ?"));
    q.addBindValue(int(ownerPrefix.size()));
    q.addBindValue(ownerPrefix);
    q.exec();
    q.next();
    return q.value(0).toInt();
}

} // namespace

#ifndef Q_MOC_RUN

const QByteArray PerUser = R"({"format":1,"name":"Per user","userSpecific":true,"destination":{"url":"https://api.example.com/u",
    "auth":{"type":"basic","userSpecific":false,"login":"svc","password":"shared-pw"},
    "steps":[{"kind":"delivery","params":[{"key":"customerCode","value":"Customer code","type":"user","location":"form"},
                                          {"key":"docType","value":"invoice","type":"custom","location":"form"}]}]}})";

void TestWorkflowService::init()
{
    DatabaseConfig c;
    c.sqlitePath = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_n));
    m_db = std::move(Database::open(c).value());
    QVERIFY(m_db->migrate().ok());
    m_secrets = std::make_unique<SecretStore>(*m_db, SecretBox::withKey(SecretBox::randomKey()).value());
}

void TestWorkflowService::cleanup()
{
    m_secrets.reset();
    m_db.reset();
}

void TestWorkflowService::secretsAreKeptApartAndJoinedOnLoad()
{
    WorkflowService service(*m_db, *m_secrets);
    const auto id = service.create(parse(PerUser));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT definition FROM workflows")) && q.next());
    QVERIFY(!q.value(0).toString().contains(QStringLiteral("shared-pw")));
    QCOMPARE(countSecrets(*m_db, WorkflowService::owner(*id)), 1);
    const auto loaded = service.load(*id);
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->destination.auth.password, QStringLiteral("shared-pw"));
    QCOMPARE((*loaded)->key(), QString::number(*id));

    QVERIFY(service.remove(*id).ok());
    QCOMPARE(countSecrets(*m_db, WorkflowService::owner(*id)), 0);
    QVERIFY(!service.load(*id)->has_value());
}

void TestWorkflowService::withoutAKeyASecretIsRefusedNotDropped()
{
    SecretStore noKey(*m_db, std::nullopt);
    WorkflowService service(*m_db, noKey);
    const auto id = service.create(parse(PerUser));
    QVERIFY(!id.ok());
    QVERIFY2(id.error().startsWith(QStringLiteral("secrets cannot be stored")), qPrintable(id.error()));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM workflows")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestWorkflowService::anEditThatOmitsTheSecretKeepsIt()
{
    WorkflowService service(*m_db, *m_secrets);
    const qint64 id = *service.create(parse(PerUser));
    Workflow edited = **service.load(id);
    edited.destination.auth.password.clear(); // an export never carries it
    edited.name = QStringLiteral("Renamed");
    QVERIFY(service.update(id, edited, false).ok());
    QCOMPARE((*service.load(id))->destination.auth.password, QStringLiteral("shared-pw"));
    edited.destination.auth.type = AuthType::None; // another auth type: the old secret goes
    QVERIFY(service.update(id, edited, false).ok());
    QCOMPARE(countSecrets(*m_db, WorkflowService::owner(id)), 0);
}

void TestWorkflowService::R14_turningUserSpecificOffRemovesUserDataAndParameters()
{
    WorkflowService service(*m_db, *m_secrets);
    const qint64 id = *service.create(parse(PerUser));
    QVERIFY(m_secrets->put(WorkflowService::userOwner(id, 1), QStringLiteral("customerCode"), "A-1").ok());
    QVERIFY(m_secrets->put(WorkflowService::userOwner(id, 2), QStringLiteral("customerCode"), "B-2").ok());
    Workflow w = **service.load(id);
    w.userSpecific = false;
    QVERIFY(service.update(id, w, false).ok());
    const Workflow after = **service.load(id);
    QCOMPARE(after.destination.steps.at(0).params.size(), 1); // only docType is left
    QCOMPARE(after.destination.steps.at(0).params.at(0).key, QStringLiteral("docType"));
    QCOMPARE(countSecrets(*m_db, WorkflowService::usersPrefix(id)), 0);
    QCOMPARE(after.destination.auth.password, QStringLiteral("shared-pw")); // shared data stays
}

void TestWorkflowService::R14_revokeOnSaveClearsOnlyWhenAsked()
{
    WorkflowService service(*m_db, *m_secrets);
    const qint64 id = *service.create(parse(PerUser));
    const qint64 other = *service.create([] { Workflow w = parse(PerUser); w.name = QStringLiteral("Other"); return w; }());
    QVERIFY(m_secrets->put(WorkflowService::userOwner(id, 1), QStringLiteral("customerCode"), "A-1").ok());
    QVERIFY(m_secrets->put(WorkflowService::userOwner(other, 1), QStringLiteral("customerCode"), "A-9").ok());
    const Workflow w = **service.load(id);
    QVERIFY(service.update(id, w, false).ok());
    QCOMPARE(countSecrets(*m_db, WorkflowService::usersPrefix(id)), 1); // kept: not asked
    QVERIFY(service.update(id, w, true).ok());
    QCOMPARE(countSecrets(*m_db, WorkflowService::usersPrefix(id)), 0); // revoked
    QCOMPARE(countSecrets(*m_db, WorkflowService::usersPrefix(other)), 1); // another workflow's users keep theirs
}

void TestWorkflowService::tokensAreSealedAndRenewalIsRemembered()
{
    SecretTokenStore tokens(*m_db, *m_secrets);
    const OAuthToken t{QStringLiteral("access-123456"), QStringLiteral("refresh-654321"), QDateTime::currentDateTimeUtc().addSecs(600)};
    tokens.saveToken(QStringLiteral("7"), QStringLiteral("alice"), t);
    const auto back = tokens.token(QStringLiteral("7"), QStringLiteral("alice"));
    QVERIFY(back.has_value());
    QCOMPARE(back->refreshToken, t.refreshToken);
    QCOMPARE(back->expiresAt.toSecsSinceEpoch(), t.expiresAt.toSecsSinceEpoch());
    QVERIFY(!tokens.token(QStringLiteral("7"), QStringLiteral("bob")).has_value()); // never borrowed
    QVERIFY(!tokens.token(QStringLiteral("7"), QString()).has_value());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sealed FROM secrets")));
    while (q.next())
        QVERIFY(!QByteArray::fromBase64(q.value(0).toByteArray()).contains("refresh-654321"));
    tokens.markNeedsRenewal(QStringLiteral("7"), QStringLiteral("alice"), QStringLiteral("invalid_grant"));
    QCOMPARE(*tokens.renewalReason(QStringLiteral("7"), QStringLiteral("alice")), QStringLiteral("invalid_grant"));
    tokens.saveToken(QStringLiteral("7"), QStringLiteral("alice"), t); // a new authorization clears it
    QVERIFY(!tokens.renewalReason(QStringLiteral("7"), QStringLiteral("alice")).has_value());
}

#endif // Q_MOC_RUN

void TestWorkflowService::L1_legacyPrivateDataMovesToTheLocalUser()
{
    // Before users were told apart by provider, private data was kept under the bare name.
    const auto alice = UserRepository(*m_db).create(UserRepository::LocalProvider, QStringLiteral("alice"));
    QVERIFY(alice);
    QVERIFY(m_secrets->put(QStringLiteral("workflow:7/user:alice"), QStringLiteral("value:customerCode"), "A-100").ok());
    QVERIFY(m_secrets->put(QStringLiteral("workflow:7/user:ghost"), QStringLiteral("basic.password"), "gone").ok());
    PrivateData data(*m_db, *m_secrets);
    QVERIFY(data.adoptLegacyOwners().ok());
    const auto moved = m_secrets->get(WorkflowService::userOwner(7, *alice), QStringLiteral("value:customerCode"));
    QVERIFY(moved && moved->has_value());
    QCOMPARE(**moved, QByteArray("A-100"));
    QCOMPARE(countSecrets(*m_db, QStringLiteral("workflow:7/user:")), 0); // nobody's data stays under a bare name
    QCOMPARE(*data.usersOf(7), QList<qint64>{*alice});
    QVERIFY(data.adoptLegacyOwners().ok()); // nothing left to do
    QCOMPARE(countSecrets(*m_db, WorkflowService::usersPrefix(7)), 1);
    QVERIFY(data.forgetUser(*alice).ok());
    QCOMPARE(countSecrets(*m_db, WorkflowService::usersPrefix(7)), 0);
}

void TestWorkflowService::M5_legacySecretParametersAreSealedOnStart()
{
    WorkflowService service(*m_db, *m_secrets);
    const auto id = service.create(parse(PerUser));
    QVERIFY(id.ok());
    // As an earlier version stored it: the key header in the definition, in the clear.
    const QString legacy = QString::fromUtf8(R"({"format":1,"name":"Per user","destination":{"url":"https://api.example.com/u",
        "auth":{"type":"basic","login":"svc"},"steps":[{"kind":"delivery","params":[
        {"key":"X-Api-Key","value":"legacy-key-1","type":"custom","location":"header"}]}]}})");
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE workflows SET definition = ? WHERE id = ?"));
    q.addBindValue(legacy);
    q.addBindValue(*id);
    QVERIFY(q.exec());
    QVERIFY(service.sealLegacySecrets().ok());
    QVERIFY(q.exec(QStringLiteral("SELECT definition FROM workflows")) && q.next());
    QVERIFY2(!q.value(0).toString().contains(QStringLiteral("legacy-key-1")), qPrintable(q.value(0).toString()));
    const auto loaded = service.load(*id);
    QCOMPARE((*loaded)->destination.steps.at(0).params.at(0).value, QStringLiteral("legacy-key-1"));
    QCOMPARE((*loaded)->destination.auth.password, QStringLiteral("shared-pw")); // nothing else lost
    QVERIFY(service.sealLegacySecrets().ok()); // nothing left to do
    QCOMPARE((*service.load(*id))->destination.steps.at(0).params.at(0).value, QStringLiteral("legacy-key-1"));
}

QTEST_GUILESS_MAIN(TestWorkflowService)
#include "tst_workflow_service.moc"
