#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace scanflow {

class ApiClient;
class PrivateDestinationDialog;
class WorkplaceSession;

// The user's window (R15): sign in with the server's user name and password (kept signed in
// through the OS keychain), then two tabs. Send files: each workflow the user may use, the
// values it asks for each file, and what its private destination still needs; Send file… (or a
// file dropped on it) sends one with its terminal values and shows how it went. Private
// destinations: each API workflow that needs this user's private data, with Authorized / Not
// authorized / Needs renewal; clicking one opens its dialog, Revoke forgets what was saved. It has its own ApiClient, carrying the
// user's token, so it sees exactly what the server lets this user see.
class WorkplaceWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The server to use: its root URL, the API key, and the name the keychain knows it by.
    WorkplaceWindow(const QUrl &server, const QByteArray &apiKey, const QString &keychainName, QWidget *parent = nullptr);
    ~WorkplaceWindow() override;

    // Signs in silently when the keychain keeps a sign-in; else shows the sign-in page.
    void start();
    void signIn(const QString &user, const QString &password);
    void signOut();
    void reload();
    // Opens the dialog of the destination in this row (not modal; returned for tests).
    PrivateDestinationDialog *openDestination(int row);
    void revoke(int row);
    // Send file… for the workflow in this row of Send files, with the file chosen if given
    // (not modal; returned for tests).
    class SendFileDialog *sendFile(int row, const QString &file = {});

    ApiClient *api() const { return m_api; }
    WorkplaceSession *session() const { return m_session; }
    QTreeWidget *destinations() const { return m_list; }
    QTreeWidget *workflows() const { return m_workflows; }
    class QTabWidget *tabs() const { return m_tabs; }
    QLabel *status() const { return m_status; }

signals:
    void loaded(); // both lists

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *signInPage();
    QWidget *destinationsPage();
    void showDestinations(const QJsonArray &items);
    void showWorkflows(const QJsonArray &items);
    QWidget *workflowsTab();
    QWidget *destinationsTab();
    static QString stillNeeded(const QJsonObject &destination);
    int selectedRow() const;

    ApiClient *m_api;
    WorkplaceSession *m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_signInMessage = nullptr;
    QLabel *m_who = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QJsonArray m_items;
    class QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_workflows = nullptr;
    QJsonArray m_workflowItems;
    int m_loading = 0; // lists still on their way
};

} // namespace scanflow
