#include "StepRequest.h"

#include "JsonTemplate.h"
#include "MetadataExport.h"
#include "UrlCheck.h"
#include "WorkflowJson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace scanflow {

namespace {

QString methodName(HttpMethod m) { return toString(m); }

bool hasLineBreak(const QString &s)
{
    return s.contains(u'\r') || s.contains(u'\n') || s.contains(QChar(0));
}

} // namespace

void publishCustomValues(const Step &step, PlaceholderContext &context)
{
    for (const Parameter &p : step.params) {
        if (p.type == ParamType::Custom)
            context.setCustomValue(p.key, p.value);
    }
}

Result<QString> resolveParameter(const Parameter &param, const PlaceholderContext &context)
{
    const auto fail = [&](const QString &why) {
        return Result<QString>::failure(QStringLiteral("parameter \"%1\": %2").arg(param.key, why));
    };
    switch (param.type) {
    case ParamType::Custom:
        return param.value;
    case ParamType::User: {
        if (const auto v = context.lookup(ParamType::User, param.key))
            return *v;
        return fail(QStringLiteral("the user has not entered \"%1\" (not authorized)").arg(param.value));
    }
    case ParamType::System:
    case ParamType::Terminal:
    case ParamType::Response:
        break;
    }
    const QString source = param.type == ParamType::System ? QStringLiteral("system value")
                         : param.type == ParamType::Terminal ? QStringLiteral("terminal value")
                                                             : QStringLiteral("response value");
    const QString value = param.value.trimmed();
    // A bare name, or one placeholder with an optional modifier, is looked up in its source.
    const auto whole = placeholderAt(value, 0);
    if ((whole && whole->length == value.size()) || isValidKey(value)) {
        const PlaceholderMatch m = whole && whole->length == value.size() ? *whole : PlaceholderMatch{0, value, {}};
        const auto found = context.lookup(param.type, m.name);
        if (!found)
            return fail(QStringLiteral("%1 \"%2\" is not available").arg(source, m.name));
        const auto modified = applyModifier(*found, m.modifier);
        if (!modified)
            return fail(QStringLiteral("unknown modifier \"%1\"").arg(m.modifier));
        return *modified;
    }
    // A text with placeholders: filled from the whole namespace.
    const RenderResult r = renderPlaceholders(param.value, context);
    if (!r.unresolved.isEmpty())
        return fail(QStringLiteral("placeholder [%1] has no value").arg(r.unresolved.first()));
    return r.text;
}

Result<QUrl> renderUrl(const QString &urlTemplate, const PlaceholderContext &context)
{
    QString head;
    QStringList unresolved;
    int start = 0;
    if (const auto m = placeholderAt(urlTemplate, 0)) {
        if (const auto v = resolvePlaceholder(*m, context))
            head = *v;
        else {
            head = urlTemplate.left(m->length);
            unresolved.append(m->name);
        }
        start = m->length;
    }
    const RenderResult rest = renderPlaceholders(urlTemplate.mid(start), context, [](const QString &v) {
        return QString::fromLatin1(QUrl::toPercentEncoding(v));
    });
    unresolved += rest.unresolved;
    return validateUrl(head + rest.text, unresolved);
}

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

Result<StepRequest> prepareStep(const Workflow &workflow, int index,
                                const PlaceholderContext &context, const DocumentInfo &doc)
{
    const Step &step = workflow.destination.steps.at(index);
    const bool isDelivery = step.kind == StepKind::Delivery;
    StepRequest r;
    r.method = methodName(step.method).toLatin1();

    auto url = renderUrl(isDelivery ? workflow.destination.url : step.url, context);
    if (!url)
        return Result<StepRequest>::failure(url.error());
    r.url = *url;

    QList<QPair<QString, QString>> form; // Form/Body parameters, in table order
    for (const Parameter &p : step.params) {
        // A row that is not sent is not resolved either, so it cannot fail the step (Z4).
        if (step.ignores(p) != Step::Ignored::No)
            continue;
        const auto value = resolveParameter(p, context);
        if (!value)
            return Result<StepRequest>::failure(value.error());
        if (p.location == ParamLocation::Header) {
            if (hasLineBreak(*value))
                return Result<StepRequest>::failure(QStringLiteral("header \"%1\": the value contains a line break").arg(p.key));
            r.headers.append({p.key.toLatin1(), value->toUtf8()});
        } else {
            form.append({p.key, *value});
        }
    }

    if (isDelivery) {
        if (step.body == BodyType::Raw) {
            // R8 raw: the file is the whole body; form/body parameters and metadata are not sent.
            r.bodyKind = StepRequest::BodyKind::RawFile;
            r.contentType = doc.mimeType.toLatin1();
            return r;
        }
        r.bodyKind = StepRequest::BodyKind::Multipart;
        for (const auto &[key, value] : form)
            r.parts.append({key.toUtf8(), {}, {}, value.toUtf8(), false});
        const Metadata &md = workflow.destination.metadata;
        if (md.enabled) {
            const auto meta = renderMetadata(workflow, context);
            if (!meta)
                return Result<StepRequest>::failure(meta.error());
            if (md.inFormField)
                r.parts.append({md.formFieldName.toUtf8(), {}, {}, meta->content, false});
            else
                r.parts.append({QByteArray("metadata"), meta->fileName, meta->contentType, meta->content, false});
        }
        r.parts.append({(step.fileField.isEmpty() ? QStringLiteral("file") : step.fileField).toUtf8(), deliveredFileName(doc),
                        doc.mimeType.toLatin1(), {}, true});
        return r;
    }

    // R9 request step; GET (and body None) put form/body parameters in the query string (R7).
    if (step.method == HttpMethod::Get || step.body == BodyType::None) {
        if (!form.isEmpty()) {
            const QByteArray existing = r.url.query(QUrl::FullyEncoded).toLatin1();
            const QByteArray added = formEncode(form);
            r.url.setQuery(QString::fromLatin1(existing.isEmpty() ? added : existing + '&' + added),
                           QUrl::StrictMode);
        }
        r.bodyKind = step.method == HttpMethod::Get ? StepRequest::BodyKind::None
                                                    : StepRequest::BodyKind::Bytes;
        return r;
    }
    r.bodyKind = StepRequest::BodyKind::Bytes;
    if (step.body == BodyType::Form) {
        r.bytes = formEncode(form);
        r.contentType = "application/x-www-form-urlencoded";
    } else if (step.jsonSource == JsonSource::Parameters) {
        QJsonObject object;
        for (const auto &[key, value] : form)
            object.insert(key, value);
        r.bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
        r.contentType = "application/json";
    } else {
        const auto json = renderJsonTemplate(step.jsonTemplate, context);
        if (!json)
            return Result<StepRequest>::failure(json.error());
        r.bytes = *json;
        r.contentType = "application/json";
    }
    return r;
}

QString StepRequest::describeBody(const DocumentInfo &doc) const
{
    const QString file = QStringLiteral("<file %1, %2 bytes, %3>")
                             .arg(deliveredFileName(doc)).arg(doc.fileSize).arg(doc.mimeType);
    switch (bodyKind) {
    case BodyKind::None: return {};
    case BodyKind::Bytes: return QString::fromUtf8(bytes);
    case BodyKind::RawFile: return file;
    case BodyKind::Multipart: {
        QStringList lines;
        for (const Part &p : parts) {
            if (p.isScannedFile)
                lines.append(QStringLiteral("part \"%1\": %2").arg(QString::fromUtf8(p.name), file));
            else if (!p.fileName.isEmpty())
                lines.append(QStringLiteral("part \"%1\" (file %2, %3): %4").arg(QString::fromUtf8(p.name), p.fileName,
                                                                                QString::fromLatin1(p.contentType), QString::fromUtf8(p.bytes)));
            else
                lines.append(QStringLiteral("part \"%1\": %2").arg(QString::fromUtf8(p.name), QString::fromUtf8(p.bytes)));
        }
        return lines.join(u'\n');
    }
    }
    return {};
}

} // namespace scanflow
