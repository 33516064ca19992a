// OAuth 2.0 and private destinations end to end, through the windows, against the real
// in-process server, a real OAuth 2.0 server (oauth2-mock-server, tokens expiring at once so
// every delivery refreshes) and a real HTTP target: the key icon's shared authorization
// (authorize, refresh on expiry, invalid_grant → Needs renewal, re-authorize, revoke);
// Workplace with user-specific parameters only, Basic only, OAuth only, and parameters + OAuth
// (a denial saving nothing); two users delivering with their own values; revoke; the sign-in
// kept in the OS keychain; and R14's save rules as the admin app applies them and Workplace
// then shows them. The browser is a test one that follows the provider's page.
#include "ApiClient.h"
#include "AuthorizationDialog.h"
#include "Browser.h"
#include "DeliveryHarness.h"
#include "HttpTarget.h"
#include "SendFileDialog.h"
#include "TraceView.h"
#include "Dialogs.h"
#include "FollowingBrowser.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "OAuthMockServer.h"
#include "OAuthProgress.h"
#include "PrivateDestinationDialog.h"
#include "WorkflowEditor.h"
#include "WorkflowListModel.h"
#include "WorkflowListPage.h"
#include "WorkplaceSession.h"
#include "WorkplaceWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QTimer>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QDropEvent>
#include <QMimeData>
#include <QTreeWidget>

using namespace scanflow;
using namespace scanflow::test;

class TestWorkplace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void sharedAuthorizationFromTheKeyIcon();
    void parametersOnlyAndTwoUsersWithTheirOwnValues();
    void basicOnly();
    void oauthOnlyGoesStraightToTheProvider();
    void parametersAndOAuthSaveNothingUntilBothAreDone();
    void revokeFromTheWidget();
    void theSignInIsKeptInTheKeychain();
    void R14_saveRulesReachWorkplace();
    void aUserSendsAFileWithTwoTerminalValues();

private:
    QString createWorkflow(const QByteArray &json);
    qint64 makeUser(const QString &name);
    void allow(const QString &workflowId, qint64 userId);
    WorkplaceWindow *workplace(const QString &user);
    int rowOf(WorkplaceWindow *w, const QString &name);
    QString stateOf(WorkplaceWindow *w, const QString &name);
    PrivateDestinationDialog *open(WorkplaceWindow *w, const QString &name);
    // Fills the dialog's fields as a person types them.
    void fill(PrivateDestinationDialog *dialog, const QList<QPair<QString, QString>> &fields);
    bool saveAndWait(WorkplaceWindow *w, PrivateDestinationDialog *dialog);
    // Delivers a small file as `user`; the delivery's final state.
    QString deliver(const QString &workflowId, const QString &user);

    GuiFixture m_fx;
    OAuthMockServer m_oauth{OAuthMockServer::Options{true, 1}};
    target::HttpTarget m_target;
    FollowingBrowser m_browser;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, qint64> m_users;
    QHash<QString, WorkplaceWindow *> m_workplaces;
    QString m_params, m_basic, m_oauthOnly, m_both, m_shared;
};

#ifndef Q_MOC_RUN

namespace {
const QString Password = QStringLiteral("pw-%1-2026");
} // namespace

void TestWorkplace::initTestCase()
{
    QVERIFY2(m_oauth.isRunning(), qPrintable(m_oauth.error()));
    QVERIFY(m_fx.start());
    m_fx.api.setKeychainName(QStringLiteral("tst_workplace:") + m_fx.dir.path());
    QVERIFY(m_target.listen());
    OAuthBrowserFlow::setRedirectPort(0);
    OAuthProgress::setTimeoutMs(20000);
    Browser::setHandOff(&m_browser);

    const QByteArray oauth = R"("authorizationUrl":"{O}/authorize","tokenUrl":"{O}/token","clientId":"scanflow")";
    const auto with = [&](QByteArray json) { return json.replace("{OAUTH}", oauth).replace("{O}", m_oauth.url().toUtf8()); };
    m_params = createWorkflow(R"({"name":"Invoices by customer","userSpecific":true,"destination":{"url":"{T}/upload","auth":{"type":"none"},
        "steps":[{"kind":"delivery","params":[{"key":"customerCode","value":"Customer code","type":"user","location":"form"}]}]}})");
    m_basic = createWorkflow(R"({"name":"My archive login","userSpecific":true,"destination":{"url":"{T}/archive",
        "auth":{"type":"basic","userSpecific":true},"steps":[{"kind":"delivery"}]}})");
    m_oauthOnly = createWorkflow(with(R"({"name":"My cloud drive","userSpecific":true,"destination":{"url":"{T}/drive",
        "auth":{"type":"oauth2","userSpecific":true,{OAUTH},"clientSecret":"drive-secret"},"steps":[{"kind":"delivery"}]}})"));
    m_both = createWorkflow(with(R"({"name":"Tenant records","userSpecific":true,"destination":{"url":"{T}/records",
        "auth":{"type":"oauth2","userSpecific":true,{OAUTH},"scopes":"records.write offline_access"},
        "steps":[{"kind":"delivery","params":[{"key":"tenant","value":"Tenant","type":"user","location":"header"}]}]}})"));
    m_shared = createWorkflow(with(R"({"name":"Company drive","destination":{"url":"{T}/company",
        "auth":{"type":"oauth2",{OAUTH},"clientSecret":"company-secret","scopes":"files.write"},"steps":[{"kind":"delivery"}]}})"));
    for (const QString &id : {m_params, m_basic, m_oauthOnly, m_both, m_shared})
        QVERIFY(!id.isEmpty());
    for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")}) {
        m_users.insert(name, makeUser(name));
        for (const QString &id : {m_params, m_basic, m_oauthOnly, m_both})
            allow(id, m_users.value(name));
    }

    m_window = std::make_unique<MainWindow>(&m_fx.api);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_fx.idle());
}

void TestWorkplace::cleanupTestCase()
{
    for (WorkplaceWindow *w : std::as_const(m_workplaces))
        delete w;
    m_window.reset();
    Browser::setHandOff(nullptr);
}

QString TestWorkplace::createWorkflow(const QByteArray &json)
{
    const ApiReply r = m_fx.sendJson("POST", QStringLiteral("/scan/workflows"),
                                     QJsonDocument::fromJson(withTarget(json, m_target.baseUrl())).object());
    if (!r.ok())
        qWarning().noquote() << r.errorMessage();
    return r.ok() ? QString::number(r.object().value(QStringLiteral("id")).toInteger()) : QString();
}

qint64 TestWorkplace::makeUser(const QString &name)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("username"), name);
    form.addQueryItem(QStringLiteral("detailtype"), QStringLiteral("3"));
    form.addQueryItem(QStringLiteral("detaildata"), Password.arg(name));
    return m_fx.sendForm("PUT", QStringLiteral("/users"), form).object().value(QStringLiteral("id")).toInteger();
}

void TestWorkplace::allow(const QString &workflowId, qint64 userId)
{
    const ApiReply r = m_fx.sendJson("POST", QStringLiteral("/scan/access"),
                                     {{QStringLiteral("workflowId"), workflowId}, {QStringLiteral("identityId"), userId},
                                      {QStringLiteral("identityType"), QStringLiteral("User")}, {QStringLiteral("access"), QStringLiteral("Allow")}});
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
}

WorkplaceWindow *TestWorkplace::workplace(const QString &user)
{
    if (WorkplaceWindow *w = m_workplaces.value(user))
        return w;
    // Each user's window keeps its sign-in under its own keychain name.
    auto *w = new WorkplaceWindow(m_fx.api.baseUrl(), m_fx.api.apiKey(), m_fx.api.keychainName() + u'/' + user);
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return nullptr;
    QSignalSpy in(w->session(), &WorkplaceSession::signedIn);
    QSignalSpy loaded(w, &WorkplaceWindow::loaded);
    auto *name = w->findChild<QLineEdit *>(QStringLiteral("workplaceUser"));
    auto *password = w->findChild<QLineEdit *>(QStringLiteral("workplacePassword"));
    name->setFocus();
    QTest::keyClicks(name, user);
    QTest::keyClicks(password, Password.arg(user));
    QTest::keyClick(password, Qt::Key_Return);
    if (!in.wait(10000) || (loaded.isEmpty() && !loaded.wait(10000))) {
        qWarning().noquote() << "not signed in:" << w->findChild<QLabel *>(QStringLiteral("signInMessage"))->text()
                             << w->status()->text();
        return nullptr;
    }
    m_workplaces.insert(user, w);
    return w;
}

int TestWorkplace::rowOf(WorkplaceWindow *w, const QString &name)
{
    for (int i = 0; i < w->destinations()->topLevelItemCount(); ++i) {
        if (w->destinations()->topLevelItem(i)->text(0) == name)
            return i;
    }
    return -1;
}

QString TestWorkplace::stateOf(WorkplaceWindow *w, const QString &name)
{
    QSignalSpy loaded(w, &WorkplaceWindow::loaded);
    w->findChild<QAction *>(QStringLiteral("reloadDestinations"))->trigger();
    if (!loaded.wait(10000))
        return QStringLiteral("(no answer)");
    const int row = rowOf(w, name);
    return row < 0 ? QStringLiteral("(not listed)") : w->destinations()->topLevelItem(row)->text(1);
}

PrivateDestinationDialog *TestWorkplace::open(WorkplaceWindow *w, const QString &name)
{
    const int row = rowOf(w, name);
    if (row < 0) {
        qWarning() << "no item" << name;
        return nullptr;
    }
    // A person picks the item and presses Enter (activation, as a double click is).
    QTreeWidgetItem *item = w->destinations()->topLevelItem(row);
    w->destinations()->setFocus();
    w->destinations()->setCurrentItem(item);
    QTest::keyClick(w->destinations(), Qt::Key_Return);
    auto *dialog = w->findChild<PrivateDestinationDialog *>();
    if (!dialog)
        qWarning() << "no dialog for" << name;
    return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestWorkplace::fill(PrivateDestinationDialog *dialog, const QList<QPair<QString, QString>> &fields)
{
    for (const auto &[name, text] : fields) {
        auto *edit = dialog->findChild<QLineEdit *>(name);
        QVERIFY2(edit, qPrintable(name));
        edit->setFocus();
        edit->clear();
        typeText(edit, text);
    }
}

bool TestWorkplace::saveAndWait(WorkplaceWindow *w, PrivateDestinationDialog *dialog)
{
    QSignalSpy saved(dialog, &PrivateDestinationDialog::saved);
    QSignalSpy loaded(w, &WorkplaceWindow::loaded);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveDestination")), Qt::LeftButton);
    return saved.wait(15000) && loaded.wait(10000);
}

QString TestWorkplace::deliver(const QString &workflowId, const QString &user)
{
    // A shared workflow's delivery names nobody; a named user must be allowed the workflow.
    const QString file = m_fx.dir.filePath(QStringLiteral("scan-%1.pdf").arg(user.isEmpty() ? QStringLiteral("shared") : user));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("%PDF-1.4 scanned by " + user.toUtf8());
    f.close();
    ApiReply answer;
    bool done = false;
    m_fx.api.upload(QStringLiteral("/scan/workflows/%1/deliveries").arg(workflowId), QStringLiteral("data"), file,
                    user.isEmpty() ? ApiClient::Fields() : ApiClient::Fields{{QStringLiteral("username"), user}}, this, [&](const ApiReply &r) { answer = r; done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 10000) || !answer.ok())
        return QStringLiteral("not accepted: ") + answer.errorMessage();
    const QString id = QString::number(answer.object().value(QStringLiteral("id")).toInteger());
    QString state;
    (void)QTest::qWaitFor([&] {
        const QJsonObject d = m_fx.get(QStringLiteral("/deliveries/") + id).object();
        state = d.value(QStringLiteral("state")).toString();
        return state == QLatin1String("delivered") || state == QLatin1String("failed");
    }, 20000);
    return state;
}

void TestWorkplace::sharedAuthorizationFromTheKeyIcon()
{
    m_window->showWorkflows();
    QSignalSpy loaded(m_window->workflowList(), &WorkflowListPage::loaded);
    m_window->workflowList()->reload();
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_fx.idle());
    WorkflowListModel *model = m_window->workflowList()->model();
    const int row = model->rowOf(m_shared);
    QCOMPARE(model->row(row).authorization, QStringLiteral("NotAuthorized"));

    // The key icon, clicked.
    QTableView *view = m_window->workflowList()->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(row, WorkflowListModel::Authorization)).center());
    auto *dialog = m_window->findChild<AuthorizationDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(m_fx.idle());
    auto *state = dialog->findChild<QLabel *>(QStringLiteral("authorizationState"));
    QCOMPARE(state->text(), QStringLiteral("Not authorized"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("redirectUri"))->text(), OAuthBrowserFlow::redirectUri());
    GuiFixture::screenshot(dialog, QStringLiteral("authorization-not-authorized"));

    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("authorize")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("Authorized"), 15000);
    QCOMPARE(state->text(), QStringLiteral("Authorized"));
    QCOMPARE(model->row(row).authorization, QStringLiteral("Authorized"));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("authorize"))->text(), QStringLiteral("Re-&authorize…"));
    GuiFixture::screenshot(dialog, QStringLiteral("authorization-authorized"));
    // PKCE in the request; the verifier and the secret in the server's exchange.
    const QJsonObject asked = m_oauth.authorizeRequests().constLast();
    QCOMPARE(asked.value(QStringLiteral("code_challenge_method")).toString(), QStringLiteral("S256"));
    QCOMPARE(asked.value(QStringLiteral("scope")).toString(), QStringLiteral("files.write"));
    const QJsonObject exchange = m_oauth.tokenRequests().constLast();
    QCOMPARE(exchange.value(QStringLiteral("grant_type")).toString(), QStringLiteral("authorization_code"));
    QVERIFY(!exchange.value(QStringLiteral("code_verifier")).toString().isEmpty());
    QCOMPARE(exchange.value(QStringLiteral("has_client_secret")).toBool(), true);

    // The token expires at once (expires_in 1): the delivery refreshes it first, and the target
    // receives the refreshed token.
    m_target.clear();
    QCOMPARE(deliver(m_shared, {}), QStringLiteral("delivered"));
    const QJsonObject refreshed = m_oauth.refreshRequests().constLast();
    QCOMPARE(refreshed.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(m_target.requests().constLast().header("Authorization"),
             "Bearer " + refreshed.value(QStringLiteral("access_token")).toString().toUtf8());

    // The provider forgets its refresh tokens: invalid_grant, and the list and the dialog say
    // the authorization needs renewal.
    m_oauth.revokeRefreshTokens();
    QCOMPARE(deliver(m_shared, {}), QStringLiteral("failed"));
    QCOMPARE(m_oauth.refreshRequests().constLast().value(QStringLiteral("status")).toInt(), 400);
    m_window->workflowList()->reload();
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(model->row(model->rowOf(m_shared)).authorization, QStringLiteral("NeedsRenewal"), 5000);
    QCOMPARE(model->data(model->index(model->rowOf(m_shared), WorkflowListModel::Authorization), Qt::ToolTipRole).toString(),
             QStringLiteral("Shared OAuth 2.0 authorization: Needs renewal. Click to authorize."));
    dialog->close();
    dialog = m_window->authorize(m_shared);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(m_fx.idle());
    state = dialog->findChild<QLabel *>(QStringLiteral("authorizationState"));
    QVERIFY2(state->text().startsWith(QStringLiteral("Needs renewal — reauthorization needed: the provider refused the refresh token (invalid_grant)")),
             qPrintable(state->text()));
    GuiFixture::screenshot(dialog, QStringLiteral("authorization-needs-renewal"));

    // Re-authorize, deliver again, then revoke.
    dialog->authorize();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("Authorized"), 15000);
    QCOMPARE(deliver(m_shared, {}), QStringLiteral("delivered"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("revoke")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), QStringLiteral("NotAuthorized"), 5000);
    QCOMPARE(model->row(model->rowOf(m_shared)).authorization, QStringLiteral("NotAuthorized"));
    QCOMPARE(deliver(m_shared, {}), QStringLiteral("failed"));
    dialog->close();
}

void TestWorkplace::parametersOnlyAndTwoUsersWithTheirOwnValues()
{
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(alice);
    QCOMPARE(alice->findChild<QLabel *>(QStringLiteral("signedInAs"))->text(), QStringLiteral("Signed in as <b>alice</b>"));
    // R15: the four user-specific workflows, not the shared one.
    QCOMPARE(alice->destinations()->topLevelItemCount(), 4);
    QCOMPARE(rowOf(alice, QStringLiteral("Company drive")), -1);
    QCOMPARE(stateOf(alice, QStringLiteral("Invoices by customer")), QStringLiteral("Not authorized"));
    // G-UI-5: what is still needed, in the words of the form.
    QCOMPARE(alice->destinations()->topLevelItem(rowOf(alice, QStringLiteral("Invoices by customer")))->text(2), QStringLiteral("Customer code"));
    QCOMPARE(alice->destinations()->topLevelItem(rowOf(alice, QStringLiteral("My archive login")))->text(2), QStringLiteral("login, password"));
    GuiFixture::screenshot(alice, QStringLiteral("workplace-not-authorized"));

    PrivateDestinationDialog *dialog = open(alice, QStringLiteral("Invoices by customer"));
    QVERIFY(dialog);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveDestination"));
    QCOMPARE(save->text(), QStringLiteral("&Save"));
    auto *form = dialog->findChild<QFormLayout *>();
    QCOMPARE(form->rowCount(), 1);
    QCOMPARE(qobject_cast<QLabel *>(form->itemAt(0, QFormLayout::LabelRole)->widget())->text(), QStringLiteral("Customer code:"));
    QVERIFY(!save->isEnabled()); // every field is required
    fill(dialog, {{QStringLiteral("values.customerCode"), QStringLiteral("A-100")}});
    QVERIFY(save->isEnabled());
    GuiFixture::screenshot(dialog, QStringLiteral("workplace-parameters-dialog"));
    QVERIFY(saveAndWait(alice, dialog));
    QCOMPARE(stateOf(alice, QStringLiteral("Invoices by customer")), QStringLiteral("Authorized"));

    WorkplaceWindow *bob = workplace(QStringLiteral("bob"));
    QVERIFY(bob);
    QCOMPARE(stateOf(bob, QStringLiteral("Invoices by customer")), QStringLiteral("Not authorized")); // Alice's is hers
    dialog = open(bob, QStringLiteral("Invoices by customer"));
    fill(dialog, {{QStringLiteral("values.customerCode"), QStringLiteral("B-200")}});
    QVERIFY(saveAndWait(bob, dialog));

    // Each delivery carries its own user's value, never the other's (R4).
    m_target.clear();
    QCOMPARE(deliver(m_params, QStringLiteral("alice")), QStringLiteral("delivered"));
    QCOMPARE(deliver(m_params, QStringLiteral("bob")), QStringLiteral("delivered"));
    QCOMPARE(m_target.requests().size(), 2);
    const QByteArray first = m_target.requests().at(0).body;
    const QByteArray second = m_target.requests().at(1).body;
    QVERIFY(first.contains("name=\"customerCode\"\r\n\r\nA-100\r\n") && !first.contains("B-200"));
    QVERIFY(second.contains("name=\"customerCode\"\r\n\r\nB-200\r\n") && !second.contains("A-100"));
}

void TestWorkplace::basicOnly()
{
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(alice);
    PrivateDestinationDialog *dialog = open(alice, QStringLiteral("My archive login"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("password"))->echoMode(), QLineEdit::Password);
    fill(dialog, {{QStringLiteral("login"), QStringLiteral("alice.archive")}});
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("saveDestination"))->isEnabled()); // the password too
    fill(dialog, {{QStringLiteral("password"), QStringLiteral("archive-pw-α")}});
    GuiFixture::screenshot(dialog, QStringLiteral("workplace-basic-dialog"));
    QVERIFY(saveAndWait(alice, dialog));
    QCOMPARE(stateOf(alice, QStringLiteral("My archive login")), QStringLiteral("Authorized"));
    m_target.clear();
    QCOMPARE(deliver(m_basic, QStringLiteral("alice")), QStringLiteral("delivered"));
    QCOMPARE(m_target.requests().constLast().header("Authorization"), "Basic " + QStringLiteral("alice.archive:archive-pw-α").toUtf8().toBase64());
    QCOMPARE(deliver(m_basic, QStringLiteral("bob")), QStringLiteral("failed")); // Bob saved nothing: never Alice's login
}

void TestWorkplace::oauthOnlyGoesStraightToTheProvider()
{
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(alice);
    const qsizetype asked = m_oauth.authorizeRequests().size();
    PrivateDestinationDialog *dialog = open(alice, QStringLiteral("My cloud drive"));
    QVERIFY(dialog);
    QVERIFY(!dialog->asksForInput());
    QSignalSpy saved(dialog, &PrivateDestinationDialog::saved);
    QVERIFY(saved.wait(15000)); // no click: the browser opened at once
    QCOMPARE(m_oauth.authorizeRequests().size(), asked + 1);
    QCOMPARE(stateOf(alice, QStringLiteral("My cloud drive")), QStringLiteral("Authorized"));
    const QJsonObject exchange = m_oauth.tokenRequests().constLast();
    QCOMPARE(exchange.value(QStringLiteral("grant_type")).toString(), QStringLiteral("authorization_code"));
    QCOMPARE(exchange.value(QStringLiteral("has_client_secret")).toBool(), true);
    m_target.clear();
    QCOMPARE(deliver(m_oauthOnly, QStringLiteral("alice")), QStringLiteral("delivered"));
    QVERIFY(m_target.requests().constLast().header("Authorization").startsWith("Bearer "));
    QCOMPARE(deliver(m_oauthOnly, QStringLiteral("bob")), QStringLiteral("failed"));
}

void TestWorkplace::parametersAndOAuthSaveNothingUntilBothAreDone()
{
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(alice);
    PrivateDestinationDialog *dialog = open(alice, QStringLiteral("Tenant records"));
    QVERIFY(dialog);
    auto *go = dialog->findChild<QPushButton *>(QStringLiteral("saveDestination"));
    QCOMPARE(go->text(), QStringLiteral("&Continue to sign-in…"));
    fill(dialog, {{QStringLiteral("values.tenant"), QStringLiteral("T-Alice")}});

    // The person clicks Deny at the provider: nothing is saved, the dialog says why.
    m_oauth.denyNextAuthorization();
    QTest::mouseClick(go, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->message()->text(), QStringLiteral("The authorization was denied at the provider. Nothing was saved."), 15000);
    GuiFixture::screenshot(dialog, QStringLiteral("workplace-oauth-denied"));
    QCOMPARE(stateOf(alice, QStringLiteral("Tenant records")), QStringLiteral("Not authorized"));
    QVERIFY(m_fx.get(QStringLiteral("/scan/workflows/%1/authorizations").arg(m_both)).array().isEmpty());

    // Again, allowed this time.
    QVERIFY(go->isEnabled());
    QVERIFY(saveAndWait(alice, dialog));
    QCOMPARE(stateOf(alice, QStringLiteral("Tenant records")), QStringLiteral("Authorized"));
    GuiFixture::screenshot(alice, QStringLiteral("workplace-authorized"));
    QCOMPARE(m_oauth.authorizeRequests().constLast().value(QStringLiteral("scope")).toString(), QStringLiteral("records.write offline_access"));
    m_target.clear();
    QCOMPARE(deliver(m_both, QStringLiteral("alice")), QStringLiteral("delivered"));
    QCOMPARE(m_target.requests().constLast().header("tenant"), QByteArray("T-Alice"));
    const QJsonArray who = m_fx.get(QStringLiteral("/scan/workflows/%1/authorizations").arg(m_both)).array();
    QCOMPARE(who.size(), 1);
    QCOMPARE(who.at(0)[QStringLiteral("userName")].toString(), QStringLiteral("alice"));

    // The admin's key icon lists who authorized, and only that.
    AuthorizationDialog *admin = m_window->authorize(m_both);
    QVERIFY(admin);
    QVERIFY(m_fx.idle());
    auto *users = admin->findChild<QTableWidget *>(QStringLiteral("authorizedUsers"));
    QCOMPARE(users->rowCount(), 1);
    QCOMPARE(users->item(0, 0)->text(), QStringLiteral("alice"));
    QCOMPARE(users->item(0, 1)->text(), QStringLiteral("Authorized"));
    QVERIFY(!admin->findChild<QPushButton *>(QStringLiteral("authorize"))); // each user authorizes in Workplace
    GuiFixture::screenshot(admin, QStringLiteral("authorization-users"));
    admin->close();
}

void TestWorkplace::revokeFromTheWidget()
{
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(alice);
    alice->destinations()->setCurrentItem(alice->destinations()->topLevelItem(rowOf(alice, QStringLiteral("Invoices by customer"))));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QSignalSpy loaded(alice, &WorkplaceWindow::loaded);
    alice->findChild<QAction *>(QStringLiteral("revokeDestination"))->trigger();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(alice->destinations()->topLevelItem(rowOf(alice, QStringLiteral("Invoices by customer")))->text(1), QStringLiteral("Not authorized"));
    QCOMPARE(deliver(m_params, QStringLiteral("alice")), QStringLiteral("failed"));
    QCOMPARE(stateOf(workplace(QStringLiteral("bob")), QStringLiteral("Invoices by customer")), QStringLiteral("Authorized")); // Bob's stays
}

void TestWorkplace::theSignInIsKeptInTheKeychain()
{
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    const QString entry = m_fx.api.keychainName() + QStringLiteral("/alice");
    // A next start: signed in silently, from the keychain.
    {
        WorkplaceWindow again(m_fx.api.baseUrl(), m_fx.api.apiKey(), entry);
        again.show();
        QSignalSpy in(again.session(), &WorkplaceSession::signedIn);
        again.start();
        QVERIFY2(in.wait(10000), qPrintable(again.findChild<QLabel *>(QStringLiteral("signInMessage"))->text()));
        QCOMPARE(again.session()->userName(), QStringLiteral("alice"));
        QSignalSpy loaded(&again, &WorkplaceWindow::loaded);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(again.destinations()->topLevelItemCount(), 4);
        // Signing out forgets it.
        QSignalSpy out(again.session(), &WorkplaceSession::signedOut);
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("signOut")), Qt::LeftButton);
        QCOMPARE(out.size(), 1);
        QTest::qWait(500); // the keychain's delete job
    }
    WorkplaceWindow later(m_fx.api.baseUrl(), m_fx.api.apiKey(), entry);
    later.show();
    QSignalSpy out(later.session(), &WorkplaceSession::signedOut);
    later.start();
    QVERIFY(out.wait(10000));
    QCOMPARE(later.findChild<QStackedWidget *>()->currentIndex(), 0);
    // A wrong password is said plainly.
    later.signIn(QStringLiteral("alice"), QStringLiteral("wrong"));
    QTRY_COMPARE_WITH_TIMEOUT(later.findChild<QLabel *>(QStringLiteral("signInMessage"))->text(),
                              QStringLiteral("The user name or the password is wrong."), 10000);
    GuiFixture::screenshot(&later, QStringLiteral("workplace-sign-in"));
    // Signing out ended that sign-in on the server (every token of its family), so the window
    // that shared it signs in again.
    QSignalSpy back(alice->session(), &WorkplaceSession::signedIn);
    alice->signIn(QStringLiteral("alice"), Password.arg(QStringLiteral("alice")));
    QVERIFY(back.wait(10000));
}

void TestWorkplace::R14_saveRulesReachWorkplace()
{
    // A message box nobody answered would wait forever: say what it was and close it.
    QTimer unanswered;
    connect(&unanswered, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            qWarning().noquote() << "unanswered:" << box->text();
            box->reject();
        }
    });
    unanswered.start(500);
    WorkplaceWindow *bob = workplace(QStringLiteral("bob"));
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(bob && alice);
    QCOMPARE(stateOf(bob, QStringLiteral("Invoices by customer")), QStringLiteral("Authorized"));
    QCOMPARE(stateOf(alice, QStringLiteral("My archive login")), QStringLiteral("Authorized"));
    m_window->showWorkflows();
    QSignalSpy listed(m_window->workflowList(), &WorkflowListPage::loaded);
    m_window->workflowList()->reload();
    QVERIFY(listed.wait(10000));
    const auto edit = [&](const QString &id) {
        WorkflowListModel *model = m_window->workflowList()->model();
        m_window->workflowList()->view()->selectRow(model->rowOf(id));
        m_window->workflowList()->findChild<QAction *>(QStringLiteral("openWorkflow"))->trigger();
        return m_window->editor();
    };
    const auto save = [&] {
        QSignalSpy saved(m_window->editor(), &WorkflowEditor::saved);
        Dialogs::setNextAnswer(QMessageBox::Save);
        QTest::mouseClick(m_window->editor()->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
        return saved.wait(10000) && m_fx.idle();
    };

    // Kept user-specific, saved without the checkbox: the authorizations stay.
    WorkflowEditor *editor = edit(m_params);
    auto *revoke = editor->findChild<QCheckBox *>(QStringLiteral("revokeOnSave"));
    QVERIFY(revoke->isVisible());
    QVERIFY(save());
    QCOMPARE(stateOf(bob, QStringLiteral("Invoices by customer")), QStringLiteral("Authorized"));
    // With "Revoke user-specific authorization on save": gone; Bob's Workplace says so.
    revoke->setChecked(true);
    QVERIFY(save());
    QVERIFY2(Dialogs::lastMessage().contains(QLatin1String("1 user(s) will lose their saved authorization")), qPrintable(Dialogs::lastMessage()));
    QCOMPARE(stateOf(bob, QStringLiteral("Invoices by customer")), QStringLiteral("Not authorized"));
    m_window->showWorkflows();

    // Turning User-specific off deletes every user's authorization: the item leaves Workplace,
    // and when the workflow is user specific again it is Not authorized. (Shared Basic wants a
    // login of its own meanwhile.)
    editor = edit(m_basic);
    auto *userSpecific = editor->findChild<QCheckBox *>(QStringLiteral("userSpecific"));
    userSpecific->setChecked(false);
    for (const auto &[field, text] : {std::pair{"login", "shared-login"}, std::pair{"password", "shared-password"}}) {
        auto *line = editor->findChild<QLineEdit *>(QLatin1String(field));
        line->setFocus();
        QTest::keyClicks(line, QLatin1String(text));
        QTest::keyClick(line, Qt::Key_Tab);
    }
    QVERIFY(save());
    QCOMPARE(stateOf(alice, QStringLiteral("My archive login")), QStringLiteral("(not listed)"));
    userSpecific->setChecked(true);
    editor->findChild<QCheckBox *>(QStringLiteral("userSpecificAuth"))->setChecked(true);
    QVERIFY(save());
    QCOMPARE(stateOf(alice, QStringLiteral("My archive login")), QStringLiteral("Not authorized"));
    QCOMPARE(deliver(m_basic, QStringLiteral("alice")), QStringLiteral("failed"));
    m_window->showWorkflows();
}

#endif // Q_MOC_RUN

void TestWorkplace::aUserSendsAFileWithTwoTerminalValues()
{
    const QString project = createWorkflow(R"({"name":"Scan to project","destination":{"url":"{T}/projects","auth":{"type":"none"},
        "steps":[{"kind":"delivery","params":[{"key":"project","value":"projectNumber","type":"terminal","location":"form"},
                                              {"key":"X-Cost-Center","value":"CC [costCenter]","type":"terminal","location":"header"}]}]}})");
    QVERIFY(!project.isEmpty());
    allow(project, m_users.value(QStringLiteral("alice")));
    WorkplaceWindow *alice = workplace(QStringLiteral("alice"));
    QVERIFY(alice);
    QSignalSpy loaded(alice, &WorkplaceWindow::loaded);
    alice->reload();
    QVERIFY(loaded.wait(10000));
    QTreeWidget *list = alice->workflows();
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == QLatin1String("Scan to project"))
            item = list->topLevelItem(i);
    }
    QVERIFY2(item, "the workflow alice may use is listed");
    QCOMPARE(item->text(1), QStringLiteral("projectNumber, costCenter"));
    QCOMPARE(item->text(2), QString()); // nothing private to authorize
    alice->tabs()->setCurrentIndex(0);
    GuiFixture::screenshot(alice, QStringLiteral("workplace-send-files"));

    // A file dropped on the workflow opens Send file with it chosen.
    const QString file = m_fx.dir.filePath(QStringLiteral("project-scan.pdf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("%PDF project scan");
    f.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QVERIFY(QTest::qWaitFor([&] { return list->isVisible() && !list->visualItemRect(item).isEmpty(); }, 5000));
    const QPoint at = list->visualItemRect(item).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    auto *dialog = alice->findChild<SendFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QLineEdit *projectField = dialog->terminalField(QStringLiteral("projectNumber"));
    QLineEdit *costCenter = dialog->terminalField(QStringLiteral("costCenter"));
    QVERIFY(projectField && costCenter);
    projectField->setFocus();
    typeText(projectField, QStringLiteral("P-42"));
    costCenter->setFocus();
    typeText(costCenter, QStringLiteral("Ünter 7"));
    m_target.clear();
    QSignalSpy finished(dialog, &SendFileDialog::finished);
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY2(dialog->state() == QLatin1String("delivered"), qPrintable(dialog->status()->text()));
    QVERIFY(dialog->trace()->tree()->topLevelItemCount() > 0);
    GuiFixture::screenshot(dialog, QStringLiteral("workplace-sent"));

    // What the target received: the file, both values, as alice.
    QCOMPARE(m_target.requests().size(), 1);
    const target::RecordedRequest &r = m_target.requests().first();
    QCOMPARE(r.path(), QByteArray("/projects"));
    QCOMPARE(QString::fromUtf8(r.header("X-Cost-Center")), QStringLiteral("CC Ünter 7"));
    QVERIFY2(r.body.contains("name=\"project\"\r\n\r\nP-42\r\n"), r.body.left(400).constData());
    QVERIFY(r.body.contains("%PDF project scan"));

    // Bob may not use it: not listed for him, and alice's delivery is not his to read.
    WorkplaceWindow *bob = workplace(QStringLiteral("bob"));
    QVERIFY(bob);
    QSignalSpy bobLoaded(bob, &WorkplaceWindow::loaded);
    bob->reload();
    QVERIFY(bobLoaded.wait(10000));
    for (int i = 0; i < bob->workflows()->topLevelItemCount(); ++i)
        QVERIFY(bob->workflows()->topLevelItem(i)->text(0) != QLatin1String("Scan to project"));
    const qint64 aliceDelivery = m_fx.get(QStringLiteral("/deliveries?maxrecords=1")).object().value(QStringLiteral("deliveries")).toArray().first()[QStringLiteral("id")].toInteger();
    ApiReply answer;
    bool done = false;
    bob->api()->get(QStringLiteral("/workplace/deliveries/%1").arg(aliceDelivery), {}, nullptr, [&](const ApiReply &a) { answer = a; done = true; });
    QVERIFY(QTest::qWaitFor([&] { return done; }, 10000));
    QCOMPARE(answer.status, 404);
    dialog->close();
}

QTEST_MAIN(TestWorkplace)
#include "tst_workplace.moc"
