#pragma once

class QWidget;

namespace scanflow::RememberedState {

// How a window was left, kept in QSettings under its object name: its geometry and state, the
// sizes of each QSplitter in it and the column widths and order of each table and tree, found
// by the object names on their way from the window ("inboxPage/deliveryTable"). Widgets with no
// name are not remembered; a table whose columns have changed since is left as it is.
void save(const QWidget *window);
// The geometry: before the window is shown.
void restore(QWidget *window);
// The panes and the columns: once it is shown, at its size, or a splitter would share out its
// sizes again when the window takes its size.
void restoreLayout(QWidget *window);
// Set on a header whose widths came back: a view that sizes its columns to their contents
// after loading leaves such a one as the person left it.
inline constexpr char ColumnsRestored[] = "scanflowColumnsRestored";

} // namespace scanflow::RememberedState
