#include "RememberedState.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QTreeView>

namespace scanflow::RememberedState {

namespace {

// "page/table": the names from the window down to the widget; empty when the widget itself
// has none (it could not be told from its siblings next time).
QString pathOf(const QWidget *window, const QWidget *widget)
{
    if (widget->objectName().isEmpty())
        return {};
    QStringList names;
    for (const QWidget *w = widget; w && w != window; w = w->parentWidget()) {
        if (!w->objectName().isEmpty())
            names.prepend(w->objectName());
    }
    return names.join(u'/');
}

QHeaderView *headerOf(QAbstractItemView *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// A table whose columns are not those it had (a newer version) keeps its own widths.
void restoreColumns(QHeaderView *header, const QByteArray &state)
{
    const int columns = header->count();
    if (!header->restoreState(state) || header->count() != columns)
        header->reset();
}

} // namespace

void save(const QWidget *window)
{
    QSettings settings;
    settings.beginGroup(window->objectName());
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    if (const auto *main = qobject_cast<const QMainWindow *>(window))
        settings.setValue(QStringLiteral("state"), main->saveState());
    for (const QSplitter *split : window->findChildren<QSplitter *>()) {
        if (const QString path = pathOf(window, split); !path.isEmpty())
            settings.setValue(QStringLiteral("splitters/") + path, split->saveState());
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        const QHeaderView *header = headerOf(view);
        if (const QString path = pathOf(window, view); !path.isEmpty() && header && header->count() > 0)
            settings.setValue(QStringLiteral("columns/") + path, header->saveState());
    }
    settings.endGroup();
}

void restore(QWidget *window)
{
    QSettings settings;
    settings.beginGroup(window->objectName());
    if (const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray(); !geometry.isEmpty())
        window->restoreGeometry(geometry);
    if (auto *main = qobject_cast<QMainWindow *>(window))
        main->restoreState(settings.value(QStringLiteral("state")).toByteArray());
    settings.endGroup();
}

void restoreLayout(QWidget *window)
{
    QSettings settings;
    settings.beginGroup(window->objectName());
    for (QSplitter *split : window->findChildren<QSplitter *>()) {
        if (const QString path = pathOf(window, split); !path.isEmpty())
            split->restoreState(settings.value(QStringLiteral("splitters/") + path).toByteArray());
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = headerOf(view);
        const QString path = pathOf(window, view);
        if (path.isEmpty() || !header)
            continue;
        const QByteArray state = settings.value(QStringLiteral("columns/") + path).toByteArray();
        if (state.isEmpty())
            continue;
        if (header->count() > 0) {
            restoreColumns(header, state);
            continue;
        }
        // A list that loads when its page is first shown has no columns yet: its widths come
        // back with them, once the header has finished adding them.
        QObject::connect(header, &QHeaderView::sectionCountChanged, header, [header, state](int, int now) {
            if (now > 0)
                QMetaObject::invokeMethod(header, [header, state] { restoreColumns(header, state); }, Qt::QueuedConnection);
        }, Qt::SingleShotConnection);
    }
    settings.endGroup();
}

} // namespace scanflow::RememberedState
