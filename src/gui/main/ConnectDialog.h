#pragma once

#include "ConnectionStore.h"

#include <QDialog>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Ui {
class ConnectDialog;
}

namespace scanflow {

class ApiClient;

// File › Connect to server: the embedded server on this computer, or a remote scanflowd by
// URL and API key. "Test" asks the server for its version with that key. OK remembers the
// choice (the key in the OS keychain when asked to) and hands it to the window.
//
// A remote scanflowd with its own root certificate (one the system does not trust): Test shows
// the root's subject and SHA-256 fingerprint, and Trust this root trusts it for that server
// only, kept with the connection. A root that changes later is refused with both
// fingerprints, as SSH refuses a changed host key.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    ConnectionStore::Choice choice() const;
    QString apiKey() const;
    QString status() const;
    QPushButton *trustButton() const { return m_trust; }

public slots:
    void test();

signals:
    // OK, once the choice is remembered.
    void chosen(const ConnectionStore::Choice &choice, const QString &apiKey);

private:
    void updateControls();
    void accept() override;
    // The URL as typed, or why it cannot be used.
    std::optional<QUrl> checkedUrl();
    void setStatus(const QString &text, bool problem);
    // The root trusted for this URL: the one just chosen, else the one kept with it.
    QByteArray trustedRootFor(const QUrl &url) const;
    // The connection failed: is it the server's root, and which one?
    void explainTls(const QUrl &url, const QString &failure);

    // The static part, from ui/ConnectDialog.ui; the pointers below point into it, except Test,
    // which is made in code to go into the .ui's button box.
    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_remote = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_key = nullptr;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_status = nullptr;
    ApiClient *m_probe;
    QPushButton *m_trust = nullptr;
    QSslCertificate m_offered;  // the root the server presented, offered to trust
    QUrl m_chosenUrl;           // the server the root below was chosen for
    QByteArray m_chosenRoot;    // trusted in this dialog, kept on OK
    int m_probes = 0;           // a chain read for an address typed over is dropped
};

} // namespace scanflow
