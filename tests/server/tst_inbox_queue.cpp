// The inbox and the durable queue, with the real `scanflowd serve` and a real HTTP target:
// files dropped into inbox/<workflow>/ are delivered with the workflow's sealed password and
// end in done/; a permanent failure ends in failed/ with the reason beside it; and a server
// killed with SIGKILL mid-batch, then restarted, loses no file. The live views' feed
// (GET /deliveries/changes) answers within a second of a change, and Retry now and Cancel
// bring a failed file back from failed/ and keep a queued one there.
#include "DeliveryHarness.h"
#include "ServerProcess.h"
#include "MasterKey.h"
#include "WorkflowService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace scanflow;
using namespace scanflow::test;
using target::RecordedRequest;
using target::Reply;

class TestInboxQueue : public QObject
{
    Q_OBJECT

private slots:
    void droppedFilesAreDeliveredAndFiled();
    void aServerKilledMidBatchLosesNoFile();
    void M9_theInboxNeverFollowsLinks();
    void theChangesFeedAnswersWhenADeliveryChanges();
    void retryNowBringsAFailedFileBackAndCancelKeepsAQueuedOne();
};

#ifndef Q_MOC_RUN

namespace {

struct Setup
{
    QTemporaryDir dir;
    QString data() const { return dir.filePath(QStringLiteral("data")); }
    QString inbox() const { return dir.filePath(QStringLiteral("data/inbox/Scans")); }
    QString config() const { return dir.filePath(QStringLiteral("scanflowd.json")); }
};

// A data folder with the workflow "Scans" already stored (its password sealed with the key
// file the server will use), and a config for fast polling and short leases.
bool prepare(const Setup &s, const QByteArray &targetUrl)
{
    QDir().mkpath(s.data());
    const QString keyFile = s.dir.filePath(QStringLiteral("secrets.key"));
    DatabaseConfig c;
    c.sqlitePath = s.data() + QStringLiteral("/scanflow.sqlite");
    auto db = Database::open(c);
    if (!db || !(*db)->migrate())
        return false;
    SecretStore secrets(**db, SecretBox::withKey(*MasterKey::fromKeyFile(keyFile)).value());
    auto w = workflowFromJson(withTarget(R"({"format":1,"name":"Scans","destination":{"url":"{T}/upload",
        "auth":{"type":"basic","login":"svc","password":"sealed-pw"},"steps":[{"kind":"delivery"}]}})", targetUrl));
    if (!w || !WorkflowService(**db, secrets).create(*w))
        return false;
    QFile config(s.config());
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(QJsonDocument(QJsonObject{
        {QStringLiteral("dataDir"), s.data()},
        {QStringLiteral("secretsKeyFile"), keyFile},
        {QStringLiteral("queue"), QJsonObject{{QStringLiteral("maxConcurrent"), 2}, {QStringLiteral("leaseSeconds"), 2},
                                              {QStringLiteral("pollMs"), 100}, {QStringLiteral("inboxSettleMs"), 200},
                                              {QStringLiteral("maxAttempts"), 3}}}}).toJson());
    return true;
}

std::unique_ptr<QProcess> serve(const Setup &s)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral(SCANFLOW_BINARY_DIR "/src/app/scanflowd"),
             {QStringLiteral("serve"), QStringLiteral("--config"), s.config(), QStringLiteral("--port"), QStringLiteral("0")});
    if (!QTest::qWaitFor([&] { return p->canReadLine() || p->state() != QProcess::Running; }, 15000))
        return nullptr;
    return p;
}

void drop(const Setup &s, const QString &name, const QByteArray &content)
{
    QDir().mkpath(s.inbox());
    // Written beside, then moved in: how scanners and copy tools usually deliver.
    const QString tmp = s.dir.filePath(name + QStringLiteral(".part"));
    QFile f(tmp);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    f.close();
    QFile::rename(tmp, s.inbox() + u'/' + name);
}

QStringList files(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

void TestInboxQueue::droppedFilesAreDeliveredAndFiled()
{
    DeliveryHarness h;
    h.target.setHandler([](const RecordedRequest &r) {
        const QByteArray name = partsOf(r).value(0).fileName;
        return name.startsWith("reject") ? Reply::json(404, R"({"error":"no such folder"})") : Reply::json(201, "{}");
    });
    Setup s;
    QVERIFY(prepare(s, h.target.baseUrl()));
    auto server = serve(s);
    QVERIFY(server);
    drop(s, QStringLiteral("a.pdf"), "%PDF a");
    drop(s, QStringLiteral("b.pdf"), "%PDF b");
    drop(s, QStringLiteral("reject-c.pdf"), "%PDF c");
    const bool settled = QTest::qWaitFor([&] { return files(s.inbox() + QStringLiteral("/done")).size() == 2
                                                      && files(s.inbox() + QStringLiteral("/failed")).size() == 2; }, 30000);
    QVERIFY2(settled, qPrintable(QStringLiteral("inbox %1; done %2; failed %3; queued %4; server said: %5")
                                     .arg(files(s.inbox()).join(u','), files(s.inbox() + QStringLiteral("/done")).join(u','),
                                          files(s.inbox() + QStringLiteral("/failed")).join(u','),
                                          files(s.inbox() + QStringLiteral("/.queued")).join(u','),
                                          QString::fromUtf8(server->readAllStandardError()))));
    QCOMPARE(files(s.inbox() + QStringLiteral("/done")), (QStringList{QStringLiteral("a.pdf"), QStringLiteral("b.pdf")}));
    QCOMPARE(files(s.inbox() + QStringLiteral("/failed")), (QStringList{QStringLiteral("reject-c.pdf"), QStringLiteral("reject-c.pdf.reason.txt")}));
    QFile reason(s.inbox() + QStringLiteral("/failed/reject-c.pdf.reason.txt"));
    QVERIFY(reason.open(QIODevice::ReadOnly));
    QVERIFY2(reason.readAll().contains("returned HTTP 404"), "the reason names the answer");
    QVERIFY(files(s.inbox()).isEmpty());
    for (const RecordedRequest &r : h.target.requests())
        QCOMPARE(r.header("Authorization"), "Basic " + QByteArray("svc:sealed-pw").toBase64());
    ::kill(pid_t(server->processId()), SIGTERM);
    QVERIFY(server->waitForFinished(10000));
    QCOMPARE(server->exitCode(), 0);
}

void TestInboxQueue::M9_theInboxNeverFollowsLinks()
{
    DeliveryHarness h;
    Setup s;
    QVERIFY(prepare(s, h.target.baseUrl()));
    // A secret outside the inbox, and a link to it dropped in; a plain file beside it.
    const QString secret = s.dir.filePath(QStringLiteral("id_ed25519"));
    QFile f(secret);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PRIVATE KEY");
    f.close();
    QDir().mkpath(s.inbox());
    QVERIFY(QFile::link(secret, s.inbox() + QStringLiteral("/x.pdf")));
    QVERIFY(QFile::link(s.dir.filePath(QStringLiteral("nowhere")), s.inbox() + QStringLiteral("/dangling.pdf")));
    drop(s, QStringLiteral("plain.pdf"), "%PDF plain");
    auto server = serve(s);
    QVERIFY(server);
    const auto all = [](const QString &dir) { return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name); };
    QVERIFY2(QTest::qWaitFor([&] { return files(s.inbox() + QStringLiteral("/done")).size() == 1
                                          && all(s.inbox() + QStringLiteral("/failed")).size() == 4; }, 20000),
             qPrintable(QStringLiteral("inbox %1; done %2; failed %3; server said: %4")
                            .arg(all(s.inbox()).join(u','), all(s.inbox() + QStringLiteral("/done")).join(u','),
                                 all(s.inbox() + QStringLiteral("/failed")).join(u','), QString::fromUtf8(server->readAllStandardError()))));
    QCOMPARE(all(s.inbox() + QStringLiteral("/failed")),
             (QStringList{QStringLiteral("dangling.pdf"), QStringLiteral("dangling.pdf.reason.txt"), QStringLiteral("x.pdf"),
                          QStringLiteral("x.pdf.reason.txt")}));
    QFile reason(s.inbox() + QStringLiteral("/failed/x.pdf.reason.txt"));
    QVERIFY(reason.open(QIODevice::ReadOnly));
    QVERIFY(reason.readAll().contains("symbolic link"));
    QVERIFY(QFileInfo(s.inbox() + QStringLiteral("/failed/x.pdf")).isSymLink()); // the link moved, not what it names
    QVERIFY(QFile::exists(secret));
    QCOMPARE(h.target.requests().size(), 1); // plain.pdf only
    QVERIFY(!h.target.requests().first().body.contains("PRIVATE KEY"));
    ::kill(pid_t(server->processId()), SIGTERM);
    QVERIFY(server->waitForFinished(10000));

    // The workflow's folder itself a link to another folder: nothing in it is taken.
    h.target.clear();
    QVERIFY(QDir(s.inbox()).removeRecursively());
    const QString elsewhere = s.dir.filePath(QStringLiteral("elsewhere"));
    QDir().mkpath(elsewhere);
    QFile y(elsewhere + QStringLiteral("/y.pdf"));
    QVERIFY(y.open(QIODevice::WriteOnly));
    y.write("%PDF y");
    y.close();
    QVERIFY(QFile::link(elsewhere, s.inbox()));
    server = serve(s);
    QVERIFY(server);
    QTest::qWait(1500); // several scans, settle time included
    QVERIFY(QFile::exists(elsewhere + QStringLiteral("/y.pdf")));
    QCOMPARE(QDir(elsewhere).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("y.pdf")});
    QVERIFY(h.target.requests().isEmpty());
    ::kill(pid_t(server->processId()), SIGTERM);
    QVERIFY(server->waitForFinished(10000));
    QVERIFY(server->readAllStandardError().contains("symbolic link"));
}

void TestInboxQueue::aServerKilledMidBatchLosesNoFile()
{
    DeliveryHarness h;
    QSet<QByteArray> received;
    h.target.setHandler([&](const RecordedRequest &r) {
        received.insert(QCryptographicHash::hash(partsOf(r).value(0).body, QCryptographicHash::Sha256));
        Reply reply = Reply::json(201, "{}");
        reply.delayMs = 150; // slow enough to be killed in the middle
        return reply;
    });
    Setup s;
    QVERIFY(prepare(s, h.target.baseUrl()));
    auto server = serve(s);
    QVERIFY(server);
    QSet<QByteArray> dropped;
    for (int i = 0; i < 12; ++i) {
        const QByteArray content = "%PDF-1.4 scan " + QByteArray::number(i) + ' ' + QByteArray(1000 + i, 'x');
        dropped.insert(QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        drop(s, QStringLiteral("scan-%1.pdf").arg(i, 2, 10, QLatin1Char('0')), content);
    }
    QVERIFY(QTest::qWaitFor([&] { return h.target.requests().size() >= 3; }, 30000));
    ::kill(pid_t(server->processId()), SIGKILL);
    QVERIFY(server->waitForFinished(5000));
    QVERIFY2(files(s.inbox() + QStringLiteral("/done")).size() < 12, "killed before the end");

    auto restarted = serve(s);
    QVERIFY(restarted);
    QVERIFY(QTest::qWaitFor([&] { return files(s.inbox() + QStringLiteral("/done")).size() == 12; }, 60000));
    QCOMPARE(received, dropped);                         // every file reached the target
    QVERIFY(files(s.inbox()).isEmpty());                 // none left behind
    QVERIFY(files(s.inbox() + QStringLiteral("/.queued")).isEmpty());
    QVERIFY(files(s.inbox() + QStringLiteral("/failed")).isEmpty());
    ::kill(pid_t(restarted->processId()), SIGTERM);
    QVERIFY(restarted->waitForFinished(10000));
}

#endif // Q_MOC_RUN

void TestInboxQueue::theChangesFeedAnswersWhenADeliveryChanges()
{
    DeliveryHarness h;
    Setup s;
    QVERIFY(prepare(s, h.target.baseUrl()));
    ServerProcess server = ServerProcess::start({QStringLiteral("--config"), s.config()});
    QVERIFY2(!server.key.isEmpty(), "the server did not start");
    const QString cursor = object(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries"))).value(QStringLiteral("cursor")).toString();
    QVERIFY2(!cursor.isEmpty(), "the history gives the cursor to follow its changes from");

    // Nothing changes: the call waits its whole second, then answers with none and the same cursor.
    QElapsedTimer quiet;
    quiet.start();
    const QString idle = api(server, QStringLiteral("GET"), QStringLiteral("/deliveries/changes?since=%1&wait=1").arg(cursor));
    QCOMPARE(status(idle), 200);
    QVERIFY2(quiet.elapsed() >= 900, qPrintable(QString::number(quiet.elapsed())));
    QCOMPARE(object(idle).value(QStringLiteral("deliveries")).toArray().size(), 0);
    QCOMPARE(object(idle).value(QStringLiteral("cursor")).toString(), cursor);

    // A file dropped meanwhile: the waiting call answers with it, well before its 20 s.
    QProcess poll;
    poll.start(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + server.key,
                                        server.url + QStringLiteral("/api/v1/deliveries/changes?since=%1&wait=20").arg(cursor)});
    QVERIFY(poll.waitForStarted());
    QTest::qWait(300);
    QCOMPARE(poll.state(), QProcess::Running); // it waits
    QElapsedTimer sinceDrop;
    sinceDrop.start();
    drop(s, QStringLiteral("live.pdf"), "%PDF live");
    QVERIFY(QTest::qWaitFor([&] { return poll.state() == QProcess::NotRunning; }, 10000));
    const QJsonObject changed = QJsonDocument::fromJson(poll.readAllStandardOutput()).object();
    qInfo("the feed answered %lld ms after the drop (the inbox waits %d ms for a file to settle)", sinceDrop.elapsed(), 200);
    const QJsonArray deliveries = changed.value(QStringLiteral("deliveries")).toArray();
    QVERIFY2(!deliveries.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(changed).toJson())));
    QCOMPARE(deliveries.first()[QStringLiteral("fileName")].toString(), QStringLiteral("live.pdf"));
    QVERIFY(changed.value(QStringLiteral("cursor")).toString().section(u':', 0, 0).toLongLong() >= cursor.toLongLong());
    QVERIFY(changed.value(QStringLiteral("cursor")).toString() != cursor);

    // Followed from each answer's cursor, the file's last change is "delivered".
    QString next = changed.value(QStringLiteral("cursor")).toString();
    QString state = deliveries.last()[QStringLiteral("state")].toString();
    for (int i = 0; i < 10 && state != QLatin1String("delivered"); ++i) {
        const QJsonObject more = object(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries/changes?since=%1&wait=5").arg(next)));
        for (const QJsonValue &d : more.value(QStringLiteral("deliveries")).toArray())
            state = d[QStringLiteral("state")].toString();
        next = more.value(QStringLiteral("cursor")).toString();
    }
    QCOMPARE(state, QStringLiteral("delivered"));

    // GET /inbox counts it, and names the folder.
    const QJsonObject inbox = object(api(server, QStringLiteral("GET"), QStringLiteral("/inbox")));
    const QJsonObject scans = inbox.value(QStringLiteral("workflows")).toArray().first().toObject();
    QCOMPARE(scans.value(QStringLiteral("name")).toString(), QStringLiteral("Scans"));
    QCOMPARE(scans.value(QStringLiteral("folder")).toString(), s.inbox());
    QCOMPARE(scans.value(QStringLiteral("delivered")).toInt(), 1);
    QCOMPARE(scans.value(QStringLiteral("waiting")).toInt(), 0);

    // Bad input names its field.
    QCOMPARE(status(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries/changes?since=yesterday"))), 400);
    QVERIFY(message(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries/changes?since=1&wait=61"))).startsWith(QLatin1String("wait:")));
    QVERIFY(message(api(server, QStringLiteral("GET"), QStringLiteral("/inbox?since=noon"))).startsWith(QLatin1String("since:")));
    QCOMPARE(server.stop(), 0);
}

void TestInboxQueue::retryNowBringsAFailedFileBackAndCancelKeepsAQueuedOne()
{
    DeliveryHarness h;
    bool fixed = false;
    h.target.setHandler([&fixed](const RecordedRequest &r) {
        const QByteArray name = partsOf(r).value(0).fileName;
        if (name.startsWith("busy"))
            return Reply::json(503, R"({"error":"try later"})");
        return name.startsWith("reject") && !fixed ? Reply::json(404, R"({"error":"no such folder"})") : Reply::json(201, "{}");
    });
    Setup s;
    QVERIFY(prepare(s, h.target.baseUrl()));
    ServerProcess server = ServerProcess::start({QStringLiteral("--config"), s.config()});
    QVERIFY2(!server.key.isEmpty(), "the server did not start");

    drop(s, QStringLiteral("reject-d.pdf"), "%PDF retried");
    const QString failed = s.inbox() + QStringLiteral("/failed");
    QVERIFY(QTest::qWaitFor([&] { return files(failed).contains(QStringLiteral("reject-d.pdf.reason.txt")); }, 15000));
    const QJsonObject history = object(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries?state=failed")));
    const qint64 id = history.value(QStringLiteral("deliveries")).toArray().first()[QStringLiteral("id")].toInteger();
    QVERIFY(id > 0);
    QCOMPARE(object(api(server, QStringLiteral("GET"), QStringLiteral("/inbox"))).value(QStringLiteral("workflows")).toArray().first()[QStringLiteral("failed")].toInt(), 1);

    // The target is fixed; Retry now brings the file back from failed/ and it is delivered.
    fixed = true;
    const QString retried = api(server, QStringLiteral("POST"), QStringLiteral("/deliveries/%1/retry").arg(id));
    QVERIFY2(status(retried) == 200, qPrintable(retried));
    QCOMPARE(object(retried).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QVERIFY(QTest::qWaitFor([&] { return files(s.inbox() + QStringLiteral("/done")).contains(QStringLiteral("reject-d.pdf")); }, 15000));
    QVERIFY2(files(failed).isEmpty(), qPrintable(files(failed).join(u',')));
    QCOMPARE(partsOf(h.target.requests().last()).value(0).body, QByteArray("%PDF retried"));
    const QJsonObject record = object(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries/%1").arg(id)));
    QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("delivered"));
    QCOMPARE(record.value(QStringLiteral("attempts")).toInt(), 1); // counted again from zero
    // Delivered: nothing more to retry or cancel.
    QCOMPARE(status(api(server, QStringLiteral("POST"), QStringLiteral("/deliveries/%1/retry").arg(id))), 409);
    QCOMPARE(status(api(server, QStringLiteral("POST"), QStringLiteral("/deliveries/%1/cancel").arg(id))), 409);
    QCOMPARE(status(api(server, QStringLiteral("POST"), QStringLiteral("/deliveries/99999/retry"))), 404);

    // A file the target answers 503 waits queued for its next attempt; Cancel keeps it as failed.
    drop(s, QStringLiteral("busy.pdf"), "%PDF busy");
    qint64 busy = 0;
    QVERIFY(QTest::qWaitFor([&] {
        const QJsonArray queued = object(api(server, QStringLiteral("GET"), QStringLiteral("/deliveries?state=queued"))).value(QStringLiteral("deliveries")).toArray();
        busy = queued.isEmpty() || queued.first()[QStringLiteral("attempts")].toInt() < 1 ? 0 : queued.first()[QStringLiteral("id")].toInteger();
        return busy > 0;
    }, 15000));
    const QString cancelled = api(server, QStringLiteral("POST"), QStringLiteral("/deliveries/%1/cancel").arg(busy));
    QVERIFY2(status(cancelled) == 200, qPrintable(cancelled));
    QCOMPARE(object(cancelled).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY2(object(cancelled).value(QStringLiteral("lastError")).toString().startsWith(QLatin1String("cancelled by API key")), qPrintable(cancelled));
    QVERIFY(QTest::qWaitFor([&] { return files(failed).contains(QStringLiteral("busy.pdf")); }, 5000));
    QFile why(failed + QStringLiteral("/busy.pdf.reason.txt"));
    QVERIFY(why.open(QIODevice::ReadOnly));
    QVERIFY(why.readAll().startsWith("cancelled by"));
    QCOMPARE(status(api(server, QStringLiteral("POST"), QStringLiteral("/deliveries/%1/cancel").arg(busy))), 409);
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestInboxQueue)
#include "tst_inbox_queue.moc"
