#include "Actions.h"

#include <QAction>
#include <QActionEvent>
#include <QRegularExpression>
#include <QToolBar>

namespace scanflow::Actions {

namespace {

// Puts the key in one action's tip; a second call changes nothing, so the ActionChanged that
// setToolTip itself causes ends here.
void showShortcut(QAction *action)
{
    if (action->isSeparator() || action->shortcut().isEmpty())
        return;
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    // Qt's own tip is the text without "&"; one written on purpose is kept, with the key added.
    const QString plain = QString(action->text()).remove(u'&');
    if (action->toolTip() == plain)
        action->setToolTip(tipWithShortcut(action));
    else if (!action->toolTip().contains(key))
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip(), key));
}

// Follows the toolbar: actions added later (a page's own) and shortcuts changed later.
class ShortcutTips : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ActionAdded || event->type() == QEvent::ActionChanged)
            showShortcut(static_cast<QActionEvent *>(event)->action());
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QString tipWithShortcut(const QAction *action)
{
    QString text = action->text();
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(u'…'))
        text.chop(1);
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

void showShortcutsInTips(QToolBar *bar)
{
    for (QAction *action : bar->actions())
        showShortcut(action);
    bar->installEventFilter(new ShortcutTips(bar));
}

} // namespace scanflow::Actions
