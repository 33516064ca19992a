#include "Selector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <pugixml.hpp>

#include <memory>

namespace scanflow {

namespace {

QString jsonScalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

// pugixml (as Debian builds it) throws on a malformed expression; no exception leaves here.
std::unique_ptr<pugi::xpath_query> compileXPath(const QString &text, QString *error)
{
    try {
        auto query = std::make_unique<pugi::xpath_query>(text.toUtf8().constData());
        if (!*query) {
            *error = QString::fromUtf8(query->result().description());
            return nullptr;
        }
        return query;
    } catch (const pugi::xpath_exception &e) {
        *error = QString::fromUtf8(e.what());
    } catch (const std::bad_alloc &) {
        *error = QStringLiteral("out of memory");
    }
    return nullptr;
}

} // namespace

Result<Selector> Selector::parse(const QString &text)
{
    Selector s;
    s.m_text = text.trimmed();
    if (s.m_text.isEmpty())
        return Result<Selector>::failure(QStringLiteral("selector is empty"));

    if (s.m_text.startsWith(u'/') || s.m_text.contains(u'(')) {
        s.m_kind = Kind::XPath;
        QString why;
        if (!compileXPath(s.m_text, &why))
            return Result<Selector>::failure(QStringLiteral("selector '%1' is not valid XPath: %2").arg(s.m_text, why));
        return s;
    }

    // JSON path: member ("." member)* with any number of "[n]" after a member, or at the start.
    const QString &t = s.m_text;
    int i = 0;
    const auto fail = [&](const QString &why) {
        return Result<Selector>::failure(
            QStringLiteral("selector '%1' is not a valid JSON path: %2").arg(t, why));
    };
    bool expectMember = !t.startsWith(u'[');
    while (i < t.size()) {
        if (expectMember) {
            const int start = i;
            while (i < t.size() && t.at(i) != u'.' && t.at(i) != u'[')
                ++i;
            if (i == start)
                return fail(QStringLiteral("empty member name at position %1").arg(start + 1));
            s.m_path.append({t.mid(start, i - start), -1});
            expectMember = false;
        } else if (t.at(i) == u'[') {
            const int close = int(t.indexOf(u']', i));
            bool ok = false;
            const int index = close < 0 ? -1 : t.mid(i + 1, close - i - 1).toInt(&ok);
            if (!ok || index < 0)
                return fail(QStringLiteral("index at position %1 is not a number ≥ 0").arg(i + 1));
            s.m_path.append({QString(), index});
            i = close + 1;
        } else if (t.at(i) == u'.') {
            ++i;
            expectMember = true;
            if (i == t.size())
                return fail(QStringLiteral("ends with '.'"));
        } else {
            return fail(QStringLiteral("unexpected '%1' at position %2").arg(t.at(i)).arg(i + 1));
        }
    }
    return s;
}

Result<QString> Selector::select(const QByteArray &body) const
{
    return m_kind == Kind::XPath ? selectXml(body) : selectJson(body);
}

Result<QString> Selector::selectJson(const QByteArray &body) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return Result<QString>::failure(
            QStringLiteral("response is not JSON (%1 at offset %2), so selector '%3' cannot apply")
                .arg(error.errorString()).arg(error.offset).arg(m_text));
    }
    QJsonValue current = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (const Segment &seg : m_path) {
        if (seg.index >= 0) {
            const QJsonArray array = current.toArray();
            if (!current.isArray() || seg.index >= array.size()) {
                return Result<QString>::failure(
                    QStringLiteral("selector '%1' matches nothing in the response").arg(m_text));
            }
            current = array.at(seg.index);
        } else {
            const QJsonObject object = current.toObject();
            if (!current.isObject() || !object.contains(seg.member)) {
                return Result<QString>::failure(
                    QStringLiteral("selector '%1' matches nothing in the response").arg(m_text));
            }
            current = object.value(seg.member);
        }
    }
    return jsonScalarText(current);
}

Result<QString> Selector::selectXml(const QByteArray &body) const
{
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(body.constData(), size_t(body.size()));
    if (!parsed) {
        return Result<QString>::failure(
            QStringLiteral("response is not XML (%1 at offset %2), so selector '%3' cannot apply")
                .arg(QString::fromUtf8(parsed.description())).arg(parsed.offset).arg(m_text));
    }
    QString why;
    const auto compiled = compileXPath(m_text, &why);
    if (!compiled)
        return Result<QString>::failure(QStringLiteral("selector '%1' is not valid XPath: %2").arg(m_text, why));
    const pugi::xpath_query &query = *compiled;
    if (query.return_type() == pugi::xpath_type_node_set) {
        const pugi::xpath_node_set nodes = query.evaluate_node_set(doc);
        if (nodes.empty()) {
            return Result<QString>::failure(
                QStringLiteral("selector '%1' matches nothing in the response").arg(m_text));
        }
        const pugi::xpath_node first = nodes.first();
        const pugi::xml_node node = first.node();
        const char *value = first.attribute() ? first.attribute().value() : node.text().get();
        if (node && node.type() == pugi::node_element && !node.text()) {
            // An element whose text is in nested elements: its whole string value.
            return QString::fromUtf8(pugi::xpath_query(".").evaluate_string(node).c_str());
        }
        return QString::fromUtf8(value);
    }
    return QString::fromUtf8(query.evaluate_string(doc).c_str());
}

} // namespace scanflow
