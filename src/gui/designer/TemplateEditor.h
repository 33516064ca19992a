#pragma once

#include <QPlainTextEdit>

class QLabel;

namespace scanflow {

// A monospace editor for a JSON body template or a custom metadata template: placeholders
// ([name]) are highlighted, and the line under it says whether the template is valid, naming
// the problem. Its own undo is off: the document's history holds every edit.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Json, Xml };
    explicit TemplateEditor(Kind kind, QWidget *parent = nullptr);

    QString text() const;
    // Shows text without emitting edited() and keeps the cursor where it was when possible.
    void setText(const QString &text);
    QPlainTextEdit *editor() const { return m_edit; }
    // The problem shown under the editor, or empty when the template is valid.
    QString problem() const { return m_problem; }

signals:
    void edited(const QString &text);

private:
    void check();

    Kind m_kind;
    QPlainTextEdit *m_edit;
    QLabel *m_status;
    QString m_problem;
};

} // namespace scanflow
