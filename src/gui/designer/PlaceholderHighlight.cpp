#include "PlaceholderHighlight.h"

#include "AvailableNames.h"
#include "Colors.h"
#include "Placeholders.h"
#include "WorkflowDocument.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSet>
#include <QTextCharFormat>

namespace scanflow {

PlaceholderHighlight::PlaceholderHighlight(QLineEdit *edit, WorkflowDocument *doc, std::function<int()> step)
    : QObject(edit), m_edit(edit), m_doc(doc), m_step(std::move(step))
{
    connect(edit, &QLineEdit::textChanged, this, &PlaceholderHighlight::refresh);
    refresh();
}

void PlaceholderHighlight::refresh()
{
    const QString text = m_edit->text();
    QSet<QString> known;
    for (const AvailableName &n : namesAvailableAt(m_doc->workflow(), m_step()))
        known.insert(n.name);
    m_spans.clear();
    QStringList unknown;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'[')
            continue;
        if (const auto m = placeholderAt(text, i)) {
            m_spans.append({i, m->length, known.contains(m->name)});
            if (!known.contains(m->name))
                unknown.append(m->name);
            i += m->length - 1;
        }
    }

    QTextCharFormat found;
    found.setForeground(Colors::link());
    found.setFontWeight(QFont::Bold);
    QTextCharFormat missing;
    missing.setForeground(Colors::problem());
    missing.setFontWeight(QFont::Bold);
    missing.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    missing.setUnderlineColor(Colors::problem());
    // The event's spans count from the cursor.
    QList<QInputMethodEvent::Attribute> formats;
    for (const Span &s : std::as_const(m_spans))
        formats.append({QInputMethodEvent::TextFormat, s.start - m_edit->cursorPosition(), s.length, s.known ? found : missing});
    QInputMethodEvent event(QString(), formats);
    QCoreApplication::sendEvent(m_edit, &event);

    m_edit->setToolTip(unknown.isEmpty() ? QString()
                                         : tr("Nothing provides %1 at this step").arg(u'[' + unknown.join(QStringLiteral("], [")) + u']'));
}

} // namespace scanflow
