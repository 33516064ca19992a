#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace scanflow {

// A response selector (R10): a simple JSON path ("data.id", "items[0].id", "[0].name") or,
// when it starts with "/" or holds a "(" (string(/a), count(//b)), an XPath 1.0 expression on an XML response (pugixml).
class Selector
{
public:
    enum class Kind { JsonPath, XPath };

    static Result<Selector> parse(const QString &text);

    Kind kind() const { return m_kind; }
    const QString &text() const { return m_text; }

    // The selected value as text: strings as they are, numbers and booleans in JSON spelling,
    // objects and arrays as compact JSON, XML elements as their text content.
    Result<QString> select(const QByteArray &body) const;

private:
    struct Segment { QString member; int index = -1; };

    Result<QString> selectJson(const QByteArray &body) const;
    Result<QString> selectXml(const QByteArray &body) const;

    Kind m_kind = Kind::JsonPath;
    QString m_text;
    QList<Segment> m_path;
};

} // namespace scanflow
