#include "Fields.h"

#include <QJsonArray>

namespace scanflow {

namespace {

std::variant<QJsonValue, ApiError> integerOf(const Field &f, const QString &name, const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok)
        return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not a number").arg(name, text));
    if (n < f.min || n > f.max)
        return ApiError::badRequest(QStringLiteral("%1: %2 is not between %3 and %4").arg(name).arg(n).arg(f.min).arg(f.max));
    if (!f.choices.isEmpty() && !f.choices.contains(QString::number(n)))
        return ApiError::badRequest(QStringLiteral("%1: %2 is not one of %3").arg(name).arg(n).arg(f.choices.join(QLatin1String(", "))));
    return QJsonValue(n);
}

std::variant<QJsonValue, ApiError> textOf(const Field &f, const QString &name, const QString &text)
{
    if (f.required && text.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("%1: must not be empty").arg(name));
    if (!f.choices.isEmpty()) {
        for (const QString &c : f.choices) {
            if (c.compare(text, Qt::CaseInsensitive) == 0)
                return QJsonValue(c);
        }
        return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not one of %3").arg(name, text, f.choices.join(QLatin1String(", "))));
    }
    return QJsonValue(text);
}

std::variant<QJsonValue, ApiError> booleanOf(const QString &name, const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("1"))
        return QJsonValue(true);
    if (t == QLatin1String("false") || t == QLatin1String("0"))
        return QJsonValue(false);
    return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not true or false").arg(name, text));
}

std::variant<QJsonValue, ApiError> fromText(const Field &f, const QString &name, const QStringList &texts)
{
    switch (f.type) {
    case Field::Type::Text: return textOf(f, name, texts.constFirst());
    case Field::Type::Integer: return integerOf(f, name, texts.constFirst());
    case Field::Type::Boolean: return booleanOf(name, texts.constFirst());
    case Field::Type::IntegerList: {
        QJsonArray out;
        for (const QString &t : texts) {
            SF_TRY(v, integerOf(f, name, t));
            out.append(v);
        }
        return QJsonValue(out);
    }
    case Field::Type::TextList: {
        QJsonArray out;
        for (const QString &t : texts) {
            SF_TRY(v, textOf(f, name, t));
            out.append(v);
        }
        return QJsonValue(out);
    }
    }
    return QJsonValue();
}

} // namespace

std::variant<QJsonObject, ApiError> readForm(const FormParams &params, const QList<Field> &fields, bool partial, QJsonObject base)
{
    for (const Field &f : fields) {
        const QStringList texts = params.values(f.param);
        if (texts.isEmpty() || (texts.size() == 1 && texts.first().isEmpty() && f.type != Field::Type::Text)) {
            if (f.required && !(partial && base.contains(f.json)))
                return ApiError::badRequest(QStringLiteral("%1: the parameter is missing").arg(f.param));
            continue;
        }
        SF_TRY(value, fromText(f, f.param, texts));
        base.insert(f.json, value);
    }
    return base;
}

std::variant<QJsonObject, ApiError> readJson(const QJsonObject &body, const QList<Field> &fields, bool partial, QJsonObject base)
{
    for (const Field &f : fields) {
        const QJsonValue v = body.value(f.json);
        if (v.isUndefined() || v.isNull()) {
            if (f.required && !(partial && base.contains(f.json)))
                return ApiError::badRequest(QStringLiteral("%1: is missing").arg(f.json));
            continue;
        }
        QStringList texts;
        const bool list = f.type == Field::Type::IntegerList || f.type == Field::Type::TextList;
        if (list != v.isArray())
            return ApiError::badRequest(QStringLiteral("%1: must be %2").arg(f.json, list ? QStringLiteral("a list") : QStringLiteral("a single value")));
        const QJsonArray items = list ? v.toArray() : QJsonArray{v};
        for (const QJsonValue &item : items) {
            const bool wantsNumber = f.type == Field::Type::Integer || f.type == Field::Type::IntegerList;
            if (wantsNumber && !item.isDouble() && !item.isString())
                return ApiError::badRequest(QStringLiteral("%1: must be a number").arg(f.json));
            if (f.type == Field::Type::Boolean && !item.isBool())
                return ApiError::badRequest(QStringLiteral("%1: must be true or false").arg(f.json));
            if (!wantsNumber && f.type != Field::Type::Boolean && !item.isString())
                return ApiError::badRequest(QStringLiteral("%1: must be text").arg(f.json));
            texts.append(item.isDouble() ? QString::number(item.toInteger()) : item.isBool() ? (item.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                                                             : item.toString());
        }
        if (list && texts.isEmpty()) {
            base.insert(f.json, QJsonArray());
            continue;
        }
        SF_TRY(value, fromText(f, f.json, texts));
        base.insert(f.json, value);
    }
    return base;
}

} // namespace scanflow
