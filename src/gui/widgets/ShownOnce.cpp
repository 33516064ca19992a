#include "ShownOnce.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanflow {

QDialog *showOnce(QWidget *parent, const QString &objectName, const QString &fieldName, const QString &title, const QString &note,
                  const QString &value)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QLabel(note, dialog);
    text->setWordWrap(true);
    auto *field = new QLineEdit(value, dialog);
    field->setObjectName(fieldName);
    field->setReadOnly(true);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(value) + 24);
    field->selectAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(QCoreApplication::translate("scanflow::ShownOnce", "&Copy"), QDialogButtonBox::ActionRole);
    QObject::connect(copy, &QPushButton::clicked, dialog, [value] { QGuiApplication::clipboard()->setText(value); });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(field);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

} // namespace scanflow
