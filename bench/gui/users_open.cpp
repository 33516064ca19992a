// Shows the Users page of the admin window over 100 000 users and reports how long the first
// page takes from asking to painted rows: the median of 7 runs, each a fresh page. The server
// is the real one, in-process on loopback as the app runs it, on SQLite; the users are written
// straight into its database first (the API would take minutes to make them).
#include "ApiClient.h"
#include "EmbeddedServer.h"
#include "JsonTableModel.h"
#include "UsersPage.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTextStream>

#include <algorithm>

using namespace scanflow;

static bool seed(const QString &file, int users)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
    db.setDatabaseName(file);
    if (!db.open())
        return false;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (provider_id, username, username_key, full_name, email, created_at) VALUES (1, ?, ?, ?, ?, ?)"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 1; i <= users; ++i) {
        const QString name = QStringLiteral("user%1").arg(i, 6, 10, QLatin1Char('0'));
        q.addBindValue(name);
        q.addBindValue(name);
        q.addBindValue(QStringLiteral("User Number %1").arg(i));
        q.addBindValue(QString(name + QStringLiteral("@example.com")));
        q.addBindValue(now);
        if (!q.exec()) {
            QTextStream(stderr) << q.lastError().text() << '\n';
            return false;
        }
    }
    const bool ok = db.commit();
    db.close();
    return ok;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    ServerConfig config;
    config.port = 0;
    config.dataDir = dir.filePath(QStringLiteral("data"));
    config.secretsKeyFile = dir.filePath(QStringLiteral("secrets.key"));
    const int users = 100000;
    {
        EmbeddedServer schema(config); // makes the database and its tables
        if (const Status s = schema.start(); !s) {
            out << "server: " << s.error() << '\n';
            return 1;
        }
    }
    QElapsedTimer seeding;
    seeding.start();
    if (!seed(dir.filePath(QStringLiteral("data/scanflow.sqlite")), users))
        return 1;
    out << "users page: seeded " << users << " users in " << seeding.elapsed() << " ms\n";
    EmbeddedServer server(config);
    if (const Status s = server.start(); !s)
        return 1;
    ApiClient api;
    api.setBaseUrl(QUrl(server.baseUrl()));
    api.setApiKey(server.processKey());

    QList<double> ms;
    for (int run = 0; run < 7; ++run) {
        UsersPage page(&api);
        page.resize(1280, 760);
        page.show();
        QApplication::processEvents();
        QEventLoop wait;
        QObject::connect(&page, &EntityPage::loaded, &wait, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        page.reload();
        wait.exec();
        page.repaint(); // lays out and paints the rows, synchronously
        ms.append(timer.nsecsElapsed() / 1e6);
        if (page.model()->rowCount() != UsersPage::PageSize)
            return 1;
        // Scrolling to the end of what is loaded fetches the next page; time that too, once.
        if (run == 0) {
            QElapsedTimer more;
            more.start();
            page.view()->scrollToBottom();
            while (page.model()->rowCount() == UsersPage::PageSize)
                QApplication::processEvents(QEventLoop::WaitForMoreEvents);
            page.repaint();
            out << "next page after scrolling to the end: " << QString::number(more.nsecsElapsed() / 1e6, 'f', 1) << " ms\n";
            // A search the server answers by looking at every user (a part of the email).
            {
                const QSignalBlocker quiet(page.searchField()); // no typing delay: the search itself
                page.searchField()->setText(QStringLiteral("r099999@"));
            }
            QElapsedTimer search;
            search.start();
            page.reload();
            wait.exec();
            page.repaint();
            out << "search \"r099999@\" over every user: " << QString::number(search.nsecsElapsed() / 1e6, 'f', 1) << " ms, "
                << page.model()->rowCount() << " found\n";
            page.searchField()->clear();
            continue;
        }
    }
    std::sort(ms.begin(), ms.end());
    out << "first page of " << UsersPage::PageSize << " of " << users << " users, runs (ms):";
    for (double m : ms)
        out << ' ' << QString::number(m, 'f', 1);
    out << "\nmedian " << QString::number(ms.at(3), 'f', 1) << " ms (target < 300 ms)\n";
    return 0;
}
