#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <vector>

namespace scanflow {

// Deliveries newest first, as the history pages give them and as the live feed changes them:
// a delivery seen again is updated in its row, a new one goes on top. Ten thousand rows and
// fifty changes a second stay cheap: rows are never moved (new ones are kept apart and shown
// reversed above the older ones), and a change repaints its row only.
class DeliveryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Created, Workflow, File, User, State, Attempts, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole, StateRole, CreatedRole }; // state: "queued", "running", …

    explicit DeliveryListModel(QObject *parent = nullptr);

    void clear();
    // A page of the history (newest first), below what is shown.
    void appendOlder(const QJsonArray &deliveries);
    // Changes from the feed; a delivery not shown yet goes on top if `accepts` takes it. A
    // change without "fileName" (the answer of Retry now or Cancel) sets the state alone.
    void take(const QJsonArray &changes);
    void setAccepts(std::function<bool(const QJsonObject &)> accepts) { m_accepts = std::move(accepts); }
    void setWorkflowNames(const QHash<qint64, QString> &names);

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    QString stateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The label people read for a state.
    static QString stateLabel(const QString &state);

private:
    struct Row
    {
        qint64 id = 0;
        qint64 workflowId = 0;
        QString fileName, userName, state, lastError;
        int attempts = 0;
        QDateTime created;
        QString createdText; // formatted once: painting ten thousand rows formats none
    };
    static Row fromJson(const QJsonObject &o);
    const Row &at(int row) const;
    // Where a delivery is: in m_newer (true) or m_older, at that index.
    struct Place
    {
        bool newer;
        int index;
    };
    int rowFor(const Place &p) const;

    std::vector<Row> m_newer; // arrived live, oldest first: shown reversed, on top
    std::vector<Row> m_older; // from the history pages, newest first
    QHash<qint64, Place> m_places;
    QHash<qint64, QString> m_workflowNames;
    std::function<bool(const QJsonObject &)> m_accepts;
};

} // namespace scanflow
