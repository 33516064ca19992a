#pragma once

#include <QDialog>
#include <QMap>
#include <QVariant>

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace scanflow {

// The dialog every entity view adds and edits with: labelled fields built from a short
// description, a red line naming what is wrong, and OK that stays open until the server has
// accepted the change. The page listens to `submitted`, sends, then calls accept() or
// showError() with the server's message, so a refused value can be corrected in place.
// Each field's widget is named by its key, so tests fill the real widgets.
class FieldForm : public QDialog
{
    Q_OBJECT

public:
    enum Flag { NoFlags = 0, Required = 1, Secret = 2, ReadOnly = 4, Multiline = 8 };
    Q_DECLARE_FLAGS(Flags, Flag)
    using Choices = QList<QPair<QString, QVariant>>; // shown text, value

    FieldForm(const QString &title, QWidget *parent);

    void addText(const QString &key, const QString &label, const QString &value = {}, Flags flags = NoFlags,
                 const QString &placeholder = {});
    void addChoice(const QString &key, const QString &label, const Choices &choices, const QVariant &current = {});
    void addCheck(const QString &key, const QString &label, bool checked);
    // A list of names to tick (permissions, groups).
    void addChecklist(const QString &key, const QString &label, const QStringList &items, const QStringList &checked);
    // A file to read, with a Browse button.
    void addFile(const QString &key, const QString &label, const QString &filter, Flags flags = NoFlags);
    void addNote(const QString &text);

    // A text field's trimmed text (secrets untrimmed), a choice's value, a check's bool,
    // a checklist's ticked names.
    QVariant value(const QString &key) const;
    QString text(const QString &key) const { return value(key).toString(); }
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    // Shows or hides a field with its label (fields that apply only to some choices).
    void setFieldVisible(const QString &key, bool visible);

    // The server said no: say why, and let the person try again.
    void showError(const QString &message);
    QString error() const;

signals:
    // OK was pressed and every required field has a value.
    void submitted();

private:
    void addRow(const QString &key, const QString &label, QWidget *widget, Flags flags);
    void trySubmit();

    QFormLayout *m_form;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QMap<QString, QWidget *> m_fields;
    QMap<QString, QString> m_labels;
    QStringList m_required;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(FieldForm::Flags)

} // namespace scanflow
