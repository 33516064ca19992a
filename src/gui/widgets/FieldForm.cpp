#include "FieldForm.h"

#include "Dialogs.h"
#include "FormControls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scanflow {

FieldForm::FieldForm(const QString &title, QWidget *parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(FormControls::problemLabel(this, QStringLiteral("formError"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("fieldForm"));
    setWindowTitle(title);
    setMinimumWidth(460);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // OK does not close: the page closes the form once the server accepted it.
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FieldForm::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FieldForm::addRow(const QString &key, const QString &label, QWidget *widget, Flags flags)
{
    widget->setObjectName(key);
    m_fields.insert(key, widget);
    m_labels.insert(key, label);
    if (flags & Required)
        m_required.append(key);
    m_form->addRow(flags & Required ? tr("%1 *").arg(label) : label, widget);
}

void FieldForm::addText(const QString &key, const QString &label, const QString &value, Flags flags, const QString &placeholder)
{
    if (flags & Multiline) {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setTabChangesFocus(true);
        edit->setReadOnly(flags & ReadOnly);
        edit->setPlaceholderText(placeholder);
        edit->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);
        addRow(key, label, edit, flags);
        return;
    }
    auto *edit = new QLineEdit(value, this);
    edit->setReadOnly(flags & ReadOnly);
    edit->setPlaceholderText(placeholder);
    if (flags & Secret)
        edit->setEchoMode(QLineEdit::Password);
    addRow(key, label, edit, flags);
}

void FieldForm::addChoice(const QString &key, const QString &label, const Choices &choices, const QVariant &current)
{
    auto *combo = new QComboBox(this);
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    if (current.isValid())
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    addRow(key, label, combo, NoFlags);
}

void FieldForm::addCheck(const QString &key, const QString &label, bool checked)
{
    auto *box = new QCheckBox(label, this);
    box->setChecked(checked);
    box->setObjectName(key);
    m_fields.insert(key, box);
    m_labels.insert(key, label);
    m_form->addRow(QString(), box);
}

void FieldForm::addChecklist(const QString &key, const QString &label, const QStringList &items, const QStringList &checked)
{
    auto *list = new QListWidget(this);
    for (const QString &item : items) {
        auto *row = new QListWidgetItem(item, list);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        row->setCheckState(checked.contains(item, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
    list->setMinimumHeight(160);
    addRow(key, label, list, NoFlags);
}

void FieldForm::addFile(const QString &key, const QString &label, const QString &filter, Flags flags)
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto *path = new QLineEdit(box);
    path->setObjectName(key + QStringLiteral("Path"));
    auto *browse = new QPushButton(tr("Browse…"), box);
    row->addWidget(path, 1);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, path, label, filter] {
        const QString chosen = Dialogs::openFileName(this, label, filter);
        if (!chosen.isEmpty())
            path->setText(chosen);
    });
    addRow(key, label, box, flags);
}

void FieldForm::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(note);
}

QVariant FieldForm::value(const QString &key) const
{
    QWidget *w = m_fields.value(key);
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        return edit->echoMode() == QLineEdit::Password ? edit->text() : edit->text().trimmed();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        return edit->toPlainText().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->currentData();
    if (auto *box = qobject_cast<QCheckBox *>(w))
        return box->isChecked();
    if (auto *list = qobject_cast<QListWidget *>(w)) {
        QStringList ticked;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                ticked.append(list->item(i)->text());
        }
        return ticked;
    }
    if (w) {
        if (auto *path = w->findChild<QLineEdit *>(key + QStringLiteral("Path")))
            return path->text().trimmed();
    }
    return {};
}

void FieldForm::setFieldVisible(const QString &key, bool visible)
{
    if (QWidget *w = m_fields.value(key))
        m_form->setRowVisible(w, visible);
}

void FieldForm::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
}

QString FieldForm::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void FieldForm::trySubmit()
{
    for (const QString &key : m_required) {
        if (m_fields.value(key)->isHidden())
            continue;
        const QVariant v = value(key);
        const bool empty = v.typeId() == QMetaType::QStringList ? v.toStringList().isEmpty() : v.toString().isEmpty();
        if (empty) {
            showError(tr("%1: a value is needed.").arg(m_labels.value(key)));
            m_fields.value(key)->setFocus();
            return;
        }
    }
    showError({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false); // until the server answers
    emit submitted();
}

} // namespace scanflow
