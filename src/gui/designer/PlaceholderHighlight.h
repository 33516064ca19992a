#pragma once

#include <QObject>

#include <functional>

class QLineEdit;

namespace scanflow {

class WorkflowDocument;

// Draws the placeholders of a one-line field as the template editors do: "[jobId]" in bold
// link colour when something provides that name at this step, in the problem colour with a
// wavy underline when nothing does, so a typo shows before a delivery fails on it.
//
// A QLineEdit has no formats of its own to set; it takes them from an input method's event,
// which carries formats for spans of the text. This sends it one with no text to insert.
class PlaceholderHighlight : public QObject
{
    Q_OBJECT

public:
    // step(): the step whose names count as known (namesAvailableAt), asked on every refresh.
    PlaceholderHighlight(QLineEdit *edit, WorkflowDocument *doc, std::function<int()> step);

    struct Span
    {
        int start = 0;
        int length = 0;
        bool known = false;
    };
    // What is drawn now, in text order (tests, tool tips).
    QList<Span> spans() const { return m_spans; }
    // Draws again: the text changes by itself; call it when the names available change.
    void refresh();

private:
    QLineEdit *m_edit;
    WorkflowDocument *m_doc;
    std::function<int()> m_step;
    QList<Span> m_spans;
};

} // namespace scanflow
