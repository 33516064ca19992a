#pragma once

#include <QDialog>
#include <QJsonArray>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace scanflow {

class ApiClient;
class ResponseTree;
class WorkflowDocument;

// Run up to this step: the workflow as it stands in the designer, unsaved, runs its steps up
// to the chosen one against the real API (or the test destination) with the sample scan or a
// chosen file (POST /scan/workflows/<id>/trial). Each response shows as a tree beside its raw
// text; a value double-clicked (or Enter) becomes a response parameter of its step, with the
// selector that finds it and named after it, as one undoable edit.
class StepTrialDialog : public QDialog
{
    Q_OBJECT

public:
    StepTrialDialog(ApiClient *api, WorkflowDocument *doc, int upToStep, QWidget *parent = nullptr);

    void setFile(const QString &path);
    void run();
    QListWidget *requests() const { return m_requests; }
    ResponseTree *tree() const { return m_tree; }
    QPlainTextEdit *raw() const { return m_raw; }
    QLabel *status() const { return m_status; }
    // Makes the selected value a response parameter of its step; the key it got, or empty.
    QString addSelected();

signals:
    void finished(bool ok);
    void parameterAdded(int step, const QString &key);

private:
    void showEntry(int row);

    ApiClient *m_api;
    WorkflowDocument *m_doc;
    int m_upTo;
    QLineEdit *m_file;
    QPushButton *m_run;
    QPushButton *m_add;
    QProgressBar *m_progress;
    QLabel *m_status;
    QListWidget *m_requests;
    ResponseTree *m_tree;
    QPlainTextEdit *m_raw;
    QJsonArray m_trace;
};

} // namespace scanflow
