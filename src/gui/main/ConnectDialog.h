#pragma once

#include "ConnectionStore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace scanflow {

class ApiClient;

// File › Connect to server: the embedded server on this computer, or a remote scanflowd by
// URL and API key. "Test" asks the server for its version with that key. OK remembers the
// choice (the key in the OS keychain when asked to) and hands it to the window.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    ConnectionStore::Choice choice() const;
    QString apiKey() const;
    QString status() const;

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

    QRadioButton *m_embedded;
    QRadioButton *m_remote;
    QLineEdit *m_url;
    QLineEdit *m_key;
    QCheckBox *m_remember;
    QPushButton *m_test;
    QLabel *m_status;
    ApiClient *m_probe;
};

} // namespace scanflow
