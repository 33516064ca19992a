#include "GuiFixture.h"

#include <QCoreApplication>

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

namespace scanflow::test {

GuiFixture::GuiFixture()
{
    QStandardPaths::setTestModeEnabled(true);
    // What the windows remember (QSettings) stays in this test's folder: no run sees another's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

bool GuiFixture::start()
{
    ServerConfig config;
    config.port = 0;
    config.dataDir = dir.filePath(QStringLiteral("data"));
    config.secretsKeyFile = dir.filePath(QStringLiteral("secrets.key"));
    config.inboxScanMs = 200;
    config.inboxSettleMs = 200;
    server = std::make_unique<EmbeddedServer>(config);
    const Status started = server->start();
    if (!started) {
        qWarning("server: %s", qPrintable(started.error()));
        return false;
    }
    api.setBaseUrl(QUrl(server->baseUrl()));
    api.setApiKey(server->processKey());
    return true;
}

bool GuiFixture::idle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return api.pendingCalls() == 0; }, timeoutMs);
}

namespace {

ApiReply waitFor(const std::function<void(ApiClient::Callback)> &call)
{
    ApiReply answer;
    bool done = false;
    call([&](const ApiReply &r) {
        answer = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        answer.networkError = QStringLiteral("no answer within 10 s");
    return answer;
}

} // namespace

ApiReply GuiFixture::get(const QString &pathAndQuery)
{
    const qsizetype mark = pathAndQuery.indexOf(u'?');
    const QString path = mark < 0 ? pathAndQuery : pathAndQuery.left(mark);
    const QUrlQuery query(mark < 0 ? QString() : pathAndQuery.mid(mark + 1));
    return waitFor([&](ApiClient::Callback done) { api.get(path, query, nullptr, std::move(done)); });
}

ApiReply GuiFixture::sendForm(const QByteArray &method, const QString &path, const QUrlQuery &form)
{
    return waitFor([&](ApiClient::Callback done) { api.sendForm(method, path, form, nullptr, std::move(done)); });
}

ApiReply GuiFixture::sendJson(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return waitFor([&](ApiClient::Callback done) { api.sendJson(method, path, QJsonDocument(body), nullptr, std::move(done)); });
}

QString GuiFixture::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = QStringLiteral(SCANFLOW_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    const QString path = folder + u'/' + name + QLatin1String(".png");
    // Pending layout requests first, so the picture shows what a person would see.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    widget->grab().save(path);
    return path;
}

void typeIntoCell(QAbstractItemView *view, int row, int column, const QString &text)
{
    QVERIFY2(view->isVisible(), "a person edits only what they see");
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2); // the platform's "edit" key opens the cell editor
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY2(editor, "the cell editor has the focus");
    editor->selectAll();
    QPointer<QWidget> open(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits a Return on the next turn of the event loop, as it would for a person.
    QTRY_VERIFY(!open || !open->isVisible());
}

void choose(QComboBox *combo, const QString &itemText)
{
    const int target = combo->findText(itemText);
    QVERIFY2(target >= 0, qPrintable(QStringLiteral("\"%1\" is offered").arg(itemText)));
    combo->setFocus();
    while (combo->currentIndex() != target) {
        const int before = combo->currentIndex();
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(combo->currentIndex() != before);
    }
}

void chooseInCell(QAbstractItemView *view, int row, int column, const QString &itemText)
{
    QVERIFY2(view->isVisible(), "a person edits only what they see");
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY2(combo, "the cell offers a combo box");
    QPointer<QWidget> open(combo);
    choose(combo, itemText);
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_VERIFY(!open || !open->isVisible());
}

void dragTab(QTabBar *bar, int from, int to)
{
    const QPoint start = bar->tabRect(from).center();
    const QPoint end = bar->tabRect(to).center() + QPoint(to > from ? bar->tabRect(to).width() / 3 : -bar->tabRect(to).width() / 3, 0);
    QTest::mousePress(bar, Qt::LeftButton, {}, start);
    const int steps = 12;
    for (int i = 1; i <= steps; ++i) {
        QTest::mouseMove(bar, start + (end - start) * i / steps);
        QTest::qWait(5);
    }
    QTest::mouseRelease(bar, Qt::LeftButton, {}, end);
    QTest::qWait(300); // the tab's slide animation ends before it lands
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace scanflow::test
