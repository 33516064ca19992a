// The scan inbox and the delivery history driven through their widgets against the real
// in-process server and a real HTTP target: a file dropped on a workflow's row, or copied into
// its folder, shows as Delivered without anything pressed; a failing target's file shows Failed
// with its reason, and Retry now delivers it once the target is fixed; the history follows.
// Screenshots go to <build>/screenshots.
#include "DeliveryHistoryPage.h"
#include "DeliveryList.h"
#include "DeliveryListModel.h"
#include "DeliveryHarness.h"
#include "GuiFixture.h"
#include "HttpTarget.h"
#include "InboxPage.h"
#include "MainWindow.h"
#include "Multipart.h"
#include "TraceView.h"

#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace scanflow;
using namespace scanflow::test;

class TestInbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aFileDroppedOnARowIsDeliveredWithoutPressingAnything();
    void aFileCopiedIntoTheFolderShowsByItself();
    void aFailedFileShowsWhyAndRetryNowDeliversItOnceFixed();
    void theHistoryFollowsTooAndCancelKeepsAQueuedFile();
    void theWindowIsAsItWasLeftAfterARestart();
    void aDarkPaletteKeepsProblemsReadable();
    void cleanupTestCase();

private:
    QString scan(const QString &name, const QByteArray &content);
    // The row of the newest delivery of this file in a list, waiting for it to show.
    int rowOfFile(DeliveryList *list, const QString &fileName, int timeoutMs = 10000);
    QString stateOf(DeliveryList *list, const QString &fileName);
    InboxPage *inbox() const { return m_window->findChild<InboxPage *>(); }

    GuiFixture m_fx;
    target::HttpTarget m_target;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_workflow = 0;
    bool m_fixed = false;
};

#ifndef Q_MOC_RUN

void TestInbox::initTestCase()
{
    QVERIFY(m_fx.start());
    QVERIFY(m_target.listen());
    m_target.setHandler([this](const target::RecordedRequest &r) {
        const QByteArray name = partsOf(r).value(0).fileName;
        if (name.startsWith("busy"))
            return target::Reply::json(503, R"({"error":"try later"})");
        if (name.startsWith("reject") && !m_fixed)
            return target::Reply::json(404, R"({"error":"no such folder"})");
        return target::Reply::json(201, R"({"id":"r1"})");
    });
    const ApiReply created = m_fx.sendJson("POST", QStringLiteral("/scan/workflows"), QJsonObject{
        {QStringLiteral("name"), QStringLiteral("Scans")},
        {QStringLiteral("destination"), QJsonObject{{QStringLiteral("url"), QString::fromLatin1(m_target.baseUrl() + "/upload")},
                                                    {QStringLiteral("steps"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("delivery")}}}}}}});
    QVERIFY2(created.ok(), created.body.constData());
    m_workflow = created.object().value(QStringLiteral("id")).toInteger();
    m_window = std::make_unique<MainWindow>(&m_fx.api);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPage(QStringLiteral("inboxPage")));
    QVERIFY(QTest::qWaitFor([&] { return inbox()->rowOf(m_workflow) >= 0; }, 10000));
}

QString TestInbox::scan(const QString &name, const QByteArray &content)
{
    const QString path = m_fx.dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

int TestInbox::rowOfFile(DeliveryList *list, const QString &fileName, int timeoutMs)
{
    const auto search = [list, &fileName] {
        const QAbstractItemModel *m = list->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, DeliveryListModel::File).data().toString() == fileName)
                return row;
        }
        return -1;
    };
    if (timeoutMs > 0 && !QTest::qWaitFor([&] { return search() >= 0; }, timeoutMs))
        return -1;
    return search();
}

QString TestInbox::stateOf(DeliveryList *list, const QString &fileName)
{
    const int row = rowOfFile(list, fileName, 0);
    return row < 0 ? QStringLiteral("(not shown)") : list->model()->stateAt(row);
}

void TestInbox::aFileDroppedOnARowIsDeliveredWithoutPressingAnything()
{
    QTableWidget *rows = inbox()->workflows();
    const int row = inbox()->rowOf(m_workflow);
    QCOMPARE(rows->item(row, 0)->text(), QStringLiteral("Scans"));
    QCOMPARE(rows->item(row, 1)->text(), m_fx.dir.filePath(QStringLiteral("data/inbox/Scans")));

    // A person drops a file from the file manager on the row.
    const QString file = scan(QStringLiteral("dropped.pdf"), "%PDF dropped on the row");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = rows->visualItemRect(rows->item(row, 0)).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rows->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(rows->viewport(), &drop);
    QVERIFY(drop.isAccepted());

    DeliveryList *list = inbox()->list();
    QVERIFY2(rowOfFile(list, QStringLiteral("dropped.pdf")) >= 0, "the delivery shows without Reload");
    QVERIFY2(QTest::qWaitFor([&] { return stateOf(list, QStringLiteral("dropped.pdf")) == QLatin1String("delivered"); }, 10000),
             qPrintable(stateOf(list, QStringLiteral("dropped.pdf"))));
    const int shown = rowOfFile(list, QStringLiteral("dropped.pdf"), 0);
    QCOMPARE(list->model()->index(shown, DeliveryListModel::State).data().toString(), QStringLiteral("Delivered"));
    QCOMPARE(list->model()->index(shown, DeliveryListModel::Workflow).data().toString(), QStringLiteral("Scans"));
    // What the target got is the file.
    QCOMPARE(partsOf(m_target.requests().last()).value(0).body,
             QByteArray("%PDF dropped on the row"));
    // The row counts it, by itself.
    QVERIFY(QTest::qWaitFor([&] { return rows->item(row, 4)->text() == QLatin1String("1"); }, 5000));
    QVERIFY(!inbox()->progress()->isVisible());
    // The trace is one click away.
    list->view()->setCurrentIndex(list->model()->index(shown, 0));
    QVERIFY(QTest::qWaitFor([&] { return list->trace()->tree()->topLevelItemCount() > 0; }, 5000));
    GuiFixture::screenshot(m_window.get(), QStringLiteral("inbox-delivered"));
}

void TestInbox::aFileCopiedIntoTheFolderShowsByItself()
{
    // The tester's way: copy a scan into the workflow's folder with any tool.
    const QString folder = m_fx.dir.filePath(QStringLiteral("data/inbox/Scans"));
    QVERIFY(QFile::copy(scan(QStringLiteral("copied.pdf"), "%PDF copied"), folder + QStringLiteral("/copied.pdf")));
    DeliveryList *list = inbox()->list();
    QVERIFY(QTest::qWaitFor([&] { return stateOf(list, QStringLiteral("copied.pdf")) == QLatin1String("delivered"); }, 15000));
}

void TestInbox::aFailedFileShowsWhyAndRetryNowDeliversItOnceFixed()
{
    DeliveryList *list = inbox()->list();
    inbox()->send(m_workflow, {scan(QStringLiteral("reject-me.pdf"), "%PDF rejected first")});
    QVERIFY2(QTest::qWaitFor([&] { return stateOf(list, QStringLiteral("reject-me.pdf")) == QLatin1String("failed"); }, 15000),
             qPrintable(stateOf(list, QStringLiteral("reject-me.pdf"))));
    int row = rowOfFile(list, QStringLiteral("reject-me.pdf"), 0);
    const QString reason = list->model()->index(row, DeliveryListModel::Reason).data().toString();
    QVERIFY2(reason.contains(QLatin1String("404")), qPrintable(reason));
    QCOMPARE(list->model()->index(row, DeliveryListModel::State).data().toString(), QStringLiteral("Failed"));
    const int wfRow = inbox()->rowOf(m_workflow);
    QVERIFY(QTest::qWaitFor([&] { return inbox()->workflows()->item(wfRow, 5)->text() == QLatin1String("1"); }, 5000));

    // Selected: Retry now is offered, Cancel is not (it failed already).
    list->view()->setFocus();
    list->view()->setCurrentIndex(list->model()->index(row, 0));
    QVERIFY(QTest::qWaitFor([&] { return list->trace()->failingIndex() >= 0; }, 5000)); // the failing request, highlighted
    QVERIFY(list->retryButton()->isEnabled());
    QVERIFY(!list->cancelButton()->isEnabled());
    GuiFixture::screenshot(m_window.get(), QStringLiteral("inbox-failed"));

    m_fixed = true;
    QTest::mouseClick(list->retryButton(), Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([&] { return stateOf(list, QStringLiteral("reject-me.pdf")) == QLatin1String("delivered"); }, 15000),
             qPrintable(stateOf(list, QStringLiteral("reject-me.pdf"))));
    QCOMPARE(partsOf(m_target.requests().last()).value(0).body,
             QByteArray("%PDF rejected first"));
    QVERIFY(!list->retryButton()->isEnabled()); // delivered: nothing to retry
    m_fixed = false;
}

void TestInbox::theHistoryFollowsTooAndCancelKeepsAQueuedFile()
{
    QVERIFY(m_window->showPage(QStringLiteral("deliveryHistory")));
    auto *history = m_window->findChild<DeliveryHistoryPage *>();
    QVERIFY(QTest::qWaitFor([&] { return rowOfFile(history->list(), QStringLiteral("dropped.pdf"), 0) >= 0; }, 10000));

    // A file the target answers 503 waits for its next attempt: Cancel keeps it as failed.
    inbox()->send(m_workflow, {scan(QStringLiteral("busy.pdf"), "%PDF busy")});
    DeliveryList *list = history->list();
    QVERIFY2(QTest::qWaitFor([&] {
        const int row = rowOfFile(list, QStringLiteral("busy.pdf"), 0);
        return row >= 0 && list->model()->stateAt(row) == QLatin1String("queued")
            && list->model()->index(row, DeliveryListModel::Attempts).data().toInt() == 1;
    }, 15000), qPrintable(stateOf(list, QStringLiteral("busy.pdf"))));
    const int row = rowOfFile(list, QStringLiteral("busy.pdf"), 0);
    list->view()->setCurrentIndex(list->model()->index(row, 0));
    QVERIFY(list->cancelButton()->isEnabled());
    GuiFixture::screenshot(m_window.get(), QStringLiteral("history-live"));
    QTest::mouseClick(list->cancelButton(), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return stateOf(list, QStringLiteral("busy.pdf")) == QLatin1String("failed"); }, 5000));
    const QString reason = list->model()->index(rowOfFile(list, QStringLiteral("busy.pdf"), 0), DeliveryListModel::Reason).data().toString();
    QVERIFY2(reason.startsWith(QLatin1String("cancelled")), qPrintable(reason));
    // Kept, not deleted: the upload's failed/ holds it with its reason.
    const QString kept = m_fx.dir.filePath(QStringLiteral("data/uploads/failed"));
    QVERIFY(QTest::qWaitFor([&] {
        return QDir(kept).entryList(QDir::Files).filter(QStringLiteral("busy.pdf")).size() >= 2; // the file and its .reason.txt
    }, 5000));
}

void TestInbox::theWindowIsAsItWasLeftAfterARestart()
{
    // A person leaves the inbox page with its panes and a column resized, the window smaller.
    QVERIFY(m_window->showPage(QStringLiteral("inboxPage")));
    auto *split = inbox()->findChild<QSplitter *>(QStringLiteral("inboxSplit"));
    QVERIFY(split);
    m_window->resize(1100, 700);
    QTest::qWait(50); // laid out at that size
    split->setSizes({150, 500});
    const QList<int> sizes = split->sizes();
    QTableView *table = inbox()->list()->view();
    table->setColumnWidth(DeliveryListModel::File, 321);
    QVERIFY(m_window->close());

    m_window = std::make_unique<MainWindow>(&m_fx.api);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1100, 700));
    QVERIFY(inbox()->isVisible()); // the page it was left on
    QTRY_COMPARE(inbox()->findChild<QSplitter *>(QStringLiteral("inboxSplit"))->sizes(), sizes);
    QCOMPARE(inbox()->list()->view()->columnWidth(DeliveryListModel::File), 321);
    QVERIFY(QTest::qWaitFor([&] { return inbox()->rowOf(m_workflow) >= 0; }, 10000)); // and it loads
}

void TestInbox::aDarkPaletteKeepsProblemsReadable()
{
    // The system's dark palette, as a dark desktop gives it.
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    QApplication::setPalette(dark);
    QVERIFY(m_window->showPage(QStringLiteral("inboxPage")));
    DeliveryList *list = inbox()->list();
    const int row = rowOfFile(list, QStringLiteral("busy.pdf"), 10000);
    QVERIFY(row >= 0);
    QCOMPARE(list->model()->stateAt(row), QStringLiteral("failed"));
    const QColor failed = list->model()->index(row, DeliveryListModel::State).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY2(failed.lightness() > 150, qPrintable(failed.name())); // light red on dark, not dark red
    GuiFixture::screenshot(m_window.get(), QStringLiteral("inbox-dark"));
    QApplication::setPalette(light);
}

void TestInbox::cleanupTestCase()
{
    m_window.reset();
}

#endif

QTEST_MAIN(TestInbox)
#include "tst_inbox.moc"
