#include "SequenceStrip.h"

#include "Icons.h"
#include "Labels.h"
#include "WorkflowDocument.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace scanflow {

SequenceStrip::SequenceStrip(WorkflowDocument *doc, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_row(new QHBoxLayout), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("sequenceStrip"));
    setAccessibleName(tr("Request sequence"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Sequence:"), this));
    m_row->setSpacing(2);
    layout->addLayout(m_row);
    layout->addStretch();
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, &SequenceStrip::stepChosen);
    connect(doc, &WorkflowDocument::changed, this, &SequenceStrip::sync);
    sync();
}

QStringList SequenceStrip::entries() const
{
    QStringList out;
    for (const QToolButton *b : m_buttons)
        out.append(b->text().replace(QLatin1String("&&"), QLatin1String("&")));
    return out;
}

void SequenceStrip::setCurrent(int step)
{
    if (step >= 0 && step < m_buttons.size())
        m_buttons.at(step)->setChecked(true);
}

// Buttons are made only when the number of steps changes, so typing in a step never takes
// the focus from an entry; otherwise only their texts follow the document.
void SequenceStrip::sync()
{
    const QList<Step> &steps = m_doc->workflow().destination.steps;
    int current = m_group->checkedId();
    while (m_buttons.size() > steps.size()) {
        delete m_buttons.takeLast();
        if (!m_arrows.isEmpty())
            delete m_arrows.takeLast();
    }
    while (m_buttons.size() < steps.size()) {
        if (!m_buttons.isEmpty()) {
            auto *arrow = new QLabel(QStringLiteral("→"), this);
            arrow->setAccessibleName(tr("then"));
            m_row->addWidget(arrow);
            m_arrows.append(arrow);
        }
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("sequenceStep%1").arg(m_buttons.size()));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::StrongFocus);
        m_group->addButton(b, int(m_buttons.size()));
        m_row->addWidget(b);
        m_buttons.append(b);
    }
    for (int i = 0; i < steps.size(); ++i) {
        const Step &s = steps.at(i);
        QToolButton *b = m_buttons.at(i);
        // "&" in a step's name is shown, not taken as a mnemonic.
        b->setText(QStringLiteral("%1  %2  %3").arg(i + 1).arg(Labels::method(s.method), QString(s.displayName(i)).replace(u'&', QLatin1String("&&"))));
        const QStringList problems = m_doc->issuesAt(QStringLiteral("destination.steps[%1]").arg(i));
        b->setIcon(problems.isEmpty() ? QIcon() : Icons::warning());
        b->setToolTip(problems.isEmpty() ? tr("Show step %1").arg(i + 1) : problems.join(u'\n'));
        QFont f = b->font();
        f.setBold(s.kind == StepKind::Delivery); // the request that carries the file
        b->setFont(f);
    }
    if (current >= steps.size())
        current = int(steps.size()) - 1;
    setCurrent(current);
}

} // namespace scanflow
