#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

#include <functional>

namespace scanflow {

// A table of entities as the server answers them (JSON objects), one row each, with columns
// that say how to show a field. Lists that page (users) hand it a fetcher: the view then asks
// for the next page as it scrolls near the end, and only what was looked at is ever loaded.
class JsonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString title;
        std::function<QVariant(const QJsonObject &)> text;
    };
    // The whole entity behind a row, for views and tests.
    static constexpr int ObjectRole = Qt::UserRole + 1;

    explicit JsonTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setColumns(const QList<Column> &columns);
    void setRows(const QList<QJsonObject> &rows);
    void appendRows(const QList<QJsonObject> &rows);
    const QJsonObject &row(int row) const { return m_rows.at(row); }
    int findRow(const QString &field, const QJsonValue &value) const;

    // Paging: `fetch` is called for the next page while more are said to exist; the page's
    // answer calls appendRows and setHasMore.
    void setFetcher(std::function<void()> fetch) { m_fetch = std::move(fetch); }
    void setHasMore(bool more) { m_hasMore = more; m_fetching = false; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    std::function<void()> m_fetch;
    bool m_hasMore = false;
    bool m_fetching = false;
};

// Column helpers: a field as text, a list joined by commas, a boolean as Yes/No.
namespace Columns {
JsonTableModel::Column field(const QString &title, const QString &key);
JsonTableModel::Column list(const QString &title, const QString &key);
JsonTableModel::Column yesNo(const QString &title, const QString &key);
// A number shown through a table of names (a port type, a provider type…).
JsonTableModel::Column named(const QString &title, const QString &key, const QMap<int, QString> &names);
} // namespace Columns

} // namespace scanflow
