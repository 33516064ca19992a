// The entity views of the admin window driven through their widgets against the real server:
// what a form sends is what the server then answers, a refused value is shown in the form,
// the user list loads page by page and searches on the server, a new API key is shown once.
// Screenshots of every page go to <build>/screenshots.
#include "ApiKeysPage.h"
#include "DevicesPage.h"
#include "ConnectDialog.h"
#include "ServerProcess.h"
#include "ConnectionStore.h"
#include "Dialogs.h"
#include "EntityPage.h"
#include "FieldForm.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "UsersPage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QPointer>
#include <QTemporaryDir>
#include <QProcess>
#include <QSslConfiguration>
#include <QCryptographicHash>
#include <QTreeWidget>

using namespace scanflow;
using namespace scanflow::test;

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usersLoadPageByPageAndSearchOnTheServer();
    void aUserIsAddedEditedGivenACardAndGroupsAndDeleted();
    void aRefusedValueIsShownInTheForm();
    void locationsPortsAndAccessRules();
    void certificatesAreCreatedImportedAndDeleted();
    void aNewApiKeyIsShownOnceWithItsPermissions();
    void aDeviceIsRegisteredWithItsCodeAndRemoved();
    void aRemoteServerIsRememberedWithItsKeyInTheKeychain();
    void aServerWithItsOwnRootIsTrustedByItsFingerprint();
    void cleanupTestCase();

private:
    EntityPage *open(const QString &page);
    FieldForm *form(EntityPage *page, const QString &action);
    FieldForm *formFrom(EntityPage *page, const std::function<void()> &act);
    void fill(FieldForm *form, const QString &key, const QString &text);
    void submit(FieldForm *form, EntityPage *page);
    QString detail(EntityPage *page, const QString &field);

    GuiFixture m_fx;
    std::unique_ptr<MainWindow> m_window;
};

#ifndef Q_MOC_RUN

EntityPage *TestEntities::open(const QString &name)
{
    if (!m_window->showPage(name))
        return nullptr;
    auto *page = m_window->findChild<EntityPage *>(name);
    if (page && !QTest::qWaitFor([&] { return page->isLoaded() && !page->isBusy() && m_fx.api.pendingCalls() == 0; }, 10000))
        return nullptr;
    return page;
}

FieldForm *TestEntities::form(EntityPage *page, const QString &action)
{
    auto *a = page->findChild<QAction *>(action);
    if (!a || !a->isEnabled()) {
        qWarning("action %s is missing or disabled", qPrintable(action));
        return nullptr;
    }
    return formFrom(page, [a] { a->trigger(); });
}

FieldForm *TestEntities::formFrom(EntityPage *page, const std::function<void()> &act)
{
    QPointer<FieldForm> opened;
    const auto connection = connect(page, &EntityPage::formOpened, this, [&opened](FieldForm *f) { opened = f; });
    act();
    const bool shown = QTest::qWaitFor([&] { return opened && opened->isVisible(); }, 5000);
    disconnect(connection);
    return shown ? opened.data() : nullptr;
}

// Types like a keyboard would, letters outside ASCII too (QTest::keyClicks takes only ASCII).

void TestEntities::fill(FieldForm *form, const QString &key, const QString &text)
{
    QWidget *w = form->field(key);
    QVERIFY2(w && w->isVisible(), qPrintable(QStringLiteral("field %1 is shown").arg(key)));
    if (auto *edit = qobject_cast<QLineEdit *>(w)) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        typeText(edit, text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
        plain->setFocus();
        plain->selectAll();
        QTest::keyClick(plain, Qt::Key_Delete);
        typeText(plain, text);
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        choose(combo, text);
    } else if (auto *file = w->findChild<QLineEdit *>(key + QStringLiteral("Path"))) {
        file->setFocus();
        QTest::keyClicks(file, text);
    } else {
        QFAIL("not a text field or combo");
    }
}

void TestEntities::submit(FieldForm *form, EntityPage *page)
{
    QPointer<FieldForm> alive(form);
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !alive || !alive->isVisible() || !alive->error().isEmpty(); }, 10000));
    QVERIFY(QTest::qWaitFor([&] { return !page->isBusy() && m_fx.api.pendingCalls() == 0; }, 10000));
}

QString TestEntities::detail(EntityPage *page, const QString &field)
{
    const auto items = page->details()->findItems(field, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

void TestEntities::initTestCase()
{
    // The remembered connection goes to a settings file of this test's own.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_fx.dir.filePath(QStringLiteral("config")));
    QVERIFY(m_fx.start());
    m_window = std::make_unique<MainWindow>(&m_fx.api);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_fx.idle());
    // Enough users for three pages and more, made through the API as a CSV import would.
    for (int i = 0; i < 2 * UsersPage::PageSize + 50; ++i) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("username"), QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0')));
        q.addQueryItem(QStringLiteral("detailtype"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("detaildata"), QStringLiteral("u%1@example.com").arg(i));
        m_fx.api.sendForm("PUT", QStringLiteral("/users"), q, nullptr, {});
    }
    QVERIFY(m_fx.idle(60000));
}

void TestEntities::usersLoadPageByPageAndSearchOnTheServer()
{
    auto *page = static_cast<UsersPage *>(open(QStringLiteral("usersPage")));
    QVERIFY(page);
    // One page at first (admin + 450 users exist), the next as the list is scrolled to its end.
    QCOMPARE(page->model()->rowCount(), UsersPage::PageSize);
    QCOMPARE(page->view()->model()->index(0, 0).data().toString(), QStringLiteral("admin"));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(page->model()->rowCount(), 2 * UsersPage::PageSize);
    QVERIFY(m_fx.idle());
    QTest::keyClick(page->view(), Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(page->model()->rowCount(), 2 * UsersPage::PageSize + 51);
    QVERIFY(m_fx.idle());
    QVERIFY2(!page->model()->canFetchMore({}), "the last page says so");
    m_fx.screenshot(m_window.get(), QStringLiteral("users"));

    // The search goes to the server once typing pauses: name, email, any case.
    QTest::keyClicks(page->searchField(), QStringLiteral("USER012"));
    QTRY_COMPARE(page->model()->rowCount(), 10);
    QVERIFY(m_fx.idle());
    // The users were made over several connections at once, so their ids (the list's order)
    // need not follow their names: compare the names found, not their order.
    QStringList found;
    for (int row = 0; row < page->view()->model()->rowCount(); ++row)
        found << page->view()->model()->index(row, 0).data().toString();
    found.sort();
    QStringList expected;
    for (int i = 120; i < 130; ++i)
        expected << QStringLiteral("user%1").arg(i, 4, 10, QLatin1Char('0'));
    QCOMPARE(found, expected);
    page->searchField()->clear();
    QTest::keyClicks(page->searchField(), QStringLiteral("u449@"));
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QVERIFY(m_fx.idle());
    QCOMPARE(page->view()->model()->index(0, 2).data().toString(), QStringLiteral("u449@example.com"));
    page->searchField()->clear();
    QTRY_COMPARE(page->model()->rowCount(), UsersPage::PageSize);
    QVERIFY(m_fx.idle());
}

void TestEntities::aUserIsAddedEditedGivenACardAndGroupsAndDeleted()
{
    // A group first, through its page.
    EntityPage *groups = open(QStringLiteral("groupsPage"));
    QVERIFY(groups);
    QPointer<FieldForm> f = form(groups, QStringLiteral("add"));
    QVERIFY(f);
    fill(f, QStringLiteral("groupname"), QStringLiteral("Accounting"));
    submit(f, groups);
    QVERIFY(groups->select(QStringLiteral("name"), QStringLiteral("Accounting")));

    auto *users = static_cast<UsersPage *>(open(QStringLiteral("usersPage")));
    QVERIFY(users);
    f = form(users, QStringLiteral("add"));
    QVERIFY(f);
    fill(f, QStringLiteral("userName"), QStringLiteral("zoe.novak"));
    fill(f, QStringLiteral("fullName"), QStringLiteral("Zoë Novák"));
    fill(f, QStringLiteral("email"), QStringLiteral("zoe@example.com"));
    fill(f, QStringLiteral("department"), QStringLiteral("Finance"));
    fill(f, QStringLiteral("password"), QStringLiteral("correct horse"));
    m_fx.screenshot(f, QStringLiteral("user-form"));
    submit(f, users);
    QTRY_VERIFY(!f); // closed: the server took it
    QJsonObject zoe = m_fx.get(QStringLiteral("/users?username=zoe.novak")).object();
    QCOMPARE(zoe.value(QStringLiteral("fullName")).toString(), QStringLiteral("Zoë Novák"));
    QCOMPARE(zoe.value(QStringLiteral("email")).toString(), QStringLiteral("zoe@example.com"));
    QCOMPARE(zoe.value(QStringLiteral("department")).toString(), QStringLiteral("Finance"));
    QVERIFY(zoe.value(QStringLiteral("hasPassword")).toBool());

    // Edit: found by searching, opened with Return; only what changed is sent.
    users->searchField()->clear(); // whatever an earlier test left there
    QTest::keyClicks(users->searchField(), QStringLiteral("zoe"));
    QTRY_COMPARE(users->model()->rowCount(), 1);
    QVERIFY(m_fx.idle());
    users->view()->setFocus();
    users->view()->setCurrentIndex(users->view()->model()->index(0, 0));
    f = formFrom(users, [users] { QTest::keyClick(users->view(), Qt::Key_Return); });
    QVERIFY(f);
    QVERIFY(!f->field(QStringLiteral("userName"))->isEnabled() || static_cast<QLineEdit *>(f->field(QStringLiteral("userName")))->isReadOnly());
    fill(f, QStringLiteral("email"), QStringLiteral("z.novak@example.com"));
    fill(f, QStringLiteral("department"), QString());
    submit(f, users);
    zoe = m_fx.get(QStringLiteral("/users?username=zoe.novak")).object();
    QCOMPARE(zoe.value(QStringLiteral("email")).toString(), QStringLiteral("z.novak@example.com"));
    QCOMPARE(zoe.value(QStringLiteral("department")).toString(), QString());
    QCOMPARE(zoe.value(QStringLiteral("fullName")).toString(), QStringLiteral("Zoë Novák"));

    // A card, then the groups as a checklist.
    QVERIFY(users->select(QStringLiteral("userName"), QStringLiteral("zoe.novak")));
    f = form(users, QStringLiteral("registerCard"));
    QVERIFY(f);
    fill(f, QStringLiteral("cardid"), QStringLiteral("CARD-7731"));
    submit(f, users);
    QCOMPARE(m_fx.get(QStringLiteral("/users?username=zoe.novak")).object().value(QStringLiteral("cards")).toArray(),
             QJsonArray{QStringLiteral("CARD-7731")});
    QVERIFY(users->select(QStringLiteral("userName"), QStringLiteral("zoe.novak")));
    f = form(users, QStringLiteral("editGroups"));
    QVERIFY(f);
    auto *list = static_cast<QListWidget *>(f->field(QStringLiteral("groups")));
    const auto items = list->findItems(QStringLiteral("Accounting"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    list->setCurrentItem(items.first());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space); // ticks it
    submit(f, users);
    QCOMPARE(m_fx.get(QStringLiteral("/users/zoe.novak/groups")).array().at(0)[QStringLiteral("name")].toString(), QStringLiteral("Accounting"));
    QVERIFY(users->select(QStringLiteral("userName"), QStringLiteral("zoe.novak")));
    QTRY_COMPARE(detail(users, QStringLiteral("Groups")), QStringLiteral("Accounting"));
    QCOMPARE(detail(users, QStringLiteral("Cards")), QStringLiteral("CARD-7731"));
    m_fx.screenshot(m_window.get(), QStringLiteral("user-details"));

    // The group lists its member.
    groups = open(QStringLiteral("groupsPage"));
    groups->reload();
    QVERIFY(m_fx.idle());
    QVERIFY(groups->select(QStringLiteral("name"), QStringLiteral("Accounting")));
    QTRY_COMPARE(detail(groups, QStringLiteral("Member names")), QStringLiteral("zoe.novak"));
    m_fx.screenshot(m_window.get(), QStringLiteral("groups"));

    // Delete asks first; No keeps the user, Yes removes it.
    users = static_cast<UsersPage *>(open(QStringLiteral("usersPage")));
    QVERIFY(users->select(QStringLiteral("userName"), QStringLiteral("zoe.novak")));
    Dialogs::setNextAnswer(QMessageBox::No);
    users->findChild<QAction *>(QStringLiteral("delete"))->trigger();
    QVERIFY(m_fx.idle());
    QCOMPARE(m_fx.get(QStringLiteral("/users?username=zoe.novak")).status, 200);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    users->view()->setFocus();
    QTest::keyClick(users->view(), Qt::Key_Delete); // the page's shortcut
    QCOMPARE(Dialogs::lastMessage(), QStringLiteral("Delete: Delete \"zoe.novak\"? This cannot be undone."));
    QVERIFY(m_fx.idle());
    QCOMPARE(m_fx.get(QStringLiteral("/users?username=zoe.novak")).status, 404);
    QTRY_COMPARE(users->model()->rowCount(), 0);
    users->searchField()->clear();
    QVERIFY(m_fx.idle());

    // A CSV file with a header, separated by semicolons, into a new group.
    const QString csv = m_fx.dir.filePath(QStringLiteral("staff.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("login;first;last;mail\nmarta.k;Marta;Kovářová;marta@example.com\n\"ivo.b\";Ivo;\"Beneš, Jr.\";ivo@example.com\n");
    file.close();
    f = form(users, QStringLiteral("importCsv"));
    QVERIFY(f);
    fill(f, QStringLiteral("file"), csv);
    fill(f, QStringLiteral("group"), QStringLiteral("Staff"));
    fill(f, QStringLiteral("mapping"), QStringLiteral("userName:0,firstName:1,lastName:2,email:3"));
    fill(f, QStringLiteral("separator"), QStringLiteral(";"));
    static_cast<QCheckBox *>(f->field(QStringLiteral("hasheader")))->setChecked(true);
    submit(f, users);
    QTRY_VERIFY(!f);
    QCOMPARE(m_fx.get(QStringLiteral("/users?username=marta.k")).object().value(QStringLiteral("fullName")).toString(), QStringLiteral("Marta Kovářová"));
    QCOMPARE(m_fx.get(QStringLiteral("/users?username=ivo.b")).object().value(QStringLiteral("fullName")).toString(), QStringLiteral("Ivo Beneš, Jr."));
    QCOMPARE(m_fx.get(QStringLiteral("/users/ivo.b/groups")).array().at(0)[QStringLiteral("name")].toString(), QStringLiteral("Staff"));
}

void TestEntities::aRefusedValueIsShownInTheForm()
{
    EntityPage *locations = open(QStringLiteral("locationsPage"));
    QVERIFY(locations);
    QPointer<FieldForm> f = form(locations, QStringLiteral("add"));
    QVERIFY(f);
    // Nothing is sent without the required name.
    submit(f, locations);
    QCOMPARE(f->error(), QStringLiteral("Name: a value is needed."));
    fill(f, QStringLiteral("name"), QStringLiteral("Headquarters"));
    fill(f, QStringLiteral("subnets"), QStringLiteral("192.168.1.0/99"));
    submit(f, locations);
    QVERIFY2(f && f->isVisible(), "the form stays open to be corrected");
    QCOMPARE(f->error(), QStringLiteral("identifiers[0].stringData: \"192.168.1.0/99\" is not a subnet like 192.168.1.100/24"));
    m_fx.screenshot(f, QStringLiteral("location-form-error"));
    fill(f, QStringLiteral("subnets"), QStringLiteral("192.168.1.0/24"));
    submit(f, locations);
    QTRY_VERIFY(!f);
    QCOMPARE(m_fx.get(QStringLiteral("/locations?locationtype=2&locationdata=192.168.1.77")).array().at(0)[QStringLiteral("name")].toString(),
             QStringLiteral("Headquarters"));
}

void TestEntities::locationsPortsAndAccessRules()
{
    // Edit the location: a WiFi SSID as well.
    EntityPage *locations = open(QStringLiteral("locationsPage"));
    QVERIFY(locations->select(QStringLiteral("name"), QStringLiteral("Headquarters")));
    QPointer<FieldForm> f = form(locations, QStringLiteral("edit"));
    QVERIFY(f);
    QCOMPARE(f->text(QStringLiteral("subnets")), QStringLiteral("192.168.1.0/24"));
    fill(f, QStringLiteral("ssids"), QStringLiteral("hq-wifi, hq-guest"));
    submit(f, locations);
    QCOMPARE(m_fx.get(QStringLiteral("/locations?locationtype=4&locationdata=hq-guest")).array().size(), 1);
    const qint64 locationId = m_fx.get(QStringLiteral("/locations?locationtype=4&locationdata=hq-guest")).array().at(0)[QStringLiteral("id")].toInteger();
    QCOMPARE(locations->view()->model()->index(0, 1).data().toString(), QStringLiteral("Subnet: 192.168.1.0/24; WiFi SSID: hq-wifi, hq-guest"));
    m_fx.screenshot(m_window.get(), QStringLiteral("locations"));

    EntityPage *outputs = open(QStringLiteral("outputPortsPage"));
    QVERIFY(outputs);
    f = form(outputs, QStringLiteral("add"));
    QVERIFY(f);
    fill(f, QStringLiteral("portname"), QStringLiteral("Floor 2 printer"));
    fill(f, QStringLiteral("address"), QStringLiteral("10.0.2.15"));
    fill(f, QStringLiteral("vendor"), QStringLiteral("ricoh"));
    fill(f, QStringLiteral("printprotocol"), QStringLiteral("IPP"));
    fill(f, QStringLiteral("description"), QStringLiteral("By the stairs"));
    static_cast<QCheckBox *>(f->field(QStringLiteral("matchinginputport")))->setChecked(true);
    submit(f, outputs);
    QTRY_VERIFY(!f);
    const QJsonObject port = m_fx.get(QStringLiteral("/outputports")).array().at(0).toObject();
    QCOMPARE(port.value(QStringLiteral("portName")).toString(), QStringLiteral("Floor 2 printer"));
    QCOMPARE(port.value(QStringLiteral("vendor")).toString(), QStringLiteral("ricoh"));
    QCOMPARE(port.value(QStringLiteral("printProtocol")).toInt(), 1);
    QCOMPARE(port.value(QStringLiteral("portType")).toInt(), 1);
    QCOMPARE(port.value(QStringLiteral("description")).toString(), QStringLiteral("By the stairs"));
    m_fx.screenshot(m_window.get(), QStringLiteral("output-ports"));

    // The matching input port was made; put it in the location.
    EntityPage *inputs = open(QStringLiteral("inputPortsPage"));
    QVERIFY(inputs);
    QCOMPARE(inputs->model()->rowCount(), 1);
    QVERIFY(inputs->select(QStringLiteral("id"), inputs->model()->row(0).value(QStringLiteral("id"))));
    f = form(inputs, QStringLiteral("edit"));
    QVERIFY(f);
    fill(f, QStringLiteral("locationid"), QString::number(locationId));
    submit(f, inputs);
    QTRY_VERIFY(!f);
    QCOMPARE(m_fx.get(QStringLiteral("/inputports?locationids=%1").arg(locationId)).array().size(), 1);

    // A role for a group, and a workflow rule for a user.
    EntityPage *acl = open(QStringLiteral("accessControlsPage"));
    QVERIFY(acl);
    f = form(acl, QStringLiteral("add"));
    QVERIFY(f);
    fill(f, QStringLiteral("roleName"), QStringLiteral("Reporting"));
    fill(f, QStringLiteral("identityType"), QStringLiteral("A group"));
    fill(f, QStringLiteral("identity"), QStringLiteral("Accounting"));
    submit(f, acl);
    QTRY_VERIFY(!f);
    const QJsonArray controls = m_fx.get(QStringLiteral("/accesscontrols?accountdomain=localhost")).object().value(QStringLiteral("accessControls")).toArray();
    QCOMPARE(controls.size(), 2);
    QCOMPARE(controls.at(1)[QStringLiteral("groupName")].toString(), QStringLiteral("Accounting"));
    QCOMPARE(controls.at(1)[QStringLiteral("roleName")].toString(), QStringLiteral("Reporting"));
    m_fx.screenshot(m_window.get(), QStringLiteral("access-controls"));

    QFile sample(QStringLiteral(SCANFLOW_SOURCE_DIR "/samples/workflows/records.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const ApiReply workflow = m_fx.sendJson("POST", QStringLiteral("/scan/workflows"), QJsonDocument::fromJson(sample.readAll()).object());
    QVERIFY2(workflow.ok(), workflow.body.constData());
    const QString workflowName = workflow.object().value(QStringLiteral("name")).toString();
    EntityPage *rules = open(QStringLiteral("scanAccessPage"));
    QVERIFY(rules);
    f = form(rules, QStringLiteral("add"));
    QVERIFY(f);
    QVERIFY(!f->field(QStringLiteral("groupId"))->isVisible());
    fill(f, QStringLiteral("userName"), QStringLiteral("nobody.here"));
    submit(f, rules);
    QCOMPARE(f->error(), QStringLiteral("username: no user \"nobody.here\""));
    fill(f, QStringLiteral("userName"), QStringLiteral("user0007"));
    fill(f, QStringLiteral("access"), QStringLiteral("Deny"));
    submit(f, rules);
    QTRY_VERIFY(!f);
    const QJsonObject rule = m_fx.get(QStringLiteral("/scan/access")).array().at(0).toObject();
    QCOMPARE(rule.value(QStringLiteral("identityName")).toString(), QStringLiteral("user0007"));
    QCOMPARE(rule.value(QStringLiteral("access")).toString(), QStringLiteral("Deny"));
    QCOMPARE(rules->view()->model()->index(0, 0).data().toString(), workflowName);
    QCOMPARE(rules->view()->model()->index(0, 1).data().toString(), QStringLiteral("User user0007"));
    m_fx.screenshot(m_window.get(), QStringLiteral("scan-access"));
}

void TestEntities::certificatesAreCreatedImportedAndDeleted()
{
    EntityPage *page = open(QStringLiteral("certificatesPage"));
    QVERIFY(page);
    QCOMPARE(page->model()->rowCount(), 0);
    QPointer<FieldForm> f = form(page, QStringLiteral("createChain"));
    QVERIFY(f);
    fill(f, QStringLiteral("hostnames"), QStringLiteral("scan.example.com, 10.0.0.7"));
    fill(f, QStringLiteral("organisation"), QStringLiteral("Acme"));
    submit(f, page);
    QTRY_VERIFY(!f);
    QTRY_COMPARE(page->model()->rowCount(), 2);
    QVERIFY(m_fx.idle());
    QStringList kinds;
    for (int i = 0; i < 2; ++i)
        kinds.append(page->view()->model()->index(i, 0).data().toString());
    QCOMPARE(kinds, (QStringList{QStringLiteral("Private chain"), QStringLiteral("Root authority")}));
    QVERIFY(page->select(QStringLiteral("kind"), QStringLiteral("chain")));
    QCOMPARE(detail(page, QStringLiteral("Issuer")), QStringLiteral("Acme Root CA"));

    // The chain's PEM holds its root: import that as a trusted CA from a file.
    const QString pem = page->selected().value(QStringLiteral("body")).toString();
    const QString rootPem = pem.mid(pem.lastIndexOf(QLatin1String("-----BEGIN CERTIFICATE-----")));
    const QString path = m_fx.dir.filePath(QStringLiteral("acme-root.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(rootPem.toLatin1());
    file.close();
    f = form(page, QStringLiteral("importCa"));
    QVERIFY(f);
    fill(f, QStringLiteral("file"), path);
    submit(f, page);
    QTRY_VERIFY(!f);
    QTRY_COMPARE(page->model()->rowCount(), 3);
    QVERIFY(m_fx.idle());
    QCOMPARE(m_fx.get(QStringLiteral("/certificate/ca")).array().at(0)[QStringLiteral("subject")].toString(), QStringLiteral("Acme Root CA"));
    m_fx.screenshot(m_window.get(), QStringLiteral("certificates"));

    QVERIFY(page->select(QStringLiteral("kind"), QStringLiteral("ca")));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    page->findChild<QAction *>(QStringLiteral("delete"))->trigger();
    QVERIFY(m_fx.idle());
    QCOMPARE(m_fx.get(QStringLiteral("/certificate/ca")).array().size(), 0);
    QTRY_COMPARE(page->model()->rowCount(), 2);
}

void TestEntities::aDeviceIsRegisteredWithItsCodeAndRemoved()
{
    auto *page = static_cast<DevicesPage *>(open(QStringLiteral("devicesPage")));
    QVERIFY(page);
    QPointer<FieldForm> f = form(page, QStringLiteral("add"));
    QVERIFY(f);
    fill(f, QStringLiteral("name"), QStringLiteral("MFP lobby"));
    QSignalSpy shown(page, &DevicesPage::codeShown);
    submit(f, page);
    QTRY_VERIFY(!f);
    QCOMPARE(shown.count(), 1);
    const QString code = shown.at(0).at(0).toString();
    auto *dialog = page->findChild<QDialog *>(QStringLiteral("registrationCodeDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("registrationCode"))->text(), code);
    m_fx.screenshot(dialog, QStringLiteral("device-registration-code"));
    dialog->close();
    QTRY_VERIFY(page->select(QStringLiteral("name"), QStringLiteral("MFP lobby")));
    QCOMPARE(page->model()->index(page->view()->currentIndex().row(), 1).data().toString(), tr("Awaiting registration"));

    // The device types the code in and gets its token; the page then shows it registered.
    QUrlQuery grant;
    grant.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("urn:scanflow:grant-type:registration-code"));
    grant.addQueryItem(QStringLiteral("code"), code);
    const ApiReply traded = m_fx.sendForm("POST", QStringLiteral("/oauth/v1/token"), grant);
    QVERIFY2(traded.ok(), traded.body.constData());
    const QByteArray token = traded.object().value(QStringLiteral("access_token")).toString().toLatin1();
    page->reload();
    QTRY_VERIFY(page->select(QStringLiteral("state"), QStringLiteral("Registered")));
    QVERIFY(!page->selected().contains(QStringLiteral("registrationCode")));
    m_fx.screenshot(m_window.get(), QStringLiteral("devices"));

    // Removed: its token no longer logs anybody in.
    Dialogs::setNextAnswer(QMessageBox::Yes);
    page->findChild<QAction *>(QStringLiteral("delete"))->trigger();
    QVERIFY(m_fx.idle());
    QTRY_COMPARE(page->model()->rowCount(), 0);
    ApiClient terminal;
    terminal.setBaseUrl(m_fx.api.baseUrl());
    terminal.setApiKey(m_fx.api.apiKey());
    terminal.setUserToken(token);
    QUrlQuery login;
    login.addQueryItem(QStringLiteral("authtype"), QStringLiteral("3"));
    login.addQueryItem(QStringLiteral("userid"), QStringLiteral("admin"));
    int answered = 0;
    terminal.sendForm("POST", QStringLiteral("/login"), login, nullptr, [&](const ApiReply &r) { answered = r.status; });
    QTRY_VERIFY(answered != 0);
    QCOMPARE(answered, 401);
}

void TestEntities::aNewApiKeyIsShownOnceWithItsPermissions()
{
    auto *page = static_cast<ApiKeysPage *>(open(QStringLiteral("apiKeysPage")));
    QVERIFY(page);
    QPointer<FieldForm> f = form(page, QStringLiteral("add"));
    QVERIFY(f);
    fill(f, QStringLiteral("name"), QStringLiteral("Reporting robot"));
    auto *permissions = static_cast<QListWidget *>(f->field(QStringLiteral("permissions")));
    QCOMPARE(permissions->count(), 47);
    for (const QString &name : {QStringLiteral("ViewReport"), QStringLiteral("ViewUser")})
        permissions->findItems(name, Qt::MatchExactly).first()->setCheckState(Qt::Checked);
    QSignalSpy shown(page, &ApiKeysPage::keyShown);
    submit(f, page);
    QTRY_VERIFY(!f);
    QCOMPARE(shown.count(), 1);
    const QString key = shown.at(0).at(0).toString();
    auto *dialog = page->findChild<QDialog *>(QStringLiteral("newKeyDialog"));
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("newKey"))->text(), key);
    m_fx.screenshot(dialog, QStringLiteral("api-key-shown-once"));
    dialog->close();

    // The key works with exactly what was ticked, and the list never shows it again.
    QTRY_VERIFY(page->select(QStringLiteral("name"), QStringLiteral("Reporting robot")));
    const QJsonObject made = page->selected();
    QCOMPARE(made.value(QStringLiteral("permissions")).toArray(), (QJsonArray{QStringLiteral("ViewReport"), QStringLiteral("ViewUser")}));
    QVERIFY(key.startsWith(made.value(QStringLiteral("prefix")).toString()));
    for (int i = 0; i < page->model()->rowCount(); ++i) {
        for (int c = 0; c < page->model()->columnCount(); ++c)
            QVERIFY(!page->model()->index(i, c).data().toString().contains(key));
    }
    ApiClient robot;
    robot.setBaseUrl(m_fx.api.baseUrl());
    robot.setApiKey(key.toLatin1());
    int users = 0, workflows = 0;
    robot.get(QStringLiteral("/users/all"), {}, nullptr, [&](const ApiReply &r) { users = r.status; });
    robot.get(QStringLiteral("/scan/workflows"), {}, nullptr, [&](const ApiReply &r) { workflows = r.status; });
    QTRY_VERIFY(users != 0 && workflows != 0);
    QCOMPARE(users, 200);
    QCOMPARE(workflows, 403);
    m_fx.screenshot(m_window.get(), QStringLiteral("api-keys"));

    // Every page once more, for a person to look at.
    for (const char *name : {"outputPortsPage", "inputPortsPage", "authProvidersPage"}) {
        QVERIFY(open(QString::fromLatin1(name)));
        m_fx.screenshot(m_window.get(), QString::fromLatin1(name));
    }
}

void TestEntities::aRemoteServerIsRememberedWithItsKeyInTheKeychain()
{
    // The app's connector, as scanflow.cpp has it: remote by URL and key, or the embedded server.
    int connects = 0;
    m_window->setConnector([this, &connects](const ConnectionStore::Choice &choice, const QString &key) -> std::optional<QString> {
        ++connects;
        m_fx.api.setBaseUrl(choice.remote ? choice.url : QUrl(m_fx.server->baseUrl()));
        m_fx.api.setApiKey(choice.remote ? key.toUtf8() : m_fx.server->processKey());
        return std::nullopt;
    });
    // A full-access key for "the remote server" (the same server, reached by its URL).
    QJsonArray all;
    for (const QJsonValue &p : m_fx.get(QStringLiteral("/apikeys/permissions")).object().value(QStringLiteral("permissions")).toArray())
        all.append(p);
    const QString key = m_fx.sendJson("POST", QStringLiteral("/apikeys"),
                                      {{QStringLiteral("name"), QStringLiteral("admin app")}, {QStringLiteral("advancedPermissions"), true},
                                       {QStringLiteral("allowUnauthenticated"), true}, {QStringLiteral("permissions"), all}})
                            .object().value(QStringLiteral("key")).toString();
    QVERIFY(!key.isEmpty());

    QPointer<ConnectDialog> dialog = m_window->connectDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("url"));
    auto *apiKey = dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"));
    QVERIFY2(!url->isEnabled(), "the embedded server is the first choice");
    auto *remote = dialog->findChild<QRadioButton *>(QStringLiteral("remote"));
    QTest::mouseClick(remote, Qt::LeftButton, {}, QPoint(8, remote->height() / 2)); // on its indicator
    QVERIFY(url->isEnabled());
    typeText(url, QStringLiteral("ftp://nowhere"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
    QCOMPARE(dialog->status(), QStringLiteral("Server URL: \"ftp://nowhere\" is not an http:// or https:// address."));
    url->clear();
    typeText(url, m_fx.server->baseUrl());
    typeText(apiKey, QStringLiteral("sf_wrong"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
    QTRY_VERIFY(dialog->status().startsWith(QLatin1String("Not connected: ")));
    apiKey->clear();
    typeText(apiKey, key);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
    QTRY_COMPARE(dialog->status(), QStringLiteral("Connected to ScanFlow %1 (sqlite database).")
                                       .arg(m_fx.get(QStringLiteral("/version")).object().value(QStringLiteral("version")).toString()));
    m_fx.screenshot(dialog, QStringLiteral("connect-dialog"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 15000);
    QCOMPARE(connects, 1);
    QVERIFY(m_fx.idle());

    // Remembered: the URL in the settings, the key only in the keychain.
    const ConnectionStore::Choice remembered = ConnectionStore::load();
    QVERIFY(remembered.remote);
    QCOMPARE(remembered.url, QUrl(m_fx.server->baseUrl()));
    QString kept, error;
    bool answered = false;
    ConnectionStore::readKey(remembered.url, this, [&](const QString &k, const QString &e) {
        kept = k;
        error = e;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 15000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(kept, key);
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(m_fx.server->baseUrl().toUtf8()));
    QVERIFY2(!stored.contains(key.toUtf8()), "the key is not in the settings file");
    // The window now works through the new key: the list of API keys shows it in use.
    EntityPage *keys = open(QStringLiteral("apiKeysPage"));
    QVERIFY(keys && keys->select(QStringLiteral("name"), QStringLiteral("admin app")));

    // Back to the server on this computer; the dialog offers the remembered server's key again.
    dialog = m_window->connectDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("apiKey"))->text(), key);
    auto *embedded = dialog->findChild<QRadioButton *>(QStringLiteral("embedded"));
    QTest::mouseClick(embedded, Qt::LeftButton, {}, QPoint(8, embedded->height() / 2));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(connects, 2);
    QVERIFY(!ConnectionStore::load().remote);
    QCOMPARE(m_fx.api.baseUrl(), QUrl(m_fx.server->baseUrl()));
    QVERIFY(m_fx.idle());
    ConnectionStore::forgetKey(remembered.url, this, {});
}

void TestEntities::aServerWithItsOwnRootIsTrustedByItsFingerprint()
{
    // A remote scanflowd over HTTPS with the chain it made itself: a root this system does not trust.
    QTemporaryDir remoteDir;
    ServerProcess remote = ServerProcess::start({QStringLiteral("--tls"), QStringLiteral("--data"), remoteDir.filePath(QStringLiteral("data")),
                                                 QStringLiteral("--secrets-key-file"), remoteDir.filePath(QStringLiteral("secrets.key"))});
    QVERIFY2(remote.url.startsWith(QLatin1String("https://")) && !remote.key.isEmpty(), qPrintable(remote.url));
    // Its root as the API hands it out (read with curl -k), to compare with what the dialog shows.
    const QJsonObject root = QJsonDocument::fromJson(curl({QStringLiteral("-k"), QStringLiteral("-H"), QStringLiteral("X-Api-Key: ") + remote.key,
                                                           remote.url + QStringLiteral("/api/v1/certificate/root")}).section(u' ', 1).toUtf8())
                                 .array().first().toObject();
    const QSslCertificate rootCert(QByteArray::fromBase64(root.value(QStringLiteral("body")).toString().toLatin1()), QSsl::Der);
    QVERIFY(!rootCert.isNull());
    const QString fingerprint = QString::fromLatin1(rootCert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());

    QUrl used;
    QList<QSslCertificate> usedCas;
    m_window->setConnector([&](const ConnectionStore::Choice &choice, const QString &) -> std::optional<QString> {
        used = choice.url;
        usedCas = QSslCertificate::fromData(ConnectionStore::trustedRoot(choice.url), QSsl::Pem);
        return std::nullopt; // the window stays on the embedded server: this test is about the dialog
    });
    const auto openDialog = [&]() -> ConnectDialog * {
        ConnectDialog *d = m_window->connectDialog();
        if (!d || !QTest::qWaitForWindowExposed(d))
            return nullptr;
        auto *radio = d->findChild<QRadioButton *>(QStringLiteral("remote"));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
        auto *url = d->findChild<QLineEdit *>(QStringLiteral("url"));
        url->clear();
        typeText(url, remote.url);
        auto *key = d->findChild<QLineEdit *>(QStringLiteral("apiKey"));
        key->clear();
        typeText(key, remote.key);
        d->findChild<QCheckBox *>(QStringLiteral("remember"))->setChecked(false);
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("test")), Qt::LeftButton);
        return d;
    };
    QPointer<ConnectDialog> dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->trustButton()->isVisible(), 15000);
    QVERIFY2(dialog->status().contains(QLatin1String("ScanFlow Root CA")) && dialog->status().contains(fingerprint), qPrintable(dialog->status()));
    m_fx.screenshot(dialog, QStringLiteral("connect-untrusted-root"));
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(dialog->status().startsWith(QLatin1String("Connected to ScanFlow")), qPrintable(dialog->status()), 15000);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("ok")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 15000);
    QCOMPARE(used, QUrl(remote.url));
    QCOMPARE(usedCas, QList<QSslCertificate>{rootCert}); // kept with the connection
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(rootCert)); // not added to the system's

    // A root that changes later is refused, both fingerprints shown.
    QVERIFY(QProcess::execute(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                                           QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                                                           QStringLiteral("-subj"), QStringLiteral("/CN=Earlier Root"), QStringLiteral("-days"), QStringLiteral("1"),
                                                           QStringLiteral("-keyout"), remoteDir.filePath(QStringLiteral("old.key")),
                                                           QStringLiteral("-out"), remoteDir.filePath(QStringLiteral("old.pem"))}) == 0);
    QFile old(remoteDir.filePath(QStringLiteral("old.pem")));
    QVERIFY(old.open(QIODevice::ReadOnly));
    const QSslCertificate earlier(old.readAll(), QSsl::Pem);
    ConnectionStore::setTrustedRoot(QUrl(remote.url), earlier.toPem());
    dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->status().startsWith(QLatin1String("Refused: the root certificate")), 15000);
    QVERIFY(dialog->status().contains(QString::fromLatin1(earlier.digest(QCryptographicHash::Sha256).toHex(':').toUpper())));
    QVERIFY(dialog->status().contains(fingerprint));
    QTest::qWait(50);
    m_fx.screenshot(dialog, QStringLiteral("connect-changed-root"));
    dialog->reject();
    ConnectionStore::setTrustedRoot(QUrl(remote.url), {});
    ConnectionStore::save({false, QUrl(m_fx.server->baseUrl())});
    QCOMPARE(remote.stop(), 0);
}

void TestEntities::cleanupTestCase()
{
    m_window.reset();
}

#endif

QTEST_MAIN(TestEntities)
#include "tst_entities.moc"
