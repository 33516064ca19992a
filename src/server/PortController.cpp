#include "PortController.h"

#include "AuthProviderRepository.h"
#include "Authenticator.h"
#include "Entities.h"
#include "Fields.h"
#include "UserController.h"

#include <QJsonArray>

namespace scanflow::PortController {

namespace {

const QList<Field> &outputFields()
{
    using T = Field::Type;
    static const QList<Field> fields{
        {QStringLiteral("domainname"), QStringLiteral("domainName"), T::Text, true},
        {QStringLiteral("portname"), QStringLiteral("portName"), T::Text, true},
        {QStringLiteral("address"), QStringLiteral("address"), T::Text, true},
        {QStringLiteral("porttype"), QStringLiteral("portType"), T::Integer, true, 0, 1},
        {QStringLiteral("serviceid"), QStringLiteral("serviceIds"), T::IntegerList, false, 0},
        {QStringLiteral("vendor"), QStringLiteral("vendor"), T::Text, false, 0, 0,
         {QStringLiteral("unknown"), QStringLiteral("fujifilm"), QStringLiteral("ricoh"), QStringLiteral("km"), QStringLiteral("sharp"),
          QStringLiteral("hp"), QStringLiteral("lexmark"), QStringLiteral("xerox"), QStringLiteral("kyocera"), QStringLiteral("toshiba"),
          QStringLiteral("canon"), QStringLiteral("brother"), QStringLiteral("epson"), QStringLiteral("eop")}},
        {QStringLiteral("embedded"), QStringLiteral("embedded"), T::Boolean},
        {QStringLiteral("printprotocol"), QStringLiteral("printProtocol"), T::Integer, false, 0, 2},
        {QStringLiteral("outputtype"), QStringLiteral("outputType"), T::Integer, false, 0, 5,
         {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}},
        {QStringLiteral("reversefinisher"), QStringLiteral("reverseFinisher"), T::Boolean},
        {QStringLiteral("printerippurl"), QStringLiteral("printerIppUrl"), T::Text},
        {QStringLiteral("modelfamily"), QStringLiteral("modelFamily"), T::Integer, false, 0, 2},
        {QStringLiteral("monochromeprinter"), QStringLiteral("monochromePrinter"), T::Boolean},
        {QStringLiteral("ipreaderaddress"), QStringLiteral("ipReaderAddress"), T::Text},
        {QStringLiteral("embeddedconfiguration"), QStringLiteral("embeddedConfiguration"), T::Integer, false, 0},
        {QStringLiteral("deviceserial"), QStringLiteral("deviceSerial"), T::Text},
        {QStringLiteral("matchinginputport"), QStringLiteral("matchingInputPort"), T::Boolean},
        {QStringLiteral("description"), QStringLiteral("description"), T::Text},
        {QStringLiteral("softwareCopyCollation"), QStringLiteral("softwareCopyCollation"), T::Boolean},
        {QStringLiteral("sendusername"), QStringLiteral("sendUserName"), T::Boolean}};
    return fields;
}

const QList<Field> &inputFields()
{
    using T = Field::Type;
    static const QList<Field> fields{
        {QStringLiteral("domainname"), QStringLiteral("domainName"), T::Text, true},
        {QStringLiteral("portname"), QStringLiteral("portName"), T::Text, true},
        {QStringLiteral("porttype"), QStringLiteral("portType"), T::Integer, true, 0, 1},
        {QStringLiteral("outputportid"), QStringLiteral("outputPortId"), T::Integer, false, 0},
        {QStringLiteral("portFlags"), QStringLiteral("portFlags"), T::Integer, false, 0},
        {QStringLiteral("locationid"), QStringLiteral("locationId"), T::Integer, false, 0}};
    return fields;
}

// The references a port makes must exist: its account, and its location or mapped output port.
std::optional<ApiError> checkReferences(Database &db, const QJsonObject &port)
{
    const auto account = Entities::requireAccount(db, QStringLiteral("domainname"), port.value(QStringLiteral("domainName")).toString());
    if (const auto *e = std::get_if<ApiError>(&account))
        return *e;
    const auto exists = [&](const char *json, const QString &kind, const char *param) -> std::optional<ApiError> {
        const qint64 id = port.value(QString::fromLatin1(json)).toInteger();
        if (id == 0)
            return std::nullopt;
        const auto found = Entities::find(db, kind, id, QString::fromLatin1(param));
        if (const auto *e = std::get_if<ApiError>(&found))
            return e->status == 404 ? ApiError::badRequest(e->message) : *e;
        return std::nullopt;
    };
    if (auto e = exists("locationId", Entities::Location, "locationid"))
        return e;
    return exists("outputPortId", Entities::OutputPort, "outputportid");
}

// "Ports for user": with `username` (and `providerid`, guessed when absent), the ports of the
// accounts the user's authentication provider serves — the accounts its domain names name, and
// the containers below them; a provider that names no domain serves every account. Nothing to
// filter by without `username`.
std::variant<std::optional<QStringList>, ApiError> userDomains(Database &db, const FormParams &p)
{
    using R = std::variant<std::optional<QStringList>, ApiError>;
    const QString name = p.value(QStringLiteral("username")).trimmed();
    SF_TRY(providerId, p.integer(QStringLiteral("providerid"), 0, 0, std::numeric_limits<qint64>::max()));
    if (name.isEmpty()) {
        if (providerId != 0)
            return ApiError::badRequest(QStringLiteral("username: required with providerid"));
        return R(std::optional<QStringList>());
    }
    SF_TRY(user, UserController::named(db, name, providerId));
    const auto provider = AuthProviderRepository(db).get(user.providerId);
    if (!provider)
        return ApiError::internal(provider.error());
    if (!provider->has_value() || (*provider)->domainNames.isEmpty())
        return R(std::optional<QStringList>());
    QStringList domains;
    for (const QString &domain : (*provider)->domainNames) {
        SF_TRY(account, Entities::accountByDomain(db, domain));
        if (!account)
            continue;
        SF_TRY(subtree, Entities::accountSubtree(db, account->value(QStringLiteral("id")).toInteger()));
        domains += Entities::domainsOf(subtree);
    }
    return R(std::optional<QStringList>(domains));
}

QList<QJsonObject> inDomains(const QList<QJsonObject> &ports, const std::optional<QStringList> &domains)
{
    if (!domains)
        return ports;
    QList<QJsonObject> out;
    for (const QJsonObject &port : ports) {
        if (domains->contains(port.value(QStringLiteral("domainName")).toString().toLower()))
            out.append(port);
    }
    return out;
}

QJsonArray enriched(Database &db, const QList<QJsonObject> &ports, bool enrich)
{
    QJsonArray out;
    for (QJsonObject port : ports) {
        if (enrich) {
            const auto account = Entities::accountByDomain(db, port.value(QStringLiteral("domainName")).toString());
            if (const auto *a = std::get_if<std::optional<QJsonObject>>(&account); a && *a) {
                port.insert(QStringLiteral("accountId"), (*a)->value(QStringLiteral("id")));
                port.insert(QStringLiteral("containerId"), (*a)->value(QStringLiteral("accountType")).toInt() == 3
                                                               ? (*a)->value(QStringLiteral("id")) : QJsonValue(0));
                if (!port.contains(QStringLiteral("locationId")))
                    port.insert(QStringLiteral("locationId"), (*a)->value(QStringLiteral("locationId")).toInteger());
            }
        }
        out.append(port);
    }
    return out;
}

ApiResult saveOutput(Database &db, QJsonObject port, qint64 id)
{
    if (const auto e = checkReferences(db, port))
        return *e;
    EntityRepository ports(db, Entities::OutputPort);
    if (id > 0) {
        const auto updated = ports.update(id, port);
        if (!updated)
            return ApiError::internal(updated.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("output port updated"), id));
    }
    qint64 created = 0;
    const Status s = db.transaction([&]() -> Status {
        const auto made = ports.create(port);
        if (!made)
            return Status::failure(made.error());
        created = *made;
        if (!port.value(QStringLiteral("matchingInputPort")).toBool())
            return Status::success();
        // "If true, a matching input port is automatically created": a push queue to it.
        const auto queue = EntityRepository(db, Entities::InputPort).create({
            {QStringLiteral("domainName"), port.value(QStringLiteral("domainName"))},
            {QStringLiteral("portName"), port.value(QStringLiteral("portName"))},
            {QStringLiteral("portType"), 1},
            {QStringLiteral("outputPortId"), created}});
        return queue ? Status::success() : Status::failure(queue.error());
    });
    if (!s)
        return ApiError::internal(s.error());
    return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("output port created"), created));
}

} // namespace

ApiHandler outputList(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(enrich, p.boolean(QStringLiteral("enrichPorts"), false));
        SF_TRY(domains, userDomains(db, p));
        SF_TRY(ports, Entities::all(db, Entities::OutputPort));
        return ApiResponse::json(200, enriched(db, inDomains(ports, domains), enrich));
    };
}

ApiHandler outputCreate(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(port, readForm(p, outputFields(), false));
        return saveOutput(db, port, 0);
    };
}

ApiHandler outputPut(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(id, p.integer(QStringLiteral("id"), 0, 0, std::numeric_limits<qint64>::max()));
        if (const auto denied = Authenticator::require(r, QLatin1String(id == 0 ? "CreateOutputPort" : "ModifyOutputPort")))
            return *denied;
        if (id == 0) {
            SF_TRY(port, readForm(p, outputFields(), false));
            return saveOutput(db, port, 0);
        }
        SF_TRY(existing, Entities::find(db, Entities::OutputPort, id, QStringLiteral("id")));
        SF_TRY(port, readForm(p, outputFields(), true, existing));
        return saveOutput(db, port, id);
    };
}

ApiHandler outputPatch(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(existing, Entities::fromPath(db, Entities::OutputPort, r, QStringLiteral("outputportid")));
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(port, readForm(p, outputFields(), true, existing));
        return saveOutput(db, port, existing.value(QStringLiteral("id")).toInteger());
    };
}

ApiHandler outputMove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(port, Entities::fromPath(db, Entities::OutputPort, r, QStringLiteral("outputportid")));
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(from, p.required(QStringLiteral("domainname")));
        SF_TRY(to, p.required(QStringLiteral("destinationdomainname")));
        if (port.value(QStringLiteral("domainName")).toString().compare(from, Qt::CaseInsensitive) != 0)
            return ApiError::badRequest(QStringLiteral("domainname: the port is in \"%1\", not \"%2\"").arg(port.value(QStringLiteral("domainName")).toString(), from));
        SF_TRY(source, Entities::requireAccount(db, QStringLiteral("domainname"), from));
        SF_TRY(target, Entities::requireAccount(db, QStringLiteral("destinationdomainname"), to));
        // "Only within the same parent account": both must lie under the same customer.
        SF_TRY(accounts, Entities::all(db, Entities::Account));
        const auto customerOf = [&](QJsonObject a) {
            for (int depth = 0; depth < 32 && a.value(QStringLiteral("accountType")).toInt() == 3; ++depth) {
                const qint64 parent = a.value(QStringLiteral("parentId")).toInteger();
                const auto it = std::find_if(accounts.cbegin(), accounts.cend(), [&](const QJsonObject &x) { return x.value(QStringLiteral("id")).toInteger() == parent; });
                if (it == accounts.cend())
                    break;
                a = *it;
            }
            return a.value(QStringLiteral("id")).toInteger();
        };
        if (customerOf(source) != customerOf(target))
            return ApiError::badRequest(QStringLiteral("destinationdomainname: \"%1\" is outside the port's account hierarchy").arg(to));
        port.insert(QStringLiteral("domainName"), to);
        const qint64 id = port.value(QStringLiteral("id")).toInteger();
        if (const auto s = EntityRepository(db, Entities::OutputPort).update(id, port); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("output port moved"), id));
    };
}

ApiHandler outputRemove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(port, Entities::fromPath(db, Entities::OutputPort, r, QStringLiteral("outputportid")));
        const qint64 id = port.value(QStringLiteral("id")).toInteger();
        // An input port mapped to it would point nowhere: it stays while one does.
        SF_TRY(inputs, Entities::all(db, Entities::InputPort));
        QStringList mapped;
        for (const QJsonObject &input : inputs) {
            if (input.value(QStringLiteral("outputPortId")).toInteger() == id)
                mapped.append(u'"' + input.value(QStringLiteral("portName")).toString() + u'"');
        }
        if (!mapped.isEmpty())
            return ApiError::badRequest(QStringLiteral("outputportid: input port %1 maps to output port %2; delete or remap it first")
                                            .arg(mapped.join(QLatin1String(", "))).arg(id));
        if (const auto s = EntityRepository(db, Entities::OutputPort).remove(id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("output port %1 deleted").arg(id)));
    };
}

ApiHandler inputList(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(enrich, p.boolean(QStringLiteral("enrichPorts"), false));
        QList<qint64> locations;
        for (const QString &l : p.values(QStringLiteral("locationids"))) {
            bool ok = false;
            locations.append(l.toLongLong(&ok));
            if (!ok)
                return ApiError::badRequest(QStringLiteral("locationids: \"%1\" is not a number").arg(l));
        }
        SF_TRY(domains, userDomains(db, p));
        SF_TRY(ports, Entities::all(db, Entities::InputPort));
        QList<QJsonObject> wanted;
        for (const QJsonObject &port : inDomains(ports, domains)) {
            if (locations.isEmpty() || locations.contains(port.value(QStringLiteral("locationId")).toInteger()))
                wanted.append(port);
        }
        return ApiResponse::json(200, enriched(db, wanted, enrich));
    };
}

ApiHandler inputPut(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(id, p.integer(QStringLiteral("id"), 0, 0, std::numeric_limits<qint64>::max()));
        if (const auto denied = Authenticator::require(r, QLatin1String(id == 0 ? "CreateInputPort" : "ModifyInputPort")))
            return *denied;
        QJsonObject existing;
        if (id > 0) {
            SF_TRY(found, Entities::find(db, Entities::InputPort, id, QStringLiteral("id")));
            existing = found;
        }
        SF_TRY(port, readForm(p, inputFields(), id > 0, existing));
        if (const auto e = checkReferences(db, port))
            return *e;
        EntityRepository ports(db, Entities::InputPort);
        if (id > 0) {
            if (const auto s = ports.update(id, port); !s)
                return ApiError::internal(s.error());
            return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("input port updated"), id));
        }
        const auto made = ports.create(port);
        if (!made)
            return ApiError::internal(made.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("input port created"), *made));
    };
}

ApiHandler inputRemove(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(port, Entities::fromPath(db, Entities::InputPort, r, QStringLiteral("inputportid")));
        const qint64 id = port.value(QStringLiteral("id")).toInteger();
        if (const auto s = EntityRepository(db, Entities::InputPort).remove(id); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("input port %1 deleted").arg(id)));
    };
}

} // namespace scanflow::PortController
