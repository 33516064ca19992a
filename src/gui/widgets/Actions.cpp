#include "Actions.h"

#include <QAction>
#include <QActionEvent>
#include <QRegularExpression>
#include <QToolBar>

namespace scanflow::Actions {

namespace {

// Puts the key in one action's tip. A tip made here is kept in a property, so it is made again
// when the text changes ("Undo" becomes "Undo Edit name"); one written by hand gains the key.
// A second call changes nothing, so the ActionChanged that setToolTip causes ends here.
void showShortcut(QAction *action)
{
    static const char *made = "scanflowShortcutTip";
    if (action->isSeparator() || action->shortcut().isEmpty())
        return;
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    const QString plain = QString(action->text()).remove(u'&'); // Qt's own tip
    const QString tip = action->toolTip();
    if (tip == plain || tip == action->property(made).toString()) {
        const QString fresh = tipWithShortcut(action);
        action->setProperty(made, fresh);
        action->setToolTip(fresh);
    } else if (!tip.contains(key)) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key));
    }
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
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    text.remove(mnemonic);
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
