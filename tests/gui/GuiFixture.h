#pragma once

// What every GUI test needs: the real server in-process (as the app runs it) on a temporary
// data folder, a client for it, and helpers that act as a person at the keyboard and mouse.

#include "ApiClient.h"
#include "EmbeddedServer.h"

#include <QTemporaryDir>

#include <memory>

class QAbstractItemView;
class QComboBox;
class QTabBar;
class QWidget;

namespace scanflow::test {

class GuiFixture
{
public:
    GuiFixture();
    bool start();

    QTemporaryDir dir;
    std::unique_ptr<EmbeddedServer> server;
    ApiClient api;

    // Waits until no API call is pending.
    bool idle(int timeoutMs = 10000);
    // A GET answered synchronously (the test's own look at the server); "path?query" is split.
    ApiReply get(const QString &pathAndQuery);
    // A form or JSON call answered synchronously (setting up what a test needs).
    ApiReply sendForm(const QByteArray &method, const QString &path, const QUrlQuery &form);
    ApiReply sendJson(const QByteArray &method, const QString &path, const QJsonObject &body);
    // Saves a PNG of the widget under <build>/screenshots/<name>.png and returns its path.
    static QString screenshot(QWidget *widget, const QString &name);
};

// Acting as a person: type into the focused cell's editor, pick a combo entry with the
// arrow keys, drag a tab with the mouse.
// Types text key by key, non-ASCII too (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text);
void typeIntoCell(QAbstractItemView *view, int row, int column, const QString &text);
void chooseInCell(QAbstractItemView *view, int row, int column, const QString &itemText);
void choose(QComboBox *combo, const QString &itemText);
void dragTab(QTabBar *bar, int from, int to);

} // namespace scanflow::test
