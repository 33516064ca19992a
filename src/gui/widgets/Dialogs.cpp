#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>

#include <optional>

namespace scanflow::Dialogs {

namespace {
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<std::optional<QString>> nextText;
std::optional<QString> nextFileName;
QString last;
} // namespace

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                     QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    last = title + QLatin1String(": ") + text;
    if (nextAnswer)
        return std::exchange(nextAnswer, std::nullopt).value();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    last = title + QLatin1String(": ") + text;
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

std::optional<QString> text(QWidget *parent, const QString &title, const QString &label, const QString &value)
{
    if (nextText)
        return std::exchange(nextText, std::nullopt).value();
    bool ok = false;
    const QString answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, value, &ok);
    return ok ? std::optional<QString>(answer) : std::nullopt;
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (nextFileName)
        return std::exchange(nextFileName, std::nullopt).value();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (nextFileName)
        return std::exchange(nextFileName, std::nullopt).value();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void setNextAnswer(QMessageBox::StandardButton answer) { nextAnswer = answer; }
void setNextText(const std::optional<QString> &value) { nextText = value; }
void setNextFileName(const QString &fileName) { nextFileName = fileName; }
QString lastMessage() { return last; }

} // namespace scanflow::Dialogs
