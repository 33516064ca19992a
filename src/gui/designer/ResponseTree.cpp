#include "ResponseTree.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace scanflow {

namespace {

// A member the simple JSON path can name: letters, digits, "_" and "-" (no dots or brackets).
bool nameable(const QString &member)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return plain.match(member).hasMatch();
}

QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}

// Adds `value` under `parent` as `label`; `path` is its selector, empty where none names it.
void addJson(QTreeWidgetItem *parent, const QString &label, const QString &path, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setText(ResponseTree::Name, label);
    if (!path.isEmpty()) {
        item->setData(ResponseTree::Name, ResponseTree::SelectorRole, path);
        item->setData(ResponseTree::Name, ResponseTree::SuggestedKeyRole, key);
        item->setToolTip(ResponseTree::Name, path);
    }
    // Below a value no simple path names, nothing is named either.
    const auto member = [&](const QString &name) { return path.isEmpty() || !nameable(name) ? QString() : QString(path + u'.' + name); };
    const auto element = [&](int i) { return path.isEmpty() ? QString() : QStringLiteral("%1[%2]").arg(path).arg(i); };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        item->setText(ResponseTree::Value, QObject::tr("{%n member(s)}", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(item, it.key(), member(it.key()), it.key(), it.value());
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        item->setText(ResponseTree::Value, QObject::tr("[%n item(s)]", nullptr, int(a.size())));
        for (int i = 0; i < a.size(); ++i)
            addJson(item, QStringLiteral("[%1]").arg(i), element(i), key, a.at(i));
    } else {
        item->setText(ResponseTree::Value, scalarText(value));
    }
}

} // namespace

ResponseTree::ResponseTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("responseTree"));
    setHeaderLabels({tr("Name"), tr("Value")});
    header()->setSectionResizeMode(Name, QHeaderView::ResizeToContents);
    setToolTip(tr("Double-click a value (or press Enter) to parse it into a response parameter"));
}

bool ResponseTree::setBody(const QByteArray &body)
{
    clear();
    const bool shown = showJson(body) || showXml(body);
    expandAll();
    return shown;
}

bool ResponseTree::showJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return false;
    // The top level itself has no selector; its members and items do.
    auto *top = new QTreeWidgetItem(this, {doc.isArray() ? tr("(array)") : tr("(object)")});
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(top, it.key(), nameable(it.key()) ? it.key() : QString(), it.key(), it.value());
    } else {
        const QJsonArray a = doc.array();
        for (int i = 0; i < a.size(); ++i)
            addJson(top, QStringLiteral("[%1]").arg(i), QStringLiteral("[%1]").arg(i), QStringLiteral("item"), a.at(i));
    }
    return true;
}

bool ResponseTree::showXml(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    struct Open
    {
        QTreeWidgetItem *item;
        QString path;
        QHash<QString, int> childCounts; // for "name[2]"
        QString text;
    };
    QList<Open> stack;
    bool any = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            any = true;
            const QString name = xml.qualifiedName().toString();
            QString path;
            if (stack.isEmpty()) {
                path = QString(u'/' + name);
            } else {
                const int n = ++stack.last().childCounts[name];
                path = stack.last().path + u'/' + name + (n > 1 ? QStringLiteral("[%1]").arg(n) : QString());
            }
            auto *item = stack.isEmpty() ? new QTreeWidgetItem(this) : new QTreeWidgetItem(stack.last().item);
            item->setText(Name, name);
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                const QString attributeName = a.qualifiedName().toString();
                const QString selector = path + QStringLiteral("/@") + attributeName;
                auto *attribute = new QTreeWidgetItem(item, {QString(u'@' + attributeName), a.value().toString()});
                attribute->setData(Name, SelectorRole, selector);
                attribute->setData(Name, SuggestedKeyRole, attributeName.section(u':', -1));
                attribute->setToolTip(Name, selector);
            }
            stack.append({item, path, {}, {}});
        } else if (xml.isCharacters() && !stack.isEmpty()) {
            stack.last().text += xml.text().toString();
        } else if (xml.isEndElement() && !stack.isEmpty()) {
            const Open done = stack.takeLast();
            const QString text = done.text.trimmed();
            if (done.childCounts.isEmpty() && !text.isEmpty()) { // a leaf with text: a value
                done.item->setText(Value, text);
                done.item->setData(Name, SelectorRole, done.path);
                done.item->setData(Name, SuggestedKeyRole, done.item->text(Name).section(u':', -1));
                done.item->setToolTip(Name, done.path);
            }
        }
    }
    // The first problem after a whole element still shows what came (a body cut in the trace).
    if (xml.hasError() && !any) {
        clear();
        return false;
    }
    return any;
}

QTreeWidgetItem *ResponseTree::itemWithSelector(const QString &selector) const
{
    for (QTreeWidgetItemIterator it(const_cast<ResponseTree *>(this)); *it; ++it) {
        if ((*it)->data(Name, SelectorRole).toString() == selector)
            return *it;
    }
    return nullptr;
}

} // namespace scanflow
