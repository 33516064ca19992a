#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Ui {
class PrivateDestinationDialog;
}

namespace scanflow {

class ApiClient;
class OAuthProgress;

// Clicking a private destination in Workplace (R15): one required field per user-specific
// parameter, labelled by its Value, and Login/Password for user-specific Basic; then, for
// user-specific OAuth, the provider's page in the browser (at once when nothing is asked
// here). Everything goes to the server in one PUT, and nothing is saved unless every step
// succeeded; a refusal is shown here and the dialog stays open.
class PrivateDestinationDialog : public QDialog
{
    Q_OBJECT

public:
    // `item`: the server's /workplace/destinations entry.
    PrivateDestinationDialog(ApiClient *api, const QJsonObject &item, QWidget *parent = nullptr);
    ~PrivateDestinationDialog() override;

    // The Save / Continue button, as a person presses it.
    void submit();
    QLabel *message() const { return m_message; }
    OAuthProgress *progress() const { return m_progress; }
    bool asksForInput() const { return !m_fields.isEmpty(); }

signals:
    // The server saved it all; the destination's new state.
    void saved(const QJsonObject &item);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateButton();
    void send(const QJsonObject &authorization);

    // The frame, from ui/PrivateDestinationDialog.ui; the fields are made from the item into its
    // form layout. The pointers below point into it.
    std::unique_ptr<Ui::PrivateDestinationDialog> m_ui;
    ApiClient *m_api;
    QJsonObject m_item;
    QList<QPair<QString, QLineEdit *>> m_fields; // "values.<key>", "login", "password"
    QLabel *m_message = nullptr;
    OAuthProgress *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_started = false;
};

} // namespace scanflow
