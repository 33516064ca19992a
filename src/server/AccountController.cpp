#include "AccountController.h"

#include "AccessControlRepository.h"
#include "Entities.h"
#include "Fields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace scanflow::AccountController {

namespace {

const QStringList Locales{QStringLiteral("pt-BR"), QStringLiteral("zh"), QStringLiteral("cs"), QStringLiteral("da"), QStringLiteral("nl"),
                          QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("id"), QStringLiteral("it"),
                          QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("ms"), QStringLiteral("no"), QStringLiteral("pl"),
                          QStringLiteral("pt"), QStringLiteral("sk"), QStringLiteral("es"), QStringLiteral("sv"), QStringLiteral("th")};

// "letters, numbers, hyphens, and periods; any part … should begin and end with a letter or number"
std::optional<ApiError> checkDomains(Database &db, const QJsonArray &domains, qint64 ownerId)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
    for (const QJsonValue &d : domains) {
        const QString domain = d.toString();
        const QStringList parts = domain.split(u'.');
        if (domain.isEmpty() || std::any_of(parts.cbegin(), parts.cend(), [](const QString &p) { return !label.match(p).hasMatch(); }))
            return ApiError::badRequest(QStringLiteral("domainname: \"%1\" is not a domain name").arg(domain));
        const auto other = Entities::accountByDomain(db, domain);
        if (const auto *e = std::get_if<ApiError>(&other))
            return *e;
        const auto &found = std::get<std::optional<QJsonObject>>(other);
        if (found && found->value(QStringLiteral("id")).toInteger() != ownerId)
            return ApiError::conflict(QStringLiteral("domainname: \"%1\" belongs to another account").arg(domain));
    }
    return std::nullopt;
}

std::optional<ApiError> checkLocation(Database &db, const QJsonObject &o)
{
    if (!o.contains(QStringLiteral("locationId")) || o.value(QStringLiteral("locationId")).toInteger() == 0)
        return std::nullopt;
    const auto found = Entities::find(db, Entities::Location, o.value(QStringLiteral("locationId")).toInteger(), QStringLiteral("locationid"));
    if (const auto *e = std::get_if<ApiError>(&found))
        return e->status == 404 ? ApiError::badRequest(e->message) : *e;
    return std::nullopt;
}

// The account a request addresses: ?domainname= (when it names the account rather than sets
// its domains), else the Host it was sent to, else the root.
enum class DomainParam { Addresses, Sets };

std::variant<QJsonObject, ApiError> addressed(Database &db, const ApiRequest &r, DomainParam domainParam = DomainParam::Addresses)
{
    SF_TRY(p, FormParams::parse(r));
    const QString given = domainParam == DomainParam::Addresses ? p.value(QStringLiteral("domainname")) : QString();
    if (!given.isEmpty()) {
        SF_TRY(account, Entities::accountByDomain(db, given));
        if (!account)
            return ApiError::notFound(QStringLiteral("domainname: no account \"%1\"").arg(given));
        return *account;
    }
    const QString host = QString::fromLatin1(r.header("Host")).section(u':', 0, 0);
    SF_TRY(byHost, Entities::accountByDomain(db, host));
    if (byHost)
        return *byHost;
    SF_TRY(accounts, Entities::all(db, Entities::Account));
    for (const QJsonObject &a : accounts) {
        if (a.value(QStringLiteral("parentId")).toInteger() == 0)
            return a;
    }
    return ApiError::notFound(QStringLiteral("domainname: no account"));
}

QList<Field> containerFields(bool create)
{
    return {{QStringLiteral("domainname"), QStringLiteral("domainNames"), Field::Type::TextList, create},
            {QStringLiteral("containername"), QStringLiteral("name"), Field::Type::Text, create},
            {QStringLiteral("applicationname"), QStringLiteral("applicationName"), Field::Type::Text},
            {QStringLiteral("locationid"), QStringLiteral("locationId"), Field::Type::Integer, false, 0}};
}

} // namespace

Status ensureRootAccount(Database &db)
{
    EntityRepository accounts(db, Entities::Account);
    const auto all = accounts.list();
    if (!all)
        return Status::failure(all.error());
    if (!all->isEmpty())
        return Status::success();
    const auto id = accounts.create({{QStringLiteral("name"), QStringLiteral("ScanFlow")},
                                     {QStringLiteral("accountType"), 2},
                                     {QStringLiteral("domainNames"), QJsonArray{QStringLiteral("localhost")}},
                                     {QStringLiteral("applicationName"), QStringLiteral("ScanFlow")},
                                     {QStringLiteral("trustAllClients"), false},
                                     {QStringLiteral("parentId"), 0},
                                     {QStringLiteral("locale"), QStringLiteral("en")},
                                     {QStringLiteral("defaultPaperSize"), QStringLiteral("A4")},
                                     {QStringLiteral("theme"), QStringLiteral("blue")}});
    return id ? Status::success() : Status::failure(id.error());
}

ApiHandler get(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(account, addressed(db, r));
        return ApiResponse::json(200, account);
    };
}

ApiHandler create(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(p, FormParams::parse(r));
        static const QList<Field> fields{
            {QStringLiteral("parentdomain"), QStringLiteral("parentDomain"), Field::Type::Text, true},
            {QStringLiteral("accountname"), QStringLiteral("name"), Field::Type::Text, true},
            {QStringLiteral("accounttype"), QStringLiteral("accountType"), Field::Type::Integer, true, 1, 3},
            {QStringLiteral("domainname"), QStringLiteral("domainNames"), Field::Type::TextList, true},
            {QStringLiteral("applicationname"), QStringLiteral("applicationName"), Field::Type::Text, true},
            {QStringLiteral("trustallclients"), QStringLiteral("trustAllClients"), Field::Type::Boolean},
            {QStringLiteral("locationid"), QStringLiteral("locationId"), Field::Type::Integer, false, 0}};
        SF_TRY(account, readForm(p, fields, false));
        SF_TRY(parent, Entities::requireAccount(db, QStringLiteral("parentdomain"), account.take(QStringLiteral("parentDomain")).toString()));
        if (const auto e = checkDomains(db, account.value(QStringLiteral("domainNames")).toArray(), -1))
            return *e;
        if (const auto e = checkLocation(db, account))
            return *e;
        account.insert(QStringLiteral("parentId"), parent.value(QStringLiteral("id")));
        const auto id = EntityRepository(db, Entities::Account).create(account);
        if (!id)
            return ApiError::internal(id.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("account created"), *id));
    };
}

ApiHandler update(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        // "domainname: Account domain name. This parameter can be specified more than once":
        // PATCH sets the domain names (one or more) of the account its Host addresses.
        SF_TRY(account, addressed(db, r, DomainParam::Sets));
        SF_TRY(p, FormParams::parse(r));
        static const QList<Field> fields{
            {QStringLiteral("accountname"), QStringLiteral("name"), Field::Type::Text},
            {QStringLiteral("applicationname"), QStringLiteral("applicationName"), Field::Type::Text},
            {QStringLiteral("trustallclients"), QStringLiteral("trustAllClients"), Field::Type::Boolean},
            {QStringLiteral("locationid"), QStringLiteral("locationId"), Field::Type::Integer, false, 0},
            {QStringLiteral("locale"), QStringLiteral("locale"), Field::Type::Text, false, 0, 0, Locales},
            {QStringLiteral("defaultpapersize"), QStringLiteral("defaultPaperSize"), Field::Type::Text, false, 0, 0,
             {QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("A5"), QStringLiteral("Letter")}},
            {QStringLiteral("theme"), QStringLiteral("theme"), Field::Type::Text, false, 0, 0,
             {QStringLiteral("blue"), QStringLiteral("orange"), QStringLiteral("purple"), QStringLiteral("red"), QStringLiteral("green"), QStringLiteral("breeze")}}};
        SF_TRY(updated, readForm(p, fields, true, account));
        if (p.has(QStringLiteral("domainname"))) {
            const QJsonArray domains = QJsonArray::fromStringList(p.values(QStringLiteral("domainname")));
            if (const auto e = checkDomains(db, domains, account.value(QStringLiteral("id")).toInteger()))
                return *e;
            updated.insert(QStringLiteral("domainNames"), domains);
        }
        if (const auto e = checkLocation(db, updated))
            return *e;
        const qint64 id = account.value(QStringLiteral("id")).toInteger();
        if (const auto s = EntityRepository(db, Entities::Account).update(id, updated); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("account updated"), id));
    };
}

ApiHandler containers(Database &db)
{
    return [&db](const ApiRequest &) -> ApiResult {
        SF_TRY(accounts, Entities::all(db, Entities::Account));
        QJsonArray out;
        for (const QJsonObject &a : accounts) {
            if (a.value(QStringLiteral("accountType")).toInt() == 3)
                out.append(a);
        }
        return ApiResponse::json(200, out);
    };
}

ApiHandler updateContainer(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(container, Entities::fromPath(db, Entities::Account, r, QStringLiteral("id")));
        if (container.value(QStringLiteral("accountType")).toInt() != 3)
            return ApiError::notFound(QStringLiteral("id: account %1 is not a container").arg(container.value(QStringLiteral("id")).toInteger()));
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(updated, readForm(p, containerFields(true), true, container));
        const qint64 id = container.value(QStringLiteral("id")).toInteger();
        if (const auto e = checkDomains(db, updated.value(QStringLiteral("domainNames")).toArray(), id))
            return *e;
        if (const auto e = checkLocation(db, updated))
            return *e;
        if (const auto s = EntityRepository(db, Entities::Account).update(id, updated); !s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("container updated"), id));
    };
}

ApiHandler removeContainer(Database &db)
{
    return [&db](const ApiRequest &r) -> ApiResult {
        SF_TRY(container, Entities::fromPath(db, Entities::Account, r, QStringLiteral("id")));
        const qint64 id = container.value(QStringLiteral("id")).toInteger();
        if (container.value(QStringLiteral("accountType")).toInt() != 3)
            return ApiError::notFound(QStringLiteral("id: account %1 is not a container").arg(id));
        SF_TRY(p, FormParams::parse(r));
        SF_TRY(withSubnodes, p.boolean(QStringLiteral("withsubnodes"), false));
        // The subtree: every account below the container, at any depth, and the ports of all of
        // them (a port names its account by domain).
        SF_TRY(accounts, Entities::accountSubtree(db, id));
        const QStringList domains = Entities::domainsOf(accounts);
        QList<qint64> subtree;
        for (const QJsonObject &a : accounts)
            subtree.append(a.value(QStringLiteral("id")).toInteger());
        QList<std::pair<QString, qint64>> ports;
        QList<qint64> outputs;
        for (const QString &kind : {Entities::OutputPort, Entities::InputPort}) {
            SF_TRY(all, Entities::all(db, kind));
            for (const QJsonObject &port : all) {
                if (!domains.contains(port.value(QStringLiteral("domainName")).toString().toLower()))
                    continue;
                ports.append({kind, port.value(QStringLiteral("id")).toInteger()});
                if (kind == Entities::OutputPort)
                    outputs.append(port.value(QStringLiteral("id")).toInteger());
            }
        }
        // An input port elsewhere that maps to one of its output ports would point nowhere.
        SF_TRY(inputs, Entities::all(db, Entities::InputPort));
        for (const QJsonObject &input : inputs) {
            if (outputs.contains(input.value(QStringLiteral("outputPortId")).toInteger())
                && !domains.contains(input.value(QStringLiteral("domainName")).toString().toLower())) {
                return ApiError::badRequest(QStringLiteral("id: input port \"%1\" of another account maps to an output port of container %2; remap it first")
                                                .arg(input.value(QStringLiteral("portName")).toString()).arg(id));
            }
        }
        if (!withSubnodes && (subtree.size() > 1 || !ports.isEmpty())) {
            return ApiError::badRequest(QStringLiteral("withsubnodes: container %1 is not empty (%2 accounts, %3 ports); pass withsubnodes=true")
                                            .arg(id).arg(subtree.size() - 1).arg(ports.size()));
        }
        const Status s = db.transaction([&]() -> Status {
            for (const auto &[kind, portId] : ports) {
                if (const auto removed = EntityRepository(db, kind).remove(portId); !removed)
                    return Status::failure(removed.error());
            }
            // Roles given on these accounts go with them: a later account of the same domain
            // must not inherit them.
            const auto controls = AccessControlRepository(db).list();
            if (!controls)
                return Status::failure(controls.error());
            for (const AccessControl &c : *controls) {
                if (domains.contains(c.accountDomain.toLower())) {
                    if (const Status removed = AccessControlRepository(db).remove(c.id); !removed)
                        return removed;
                }
            }
            for (auto it = subtree.crbegin(); it != subtree.crend(); ++it) {
                if (const auto removed = EntityRepository(db, Entities::Account).remove(*it); !removed)
                    return Status::failure(removed.error());
            }
            return Status::success();
        });
        if (!s)
            return ApiError::internal(s.error());
        return ApiResponse::json(200, errorCodeInfo(0, QStringLiteral("container deleted"), id));
    };
}

} // namespace scanflow::AccountController
