#pragma once

#include <QWidget>

class QTabWidget;

namespace scanflow {

class ApiClient;
class SequenceStrip;
class StepEditor;
class WorkflowDocument;

// The Requests area (R1): the sequence at a glance (SequenceStrip), then a tab per step, the Delivery tab and any number of Request tabs, in
// execution order. Tabs are added, removed, renamed and dragged to a new place; every change is
// an undoable edit of the document, and each has a key: Ctrl+Shift+PgUp/PgDown move the
// current tab, F2 on the tab bar renames it, Ctrl+Shift+R adds a request, Ctrl+Shift+Del removes it.
class RequestsArea : public QWidget
{
    Q_OBJECT

public:
    RequestsArea(ApiClient *api, WorkflowDocument *doc, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    SequenceStrip *strip() const { return m_strip; }
    StepEditor *stepEditor(int index) const;

    void addRequest();
    // Import from curl: opens its dialog (not modal; returned for tests).
    class CurlImportDialog *importCurl();
    // Run up to this step: the current tab's step and those before it, against the real API
    // (not modal; returned for tests).
    class StepTrialDialog *runUpToCurrent();
    void removeCurrent();
    void renameCurrent();
    void moveCurrent(int delta);

private:
    void sync();
    void moveStep(int from, int to);

    ApiClient *m_api;
    WorkflowDocument *m_doc;
    SequenceStrip *m_strip;
    QTabWidget *m_tabs;
    bool m_syncing = false;
};

} // namespace scanflow
