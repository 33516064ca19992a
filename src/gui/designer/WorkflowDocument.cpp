#include "WorkflowDocument.h"

#include <QUndoCommand>

namespace scanflow {

// One edit: the whole workflow before and after. Workflow is implicitly shared through its
// lists and strings, so a snapshot costs little even for 30 steps of 300 parameters.
class WorkflowEditCommand : public QUndoCommand
{
public:
    WorkflowEditCommand(WorkflowDocument *doc, const QString &text, Workflow before, Workflow after, QString mergeKey)
        : QUndoCommand(text), m_doc(doc), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_doc->set(m_before); }
    void redo() override { m_doc->set(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const WorkflowEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    WorkflowDocument *m_doc;
    Workflow m_before;
    Workflow m_after;
    QString m_mergeKey;
};

WorkflowDocument::WorkflowDocument(QObject *parent)
    : QObject(parent)
{
    m_issues = validateWorkflow(m_workflow);
}

void WorkflowDocument::load(const Workflow &workflow)
{
    m_undo.clear();
    m_saved = workflow;
    m_workflow.id = workflow.id;
    set(workflow);
    m_undo.setClean();
}

void WorkflowDocument::markSaved(const Workflow &saved)
{
    // The editor shows what is stored: the server may have changed it (R14 drops user-specific
    // rows) and never answers secrets, which then stay empty meaning "keep the stored one".
    m_saved = saved;
    m_workflow.id = saved.id;
    set(saved);
    m_undo.setClean();
}

void WorkflowDocument::edit(const QString &text, const std::function<void(Workflow &)> &change, const QString &mergeKey)
{
    Workflow after = m_workflow;
    change(after);
    m_undo.push(new WorkflowEditCommand(this, text, m_workflow, std::move(after), mergeKey));
}

QStringList WorkflowDocument::issuesAt(const QString &path) const
{
    QStringList found;
    for (const WorkflowIssue &issue : m_issues) {
        if (issue.path == path || issue.path.startsWith(path + u'.') || issue.path.startsWith(path + u'['))
            found.append(issue.message);
    }
    return found;
}

void WorkflowDocument::set(const Workflow &workflow)
{
    // The id is the server's, not an edit: undoing past a first save must not make a copy.
    const QString id = m_workflow.id;
    m_workflow = workflow;
    if (!id.isEmpty())
        m_workflow.id = id;
    m_issues = validateWorkflow(m_workflow);
    emit changed();
}

} // namespace scanflow
