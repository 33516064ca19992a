// The finished look, through the widgets against the real in-process server: toolbars whose
// tips name their keys, the Destination URL across the editor with its placeholders drawn by
// whether anything provides them, the sequence strip above the request tabs, and the start
// page's three ways in, the last of them delivering the sample scan to the built-in test
// destination. Screenshots go to <build>/screenshots.
#include "Colors.h"
#include "DeliveryList.h"
#include "DeliveryListModel.h"
#include "EntityPage.h"
#include "GuiFixture.h"
#include "InboxPage.h"
#include "MainWindow.h"
#include "PlaceholderHighlight.h"
#include "RequestsArea.h"
#include "SequenceStrip.h"
#include "StartPage.h"
#include "WorkflowDocument.h"
#include "WorkflowEditor.h"
#include "WorkflowListModel.h"
#include "WorkflowListPage.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace scanflow;
using namespace scanflow::test;

class TestLook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theFirstStartOpensOnTheStartPage();
    void everyToolbarActionHasAnIconAndItsKeyInItsTip();
    void theDestinationUrlSpansTheEditorAndMarksUnknownPlaceholders();
    void theStripShowsTheSequenceAndChoosesATab();
    void aUseCaseTriedAgainstTheTestDestinationDeliversTheSampleScan();
    void aUseCaseOpensAsAnUnsavedWorkflow();
    void aListsColumnWidthsComeBackAfterARestart();

private:
    template <typename T>
    T *find(const QString &name) const
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    StartPage *start() const { return find<StartPage>(QStringLiteral("startPage")); }
    void chooseUseCase(int number);
    // What a test typed is left unsaved without a question at the next workflow opened.
    void forgetChanges()
    {
        const Workflow w = m_window->editor()->document()->workflow();
        m_window->editor()->document()->load(w);
    }

    GuiFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// Pixels of about this colour in the widget as drawn (anti-aliased text blends at its edges).
int pixelsNear(QWidget *widget, const QColor &colour)
{
    const QImage image = widget->grab().toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 60)
                ++n;
        }
    }
    return n;
}

} // namespace

void TestLook::initTestCase()
{
    QVERIFY(m_fx.start());
    m_window = std::make_unique<MainWindow>(&m_fx.api);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_fx.idle());
}

void TestLook::chooseUseCase(int number)
{
    start()->useCases()->setFocus();
    start()->useCases()->setCurrentRow(0);
    for (int i = 1; i < number; ++i)
        QTest::keyClick(start()->useCases(), Qt::Key_Down);
    QCOMPARE(start()->chosen().number, number);
}

void TestLook::theFirstStartOpensOnTheStartPage()
{
    // Nothing remembered yet (the fixture's settings are new): the start page, with the ten
    // use cases of the manual.
    QVERIFY(start()->isVisible());
    QCOMPARE(start()->useCases()->count(), 10);
    QCOMPARE(start()->useCases()->item(7)->text(), QStringLiteral("8. Create a record, then upload"));
    // The app's own server has the test destination, so the default choice can be tried.
    QVERIFY(QTest::qWaitFor([&] { return find<QPushButton>(QStringLiteral("tryTemplate"))->isEnabled(); }, 5000));
    // One that needs an OAuth provider says so instead.
    chooseUseCase(4);
    QVERIFY(!find<QPushButton>(QStringLiteral("tryTemplate"))->isEnabled());
    QVERIFY2(find<QLabel>(QStringLiteral("tryNote"))->text().contains(QLatin1String("OAuth provider")),
             qPrintable(find<QLabel>(QStringLiteral("tryNote"))->text()));
    QVERIFY(!find<QPushButton>(QStringLiteral("sendSample"))->isEnabled()); // nothing tried yet
    m_fx.screenshot(m_window.get(), QStringLiteral("start-page"));
}

void TestLook::everyToolbarActionHasAnIconAndItsKeyInItsTip()
{
    m_window->editor()->open(WorkflowListPage::blankWorkflow(QStringLiteral("tips")));
    const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
    QStringList names;
    int checked = 0;
    for (QToolBar *bar : bars) {
        names << bar->objectName();
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || !a->isVisible() || qobject_cast<QWidgetAction *>(a))
                continue; // a widget on the bar (the search field) is no button
            QVERIFY2(!a->icon().isNull(), qPrintable(bar->objectName() + u'/' + a->objectName())); // every action, with a key or not
            if (a->shortcut().isEmpty())
                continue;
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(a->toolTip().contains(key), qPrintable(bar->objectName() + u'/' + a->objectName() + QLatin1String(": ") + a->toolTip()));
            QVERIFY2(!a->icon().isNull(), qPrintable(bar->objectName() + u'/' + a->objectName()));
            ++checked;
        }
    }
    for (const char *bar : {"mainToolBar", "workflowToolBar", "requestsToolBar", "entityToolBar"})
        QVERIFY2(names.contains(QLatin1String(bar)), qPrintable(names.join(u',')));
    QVERIFY2(checked >= 30, qPrintable(QString::number(checked)));
    // The tips read as text, not as a mnemonic: "Import workflow…" shows "Import (Ctrl+I)".
    auto *import = m_window->workflowList()->findChild<QAction *>(QStringLiteral("importWorkflow"));
    QCOMPARE(import->toolTip(), QStringLiteral("Import (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)));
    auto *undo = find<QAction>(QStringLiteral("undo"));
    QCOMPARE(undo->toolTip().endsWith(QStringLiteral("(%1)").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText))), true);
}

void TestLook::theDestinationUrlSpansTheEditorAndMarksUnknownPlaceholders()
{
    m_window->openWorkflow(WorkflowListPage::blankWorkflow(QStringLiteral("Highlight")));
    WorkflowEditor *editor = m_window->editor();
    auto *url = find<QLineEdit>(QStringLiteral("destinationUrl"));
    QVERIFY(url->isVisible());
    QVERIFY2(url->width() > editor->width() * 0.7, qPrintable(QStringLiteral("%1 of %2").arg(url->width()).arg(editor->width())));

    url->setFocus();
    QTest::keyClicks(url, QStringLiteral("https://dms.example.com/jobs/[jobId]/documents/[documentname]"));
    // [documentname] is a system value; nothing provides jobId yet.
    QList<PlaceholderHighlight::Span> spans = editor->urlHighlight()->spans();
    QCOMPARE(spans.size(), 2);
    QCOMPARE(spans.at(0).start, int(qstrlen("https://dms.example.com/jobs/")));
    QCOMPARE(spans.at(0).known, false);
    QCOMPARE(spans.at(1).known, true);
    QVERIFY2(url->toolTip().contains(QLatin1String("[jobId]")), qPrintable(url->toolTip()));
    QVERIFY(pixelsNear(url, Colors::problem()) > 5);
    QVERIFY(pixelsNear(url, Colors::link()) > 5);
    m_fx.screenshot(editor, QStringLiteral("designer-url-unknown-placeholder"));

    // A request before the Delivery that parses jobId: now it is known, and drawn so.
    editor->requests()->addRequest();
    editor->document()->edit(QStringLiteral("parse jobId"), [](Workflow &w) {
        w.destination.steps[0].response.append({QStringLiteral("jobId"), QStringLiteral("data.id")});
    });
    spans = editor->urlHighlight()->spans();
    QCOMPARE(spans.at(0).known, true);
    QCOMPARE(url->toolTip(), QString());
    QCOMPARE(pixelsNear(url, Colors::problem()), 0);
    QVERIFY(pixelsNear(url, Colors::link()) > 10);
    m_fx.screenshot(editor, QStringLiteral("designer-url-placeholders"));

    // The request's own URL is drawn the same way, by what is known at its step.
    auto *requestUrl = editor->findChild<QLineEdit *>(QStringLiteral("requestUrl"));
    requestUrl->setFocus();
    QTest::keyClicks(requestUrl, QStringLiteral("https://dms.example.com/jobs?u=[username]&j=[jobId]"));
    QVERIFY2(requestUrl->toolTip().contains(QLatin1String("[jobId]")), qPrintable(requestUrl->toolTip())); // parsed only after it
    QVERIFY(!requestUrl->toolTip().contains(QLatin1String("[username]")));
    forgetChanges();
}

void TestLook::theStripShowsTheSequenceAndChoosesATab()
{
    WorkflowEditor *editor = m_window->editor();
    SequenceStrip *strip = editor->requests()->strip();
    QTabWidget *tabs = editor->requests()->tabs();
    QCOMPARE(strip->entries(), (QStringList{QStringLiteral("1  POST  Request 1"), QStringLiteral("2  POST  Delivery")}));
    // The Delivery moved first (Ctrl+Shift+PgUp on its tab), as in use case 9.
    tabs->setCurrentIndex(1);
    tabs->currentWidget()->setFocus();
    QTest::keySequence(tabs->currentWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_PageUp));
    QCOMPARE(strip->entries(), (QStringList{QStringLiteral("1  POST  Delivery"), QStringLiteral("2  POST  Request 1")}));
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(strip->findChild<QToolButton *>(QStringLiteral("sequenceStep0"))->isChecked());
    // A click on an entry shows its tab; so does Space on it.
    QTest::mouseClick(strip->findChild<QToolButton *>(QStringLiteral("sequenceStep1")), Qt::LeftButton);
    QCOMPARE(tabs->currentIndex(), 1);
    auto *first = strip->findChild<QToolButton *>(QStringLiteral("sequenceStep0"));
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    QCOMPARE(tabs->currentIndex(), 0);
    // The method follows the step, and a renamed step its name.
    editor->document()->edit(QStringLiteral("patch"), [](Workflow &w) {
        w.destination.steps[1].method = HttpMethod::Patch;
        w.destination.steps[1].name = QStringLiteral("Confirm");
    });
    QCOMPARE(strip->entries().at(1), QStringLiteral("2  PATCH  Confirm"));
    m_fx.screenshot(editor->requests(), QStringLiteral("designer-sequence-strip"));
    forgetChanges();
    m_window->showWorkflows();
}

void TestLook::aUseCaseTriedAgainstTheTestDestinationDeliversTheSampleScan()
{
    QVERIFY(m_window->showPage(QStringLiteral("startPage")));
    chooseUseCase(8);
    auto *tryIt = find<QPushButton>(QStringLiteral("tryTemplate"));
    QVERIFY(tryIt->isEnabled());
    QTest::mouseClick(tryIt, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return find<QPushButton>(QStringLiteral("sendSample"))->isEnabled(); }, 10000));

    // Saved on the server, aimed at its own test destination.
    const ApiReply list = m_fx.get(QStringLiteral("/scan/workflows"));
    QJsonObject saved;
    for (const QJsonValue v : QJsonDocument::fromJson(list.body).array()) {
        if (v[QLatin1String("name")].toString() == QLatin1String("Create a record, then upload (test)"))
            saved = v.toObject();
    }
    QVERIFY2(!saved.isEmpty(), list.body.constData());
    const QString receiver = m_fx.api.baseUrl().toString() + QStringLiteral("/api/v1/testdestination/receive");
    const QJsonObject destination = saved.value(QStringLiteral("destination")).toObject();
    QCOMPARE(destination.value(QStringLiteral("url")).toString(), receiver + QStringLiteral("/jobs/[jobId]/documents"));
    QCOMPARE(destination.value(QStringLiteral("steps")).toArray().at(0)[QLatin1String("url")].toString(), receiver + QStringLiteral("/jobs"));

    // The third way: the sample scan goes into its inbox, and the inbox shows it delivered.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("sendSample")), Qt::LeftButton);
    auto *inbox = find<InboxPage>(QStringLiteral("inboxPage"));
    QVERIFY(inbox->isVisible());
    QVERIFY(QTest::qWaitFor([&] {
        const DeliveryListModel *m = inbox->list()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            if (m->index(row, DeliveryListModel::File).data().toString() == QLatin1String("sample-scan.pdf"))
                return m->stateAt(row) == QLatin1String("delivered");
        }
        return false;
    }, 20000));

    // What the test destination received: the record, then the file under the record's id.
    const ApiReply received = m_fx.get(QStringLiteral("/testdestination"));
    const QJsonArray requests = received.object().value(QStringLiteral("requests")).toArray(); // newest first
    QCOMPARE(requests.size(), 2);
    const QJsonObject record = requests.at(1).toObject();
    QCOMPARE(record.value(QStringLiteral("path")).toString(), QStringLiteral("/jobs"));
    const QJsonObject body = QJsonDocument::fromJson(record.value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("workflow")).toString(), QStringLiteral("Create a record, then upload (test)"));
    const QJsonObject upload = requests.at(0).toObject();
    QCOMPARE(upload.value(QStringLiteral("path")).toString(), QStringLiteral("/jobs/T-1/documents"));
    QFile sample(QStringLiteral(":/samples/sample-scan.pdf"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray sampleHash = QCryptographicHash::hash(sample.readAll(), QCryptographicHash::Sha256).toHex();
    bool fileThere = false;
    for (const QJsonValue part : upload.value(QStringLiteral("parts")).toArray())
        fileThere |= part[QLatin1String("name")].toString() == QLatin1String("file") &&
                     part[QLatin1String("sha256")].toString().toLatin1() == sampleHash;
    QVERIFY2(fileThere, QJsonDocument(upload).toJson().constData());
    m_fx.screenshot(m_window.get(), QStringLiteral("start-page-delivered"));

    // Tried again: a workflow of its own, numbered, not a refusal for the name.
    QVERIFY(m_window->showPage(QStringLiteral("startPage")));
    QTest::mouseClick(tryIt, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return find<QLabel>(QStringLiteral("tryNote"))->text().contains(QLatin1String("(test) 2")); }, 10000));
}

void TestLook::aUseCaseOpensAsAnUnsavedWorkflow()
{
    QVERIFY(m_window->showPage(QStringLiteral("startPage")));
    chooseUseCase(10);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("openTemplate")), Qt::LeftButton);
    WorkflowEditor *editor = m_window->editor();
    QVERIFY(editor->isVisible());
    const Workflow &w = editor->document()->workflow();
    QVERIFY(w.id.isEmpty()); // not on the server until Save
    QCOMPARE(w.name, QStringLiteral("Raw binary upload"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("destinationUrl"))->text(), QStringLiteral("https://api.example.com/blobs/[documentname]"));
    QVERIFY(w.deliveryStep().body == BodyType::Raw);
    QCOMPARE(editor->requests()->strip()->entries(), QStringList{QStringLiteral("1  PUT  Delivery")});
    // Remembered: the next start opens where this one was left.
    m_window->close();
    QCOMPARE(QSettings().value(QStringLiteral("mainWindow/page")).toString(), QStringLiteral("workflowsPage"));
}

void TestLook::aListsColumnWidthsComeBackAfterARestart()
{
    // The users list loads only when its page is shown, so its columns come after the window's
    // layout has been restored.
    auto window = std::make_unique<MainWindow>(&m_fx.api);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QVERIFY(window->showPage(QStringLiteral("usersPage")));
    auto *users = window->findChild<EntityPage *>(QStringLiteral("usersPage"));
    QVERIFY(QTest::qWaitFor([&] { return users->isLoaded() && users->view()->horizontalHeader()->count() > 1; }, 10000));
    users->view()->horizontalHeader()->resizeSection(0, 261);
    window->close();
    window.reset();

    window = std::make_unique<MainWindow>(&m_fx.api);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    users = window->findChild<EntityPage *>(QStringLiteral("usersPage"));
    QVERIFY(users->isVisible()); // the page it was left on
    QVERIFY(QTest::qWaitFor([&] { return users->isLoaded() && users->view()->horizontalHeader()->count() > 1; }, 10000));
    QVERIFY2(QTest::qWaitFor([&] { return users->view()->horizontalHeader()->sectionSize(0) == 261; }, 5000),
             qPrintable(QString::number(users->view()->horizontalHeader()->sectionSize(0))));
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
