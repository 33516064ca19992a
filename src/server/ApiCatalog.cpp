#include "ApiCatalog.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace scanflow {

namespace {

QJsonObject ref(const QString &schema)
{
    return {{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schema)}};
}

QJsonObject errorAnswer(const QString &description)
{
    return {{QStringLiteral("description"), description},
            {QStringLiteral("content"), QJsonObject{{QStringLiteral("application/json"),
                                                     QJsonObject{{QStringLiteral("schema"), ref(QStringLiteral("ErrorCodeInfo"))}}}}}};
}

QString operationId(const Endpoint &e)
{
    // "GET /api/v1/users/{username}/groups" → "getUsersUsernameGroups"
    QString id = QString::fromLatin1(e.method).toLower();
    if (id == QLatin1String("*"))
        id = QStringLiteral("any");
    for (QString part : e.path.split(QRegularExpression(QStringLiteral("[/{}*.]")), Qt::SkipEmptyParts)) {
        if (part == QLatin1String("api") || part == QLatin1String("v1"))
            continue;
        part[0] = part.at(0).toUpper();
        id += part;
    }
    return id;
}

} // namespace

QJsonObject ApiCatalog::openApi(const QString &version) const
{
    QJsonObject paths;
    static const QRegularExpression param(QStringLiteral("\\{\\*?([A-Za-z]+)\\}"));
    const QStringList methods{QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"), QStringLiteral("delete"),
                              QStringLiteral("patch"), QStringLiteral("head")};
    for (const Endpoint &e : m_endpoints) {
        QString path = e.path;
        path.replace(QLatin1String("{*"), QLatin1String("{"));
        QJsonObject item = paths.value(path).toObject();
        QJsonArray parameters;
        for (auto it = param.globalMatch(e.path); it.hasNext();) {
            const QString name = it.next().captured(1);
            parameters.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("in"), QStringLiteral("path")},
                                          {QStringLiteral("required"), true},
                                          {QStringLiteral("schema"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}});
        }
        QJsonObject responses{{QStringLiteral("200"), QJsonObject{{QStringLiteral("description"), QStringLiteral("Success")}}},
                              {QStringLiteral("400"), errorAnswer(QStringLiteral("A parameter is missing or wrong; the message names it"))}};
        QJsonArray security;
        if (!e.open) {
            responses.insert(QStringLiteral("401"), errorAnswer(QStringLiteral("A user token is needed, or it is not valid")));
            responses.insert(QStringLiteral("403"), errorAnswer(QStringLiteral("The key or the user lacks a permission")));
            security.append(QJsonObject{{QStringLiteral("ApiKey"), QJsonArray()}});
            security.append(QJsonObject{{QStringLiteral("ApiKey"), QJsonArray()}, {QStringLiteral("UserToken"), QJsonArray()}});
            if (e.access.keyOptional)
                security.append(QJsonObject());
        }
        if (e.path.contains(u'{'))
            responses.insert(QStringLiteral("404"), errorAnswer(QStringLiteral("Nothing has that id")));
        QJsonObject operation{{QStringLiteral("summary"), e.summary},
                              {QStringLiteral("operationId"), operationId(e)},
                              {QStringLiteral("tags"), QJsonArray{e.tag}},
                              {QStringLiteral("responses"), responses},
                              {QStringLiteral("security"), security},
                              {QStringLiteral("x-permissions"), QJsonArray::fromStringList(e.access.permissions)},
                              {QStringLiteral("x-requires-advanced-permissions"), e.access.advanced},
                              {QStringLiteral("x-requires-user-token"), e.access.userTokenRequired},
                              {QStringLiteral("x-requires-device"), e.access.deviceRequired},
                              {QStringLiteral("x-device-or-untrusted-key"), e.access.untrustedEndpoint},
                              {QStringLiteral("x-device-may-name-user"), e.access.deviceMayAct},
                              {QStringLiteral("x-refuses-insecure-key"), e.access.secureKey},
                              {QStringLiteral("x-requires-user-or-device"), e.access.callerNamed}};
        if (!parameters.isEmpty())
            operation.insert(QStringLiteral("parameters"), parameters);
        const QStringList verbs = e.method == "*" ? methods : QStringList{QString::fromLatin1(e.method).toLower()};
        for (const QString &verb : verbs) {
            QJsonObject op = operation;
            if (verbs.size() > 1)
                op.insert(QStringLiteral("operationId"), QString(operationId(e) + verb.at(0).toUpper() + verb.mid(1)));
            item.insert(verb, op);
        }
        paths.insert(path, item);
    }
    QJsonArray tags;
    QStringList seen;
    for (const Endpoint &e : m_endpoints) {
        if (!seen.contains(e.tag)) {
            seen.append(e.tag);
            tags.append(QJsonObject{{QStringLiteral("name"), e.tag}, {QStringLiteral("description"), e.tag}});
        }
    }
    const QJsonObject errorCodeInfo{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("errorCode"), QStringLiteral("message")}},
        {QStringLiteral("properties"), QJsonObject{
             {QStringLiteral("errorCode"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
             {QStringLiteral("message"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}},
             {QStringLiteral("id"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}}}}};
    return {
        {QStringLiteral("openapi"), QStringLiteral("3.0.3")},
        {QStringLiteral("info"), QJsonObject{{QStringLiteral("title"), QStringLiteral("ScanFlow management API")},
                                             {QStringLiteral("version"), version},
                                             {QStringLiteral("description"), QStringLiteral("The print-management and scan-workflow API of ScanFlow (docs/api.md).")},
                                             {QStringLiteral("license"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Proprietary")},
                                                                                     {QStringLiteral("url"), QStringLiteral("https://scanflow.invalid/license")}}}}},
        {QStringLiteral("servers"), QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("https://localhost:7300")}}}},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("paths"), paths},
        {QStringLiteral("components"), QJsonObject{
             {QStringLiteral("securitySchemes"), QJsonObject{
                  {QStringLiteral("ApiKey"), QJsonObject{{QStringLiteral("type"), QStringLiteral("apiKey")},
                                                         {QStringLiteral("in"), QStringLiteral("header")},
                                                         {QStringLiteral("name"), QStringLiteral("X-Api-Key")}}},
                  {QStringLiteral("UserToken"), QJsonObject{{QStringLiteral("type"), QStringLiteral("http")},
                                                            {QStringLiteral("scheme"), QStringLiteral("bearer")}}}}},
             {QStringLiteral("schemas"), QJsonObject{{QStringLiteral("ErrorCodeInfo"), errorCodeInfo}}}}}};
}

} // namespace scanflow
