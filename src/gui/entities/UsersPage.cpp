#include "UsersPage.h"

#include "Dialogs.h"
#include "FieldForm.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>

namespace scanflow {

namespace {

// The reference's detailtype numbers for the details the form edits.
struct Detail
{
    int type;
    const char *field; // in UserInfo
};
constexpr Detail EditableDetails[] = {{0, "fullName"}, {1, "email"}, {11, "department"}, {7, "alias"},
                                      {2, "homeFolder"}, {5, "shortId"}, {14, "externalId"}, {12, "expiration"}};
constexpr int PasswordDetail = 3;
constexpr int PinDetail = 6;

// Sends the first change, then the rest once it is accepted; the first refusal (or the last
// answer) goes to `done`. No changes: nothing to send, done at once.
void sendDetails(ApiClient *api, const QString &path, const QUrlQuery &provider, QList<QPair<int, QString>> changes,
                 QObject *context, ApiClient::Callback done)
{
    if (changes.isEmpty()) {
        ApiReply nothing;
        nothing.status = 200;
        done(nothing);
        return;
    }
    const auto [type, value] = changes.takeFirst();
    QUrlQuery q = provider;
    q.addQueryItem(QStringLiteral("detailtype"), QString::number(type));
    if (!value.isEmpty()) // no detaildata: the detail is deleted
        q.addQueryItem(QStringLiteral("detaildata"), value);
    api->sendForm("POST", path, q, context, [=](const ApiReply &reply) {
        if (!reply.ok() || changes.isEmpty())
            done(reply);
        else
            sendDetails(api, path, provider, changes, context, done);
    });
}

} // namespace

UsersPage::UsersPage(ApiClient *api, QWidget *parent)
    : EntityPage(api, QStringLiteral("usersPage"), parent), m_providers(new QComboBox(this))
{
    setColumns({Columns::field(tr("User name"), QStringLiteral("userName")),
                Columns::field(tr("Full name"), QStringLiteral("fullName")),
                Columns::field(tr("Email"), QStringLiteral("email")),
                Columns::field(tr("Department"), QStringLiteral("department")),
                Columns::list(tr("Cards"), QStringLiteral("cards")),
                Columns::yesNo(tr("Active"), QStringLiteral("active"))});
    setDetailFields({{QStringLiteral("userName"), tr("User name")},
                     {QStringLiteral("fullName"), tr("Full name")},
                     {QStringLiteral("email"), tr("Email")},
                     {QStringLiteral("department"), tr("Department")},
                     {QStringLiteral("alias"), tr("Alias")},
                     {QStringLiteral("homeFolder"), tr("Home folder")},
                     {QStringLiteral("shortId"), tr("Short ID")},
                     {QStringLiteral("externalId"), tr("External ID")},
                     {QStringLiteral("expiration"), tr("Expires")},
                     {QStringLiteral("cards"), tr("Cards")},
                     {QStringLiteral("active"), tr("Active")},
                     {QStringLiteral("hasPassword"), tr("Has a password")},
                     {QStringLiteral("hasPin"), tr("Has a PIN")},
                     {QStringLiteral("providerId"), tr("Provider ID")},
                     {QStringLiteral("id"), tr("ID")}});
    setServerSideSearch(true);
    searchField()->setPlaceholderText(tr("Search name, full name or email (Ctrl+F)"));
    model()->setFetcher([this] { fetchPage(m_nextToken, m_generation); });

    m_providers->setObjectName(QStringLiteral("provider"));
    m_providers->addItem(tr("Local"), 1);
    m_providers->setToolTip(tr("The authentication provider whose users are listed"));
    connect(m_providers, &QComboBox::activated, this, &UsersPage::restartList);
    addPageAction(tr("Register card…"), QStringLiteral("registerCard"), "", "nav-devices", true, [this] { registerCard(); });
    addPageAction(tr("Groups…"), QStringLiteral("editGroups"), "", "nav-groups", true, [this] { editGroups(); });
    addPageAction(tr("Import CSV…"), QStringLiteral("importCsv"), "document-import", "action-import", false, [this] { importCsv(); });
    if (auto *bar = findChild<QToolBar *>()) {
        bar->addSeparator();
        bar->addWidget(new QLabel(tr("Provider:"), this));
        bar->addWidget(m_providers);
    }
}

qint64 UsersPage::providerId() const
{
    return m_providers->currentData().toLongLong();
}

void UsersPage::reload()
{
    // The providers, for the combo; then the first page.
    withAccount([this] {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("accountid"), QString::number(accountId()));
        m_api->get(QStringLiteral("/authproviders"), q, this, tracked([this](const ApiReply &reply) {
            const QJsonArray providers = reply.object().value(QStringLiteral("providers")).toArray();
            if (providers.isEmpty())
                return;
            const qint64 current = providerId();
            const QSignalBlocker block(m_providers);
            m_providers->clear();
            for (const QJsonValue &p : providers)
                m_providers->addItem(p[QStringLiteral("name")].toString(), p[QStringLiteral("id")].toInteger());
            m_providers->setCurrentIndex(std::max(0, m_providers->findData(current)));
        }));
    });
    restartList();
}

void UsersPage::restartList()
{
    model()->setRows({});
    m_nextToken.clear();
    fetchPage({}, ++m_generation);
}

void UsersPage::fetchPage(const QString &token, int generation)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("providerid"), QString::number(providerId()));
    q.addQueryItem(QStringLiteral("maxrecords"), QString::number(PageSize));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("pagetoken"), token);
    if (!searchText().isEmpty())
        q.addQueryItem(QStringLiteral("search"), searchText());
    const bool first = token.isEmpty();
    m_api->get(QStringLiteral("/users/all"), q, this, tracked([this, generation, first](const ApiReply &reply) {
        if (generation != m_generation)
            return; // a newer search or reload is under way
        if (!reply.ok()) {
            model()->setHasMore(false);
            emit message(tr("Cannot load the users: %1").arg(reply.errorMessage()));
            return;
        }
        const QJsonObject page = reply.object();
        QList<QJsonObject> users;
        for (const QJsonValue &u : page.value(QStringLiteral("users")).toArray())
            users.append(u.toObject());
        m_nextToken = page.value(QStringLiteral("nextPageToken")).toString();
        model()->appendRows(users);
        model()->setHasMore(!m_nextToken.isEmpty());
        if (first) {
            fitColumns(0);
            markLoaded();
        }
    }));
}

QString UsersPage::userPath(const QJsonObject &user, const QString &below) const
{
    return QStringLiteral("/users/") + QString::fromUtf8(QUrl::toPercentEncoding(user.value(QStringLiteral("userName")).toString())) + below;
}

QString UsersPage::deletePath(const QJsonObject &user) const
{
    return userPath(user);
}

QUrlQuery UsersPage::deleteQuery(const QJsonObject &user) const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("providerid"), QString::number(user.value(QStringLiteral("providerId")).toInteger()));
    return q;
}

FieldForm *UsersPage::makeForm(const QJsonObject &user)
{
    const bool adding = user.isEmpty();
    auto *form = new FieldForm(adding ? tr("Add user") : tr("Edit user \"%1\"").arg(user.value(QStringLiteral("userName")).toString()), this);
    form->addText(QStringLiteral("userName"), tr("User name"), user.value(QStringLiteral("userName")).toString(),
                  adding ? FieldForm::Required : FieldForm::ReadOnly);
    form->addText(QStringLiteral("fullName"), tr("Full name"), user.value(QStringLiteral("fullName")).toString());
    form->addText(QStringLiteral("email"), tr("Email"), user.value(QStringLiteral("email")).toString());
    form->addText(QStringLiteral("department"), tr("Department"), user.value(QStringLiteral("department")).toString());
    form->addText(QStringLiteral("alias"), tr("Alias"), user.value(QStringLiteral("alias")).toString());
    form->addText(QStringLiteral("homeFolder"), tr("Home folder"), user.value(QStringLiteral("homeFolder")).toString());
    form->addText(QStringLiteral("shortId"), tr("Short ID"), user.value(QStringLiteral("shortId")).toString());
    form->addText(QStringLiteral("externalId"), tr("External ID"), user.value(QStringLiteral("externalId")).toString());
    form->addText(QStringLiteral("expiration"), tr("Expires"), user.value(QStringLiteral("expiration")).toString(), FieldForm::NoFlags,
                  tr("yyyy-MM-dd, empty for never"));
    const QString keep = adding ? QString() : tr("unchanged when empty");
    form->addText(QStringLiteral("password"), tr("Password"), {}, FieldForm::Secret, keep);
    form->addText(QStringLiteral("pin"), tr("PIN"), {}, FieldForm::Secret, keep);
    return form;
}

void UsersPage::send(FieldForm *form, const QJsonObject &user, ApiClient::Callback done)
{
    // Every detail that differs from what is stored (all that are filled in, for a new user).
    QList<QPair<int, QString>> changes;
    for (const Detail &d : EditableDetails) {
        const QString value = form->text(QLatin1String(d.field));
        if (value != user.value(QLatin1String(d.field)).toString() && !(user.isEmpty() && value.isEmpty()))
            changes.append({d.type, value});
    }
    if (!form->text(QStringLiteral("password")).isEmpty())
        changes.append({PasswordDetail, form->text(QStringLiteral("password"))});
    if (!form->text(QStringLiteral("pin")).isEmpty())
        changes.append({PinDetail, form->text(QStringLiteral("pin"))});

    if (user.isEmpty()) {
        // PUT /users takes every detail at once, in pairs.
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("username"), form->text(QStringLiteral("userName")));
        q.addQueryItem(QStringLiteral("providerid"), QString::number(providerId()));
        for (const auto &[type, value] : std::as_const(changes)) {
            q.addQueryItem(QStringLiteral("detailtype"), QString::number(type));
            q.addQueryItem(QStringLiteral("detaildata"), value);
        }
        m_api->sendForm("PUT", QStringLiteral("/users"), q, form, std::move(done));
        return;
    }
    // POST /users/<name> "can update only one user detail": one call per change, in turn.
    QUrlQuery provider;
    provider.addQueryItem(QStringLiteral("providerid"), QString::number(user.value(QStringLiteral("providerId")).toInteger()));
    sendDetails(m_api, userPath(user), provider, changes, form, std::move(done));
}

void UsersPage::showDetails(const QJsonObject &user)
{
    EntityPage::showDetails(user);
    if (user.isEmpty())
        return;
    const QString name = user.value(QStringLiteral("userName")).toString();
    m_api->get(userPath(user, QStringLiteral("/groups")), {}, this, tracked([this, name](const ApiReply &reply) {
        if (!reply.ok() || selected().value(QStringLiteral("userName")).toString() != name)
            return; // another user was selected meanwhile
        QStringList groups;
        for (const QJsonValue &g : reply.array())
            groups.append(g.isObject() ? g[QStringLiteral("name")].toString() : g.toString());
        addDetail(tr("Groups"), groups.isEmpty() ? tr("none") : groups.join(QStringLiteral(", ")));
    }));
}

void UsersPage::registerCard()
{
    const QJsonObject user = selected();
    if (user.isEmpty())
        return;
    auto *form = new FieldForm(tr("Register a card for \"%1\"").arg(user.value(QStringLiteral("userName")).toString()), this);
    form->addText(QStringLiteral("cardid"), tr("Card ID"), {}, FieldForm::Required);
    form->addNote(tr("A card belongs to one user: a card another user has is refused."));
    runForm(form, [this, form, user](ApiClient::Callback done) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cardid"), form->text(QStringLiteral("cardid")));
        m_api->sendForm("POST", userPath(user, QStringLiteral("/cards")), q, form, std::move(done));
    }, tr("Card registered."));
}

void UsersPage::editGroups()
{
    const QJsonObject user = selected();
    if (user.isEmpty())
        return;
    // Every group and the user's own, then a checklist; OK sets the membership to what is ticked.
    m_api->get(QStringLiteral("/groups"), {}, this, tracked([this, user](const ApiReply &all) {
        if (!all.ok()) {
            emit message(tr("Cannot load the groups: %1").arg(all.errorMessage()));
            return;
        }
        m_api->get(userPath(user, QStringLiteral("/groups")), {}, this, tracked([this, user, all](const ApiReply &mine) {
            QStringList names, current;
            QMap<QString, QString> ids;
            for (const QJsonValue &g : all.array()) {
                names.append(g[QStringLiteral("name")].toString());
                ids.insert(g[QStringLiteral("name")].toString(), QString::number(g[QStringLiteral("id")].toInteger()));
            }
            for (const QJsonValue &g : mine.array())
                current.append(g.isObject() ? g[QStringLiteral("name")].toString() : g.toString());
            auto *form = new FieldForm(tr("Groups of \"%1\"").arg(user.value(QStringLiteral("userName")).toString()), this);
            form->addChecklist(QStringLiteral("groups"), tr("Member of"), names, current);
            runForm(form, [this, form, user, ids](ApiClient::Callback done) {
                QUrlQuery q;
                for (const QString &name : form->value(QStringLiteral("groups")).toStringList())
                    q.addQueryItem(QStringLiteral("groupid"), ids.value(name));
                m_api->sendForm("POST", userPath(user, QStringLiteral("/groups")), q, form, std::move(done));
            }, tr("Groups saved."));
        }));
    }));
}

void UsersPage::importCsv()
{
    auto *form = new FieldForm(tr("Import users from CSV"), this);
    form->addFile(QStringLiteral("file"), tr("CSV file"), tr("CSV files (*.csv *.txt);;All files (*)"), FieldForm::Required);
    form->addText(QStringLiteral("group"), tr("Into group"), {}, FieldForm::Required);
    form->addText(QStringLiteral("mapping"), tr("Columns"), QStringLiteral("userName:0,firstName:1,lastName:2,email:3,group:4"), FieldForm::Required);
    form->addText(QStringLiteral("separator"), tr("Separator"), QStringLiteral(","), FieldForm::Required);
    form->addCheck(QStringLiteral("hasheader"), tr("The first line is a header"), false);
    form->addNote(tr("Columns count from 0. Users of the group who are not in the file are deactivated; "
                     "users in the file are created or updated and activated."));
    runForm(form, [this, form](ApiClient::Callback done) {
        m_api->upload(QStringLiteral("/users/import"), QStringLiteral("data"), form->text(QStringLiteral("file")),
                      {{QStringLiteral("group"), form->text(QStringLiteral("group"))},
                       {QStringLiteral("mapping"), form->text(QStringLiteral("mapping"))},
                       {QStringLiteral("separator"), form->value(QStringLiteral("separator")).toString()},
                       {QStringLiteral("hasheader"), form->value(QStringLiteral("hasheader")).toBool() ? QStringLiteral("true") : QStringLiteral("false")}},
                      form, std::move(done));
    }, tr("Users imported."));
}

} // namespace scanflow
