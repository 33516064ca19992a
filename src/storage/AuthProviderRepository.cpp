#include "AuthProviderRepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace scanflow {

namespace {

QString domains(const QStringList &names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<AuthProvider>> AuthProviderRepository::list()
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "SELECT id, name, provider_type, type_configuration, priority, active, domain_names FROM auth_providers ORDER BY priority, id"));
    if (const Status s = m_db.exec(q, QStringLiteral("reading authentication providers")); !s)
        return Result<QList<AuthProvider>>::failure(s.error());
    QList<AuthProvider> out;
    while (q.next()) {
        AuthProvider p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.providerType = q.value(2).toInt();
        p.typeConfiguration = q.value(3).toString();
        p.priority = q.value(4).toInt();
        p.active = q.value(5).toInt() != 0;
        for (const QJsonValue &d : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
            p.domainNames.append(d.toString());
        out.append(p);
    }
    return out;
}

Result<std::optional<AuthProvider>> AuthProviderRepository::get(qint64 id)
{
    using R = Result<std::optional<AuthProvider>>;
    const auto all = list();
    if (!all)
        return R::failure(all.error());
    for (const AuthProvider &p : *all) {
        if (p.id == id)
            return R(std::optional<AuthProvider>(p));
    }
    return R(std::nullopt);
}

Result<qint64> AuthProviderRepository::create(const AuthProvider &p)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "INSERT INTO auth_providers (name, provider_type, type_configuration, priority, active, domain_names, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(p.name);
    q.addBindValue(p.providerType);
    q.addBindValue(p.typeConfiguration);
    q.addBindValue(p.priority);
    q.addBindValue(p.active ? 1 : 0);
    q.addBindValue(domains(p.domainNames));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return m_db.insert(q, QStringLiteral("creating authentication provider \"%1\"").arg(p.name));
}

Status AuthProviderRepository::update(const AuthProvider &p)
{
    QSqlQuery q = m_db.query(QStringLiteral(
        "UPDATE auth_providers SET name = ?, provider_type = ?, type_configuration = ?, priority = ?, active = ?, domain_names = ? WHERE id = ?"));
    q.addBindValue(p.name);
    q.addBindValue(p.providerType);
    q.addBindValue(p.typeConfiguration);
    q.addBindValue(p.priority);
    q.addBindValue(p.active ? 1 : 0);
    q.addBindValue(domains(p.domainNames));
    q.addBindValue(p.id);
    return m_db.exec(q, QStringLiteral("updating authentication provider %1").arg(p.id));
}

Status AuthProviderRepository::remove(qint64 id)
{
    QSqlQuery q = m_db.query(QStringLiteral("DELETE FROM auth_providers WHERE id = ?"));
    q.addBindValue(id);
    return m_db.exec(q, QStringLiteral("deleting authentication provider %1").arg(id));
}

} // namespace scanflow
