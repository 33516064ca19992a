#pragma once

#include <QStyledItemDelegate>

namespace scanflow {

// A combo box for table cells whose model offers a fixed set of choices: the model answers
// ChoicesRole with a QVariantList of {"text", "value"} maps, and takes the chosen "value"
// back through setData(). The choices may differ per cell (User-specific only on
// user-specific workflows).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int ChoicesRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace scanflow
