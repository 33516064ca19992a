#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace scanflow::Dialogs {

// Thin wrappers over the modal dialogs (the KeePassXC habit): a test answers the next one in
// advance, so every flow runs offscreen without a person.

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
void warning(QWidget *parent, const QString &title, const QString &text);
// A line of text, or nothing when cancelled.
std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &value);
QString openFileName(QWidget *parent, const QString &title, const QString &filter);
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

// Test hooks: the next call answers this without showing anything.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextText(const std::optional<QString> &text);
void setNextFileName(const QString &fileName);
// The title and text of the last message shown or answered (tests read what a person would).
QString lastMessage();

} // namespace scanflow::Dialogs
