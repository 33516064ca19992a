#pragma once

#include <QTreeWidget>

namespace scanflow {

// A response body as a tree, JSON or XML, each value with the selector that finds it again
// (R10: "data.items[0].id", "/root/doc/@key"): what a click on it makes into a response
// parameter. A body that is neither (or cut short in the trace) shows no tree.
class ResponseTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { Name, Value };
    static constexpr int SelectorRole = Qt::UserRole;  // on an item whose value can be selected
    static constexpr int SuggestedKeyRole = Qt::UserRole + 1;

    explicit ResponseTree(QWidget *parent = nullptr);

    // Shows `body`; false when it is neither JSON nor XML.
    bool setBody(const QByteArray &body);
    // The item whose selector is this one, or none (tests, and keeping the selection).
    QTreeWidgetItem *itemWithSelector(const QString &selector) const;

private:
    bool showJson(const QByteArray &body);
    bool showXml(const QByteArray &body);
};

} // namespace scanflow
