#include "RememberedState.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QStringList>
#include <QTableView>
#include <QTreeView>

#include <memory>

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
    else
        header->setProperty(RememberedState::ColumnsRestored, true);
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
        // A list that loads when its page is first shown, and again on Refresh, gets its columns
        // anew each time: the widths come back after every reset of its model, as the person
        // last left them (kept here from the moment they first came back).
        auto widths = std::make_shared<QByteArray>(state);
        auto restored = std::make_shared<bool>(false);
        const auto apply = [header, widths, restored] {
            if (header->count() == 0)
                return;
            *restored = false;
            restoreColumns(header, *widths);
            *restored = true;
        };
        apply();
        if (QAbstractItemModel *model = header->model()) {
            // What the reset itself does to the widths is not the person's doing.
            QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, header, [restored] { *restored = false; });
            QObject::connect(model, &QAbstractItemModel::modelReset, header,
                             [header, apply] { QMetaObject::invokeMethod(header, apply, Qt::QueuedConnection); });
        }
        QObject::connect(header, &QHeaderView::sectionCountChanged, header, [header, apply](int before, int now) {
            if (before == 0 && now > 0)
                QMetaObject::invokeMethod(header, apply, Qt::QueuedConnection);
        });
        QObject::connect(header, &QHeaderView::sectionResized, header, [header, widths, restored] {
            if (*restored)
                *widths = header->saveState();
        });
    }
    settings.endGroup();
}

} // namespace scanflow::RememberedState
