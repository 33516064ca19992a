#pragma once

#include <QWidget>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace scanflow {

class ApiClient;
class ConnectionSection;
class PlaceholderHighlight;
class RequestsArea;
class TemplateEditor;
class WorkflowDocument;
struct Workflow;

// The workflow designer: general settings, the Destination URL, authentication, metadata
// export, the connection (CAs, client certificate, proxy) and the Requests area, over one
// WorkflowDocument with undo. Save sends the whole workflow to the server (POST for a new one,
// PUT otherwise) and applies R14 as the server does, asking first when users' saved
// authorizations will be deleted.
class WorkflowEditor : public QWidget
{
    Q_OBJECT

public:
    WorkflowEditor(ApiClient *api, QWidget *parent = nullptr);
    ~WorkflowEditor() override;

    WorkflowDocument *document() const { return m_doc; }
    RequestsArea *requests() const { return m_requests; }
    PlaceholderHighlight *urlHighlight() const { return m_urlHighlight; }
    void open(const Workflow &workflow);
    // Saves to the server; done(true) once the server stored it.
    void save(std::function<void(bool)> done = {});
    // Asks what to do with unsaved changes; false when the person chose to stay.
    bool maybeClose();

signals:
    void saved(const QString &id);
    void testDeliveryRequested();
    void closeRequested();
    void message(const QString &text);

private:
    QWidget *buildDestinationUrl();
    QWidget *buildGeneral();
    QWidget *buildAuth();
    QWidget *buildMetadata();
    void refresh();
    // A line edit bound to one string of the workflow: typing is one undoable edit per field.
    QLineEdit *lineEdit(const QString &name, const QString &undoText, std::function<QString(const Workflow &)> get,
                        std::function<void(Workflow &, const QString &)> set);
    void putWorkflow(bool revoke, std::function<void(bool)> done);

    ApiClient *m_api;
    WorkflowDocument *m_doc;
    RequestsArea *m_requests = nullptr;
    ConnectionSection *m_connection = nullptr;
    QLineEdit *m_name = nullptr;
    QCheckBox *m_active = nullptr;
    QCheckBox *m_userSpecific = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    PlaceholderHighlight *m_urlHighlight = nullptr;
    QComboBox *m_authType = nullptr;
    QCheckBox *m_userAuth = nullptr;
    QWidget *m_basicBox = nullptr;
    QWidget *m_oauthBox = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_authUrl = nullptr;
    QLineEdit *m_tokenUrl = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLabel *m_authProblem = nullptr;
    QGroupBox *m_metadataBox = nullptr;
    QComboBox *m_metadataFormat = nullptr;
    TemplateEditor *m_xmlTemplate = nullptr;
    TemplateEditor *m_jsonTemplate = nullptr;
    QCheckBox *m_inFormField = nullptr;
    QLineEdit *m_formFieldName = nullptr;
    QLabel *m_metadataNote = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_revoke = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_test = nullptr;
    std::vector<std::function<void()>> m_refreshers; // one per simple control
};

} // namespace scanflow
