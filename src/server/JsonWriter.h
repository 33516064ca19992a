#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QUtf8StringView>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace scanflow {

// Writes compact JSON straight into bytes, for the answers that list hundreds of rows (a history
// page, a user list). Building a QJsonObject per row and then QJsonDocument::toJson was two
// thirds of a history page's cost; RapidJSON's writer (Debian's rapidjson-dev) escapes as it
// goes. Strings are encoded to UTF-8 through one reused buffer, a lone surrogate becoming U+FFFD
// (RapidJSON's own UTF-16 reader would stop at one, leaving the JSON cut off).
//
//     JsonWriter w;
//     w.beginObject().field("documents").beginArray();
//     for (const Document &d : rows) writeRow(w, d);
//     w.endArray().field("recordsOnPage", n).endObject();
//     return ApiResponse::jsonBytes(200, w.take());
//
// Keys are ASCII literals; take() asserts, in debug builds, that every object and array is closed.
class JsonWriter
{
public:
    JsonWriter() : m_writer(m_buffer) {}

    JsonWriter &beginObject() { m_writer.StartObject(); return *this; }
    JsonWriter &endObject() { m_writer.EndObject(); return *this; }
    JsonWriter &beginArray() { m_writer.StartArray(); return *this; }
    JsonWriter &endArray() { m_writer.EndArray(); return *this; }

    JsonWriter &key(const char *name) { m_writer.Key(name); return *this; }
    JsonWriter &value(QStringView s)
    {
        m_utf8.resize(s.size() * 3);
        const char *end = m_encoder.appendToBuffer(m_utf8.data(), s);
        m_writer.String(m_utf8.constData(), rapidjson::SizeType(end - m_utf8.constData()));
        return *this;
    }
    JsonWriter &value(const QString &s) { return value(QStringView(s)); }
    JsonWriter &value(QUtf8StringView s)
    {
        m_writer.String(s.data(), rapidjson::SizeType(s.size()));
        return *this;
    }
    JsonWriter &value(qint64 n) { m_writer.Int64(n); return *this; }
    JsonWriter &value(int n) { m_writer.Int(n); return *this; }
    JsonWriter &value(bool b) { m_writer.Bool(b); return *this; }
    JsonWriter &value(const char *) = delete; // would be taken as a bool: say QStringLiteral
    JsonWriter &null() { m_writer.Null(); return *this; }

    template <typename T>
    JsonWriter &field(const char *name, const T &v) { return key(name).value(v); }
    JsonWriter &field(const char *name) { return key(name); }

    // The JSON written; the writer is spent.
    QByteArray take()
    {
        Q_ASSERT(m_writer.IsComplete());
        return QByteArray(m_buffer.GetString(), qsizetype(m_buffer.GetSize()));
    }

private:
    rapidjson::StringBuffer m_buffer;
    rapidjson::Writer<rapidjson::StringBuffer> m_writer;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QByteArray m_utf8;
};

} // namespace scanflow
