#pragma once

class QAction;
class QString;
class QToolBar;

namespace scanflow::Actions {

// "Save (Ctrl+S)": the action's text without its mnemonic and trailing "…", then its shortcut
// as this platform writes it; an action without a shortcut keeps its plain text.
QString tipWithShortcut(const QAction *action);
// Every action on this toolbar tells its shortcut in its tool tip, so a mouse user learns the
// key, now and for actions added or given a key later; a tip written by hand keeps its words
// and gains the key.
void showShortcutsInTips(QToolBar *bar);

} // namespace scanflow::Actions
