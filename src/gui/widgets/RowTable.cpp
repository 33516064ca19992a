#include "RowTable.h"

#include "ChoiceDelegate.h"
#include "StepTableModel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace scanflow {

RowTable::RowTable(StepTableModel *model, const QString &name, QWidget *parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this))
{
    setObjectName(name);
    m_view->setObjectName(name + QLatin1String("View"));
    m_view->setModel(model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->setMinimumHeight(110);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells

    const auto button = [this](const QString &object, const QString &text, const QString &icon, const QKeySequence &key,
                               auto slot) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(object);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        m_view->addAction(action);
        auto *b = new QToolButton(this);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        return b;
    };
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(button(name + QLatin1String("Add"), tr("Add"), QStringLiteral("list-add"), QKeySequence(Qt::Key_Insert),
                              [this] { select(m_model->addRow()); }));
    buttons->addWidget(button(name + QLatin1String("Remove"), tr("Remove"), QStringLiteral("list-remove"), QKeySequence::Delete, [this] {
        const int row = currentRow();
        m_model->removeRow(row);
        select(qMin(row, m_model->rowCount() - 1));
    }));
    buttons->addWidget(button(name + QLatin1String("Up"), tr("Move up"), QStringLiteral("go-up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                              [this] { select(m_model->moveRow(currentRow(), -1)); }));
    buttons->addWidget(button(name + QLatin1String("Down"), tr("Move down"), QStringLiteral("go-down"), QKeySequence(Qt::ALT | Qt::Key_Down),
                              [this] { select(m_model->moveRow(currentRow(), +1)); }));
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
}

int RowTable::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void RowTable::select(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->setFocus();
}

} // namespace scanflow
