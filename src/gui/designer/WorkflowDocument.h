#pragma once

#include "Workflow.h"
#include "WorkflowValidation.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace scanflow {

// The workflow being edited, and its history. Every edit goes through edit(), which makes it
// one undoable step; typing into one field merges into a single step. Views read workflow()
// and refresh on changed(), so undo and redo need no code of their own in any view.
class WorkflowDocument : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowDocument(QObject *parent = nullptr);

    const Workflow &workflow() const { return m_workflow; }
    QUndoStack *undoStack() { return &m_undo; }
    // The workflow as the server last saved it (or as it was opened).
    const Workflow &saved() const { return m_saved; }
    bool isModified() const { return !m_undo.isClean(); }

    // Starts over with a workflow just read from the server or a file: no history, unmodified.
    void load(const Workflow &workflow);
    // After a save: the server's copy (with its id) becomes the clean state; history is kept.
    void markSaved(const Workflow &saved);

    // Applies change as one undoable step named text. Consecutive edits with the same non-empty
    // mergeKey (one field being typed into) become one step.
    void edit(const QString &text, const std::function<void(Workflow &)> &change, const QString &mergeKey = {});

    // What validateWorkflow() says of the current state, worked out once per change.
    const QList<WorkflowIssue> &issues() const { return m_issues; }
    // The issues at a JSON path or below it ("destination.steps[2].params[0]").
    QStringList issuesAt(const QString &path) const;

signals:
    void changed();

private:
    friend class WorkflowEditCommand;
    void set(const Workflow &workflow);

    Workflow m_workflow;
    Workflow m_saved;
    QList<WorkflowIssue> m_issues;
    QUndoStack m_undo;
};

} // namespace scanflow
