#pragma once

#include "EntityPage.h"

class QComboBox;

namespace scanflow {

// Users of one authentication provider: a list that loads a page of 200 as it is scrolled
// (100 000 users stay smooth), searched on the server, with the user's cards and groups in the
// details; add, edit details, register a card, set groups, import from CSV, delete.
class UsersPage : public EntityPage
{
    Q_OBJECT

public:
    explicit UsersPage(ApiClient *api, QWidget *parent = nullptr);

    static constexpr int PageSize = 200;
    qint64 providerId() const;

public slots:
    void reload() override;
    void registerCard();
    void editGroups();
    // Users from a CSV file into a group; the group's users missing from the file are deactivated.
    void importCsv();

protected:
    QString listPath() const override { return QStringLiteral("/users/all"); }
    QString deletePath(const QJsonObject &user) const override;
    QUrlQuery deleteQuery(const QJsonObject &user) const override;
    FieldForm *makeForm(const QJsonObject &user) override;
    void send(FieldForm *form, const QJsonObject &user, ApiClient::Callback done) override;
    void showDetails(const QJsonObject &user) override;

private:
    void searchChanged() override { restartList(); }
    // The list from its first page (a new search or provider); older answers are dropped.
    void restartList();
    void fetchPage(const QString &token, int generation);
    QString userPath(const QJsonObject &user, const QString &below = {}) const;

    QComboBox *m_providers;
    int m_generation = 0; // a reload or a new search makes older pages' answers stale
    QString m_nextToken;
};

} // namespace scanflow
