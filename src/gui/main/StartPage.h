#pragma once

#include "UseCaseTemplates.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace scanflow {

class ApiClient;

// The first page a new admin sees, with three ways in: start from one of the manual's ten use
// cases as a template, try that use case against the server's built-in test destination
// (saved as a workflow of its own, nothing to set up), and drop a file into its inbox to see it
// delivered, request by request. The main window does the saving and the sending.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    StartPage(ApiClient *api, QWidget *parent = nullptr);

    QListWidget *useCases() const { return m_useCases; }
    const UseCaseTemplate &chosen() const;
    // The workflow saved by Try it, whose inbox the third way fills.
    void setTried(qint64 workflowId, const QString &name);
    void tryFailed();
    // Asks the server again whether it has a test destination (another server was chosen).
    void forget();

signals:
    void openRequested(const Workflow &workflow);
    void tryRequested(const Workflow &workflow);
    void filesDropped(qint64 workflowId, const QStringList &files);

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(class QDragEnterEvent *event) override;
    void dropEvent(class QDropEvent *event) override;

private:
    void chosenChanged();
    void sendSample();

    ApiClient *m_api;
    QList<UseCaseTemplate> m_templates;
    QListWidget *m_useCases;
    QLabel *m_when;
    QPushButton *m_open;
    QPushButton *m_try;
    QLabel *m_tryNote;
    QLabel *m_dropZone;
    QPushButton *m_sample;
    QPushButton *m_chooseFiles;
    enum class TestDestination { Unknown, Asking, There, Missing } m_testDestination = TestDestination::Unknown;
    qint64 m_triedId = 0;
    QString m_triedName;
};

} // namespace scanflow
