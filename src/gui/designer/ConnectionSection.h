#pragma once

#include <QGroupBox>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace scanflow {

class ApiClient;
class WorkflowDocument;
struct Workflow;

// The designer's Connection section: how the workflow's requests reach its servers — the CAs
// it trusts (PEM, or certificates imported under Certificates), its client certificate, its
// proxy and login, TLS and HTTP/2, timeouts. Every change is one undoable edit of the
// document; the key and passwords are sent to the server and never shown again.
class ConnectionSection : public QGroupBox
{
    Q_OBJECT

public:
    ConnectionSection(WorkflowDocument *doc, ApiClient *api, QWidget *parent = nullptr);
    void refresh();
    // Asks the server for its imported CA certificates again (after one was imported).
    void reloadCertificates();

private:
    QWidget *buildTrust();
    QWidget *buildClientCertificate();
    QWidget *buildProxy();
    QLineEdit *lineEdit(const QString &name, const QString &undoText, std::function<QString(const Workflow &)> get,
                        std::function<void(Workflow &, const QString &)> set);
    // A file the person picks, read; nothing when cancelled or unreadable (and said so).
    std::optional<QByteArray> pickFile(const QString &title, const QString &filter);
    void loadClientCertificate();
    void loadClientKey();

    WorkflowDocument *m_doc;
    ApiClient *m_api;
    QCheckBox *m_verify = nullptr;
    QLabel *m_insecure = nullptr;
    QComboBox *m_minTls = nullptr;
    QCheckBox *m_http2 = nullptr;
    QListWidget *m_cas = nullptr;
    QPlainTextEdit *m_pem = nullptr;
    QComboBox *m_certFormat = nullptr;
    QWidget *m_certBox = nullptr;
    QLabel *m_certState = nullptr;
    QPushButton *m_loadKey = nullptr;
    QLabel *m_keyState = nullptr;
    QHBoxLayout *m_keyRow = nullptr;
    QLineEdit *m_keyPassword = nullptr;
    QComboBox *m_proxyMode = nullptr;
    QWidget *m_proxyBox = nullptr;
    QLineEdit *m_proxyPassword = nullptr;
    QComboBox *m_proxyAuth = nullptr;
    QLineEdit *m_noProxy = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_transferTimeout = nullptr;
    QLabel *m_problem = nullptr;
    std::vector<std::function<void()>> m_refreshers;
};

} // namespace scanflow
