// Shows the Scan inbox page over 10 000 recent deliveries and reports (1) how long the first
// rows take from asking to painted, (2) how long all 10 000 take, with the longest the window
// stood still meanwhile, and (3) 50 changes a second for 10 s arriving through the live feed:
// how long each change takes to show, and how many 60 Hz frames were missed. The server is the
// real one, in-process on loopback as the app runs it, on SQLite; the deliveries are written
// straight into its database first (through the API they would take minutes).
#include "ApiClient.h"
#include "DeliveryFeed.h"
#include "DeliveryList.h"
#include "DeliveryListModel.h"
#include "EmbeddedServer.h"
#include "InboxPage.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace scanflow;

namespace {

bool seed(const QString &file, int deliveries)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
    db.setDatabaseName(file);
    if (!db.open())
        return false;
    db.transaction();
    QSqlQuery w(db);
    if (!w.exec(QStringLiteral("INSERT INTO workflows (name, definition, created_at, updated_at) VALUES ('Scans', '{\"format\":1,"
                               "\"name\":\"Scans\",\"destination\":{\"url\":\"http://127.0.0.1:9/upload\",\"steps\":[{\"kind\":\"delivery\"}]}}', 0, 0)"))) {
        QTextStream(stderr) << w.lastError().text() << '\n';
        return false;
    }
    const qint64 workflowId = w.lastInsertId().toLongLong();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO deliveries (workflow_id, file_path, file_name, document_name, user_name, terminal_values, state,"
                             " attempts, next_attempt_at, last_error, created_at, updated_at, provider_id, spool_ref, trace)"
                             " VALUES (?, ?, ?, '', 'alice', '{}', ?, 1, 0, ?, ?, ?, 1, '', '[]')"));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(deliveries) * 1000;
    for (int i = 0; i < deliveries; ++i) {
        const bool failed = i % 50 == 0;
        q.addBindValue(workflowId);
        q.addBindValue(QStringLiteral("/nowhere/scan-%1.pdf").arg(i));
        q.addBindValue(QStringLiteral("scan-%1.pdf").arg(i));
        q.addBindValue(failed ? QStringLiteral("failed") : QStringLiteral("delivered"));
        q.addBindValue(failed ? QStringLiteral("step \"Upload\" (1/1): POST https://dms.example/upload returned HTTP 404") : QString(QLatin1String("")));
        q.addBindValue(start + i * 1000);
        q.addBindValue(start + i * 1000 + 300);
        if (!q.exec()) {
            QTextStream(stderr) << q.lastError().text() << '\n';
            return false;
        }
    }
    const bool ok = db.commit();
    db.close();
    return ok;
}

QString ms(double v) { return QString::number(v, 'f', 1); }

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    ServerConfig config;
    config.port = 0;
    config.dataDir = dir.filePath(QStringLiteral("data"));
    config.secretsKeyFile = dir.filePath(QStringLiteral("secrets.key"));
    const int deliveries = 10000;
    {
        EmbeddedServer schema(config); // makes the database and its tables
        if (const Status s = schema.start(); !s) {
            out << "server: " << s.error() << '\n';
            return 1;
        }
    }
    if (!seed(dir.filePath(QStringLiteral("data/scanflow.sqlite")), deliveries))
        return 1;
    EmbeddedServer server(config);
    if (const Status s = server.start(); !s)
        return 1;
    ApiClient api;
    api.setBaseUrl(QUrl(server.baseUrl()));
    api.setApiKey(server.processKey());

    // The window's heartbeat: a 5 ms timer, and the longest it came late is how long the
    // window stood still.
    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = 0, longestStall = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTick > 0)
            longestStall = std::max(longestStall, now - lastTick);
        lastTick = now;
    });

    QList<double> firstPaint, allRows, stalls;
    for (int run = 0; run < 5; ++run) {
        DeliveryFeed feed(&api);
        InboxPage page(&api, &feed);
        page.resize(1280, 760);
        page.show();
        QApplication::processEvents();
        QTableView *view = page.list()->view();
        QElapsedTimer timer;
        bool painted = false;
        QObject::connect(page.list()->model(), &QAbstractItemModel::rowsInserted, &page, [&] {
            if (painted)
                return;
            painted = true;
            view->viewport()->repaint(); // the first rows, painted now
            firstPaint.append(timer.nsecsElapsed() / 1e6);
        });
        QEventLoop wait;
        QObject::connect(&page, &InboxPage::recentLoaded, &wait, &QEventLoop::quit);
        lastTick = 0;
        longestStall = 0;
        heartbeat.start();
        timer.start();
        page.reload();
        wait.exec();
        page.repaint();
        allRows.append(timer.nsecsElapsed() / 1e6);
        heartbeat.stop();
        stalls.append(longestStall / 1e6);
        if (page.list()->model()->rowCount() != deliveries) {
            out << "shown: " << page.list()->model()->rowCount() << " of " << deliveries << '\n';
            return 1;
        }
        if (run > 0)
            continue;

        // 50 changes a second for 10 s, as the feed brings them: new files on top, then each
        // turning delivered. A frame is missed when a 60 Hz tick comes more than a frame late.
        QList<double> perChange;
        int missed = 0, frames = 0;
        qint64 nextId = deliveries + 1;
        QList<qint64> running;
        QTimer changes;
        changes.setTimerType(Qt::PreciseTimer);
        changes.setInterval(20);
        QObject::connect(&changes, &QTimer::timeout, [&] {
            QJsonObject d{{QStringLiteral("workflowId"), 1}, {QStringLiteral("userName"), QStringLiteral("alice")},
                          {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("attempts"), 1}};
            if (running.size() > 5) { // one delivered
                const qint64 id = running.takeFirst();
                d.insert(QStringLiteral("id"), id);
                d.insert(QStringLiteral("state"), QStringLiteral("delivered"));
                d.insert(QStringLiteral("fileName"), QStringLiteral("live-%1.pdf").arg(id));
            } else { // one new, running
                d.insert(QStringLiteral("id"), nextId);
                d.insert(QStringLiteral("state"), QStringLiteral("running"));
                d.insert(QStringLiteral("fileName"), QStringLiteral("live-%1.pdf").arg(nextId));
                running.append(nextId++);
            }
            QElapsedTimer one;
            one.start();
            emit feed.changed(QJsonArray{d});
            view->viewport()->repaint();
            perChange.append(one.nsecsElapsed() / 1e6);
        });
        qint64 lastFrame = 0;
        QTimer vsync;
        vsync.setTimerType(Qt::PreciseTimer);
        vsync.setInterval(16);
        QObject::connect(&vsync, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            if (lastFrame > 0 && now - lastFrame > 2 * 16'700'000)
                missed += int((now - lastFrame) / 16'700'000) - 1;
            lastFrame = now;
            ++frames;
        });
        changes.start();
        vsync.start();
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        wait.exec();
        changes.stop();
        vsync.stop();
        std::sort(perChange.begin(), perChange.end());
        out << "live: " << perChange.size() << " changes in 10 s (target 500) over " << page.list()->model()->rowCount()
            << " rows; each shown in median " << ms(perChange.at(perChange.size() / 2)) << " ms, 99th percentile "
            << ms(perChange.at(perChange.size() * 99 / 100)) << " ms, longest " << ms(perChange.last()) << " ms; "
            << missed << " of " << frames + missed << " frames missed\n";
    }
    const auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    out << "first rows painted, runs (ms):";
    for (double m : firstPaint)
        out << ' ' << ms(m);
    out << "\nmedian " << ms(median(firstPaint)) << " ms (target <= 200 ms)\n";
    out << "all " << deliveries << " rows, in pages of " << InboxPage::RecentPageSize << ", median " << ms(median(allRows))
        << " ms; the window stood still at most " << ms(*std::max_element(stalls.begin(), stalls.end())) << " ms\n";
    return 0;
}
