// The server's storage on SQLite and on a real PostgreSQL (started by the CTest fixture
// postgres_start): migrations, workflows, and the durable delivery queue.
#include "ApiKeyRepository.h"
#include "Database.h"
#include "DeliveryQueue.h"
#include "DocumentRepository.h"
#include "EntityRepository.h"
#include "GroupRepository.h"
#include "Migrations.h"
#include "MovedFolders.h"
#include "ScanAccessRepository.h"
#include "TokenRepository.h"
#include "SecretStore.h"
#include "WorkflowJson.h"
#include "WorkflowRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace scanflow;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void migratesOnceAndRefusesANewerSchema_data() { backends(); }
    void migratesOnceAndRefusesANewerSchema();
    void sqliteRunsWithWalAndForeignKeys();
    void workflowsRoundTripWithoutSecrets_data() { backends(); }
    void workflowsRoundTripWithoutSecrets();
    void queueClaimsEachDeliveryOnce_data() { backends(); }
    void queueClaimsEachDeliveryOnce();
    void queueRetriesTransientFailuresWithBackoff_data() { backends(); }
    void queueRetriesTransientFailuresWithBackoff();
    void queueRecoversADeliveryWhoseServerDied_data() { backends(); }
    void queueRecoversADeliveryWhoseServerDied();
    void queueRefusesAnUnknownWorkflow_data() { backends(); }
    void queueRefusesAnUnknownWorkflow();
    void secretsAreSealedAndBoundToTheirRow_data() { backends(); }
    void secretsAreSealedAndBoundToTheirRow();
    void secretsAreRefusedWithoutAKey();
    void retryDelayGrowsWithJitterAndHonoursRetryAfter();
    void badConfigurationIsNamed();
    void usersKeepDetailsCardsAndHashedPasswords_data() { backends(); }
    void usersKeepDetailsCardsAndHashedPasswords();
    void aRefreshTokenWorksOnceAndItsReuseEndsTheFamily_data() { backends(); }
    void aRefreshTokenWorksOnceAndItsReuseEndsTheFamily();
    void scanAccessUserRuleBeatsGroupAndDenyBeatsAllow();
    void entitiesKeepTheirJsonPerKind_data() { backends(); }
    void entitiesKeepTheirJsonPerKind();
    void documentHistoryPagesInTimeOrder_data() { backends(); }
    void documentHistoryPagesInTimeOrder();
    void aMovedDataFolderIsFollowed();

private:
    static void backends();
    // A new, empty database; or (fresh = false) another connection to the last one.
    std::unique_ptr<Database> open(bool fresh = true);
    QTemporaryDir m_dir;
    int m_files = 0;
};

#ifndef Q_MOC_RUN

namespace {

Workflow sampleWorkflow(const QString &name)
{
    auto w = workflowFromJson(QJsonDocument::fromJson(R"({"format":1,"name":"x","destination":{"url":"https://api.example.com/u",
        "auth":{"type":"basic","login":"svc","password":"very-secret"},"steps":[{"kind":"delivery"}]}})").object());
    Workflow wf = w.value();
    wf.name = name;
    return wf;
}

} // namespace

void TestStorage::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

std::unique_ptr<Database> TestStorage::open(bool fresh)
{
    DatabaseConfig config;
    const QString backend = QTest::currentDataTag() ? QString::fromLatin1(QTest::currentDataTag()) : QStringLiteral("sqlite");
    if (backend == QLatin1String("postgres")) {
        QFile file(qEnvironmentVariable("SCANFLOW_TEST_POSTGRES"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("no PostgreSQL connection file at SCANFLOW_TEST_POSTGRES (run through ctest: the postgres_start fixture makes it)");
            return nullptr;
        }
        const QJsonObject c = QJsonDocument::fromJson(file.readAll()).object();
        config = DatabaseConfig::fromJson(QJsonObject{{QStringLiteral("driver"), QStringLiteral("postgres")},
                                                      {QStringLiteral("host"), c.value(QStringLiteral("host"))},
                                                      {QStringLiteral("port"), c.value(QStringLiteral("port"))},
                                                      {QStringLiteral("database"), c.value(QStringLiteral("database"))},
                                                      {QStringLiteral("user"), c.value(QStringLiteral("user"))}}).value();
    } else {
        config.sqlitePath = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(fresh ? ++m_files : m_files));
    }
    auto db = Database::open(config);
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return nullptr;
    }
    if (fresh && backend == QLatin1String("postgres")) { // every test starts from an empty database
        QSqlQuery q((*db)->connection());
        q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
        q.exec(QStringLiteral("CREATE SCHEMA public"));
    }
    return std::move(db.value());
}

#define OPEN_DB(var)                 \
    auto var = open();               \
    QVERIFY(var);                    \
    QVERIFY2(var->migrate().ok(), "migrate")

void TestStorage::migratesOnceAndRefusesANewerSchema()
{
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), 0);
    const Status first = db->migrate();
    QVERIFY2(first.ok(), qPrintable(first.error()));
    const int latest = migrations().constLast().version;
    QCOMPARE(db->schemaVersion(), latest);
    QVERIFY(db->migrate().ok()); // nothing left to do
    QCOMPARE(db->schemaVersion(), latest);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES (99, 'future', 0)")));
    const Status newer = db->migrate();
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error(), QStringLiteral("the database holds schema version 99, newer than this ScanFlow knows (%1): upgrade ScanFlow").arg(latest));
}

void TestStorage::sqliteRunsWithWalAndForeignKeys()
{
    OPEN_DB(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestStorage::workflowsRoundTripWithoutSecrets()
{
    OPEN_DB(db);
    WorkflowRepository repo(*db);
    const auto id = repo.create(sampleWorkflow(QStringLiteral("Invoices")));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QVERIFY(repo.create(sampleWorkflow(QStringLiteral("Archive"))).ok());
    const auto again = repo.create(sampleWorkflow(QStringLiteral("Invoices")));
    QCOMPARE(again.error(), QStringLiteral("a workflow named \"Invoices\" already exists"));

    const auto stored = repo.get(*id);
    QVERIFY(stored.ok() && stored->has_value());
    const StoredWorkflow &s = **stored;
    QCOMPARE(s.workflow.name, QStringLiteral("Invoices"));
    QCOMPARE(s.workflow.id, QString::number(*id));
    QCOMPARE(s.workflow.destination.auth.login, QStringLiteral("svc"));
    QVERIFY2(s.workflow.destination.auth.password.isEmpty(), "secrets are kept apart, not in the definition");
    QSqlQuery raw(db->connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT definition FROM workflows")));
    while (raw.next())
        QVERIFY(!raw.value(0).toString().contains(QStringLiteral("very-secret")));

    const auto all = repo.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).workflow.name, QStringLiteral("Archive")); // by name

    Workflow renamed = s.workflow;
    renamed.name = QStringLiteral("Invoices 2026");
    QVERIFY(repo.update(*id, renamed).ok());
    QCOMPARE((*repo.get(*id))->workflow.name, QStringLiteral("Invoices 2026"));
    QCOMPARE(repo.update(*id, sampleWorkflow(QStringLiteral("Archive"))).error(), QStringLiteral("a workflow named \"Archive\" already exists"));
    QCOMPARE(repo.update(424242, renamed).error(), QStringLiteral("workflow 424242 does not exist"));

    DeliveryQueue queue(*db);
    const auto queued = queue.enqueue({*id, QStringLiteral("/scans/a.pdf"), {}, {}, {}, {}});
    QVERIFY2(queued.ok(), qPrintable(queued.error()));
    QCOMPARE(repo.remove(*id).error(), QStringLiteral("workflow %1 still has 1 queued deliveries").arg(*id));
    const auto claimed = queue.claim(1, 60000);
    QVERIFY(queue.complete(claimed->at(0).id, "[]").ok());
    QVERIFY(repo.remove(*id).ok());
    QVERIFY(!repo.get(*id)->has_value());
}

void TestStorage::queueClaimsEachDeliveryOnce()
{
    OPEN_DB(db);
    const qint64 wf = *WorkflowRepository(*db).create(sampleWorkflow(QStringLiteral("Q")));
    DeliveryQueue queue(*db);
    const qint64 t = 1'000'000;
    QSet<qint64> queued;
    for (int i = 0; i < 5; ++i)
        queued.insert(*queue.enqueue({wf, QStringLiteral("/scans/%1.pdf").arg(i), {}, {}, QStringLiteral("alice"),
                                      {{QStringLiteral("dept"), QStringLiteral("D%1").arg(i)}}}, t + i));
    // A second connection claims too, as a second worker would.
    auto other = open(false);
    QVERIFY(other);
    DeliveryQueue otherQueue(*other);
    QSet<qint64> claimed;
    for (int round = 0; round < 4; ++round) {
        for (DeliveryQueue *q : {&queue, &otherQueue}) {
            const auto got = q->claim(2, 60000, t + 100);
            QVERIFY2(got.ok(), qPrintable(got.error()));
            for (const QueuedDelivery &d : *got) {
                QVERIFY2(!claimed.contains(d.id), "claimed twice");
                claimed.insert(d.id);
                QCOMPARE(d.state, QStringLiteral("running"));
                QCOMPARE(d.attempts, 1);
                QCOMPARE(d.userName, QStringLiteral("alice"));
                QVERIFY(d.terminalValues.value(QStringLiteral("dept")).startsWith(u'D'));
            }
        }
    }
    QCOMPARE(claimed, queued);
}

void TestStorage::queueRetriesTransientFailuresWithBackoff()
{
    OPEN_DB(db);
    const qint64 wf = *WorkflowRepository(*db).create(sampleWorkflow(QStringLiteral("R")));
    DeliveryQueue queue(*db);
    RetryPolicy policy;
    policy.maxAttempts = 2;
    const qint64 t = 5'000'000;
    const qint64 id = *queue.enqueue({wf, QStringLiteral("/scans/r.pdf"), {}, {}, {}, {}}, t);

    QCOMPARE(queue.claim(10, 60000, t)->size(), 1);
    QVERIFY(queue.fail(id, QStringLiteral("HTTP 503"), "[]", true, 30, policy, 0.0, t + 10).ok());
    auto d = **queue.get(id);
    QCOMPARE(d.state, QStringLiteral("queued"));
    QCOMPARE(d.nextAttemptAt, t + 10 + 30000); // Retry-After beats the 2.5 s of jittered backoff
    QVERIFY(queue.claim(10, 60000, t + 10 + 29999)->isEmpty());
    QCOMPARE(queue.claim(10, 60000, t + 10 + 30000)->size(), 1);

    QVERIFY(queue.fail(id, QStringLiteral("HTTP 503"), "[]", true, 0, policy, 0.5, t + 40000).ok());
    d = **queue.get(id);
    QCOMPARE(d.state, QStringLiteral("failed")); // attempts are used up
    QCOMPARE(d.lastError, QStringLiteral("HTTP 503 (gave up after 2 attempts)"));
    QVERIFY(queue.claim(10, 60000, t + 99999999)->isEmpty());

    const qint64 permanent = *queue.enqueue({wf, QStringLiteral("/scans/p.pdf"), {}, {}, {}, {}}, t);
    QCOMPARE(queue.claim(10, 60000, t + 50000)->size(), 1);
    QVERIFY(queue.fail(permanent, QStringLiteral("HTTP 400: bad field"), "[]", false, 0, policy, 0.0, t + 50001).ok());
    QCOMPARE((*queue.get(permanent))->state, QStringLiteral("failed"));
    QCOMPARE((*queue.get(permanent))->lastError, QStringLiteral("HTTP 400: bad field"));
}

void TestStorage::queueRecoversADeliveryWhoseServerDied()
{
    OPEN_DB(db);
    const qint64 wf = *WorkflowRepository(*db).create(sampleWorkflow(QStringLiteral("Crash")));
    const qint64 t = 9'000'000;
    qint64 id = 0;
    {
        DeliveryQueue queue(*db);
        id = *queue.enqueue({wf, QStringLiteral("/scans/c.pdf"), {}, {}, {}, {}}, t);
        QCOMPARE(queue.claim(1, 1000, t)->size(), 1);
        // …and the server is killed here: no complete(), no fail().
    }
    db.reset();
    auto reopened = open(false); // the restarted server
    QVERIFY(reopened);
    QVERIFY(reopened->migrate().ok());
    DeliveryQueue queue(*reopened);
    QVERIFY(queue.claim(1, 1000, t + 500)->isEmpty()); // the lease still holds
    const auto again = queue.claim(1, 1000, t + 1001);
    QCOMPARE(again->size(), 1);
    QCOMPARE(again->at(0).id, id);
    QCOMPARE(again->at(0).attempts, 2);
}

void TestStorage::queueRefusesAnUnknownWorkflow()
{
    OPEN_DB(db);
    const auto r = DeliveryQueue(*db).enqueue({777, QStringLiteral("/scans/x.pdf"), {}, {}, {}, {}});
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("queueing \"/scans/x.pdf\" for workflow 777:")), qPrintable(r.error()));
}

void TestStorage::secretsAreSealedAndBoundToTheirRow()
{
    OPEN_DB(db);
    SecretStore store(*db, SecretBox::withKey(SecretBox::randomKey()).value());
    QVERIFY(store.canStore());
    QVERIFY(store.put(QStringLiteral("workflow:7"), QStringLiteral("basic.password"), "hunter2-pw").ok());
    QVERIFY(store.put(QStringLiteral("workflow:7/user:a_b"), QStringLiteral("customerCode"), "AB-1").ok());
    QVERIFY(store.put(QStringLiteral("workflow:7/user:axb"), QStringLiteral("customerCode"), "AXB-2").ok());
    QCOMPARE(**store.get(QStringLiteral("workflow:7"), QStringLiteral("basic.password")), QByteArray("hunter2-pw"));
    QVERIFY(store.put(QStringLiteral("workflow:7"), QStringLiteral("basic.password"), "changed").ok()); // replaces
    QCOMPARE(**store.get(QStringLiteral("workflow:7"), QStringLiteral("basic.password")), QByteArray("changed"));
    QVERIFY(!store.get(QStringLiteral("workflow:7"), QStringLiteral("nothing"))->has_value());

    // Nothing readable at rest.
    QSqlQuery raw(db->connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT sealed FROM secrets")));
    while (raw.next()) {
        QVERIFY(!raw.value(0).toString().contains(QStringLiteral("changed")));
        QVERIFY(!QByteArray::fromBase64(raw.value(0).toByteArray()).contains("AB-1"));
    }
    // A sealed value copied into another row does not open there.
    QVERIFY(raw.exec(QStringLiteral("UPDATE secrets SET sealed = (SELECT sealed FROM secrets WHERE owner = 'workflow:7/user:axb')"
                                    " WHERE owner = 'workflow:7/user:a_b'")));
    const auto swapped = store.get(QStringLiteral("workflow:7/user:a_b"), QStringLiteral("customerCode"));
    QVERIFY(!swapped.ok());
    QCOMPARE(swapped.error(), QStringLiteral("secret customerCode of workflow:7/user:a_b cannot be opened: wrong key, or the value was altered"));
    // Another key opens nothing.
    SecretStore other(*db, SecretBox::withKey(SecretBox::randomKey()).value());
    QVERIFY(!other.get(QStringLiteral("workflow:7"), QStringLiteral("basic.password")).ok());

    // Removing one user's data leaves a user whose name only looks alike ("_" is no wildcard).
    QVERIFY(store.removeOwner(QStringLiteral("workflow:7/user:a_b")).ok());
    QCOMPARE(**store.get(QStringLiteral("workflow:7/user:axb"), QStringLiteral("customerCode")), QByteArray("AXB-2"));
    QVERIFY(store.removeOwner(QStringLiteral("workflow:7")).ok());
    QVERIFY(raw.exec(QStringLiteral("SELECT COUNT(*) FROM secrets")) && raw.next());
    QCOMPARE(raw.value(0).toInt(), 0);
}

void TestStorage::secretsAreRefusedWithoutAKey()
{
    OPEN_DB(db);
    SecretStore store(*db, std::nullopt);
    QVERIFY(!store.canStore());
    const Status s = store.put(QStringLiteral("workflow:1"), QStringLiteral("basic.password"), "pw");
    QVERIFY(!s.ok());
    QVERIFY2(s.error().startsWith(QStringLiteral("secrets cannot be stored: the server has no secrets key")), qPrintable(s.error()));
    QSqlQuery raw(db->connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT COUNT(*) FROM secrets")) && raw.next());
    QCOMPARE(raw.value(0).toInt(), 0); // and never in plain text
    QCOMPARE(SecretBox::withKey("short").error(), QStringLiteral("the secrets key has 5 bytes; it needs 32"));
}

void TestStorage::retryDelayGrowsWithJitterAndHonoursRetryAfter()
{
    RetryPolicy p;
    p.baseDelayMs = 1000;
    p.maxDelayMs = 10000;
    QCOMPARE(retryDelayMs(p, 1, 0, 0.0), 500);
    QCOMPARE(retryDelayMs(p, 1, 0, 0.999), 999);
    QCOMPARE(retryDelayMs(p, 3, 0, 0.0), 2000);
    QCOMPARE(retryDelayMs(p, 10, 0, 0.0), 5000);  // capped, then jittered
    QCOMPARE(retryDelayMs(p, 1, 120, 0.5), 120000);
}

void TestStorage::badConfigurationIsNamed()
{
    QCOMPARE(DatabaseConfig::fromJson({{QStringLiteral("driver"), QStringLiteral("mysql")}}).error(),
             QStringLiteral("database.driver: \"mysql\" is not one of sqlite, postgres"));
    QCOMPARE(DatabaseConfig::fromJson({{QStringLiteral("driver"), QStringLiteral("postgres")}}).error(),
             QStringLiteral("database.database: is required for PostgreSQL"));
    DatabaseConfig c;
    c.driver = DatabaseConfig::Driver::Postgres;
    c.port = 1; // nothing listens there
    c.name = QStringLiteral("nope");
    const auto db = Database::open(c);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().startsWith(QStringLiteral("cannot open the database 127.0.0.1:1/nope:")), qPrintable(db.error()));
}

// A data folder from before the folders were remembered, moved: its paths are read off their
// layout and follow, but for a file only the old place has. Moved again, the remembered
// folders say where from, and a custom inbox moves on its own.
void TestStorage::aMovedDataFolderIsFollowed()
{
    OPEN_DB(db);
    QTemporaryDir root;
    const QString old = root.filePath(QStringLiteral("old")), now = root.filePath(QStringLiteral("now"));
    const auto touch = [](const QString &path) {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write("%PDF") == 4;
    };
    // Moved: an upload, a queued inbox file and a failed one. Left behind: one inbox file.
    for (const QString &rel : {QStringLiteral("/uploads/1-a.pdf"), QStringLiteral("/inbox/W/.queued/2-b.pdf"), QStringLiteral("/inbox/W/failed/c.pdf")})
        QVERIFY(touch(now + rel));
    QVERIFY(touch(old + QStringLiteral("/inbox/W/.queued/3-d.pdf")));
    const qint64 wf = *WorkflowRepository(*db).create(sampleWorkflow(QStringLiteral("W")));
    DeliveryQueue queue(*db);
    const qint64 upload = *queue.enqueue({wf, old + QStringLiteral("/uploads/1-a.pdf"), QStringLiteral("a.pdf"), {}, {}, {}});
    const qint64 inbox = *queue.enqueue({wf, old + QStringLiteral("/inbox/W/.queued/2-b.pdf"), QStringLiteral("b.pdf"), {}, {}, {}});
    const qint64 failed = *queue.enqueue({wf, old + QStringLiteral("/inbox/W/.queued/9-c.pdf"), QStringLiteral("c.pdf"), {}, {}, {}});
    QVERIFY(queue.setKeptPath(failed, old + QStringLiteral("/inbox/W/failed/c.pdf")).ok());
    const qint64 behind = *queue.enqueue({wf, old + QStringLiteral("/inbox/W/.queued/3-d.pdf"), QStringLiteral("d.pdf"), {}, {}, {}});

    const auto moved = MovedFolders::follow(*db, {now, now + QStringLiteral("/inbox")});
    QVERIFY2(moved.ok(), qPrintable(moved.error()));
    QVERIFY(moved->inferred);
    QCOMPARE(QDir::cleanPath(moved->from.data), QDir::cleanPath(old));
    QCOMPARE(moved->paths, 4); // a, b, c's queued path (gone from both places) and c's kept path
    QCOMPARE(moved->left, 1);
    QCOMPARE((*queue.get(upload))->filePath, now + QStringLiteral("/uploads/1-a.pdf"));
    QCOMPARE((*queue.get(inbox))->filePath, now + QStringLiteral("/inbox/W/.queued/2-b.pdf"));
    QCOMPARE((*queue.get(failed))->keptPath, now + QStringLiteral("/inbox/W/failed/c.pdf"));
    QCOMPARE((*queue.get(behind))->filePath, old + QStringLiteral("/inbox/W/.queued/3-d.pdf"));

    // Started again where it is: nothing to do.
    const auto again = MovedFolders::follow(*db, {now, now + QStringLiteral("/inbox")});
    QVERIFY(again.ok() && again->from.data.isEmpty() && again->paths == 0);

    // Restored elsewhere, with the inbox in a folder of its own: the remembered folders say where from.
    const QString restored = root.filePath(QStringLiteral("restored")), scans = root.filePath(QStringLiteral("scans"));
    QVERIFY(touch(restored + QStringLiteral("/uploads/1-a.pdf")));
    QVERIFY(touch(scans + QStringLiteral("/W/.queued/2-b.pdf")));
    const auto elsewhere = MovedFolders::follow(*db, {restored, scans});
    QVERIFY2(elsewhere.ok(), qPrintable(elsewhere.error()));
    QVERIFY(!elsewhere->inferred);
    QCOMPARE(elsewhere->from.data, now);
    QCOMPARE((*queue.get(upload))->filePath, restored + QStringLiteral("/uploads/1-a.pdf"));
    QCOMPARE((*queue.get(inbox))->filePath, scans + QStringLiteral("/W/.queued/2-b.pdf"));
    QCOMPARE((*queue.get(failed))->keptPath, now + QStringLiteral("/inbox/W/failed/c.pdf")); // only the old place has it
}

#endif // Q_MOC_RUN

void TestStorage::usersKeepDetailsCardsAndHashedPasswords()
{
    OPEN_DB(db);
    UserRepository users(*db);
    const auto alice = users.create(UserRepository::LocalProvider, QStringLiteral("Alice"));
    QVERIFY2(alice, qPrintable(alice.error()));
    QCOMPARE(users.create(UserRepository::LocalProvider, QStringLiteral("alice")).error(),
             QStringLiteral("username: \"alice\" already exists")); // names are case insensitive
    QVERIFY(users.setDetail(*alice, UserDetail::Password, QStringLiteral("correct horse")));
    QVERIFY(users.setDetail(*alice, UserDetail::Email, QStringLiteral("alice@example.com")));
    QVERIFY(users.addCard(*alice, QStringLiteral("CARD-1")));
    QCOMPARE(users.setDetail(*alice, UserDetail::Email, QStringLiteral("not an address")).error(),
             QStringLiteral("detaildata: \"not an address\" is not an email address"));

    QSqlQuery raw(db->connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT password_hash FROM users")) && raw.next());
    QVERIFY2(raw.value(0).toString().startsWith(QLatin1String("$argon2id$")), "only an Argon2id hash is stored");
    QVERIFY(users.checkPassword(*alice, QStringLiteral("correct horse")));
    QVERIFY(!users.checkPassword(*alice, QStringLiteral("Correct horse")));

    const auto bob = users.create(UserRepository::LocalProvider, QStringLiteral("bob"));
    QCOMPARE(users.addCard(*bob, QStringLiteral("CARD-1")).error(), QStringLiteral("cardid: card \"CARD-1\" belongs to another user"));
    const auto byCard = users.byCard(QStringLiteral("CARD-1"));
    QVERIFY(byCard && byCard->has_value());
    QCOMPARE((*byCard)->userName, QStringLiteral("Alice"));
    QCOMPARE((*byCard)->cards, QStringList{QStringLiteral("CARD-1")});
    QVERIFY((*byCard)->hasPassword);

    GroupRepository groups(*db);
    const auto staff = groups.create(QStringLiteral("Staff"), QStringLiteral("cn=staff"));
    QVERIFY(staff);
    QVERIFY(groups.add(*bob, {*staff}));
    QCOMPARE(groups.resolve(QStringLiteral("cn=staff"))->value().id, *staff);
    QCOMPARE(groups.members(*staff)->size(), 1);
    QVERIFY(users.remove(*bob));
    QCOMPARE(groups.members(*staff)->size(), 0); // membership goes with the user
}

void TestStorage::aRefreshTokenWorksOnceAndItsReuseEndsTheFamily()
{
    OPEN_DB(db);
    const auto key = ApiKeyRepository(*db).create(ApiKey::fullAccess(QStringLiteral("k")));
    const auto keyId = ApiKeyRepository(*db).find(key->toLatin1())->value().id;
    const auto user = UserRepository(*db).create(UserRepository::LocalProvider, QStringLiteral("carol"));
    TokenRepository tokens = TokenRepository::users(*db);
    const auto issued = tokens.issue({*user, keyId, {}}, 60, 600);
    QVERIFY2(issued, qPrintable(issued.error()));
    QCOMPARE(tokens.findAccess(issued->accessToken.toLatin1())->value().holderId, *user);
    QVERIFY(!tokens.findAccess(issued->refreshToken.toLatin1())->has_value()); // a refresh token is no access token

    // Another key's caller spends nothing.
    TokenOwner owner;
    QCOMPARE(*tokens.useRefresh(issued->refreshToken.toLatin1(), keyId + 1, &owner), RefreshUse::OtherKey);
    QCOMPARE(*tokens.useRefresh(issued->refreshToken.toLatin1(), keyId, &owner), RefreshUse::Used);
    QCOMPARE(owner.holderId, *user);
    const auto next = tokens.issue(owner, 60, 600);
    QVERIFY(next);
    QVERIFY(tokens.findAccess(next->accessToken.toLatin1())->has_value());
    // The spent token used again: taken for theft, and every token of the family ends.
    QCOMPARE(*tokens.useRefresh(issued->refreshToken.toLatin1(), keyId, &owner), RefreshUse::Reused);
    QVERIFY2(!tokens.findAccess(next->accessToken.toLatin1())->has_value(), "the family's newest access token ends too");
    QVERIFY2(!tokens.findAccess(issued->accessToken.toLatin1())->has_value(), "and its first");
    QCOMPARE(*tokens.useRefresh(next->refreshToken.toLatin1(), keyId, &owner), RefreshUse::Unknown);

    // Another sign-in is another family: untouched by the first one's end, ended by sign-out.
    const auto other = tokens.issue({*user, keyId, {}}, 60, 600);
    QVERIFY(tokens.findAccess(other->accessToken.toLatin1())->has_value());
    QVERIFY(!*tokens.revokeFamilyOf(other->refreshToken.toLatin1(), keyId + 1));
    QVERIFY(*tokens.revokeFamilyOf(other->refreshToken.toLatin1(), keyId));
    QVERIFY(!tokens.findAccess(other->accessToken.toLatin1())->has_value());

    const auto expired = tokens.issue({*user, keyId, {}}, -1, -1);
    QVERIFY(!tokens.findAccess(expired->accessToken.toLatin1())->has_value());
    QCOMPARE(*tokens.useRefresh(expired->refreshToken.toLatin1(), keyId, &owner), RefreshUse::Unknown);
}

void TestStorage::scanAccessUserRuleBeatsGroupAndDenyBeatsAllow()
{
    using I = ScanAccessRule::Identity;
    const auto rule = [](I type, qint64 id, bool allow) {
        ScanAccessRule r;
        r.identityType = type;
        r.identityId = id;
        r.allow = allow;
        return r;
    };
    const qint64 user = 7, group = 3, other = 4;
    QVERIFY2(!ScanAccessRepository::allows({}, user, {group}), "nobody by default");
    QVERIFY(ScanAccessRepository::allows({rule(I::Group, group, true)}, user, {group}));
    QVERIFY(!ScanAccessRepository::allows({rule(I::Group, group, true)}, user, {other}));
    QVERIFY2(!ScanAccessRepository::allows({rule(I::Group, group, true), rule(I::Group, other, false)}, user, {group, other}),
             "Deny beats Allow between groups");
    QVERIFY2(ScanAccessRepository::allows({rule(I::Group, group, false), rule(I::User, user, true)}, user, {group}),
             "a user rule beats a group rule");
    QVERIFY2(!ScanAccessRepository::allows({rule(I::Group, group, true), rule(I::User, user, false)}, user, {group}),
             "a user Deny beats a group Allow");
    QVERIFY2(!ScanAccessRepository::allows({rule(I::User, user, true), rule(I::User, user, false)}, user, {}),
             "Deny beats Allow for the same user");
    QVERIFY(!ScanAccessRepository::allows({rule(I::User, 8, true)}, user, {}));
}

void TestStorage::entitiesKeepTheirJsonPerKind()
{
    OPEN_DB(db);
    EntityRepository ports(*db, QStringLiteral("outputport"));
    EntityRepository places(*db, QStringLiteral("location"));
    const auto id = ports.create({{QStringLiteral("portName"), QStringLiteral("Lobby")}, {QStringLiteral("serviceIds"), QJsonArray{1, 2}}});
    QVERIFY2(id, qPrintable(id.error()));
    const auto got = ports.get(*id);
    QVERIFY(got && got->has_value());
    QCOMPARE((*got)->value(QStringLiteral("id")).toInteger(), *id);
    QCOMPARE((*got)->value(QStringLiteral("serviceIds")).toArray(), (QJsonArray{1, 2}));
    QVERIFY2(!places.get(*id)->has_value(), "an id of one kind names nothing of another");
    QCOMPARE(*places.update(*id, {}), false);
    QCOMPARE(*places.remove(*id), false);
    QVERIFY(*ports.update(*id, {{QStringLiteral("portName"), QStringLiteral("Hall")}}));
    QCOMPARE(ports.list()->first().value(QStringLiteral("portName")).toString(), QStringLiteral("Hall"));
    QVERIFY(*ports.remove(*id));
    QVERIFY(ports.list()->isEmpty());
}

void TestStorage::documentHistoryPagesInTimeOrder()
{
    OPEN_DB(db);
    DocumentRepository docs(*db);
    for (int i = 0; i < 25; ++i) {
        Document d;
        d.jobType = i % 2 ? QStringLiteral("SCAN") : QStringLiteral("PRINT");
        d.userName = QStringLiteral("u%1").arg(i % 3);
        d.dateTime = 1000 + (i / 2) * 10; // pairs share a time: the id breaks the tie
        QVERIFY(docs.add(d));
    }
    DocumentQuery q;
    q.from = 0;
    q.to = 100000;
    q.limit = 10;
    QList<qint64> seen;
    for (int page = 0; page < 5; ++page) {
        int rows = 0;
        const Status read = docs.history(q, [&](const DocumentView &d) {
            seen.append(d.id);
            ++rows;
            q.afterTime = d.dateTime;
            q.afterId = d.id;
        });
        QVERIFY2(read, qPrintable(read.error()));
        if (rows < q.limit)
            break;
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 25);
    DocumentQuery scans;
    scans.from = 0;
    scans.to = 100000;
    scans.jobType = QStringLiteral("SCAN");
    scans.userName = QStringLiteral("u1");
    scans.statuses = {Document::Ready};
    QStringList filtered;
    QVERIFY(docs.history(scans, [&](const DocumentView &d) { filtered.append(d.jobType.toString() + u' ' + d.userName.toString()); }));
    QCOMPARE(filtered, QStringList(4, QStringLiteral("SCAN u1"))); // i in {1, 7, 13, 19}
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

