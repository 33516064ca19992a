#include "PlaceholderPicker.h"

#include "AvailableNames.h"
#include "Labels.h"
#include "WorkflowDocument.h"

#include <QMenu>

namespace scanflow {

PlaceholderPicker::PlaceholderPicker(WorkflowDocument *doc, std::function<int()> step, QWidget *parent)
    : QToolButton(parent), m_doc(doc), m_step(std::move(step))
{
    setText(tr("Insert placeholder"));
    setToolTip(tr("Insert a placeholder available at this step"));
    setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(this);
    setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &PlaceholderPicker::fill);
}

QStringList PlaceholderPicker::names() const
{
    QStringList out;
    for (const AvailableName &n : namesAvailableAt(m_doc->workflow(), m_step()))
        out.append(u'[' + n.name + u']');
    return out;
}

void PlaceholderPicker::fill()
{
    QMenu *m = menu();
    m->clear();
    std::optional<ParamType> section;
    for (const AvailableName &n : namesAvailableAt(m_doc->workflow(), m_step())) {
        if (section != n.source) {
            section = n.source;
            m->addSection(Labels::paramType(n.source));
        }
        const QString placeholder = u'[' + n.name + u']';
        m->addAction(placeholder, this, [this, placeholder] { emit picked(placeholder); });
    }
}

} // namespace scanflow
