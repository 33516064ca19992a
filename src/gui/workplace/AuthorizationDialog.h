#pragma once

#include "Workflow.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Ui {
class AuthorizationDialog;
}

namespace scanflow {

class ApiClient;
class OAuthProgress;

// The key icon of the workflow list (R16): a saved workflow's shared OAuth 2.0 authorization —
// its state (Authorized, Not authorized, Needs renewal and why), the redirect URI to register,
// Authorize (or Re-authorize) through the browser, and Revoke. For a user-specific workflow it
// lists which users have authorized it and their states; never what they saved.
class AuthorizationDialog : public QDialog
{
    Q_OBJECT

public:
    AuthorizationDialog(ApiClient *api, const Workflow &workflow, QWidget *parent = nullptr);
    ~AuthorizationDialog() override;

    void authorize();
    void revoke();
    // "Authorized", "NotAuthorized", "NeedsRenewal" as the server last said; empty until then.
    QString state() const { return m_state; }
    QLabel *message() const { return m_message; }
    OAuthProgress *progress() const { return m_progress; }

signals:
    void stateChanged(const QString &workflowId, const QString &state);

private:
    void load();
    void showState(const QJsonObject &answer);
    bool shared() const;

    // The static part, from ui/AuthorizationDialog.ui; the pointers below point into it, except
    // the shared authorization's widgets, which only a shared authorization has.
    std::unique_ptr<Ui::AuthorizationDialog> m_ui;
    ApiClient *m_api;
    Workflow m_workflow;
    QString m_state;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_message = nullptr;
    OAuthProgress *m_progress = nullptr;
    QPushButton *m_authorize = nullptr;
    QPushButton *m_revoke = nullptr;
    QTableWidget *m_users = nullptr;
};

} // namespace scanflow
