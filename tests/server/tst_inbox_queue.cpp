// The inbox and the durable queue, with the real `scanflowd serve` and a real HTTP target:
// files dropped into inbox/<workflow>/ are delivered with the workflow's sealed password and
// end in done/; a permanent failure ends in failed/ with the reason beside it; and a server
// killed with SIGKILL mid-batch, then restarted, loses no file.
#include "DeliveryHarness.h"
#include "MasterKey.h"
#include "WorkflowService.h"

#include <QCryptographicHash>
#include <QDir>
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

QTEST_GUILESS_MAIN(TestInboxQueue)
#include "tst_inbox_queue.moc"
