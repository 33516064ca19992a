#pragma once

#include "OAuthBrowserFlow.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace scanflow {

// The part of a window that waits for a person at the provider's page: what is happening, a
// busy bar, and Cancel. It runs one OAuthBrowserFlow at a time and hands the code on; what
// to do with it (the server's PUT) is the window's. Hidden while idle.
class OAuthProgress : public QWidget
{
    Q_OBJECT

public:
    explicit OAuthProgress(QWidget *parent = nullptr);

    // Opens the provider's page; `onCode` gets what the browser brought back.
    void run(const OAuthBrowserFlow::Settings &settings, std::function<void(const BrowserGrant &)> onCode);
    // The code is with the server now: say so until done() or failed().
    void completing();
    void done();
    bool isBusy() const;
    // Tests: how long to wait for the browser (a person gets five minutes).
    static void setTimeoutMs(int ms);

signals:
    void failed(const QString &message);
    void cancelled();

private:
    OAuthBrowserFlow *m_flow = nullptr;
    QLabel *m_text;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace scanflow
