#include "FormParams.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace scanflow {

namespace {

void addUrlEncoded(QByteArray text, QList<QPair<QString, QString>> *out)
{
    text.replace('+', ' '); // form encoding; a literal plus arrives as %2B
    for (const QByteArray &pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        out->append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
}

} // namespace

std::variant<FormParams, ApiError> FormParams::parse(const ApiRequest &request)
{
    FormParams p;
    const QByteArray type = request.header("Content-Type").trimmed().toLower();
    if (request.form) {
        // A big upload the transport split as it arrived.
        if (!request.form->error.isEmpty())
            return ApiError::badRequest(QStringLiteral("the multipart/form-data body cannot be read: %1").arg(request.form->error));
        p.m_spooled = request.form;
        p.addParts(request.form->parts);
    } else if (!request.bodyFile.isEmpty()) {
        // A big upload the transport spooled to disk as it came: its file parts go to files beside it.
        if (!type.startsWith("multipart/form-data"))
            return ApiError::badRequest(QStringLiteral("a body this big must be multipart/form-data"));
        auto form = std::make_shared<SpooledForm>();
        form->parts = parseMultipartFile(request.bodyFile, request.header("Content-Type"), QFileInfo(request.bodyFile).path(), &form->error);
        if (form->parts.isEmpty())
            return ApiError::badRequest(QStringLiteral("the multipart/form-data body cannot be read: %1").arg(form->error));
        p.m_spooled = form;
        p.addParts(form->parts);
    } else if (type.startsWith("multipart/form-data")) {
        const QList<MultipartPart> parts = parseMultipart(request.body, request.header("Content-Type"));
        if (parts.isEmpty() && !request.body.isEmpty())
            return ApiError::badRequest(QStringLiteral("the multipart/form-data body cannot be read"));
        p.addParts(parts);
    } else if (!request.body.isEmpty() && !type.startsWith("application/json")) {
        // curl -d sends application/x-www-form-urlencoded; so do clients that send no type.
        addUrlEncoded(request.body, &p.m_items);
    }
    addUrlEncoded(request.query.toString(QUrl::FullyEncoded).toUtf8(), &p.m_items);
    return p;
}

void FormParams::addParts(const QList<MultipartPart> &parts)
{
    m_parts = parts;
    for (const MultipartPart &part : parts) {
        if (part.fileName.isEmpty() && part.spoolPath.isEmpty())
            m_items.append({QString::fromUtf8(part.name), QString::fromUtf8(part.body)});
    }
}

bool FormParams::has(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QString FormParams::value(const QString &name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

QStringList FormParams::values(const QString &name) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (item.first == name)
            out.append(item.second);
    }
    return out;
}

const MultipartPart *FormParams::file(const QString &name) const
{
    for (const MultipartPart &part : m_parts) {
        if (QString::fromUtf8(part.name) == name)
            return &part;
    }
    return nullptr;
}

Status FormParams::saveFile(const MultipartPart &part, const QString &destination) const
{
    if (!part.spoolPath.isEmpty()) {
        QFile::remove(destination);
        if (QFile::rename(part.spoolPath, destination) || QFile::copy(part.spoolPath, destination))
            return Status::success();
        return Status::failure(QStringLiteral("%1: cannot store the uploaded file").arg(QString::fromUtf8(part.name)));
    }
    QSaveFile file(destination);
    if (!file.open(QIODevice::WriteOnly) || file.write(part.body) != part.body.size() || !file.commit())
        return Status::failure(QStringLiteral("%1: cannot store the uploaded file: %2").arg(QString::fromUtf8(part.name), file.errorString()));
    return Status::success();
}

qint64 FormParams::sizeOf(const MultipartPart &part) const
{
    return part.spoolPath.isEmpty() ? part.body.size() : QFileInfo(part.spoolPath).size();
}

std::variant<QString, ApiError> FormParams::required(const QString &name) const
{
    if (!has(name))
        return ApiError::badRequest(QStringLiteral("%1: the parameter is missing").arg(name));
    const QString v = value(name);
    if (v.trimmed().isEmpty())
        return ApiError::badRequest(QStringLiteral("%1: must not be empty").arg(name));
    return v;
}

std::variant<qint64, ApiError> FormParams::integer(const QString &name, qint64 fallback, qint64 min, qint64 max) const
{
    if (!has(name) || value(name).isEmpty())
        return fallback;
    bool ok = false;
    const qint64 n = value(name).trimmed().toLongLong(&ok);
    if (!ok)
        return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not a number").arg(name, value(name)));
    if (n < min || n > max)
        return ApiError::badRequest(QStringLiteral("%1: %2 is not between %3 and %4").arg(name).arg(n).arg(min).arg(max));
    return n;
}

std::variant<qint64, ApiError> FormParams::requiredInteger(const QString &name, qint64 min, qint64 max) const
{
    if (!has(name) || value(name).isEmpty())
        return ApiError::badRequest(QStringLiteral("%1: the parameter is missing").arg(name));
    return integer(name, 0, min, max);
}

std::variant<bool, ApiError> FormParams::boolean(const QString &name, bool fallback) const
{
    if (!has(name) || value(name).isEmpty())
        return fallback;
    const QString v = value(name).trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("false") || v == QLatin1String("0"))
        return false;
    return ApiError::badRequest(QStringLiteral("%1: \"%2\" is not true or false").arg(name, value(name)));
}

} // namespace scanflow
