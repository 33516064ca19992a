#include "WorkflowEditor.h"

#include "Colors.h"
#include "OAuthBrowserFlow.h"

#include "ApiClient.h"
#include "ConnectionSection.h"
#include "Dialogs.h"
#include "DocumentBinding.h"
#include "FormControls.h"
#include "Labels.h"
#include "PlaceholderHighlight.h"
#include "PlaceholderPicker.h"
#include "RequestsArea.h"
#include "TemplateEditor.h"
#include "WorkflowDocument.h"
#include "WorkflowJson.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

namespace scanflow {

using FormControls::problemLabel;
using FormControls::setChecked;
using FormControls::setChoice;

namespace {




int userParameterCount(const Workflow &w)
{
    int n = 0;
    for (const Step &s : w.destination.steps)
        n += int(std::count_if(s.params.cbegin(), s.params.cend(), [](const Parameter &p) { return p.type == ParamType::User; }));
    return n;
}

} // namespace

WorkflowEditor::WorkflowEditor(ApiClient *api, QWidget *parent)
    : QWidget(parent), m_api(api), m_doc(new WorkflowDocument(this))
{
    setObjectName(QStringLiteral("workflowEditor"));
    // First made, first in the Tab order: the URL row sits at the top.
    QWidget *destinationUrl = buildDestinationUrl();
    auto *settings = new QWidget;
    auto *settingsLayout = new QVBoxLayout(settings);
    settingsLayout->addWidget(buildGeneral());
    settingsLayout->addWidget(buildAuth());
    settingsLayout->addWidget(buildMetadata());
    m_connection = new ConnectionSection(m_doc, api, this);
    settingsLayout->addWidget(m_connection);
    settingsLayout->addStretch();
    auto *settingsScroll = new QScrollArea;
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setWidget(settings);

    m_requests = new RequestsArea(m_api, m_doc, this);
    auto *requestsBox = new QGroupBox(tr("Requests"), this);
    (new QVBoxLayout(requestsBox))->addWidget(m_requests);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(settingsScroll);
    split->addWidget(requestsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_revoke = new QCheckBox(tr("Revoke user-specific authorization on save"), this);
    m_revoke->setObjectName(QStringLiteral("revokeOnSave"));
    m_revoke->setToolTip(tr("Deletes every user's saved private data for this workflow when it is saved."));
    m_test = new QPushButton(tr("Test delivery…"), this);
    m_test->setObjectName(QStringLiteral("testDelivery"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("close"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_revoke);
    bar->addWidget(m_test);
    bar->addWidget(m_save);
    bar->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(destinationUrl);
    layout->addWidget(split, 1);
    layout->addLayout(bar);

    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_test, &QPushButton::clicked, this, [this] {
        // A test runs what the server stores: unsaved changes are saved first.
        if (!m_doc->isModified() && !m_doc->workflow().id.isEmpty()) {
            emit testDeliveryRequested();
            return;
        }
        save([this](bool ok) {
            if (ok)
                emit testDeliveryRequested();
        });
    });
    connect(close, &QPushButton::clicked, this, [this] {
        if (maybeClose())
            emit closeRequested();
    });
    connect(m_doc, &WorkflowDocument::changed, this, &WorkflowEditor::refresh);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &WorkflowEditor::refresh);
    refresh();
}

WorkflowEditor::~WorkflowEditor()
{
    // The history says "clean" as it goes; nothing here may listen by then.
    m_doc->undoStack()->disconnect(this);
    m_doc->disconnect(this);
}

QLineEdit *WorkflowEditor::lineEdit(const QString &name, const QString &undoText, std::function<QString(const Workflow &)> get,
                          std::function<void(Workflow &, const QString &)> set)
{
    return DocumentBinding::lineEdit(this, m_doc, name, undoText, std::move(get), std::move(set), m_refreshers);
}

QWidget *WorkflowEditor::buildGeneral()
{
    auto *box = new QGroupBox(tr("Workflow"), this);
    auto *form = new QFormLayout(box);
    m_name = lineEdit(QStringLiteral("name"), tr("Edit name"), [](const Workflow &w) { return w.name; },
                      [](Workflow &w, const QString &v) { w.name = v; });
    form->addRow(tr("&Name:"), m_name);
    m_active = new QCheckBox(tr("&Active"), box);
    m_active->setObjectName(QStringLiteral("active"));
    form->addRow(QString(), m_active);
    m_userSpecific = new QCheckBox(tr("&User specific"), box);
    m_userSpecific->setObjectName(QStringLiteral("userSpecific"));
    m_userSpecific->setToolTip(tr("Store private API data per user: user-specific OAuth, Basic credentials or values."));
    form->addRow(QString(), m_userSpecific);
    connect(m_active, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change active"), [on](Workflow &w) { w.active = on; });
    });
    connect(m_userSpecific, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change user specific"), [on](Workflow &w) { w.userSpecific = on; });
    });
    return box;
}

QWidget *WorkflowEditor::buildDestinationUrl()
{
    // The whole width of the editor: a URL with a path of placeholders is read at a glance.
    auto *row = new QWidget(this);
    m_url = lineEdit(QStringLiteral("destinationUrl"), tr("Edit destination URL"), [](const Workflow &w) { return w.destination.url; },
                     [](Workflow &w, const QString &v) { w.destination.url = v; });
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/jobs/[jobId]/documents"));
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const auto deliveryStep = [this] { return int(m_doc->workflow().deliveryIndex()); };
    m_urlHighlight = new PlaceholderHighlight(m_url, m_doc, deliveryStep);
    auto *picker = new PlaceholderPicker(m_doc, deliveryStep, row);
    picker->setObjectName(QStringLiteral("destinationPlaceholders"));
    connect(picker, &PlaceholderPicker::picked, this, [this](const QString &placeholder) {
        m_url->insert(placeholder);
        const QString text = m_url->text();
        m_doc->edit(tr("Edit destination URL"), [text](Workflow &w) { w.destination.url = text; });
    });
    auto *urlLabel = new QLabel(tr("&Destination URL:"), row);
    urlLabel->setBuddy(m_url);
    m_urlProblem = problemLabel(row, QStringLiteral("destinationUrlProblem"));
    auto *grid = new QGridLayout(row);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(urlLabel, 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(picker, 0, 2);
    grid->addWidget(m_urlProblem, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    return row;
}

QWidget *WorkflowEditor::buildAuth()
{
    auto *box = new QGroupBox(tr("Authentication"), this);
    auto *layout = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    m_authType = new QComboBox(box);
    m_authType->setObjectName(QStringLiteral("authType"));
    for (AuthType t : {AuthType::None, AuthType::Basic, AuthType::OAuth2})
        m_authType->addItem(Labels::authType(t), int(t));
    form->addRow(tr("Authentication &type:"), m_authType);
    m_userAuth = new QCheckBox(tr("User specific authentication"), box);
    m_userAuth->setObjectName(QStringLiteral("userSpecificAuth"));
    form->addRow(QString(), m_userAuth);
    layout->addLayout(form);

    m_basicBox = new QWidget(box);
    m_basicBox->setObjectName(QStringLiteral("basicSettings"));
    auto *basic = new QFormLayout(m_basicBox);
    basic->setContentsMargins(0, 0, 0, 0);
    m_login = lineEdit(QStringLiteral("login"), tr("Edit login"), [](const Workflow &w) { return w.destination.auth.login; },
                       [](Workflow &w, const QString &v) { w.destination.auth.login = v; });
    m_password = lineEdit(QStringLiteral("password"), tr("Edit password"), [](const Workflow &w) { return w.destination.auth.password; },
                          [](Workflow &w, const QString &v) { w.destination.auth.password = v; });
    m_password->setEchoMode(QLineEdit::Password);
    basic->addRow(tr("Login:"), m_login);
    basic->addRow(tr("Password:"), m_password);
    layout->addWidget(m_basicBox);

    m_oauthBox = new QWidget(box);
    m_oauthBox->setObjectName(QStringLiteral("oauthSettings"));
    auto *oauth = new QFormLayout(m_oauthBox);
    oauth->setContentsMargins(0, 0, 0, 0);
    m_authUrl = lineEdit(QStringLiteral("authorizationUrl"), tr("Edit authorization URL"),
                         [](const Workflow &w) { return w.destination.auth.authorizationUrl; },
                         [](Workflow &w, const QString &v) { w.destination.auth.authorizationUrl = v; });
    m_tokenUrl = lineEdit(QStringLiteral("tokenUrl"), tr("Edit token URL"), [](const Workflow &w) { return w.destination.auth.tokenUrl; },
                          [](Workflow &w, const QString &v) { w.destination.auth.tokenUrl = v; });
    m_clientId = lineEdit(QStringLiteral("clientId"), tr("Edit client ID"), [](const Workflow &w) { return w.destination.auth.clientId; },
                          [](Workflow &w, const QString &v) { w.destination.auth.clientId = v; });
    m_clientSecret = lineEdit(QStringLiteral("clientSecret"), tr("Edit client secret"),
                              [](const Workflow &w) { return w.destination.auth.clientSecret; },
                              [](Workflow &w, const QString &v) { w.destination.auth.clientSecret = v; });
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_scopes = lineEdit(QStringLiteral("scopes"), tr("Edit scopes"), [](const Workflow &w) { return w.destination.auth.scopes; },
                        [](Workflow &w, const QString &v) { w.destination.auth.scopes = v; });
    m_scopes->setPlaceholderText(QStringLiteral("files.readwrite.ALL desk.basic.create"));
    oauth->addRow(tr("Authorization endpoint URL:"), m_authUrl);
    oauth->addRow(tr("Token endpoint URL:"), m_tokenUrl);
    oauth->addRow(tr("Client ID:"), m_clientId);
    oauth->addRow(tr("Client secret:"), m_clientSecret);
    oauth->addRow(tr("Scopes (space separated):"), m_scopes);
    auto *redirect = new QLineEdit(OAuthBrowserFlow::redirectUri(), m_oauthBox);
    redirect->setObjectName(QStringLiteral("redirectUri"));
    redirect->setReadOnly(true);
    auto *copy = new QPushButton(tr("Copy"), m_oauthBox);
    copy->setObjectName(QStringLiteral("copyRedirectUri"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(OAuthBrowserFlow::redirectUri());
        emit message(tr("Redirect URI copied."));
    });
    auto *redirectRow = new QHBoxLayout;
    redirectRow->addWidget(redirect, 1);
    redirectRow->addWidget(copy);
    oauth->addRow(tr("Redirect URI to register:"), redirectRow);
    layout->addWidget(m_oauthBox);
    m_authProblem = problemLabel(box, QStringLiteral("authProblem"));
    layout->addWidget(m_authProblem);

    connect(m_authType, &QComboBox::activated, this, [this] {
        const auto type = AuthType(m_authType->currentData().toInt());
        m_doc->edit(tr("Change authentication type"), [type](Workflow &w) { w.destination.auth.type = type; });
    });
    connect(m_userAuth, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change user specific authentication"), [on](Workflow &w) { w.destination.auth.userSpecific = on; });
    });
    return box;
}

QWidget *WorkflowEditor::buildMetadata()
{
    m_metadataBox = new QGroupBox(tr("Enable metadata export"), this);
    m_metadataBox->setObjectName(QStringLiteral("metadata"));
    m_metadataBox->setCheckable(true);
    auto *form = new QFormLayout(m_metadataBox);
    m_metadataFormat = new QComboBox(m_metadataBox);
    m_metadataFormat->setObjectName(QStringLiteral("metadataFormat"));
    for (MetadataFormat f : {MetadataFormat::Xml, MetadataFormat::Json, MetadataFormat::CustomXml, MetadataFormat::CustomJson})
        m_metadataFormat->addItem(Labels::metadataFormat(f), int(f));
    form->addRow(tr("Format:"), m_metadataFormat);
    m_xmlTemplate = new TemplateEditor(TemplateEditor::Kind::Xml, m_metadataBox);
    m_xmlTemplate->setObjectName(QStringLiteral("metadataXmlTemplate"));
    m_jsonTemplate = new TemplateEditor(TemplateEditor::Kind::Json, m_metadataBox);
    m_jsonTemplate->setObjectName(QStringLiteral("metadataJsonTemplate"));
    form->addRow(m_xmlTemplate);
    form->addRow(m_jsonTemplate);
    m_inFormField = new QCheckBox(tr("Export metadata in form field"), m_metadataBox);
    m_inFormField->setObjectName(QStringLiteral("metadataInFormField"));
    form->addRow(QString(), m_inFormField);
    m_formFieldName = lineEdit(QStringLiteral("metadataFieldName"), tr("Edit metadata field name"),
                               [](const Workflow &w) { return w.destination.metadata.formFieldName; },
                               [](Workflow &w, const QString &v) { w.destination.metadata.formFieldName = v; });
    form->addRow(tr("Name of metadata form field:"), m_formFieldName);
    m_metadataNote = new QLabel(m_metadataBox);
    m_metadataNote->setObjectName(QStringLiteral("metadataNote"));
    m_metadataNote->setWordWrap(true);
    form->addRow(m_metadataNote);

    connect(m_metadataBox, &QGroupBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change metadata export"), [on](Workflow &w) { w.destination.metadata.enabled = on; });
    });
    connect(m_metadataFormat, &QComboBox::activated, this, [this] {
        const auto format = MetadataFormat(m_metadataFormat->currentData().toInt());
        m_doc->edit(tr("Change metadata format"), [format](Workflow &w) { w.destination.metadata.format = format; });
    });
    for (TemplateEditor *editor : {m_xmlTemplate, m_jsonTemplate}) {
        connect(editor, &TemplateEditor::edited, this, [this](const QString &text) {
            m_doc->edit(tr("Edit metadata template"), [text](Workflow &w) { w.destination.metadata.templateText = text; },
                        QStringLiteral("metadataTemplate"));
        });
    }
    connect(m_inFormField, &QCheckBox::toggled, this, [this](bool on) {
        m_doc->edit(tr("Change metadata in form field"), [on](Workflow &w) { w.destination.metadata.inFormField = on; });
    });
    return m_metadataBox;
}

void WorkflowEditor::open(const Workflow &workflow)
{
    m_revoke->setChecked(false);
    m_doc->load(workflow);
}

void WorkflowEditor::refresh()
{
    const Workflow &w = m_doc->workflow();
    const Auth &a = w.destination.auth;
    const Metadata &m = w.destination.metadata;
    for (const auto &refresher : m_refreshers)
        refresher();
    setChecked(m_active, w.active);
    setChecked(m_userSpecific, w.userSpecific);
    m_urlProblem->setText(m_doc->issuesAt(QStringLiteral("destination.url")).join(QLatin1String("; ")));
    m_urlProblem->setVisible(!m_urlProblem->text().isEmpty());

    setChoice(m_authType, a.type);
    setChecked(m_userAuth, a.userSpecific);
    // The reference: visible only on a user-specific workflow with Basic or OAuth 2.0.
    m_userAuth->setVisible(w.userSpecific && a.type != AuthType::None);
    const bool userAuth = w.userSpecific && a.userSpecific;
    // With user-specific Basic, each user gives their own login and password in Workplace.
    m_basicBox->setVisible(a.type == AuthType::Basic && !userAuth);
    m_oauthBox->setVisible(a.type == AuthType::OAuth2);
    const bool hasSaved = !m_doc->saved().id.isEmpty() && m_doc->saved().destination.auth.type == a.type;
    m_password->setPlaceholderText(hasSaved ? tr("stored encrypted; type to replace") : QString());
    m_clientSecret->setPlaceholderText(hasSaved ? tr("stored encrypted; type to replace") : tr("optional with PKCE"));
    m_authProblem->setText(m_doc->issuesAt(QStringLiteral("destination.auth")).join(QLatin1String("; ")));
    m_authProblem->setVisible(!m_authProblem->text().isEmpty());

    if (m_metadataBox->isChecked() != m.enabled) {
        const QSignalBlocker block(m_metadataBox);
        m_metadataBox->setChecked(m.enabled);
    }
    setChoice(m_metadataFormat, m.format);
    m_xmlTemplate->setVisible(m.format == MetadataFormat::CustomXml);
    m_jsonTemplate->setVisible(m.format == MetadataFormat::CustomJson);
    m_xmlTemplate->setText(m.templateText);
    m_jsonTemplate->setText(m.templateText);
    setChecked(m_inFormField, m.inFormField);
    m_formFieldName->setVisible(m.inFormField);
    if (auto *label = qobject_cast<QFormLayout *>(m_metadataBox->layout())->labelForField(m_formFieldName))
        label->setVisible(m.inFormField);
    const int d = w.deliveryIndex();
    const bool raw = d >= 0 && w.destination.steps.at(d).body == BodyType::Raw;
    QString note = m.inFormField ? tr("Sent as the text field \"%1\" of the Delivery request.").arg(m.formFieldName)
                                 : tr("Sent as a separate file part named \"metadata\".");
    if (raw)
        note = tr("Not sent: the Delivery step sends a raw body. Send metadata through an additional request.");
    const QStringList metadataProblems = m_doc->issuesAt(QStringLiteral("destination.metadata"));
    if (!metadataProblems.isEmpty())
        note = metadataProblems.join(QLatin1String("; "));
    m_metadataNote->setText(note);

    m_connection->refresh();
    m_urlHighlight->refresh(); // the names available change with the steps

    // The reference: shown near Save when editing an existing user-specific workflow.
    m_revoke->setVisible(!w.id.isEmpty() && m_doc->saved().userSpecific && w.userSpecific);
    const int problems = int(m_doc->issues().size());
    QString summary = problems == 0 ? tr("No problems found.")
                                    : tr("%n problem(s): %1", nullptr, problems).arg(m_doc->issues().constFirst().toString());
    if (m_doc->isModified())
        summary = tr("Unsaved changes. ") + summary;
    m_summary->setText(summary);
    m_summary->setStyleSheet(problems ? Colors::problemStyle() : QString());
}

void WorkflowEditor::save(std::function<void(bool)> done)
{
    const Workflow &w = m_doc->workflow();
    const Workflow &before = m_doc->saved();
    const bool existing = !w.id.isEmpty();
    // R14: what saving will delete, said before it happens.
    const bool revokes = existing && before.userSpecific && (!w.userSpecific || m_revoke->isChecked());
    const int dropped = w.userSpecific ? 0 : userParameterCount(w);
    // Secrets stay with their destination: a new place costs the stored ones (the server drops them).
    // A workflow that went nowhere yet (a draft) loses nothing by getting its first place.
    QStringList newPlaces;
    if (existing && !before.origins().isEmpty()) {
        const QStringList known = before.origins();
        for (const QString &origin : w.origins()) {
            if (!known.contains(origin))
                newPlaces.append(origin);
        }
    }
    if (!revokes && dropped == 0 && newPlaces.isEmpty()) {
        putWorkflow(false, std::move(done));
        return;
    }
    const auto confirm = [this, revokes, dropped, newPlaces, done](int users) {
        QStringList what;
        if (!newPlaces.isEmpty()) {
            what.append(tr("The workflow will send requests to %1, where it did not before: its stored password, client secret "
                           "and shared authorization are deleted unless entered again now, and so is every user's saved "
                           "authorization and private values.").arg(newPlaces.join(QLatin1String(", "))));
        }
        if (dropped > 0)
            what.append(tr("%n user-specific parameter(s) will be removed, because the workflow is not user specific.", nullptr, dropped));
        if (revokes && users > 0)
            what.append(tr("%n user(s) will lose their saved authorization and private values and must authorize again in Workplace.",
                           nullptr, users));
        else if (revokes)
            what.append(tr("Any user-specific authorization saved for this workflow will be deleted."));
        const auto answer = Dialogs::question(this, tr("Save workflow"), what.join(u'\n') + u'\n' + tr("Save anyway?"),
                                              QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            if (done)
                done(false);
            return;
        }
        putWorkflow(revokes, done);
    };
    if (!revokes && !(before.userSpecific && !newPlaces.isEmpty())) {
        confirm(0);
        return;
    }
    m_api->get(QStringLiteral("/scan/workflows/%1/authorizations").arg(w.id), {}, this, [confirm](const ApiReply &reply) {
        confirm(reply.ok() ? int(reply.array().size()) : 0);
    });
}

void WorkflowEditor::putWorkflow(bool revoke, std::function<void(bool)> done)
{
    const Workflow sent = m_doc->workflow();
    QJsonObject json = workflowToJson(sent, SecretHandling::Include);
    json.remove(QStringLiteral("id"));
    const bool existing = !sent.id.isEmpty();
    QUrlQuery query;
    if (existing && revoke)
        query.addQueryItem(QStringLiteral("revokeUserAuthorizations"), QStringLiteral("true"));
    m_save->setEnabled(false);
    const QString path = existing ? QStringLiteral("/scan/workflows/%1").arg(sent.id) : QStringLiteral("/scan/workflows");
    m_api->sendJson(existing ? "PUT" : "POST", path, QJsonDocument(json), this, [this, done](const ApiReply &reply) {
        m_save->setEnabled(true);
        if (!reply.ok()) {
            Dialogs::warning(this, tr("Save workflow"), tr("The server did not save the workflow: %1").arg(reply.errorMessage()));
            if (done)
                done(false);
            return;
        }
        const auto stored = workflowFromJson(reply.object());
        if (!stored) {
            Dialogs::warning(this, tr("Save workflow"), tr("The server's answer is not a workflow: %1").arg(stored.error()));
            if (done)
                done(false);
            return;
        }
        m_revoke->setChecked(false);
        m_doc->markSaved(*stored);
        emit message(tr("Saved \"%1\".").arg(stored->name));
        emit saved(stored->id);
        if (done)
            done(true);
    }, query);
}

bool WorkflowEditor::maybeClose()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = Dialogs::question(this, tr("Unsaved changes"),
                                          tr("\"%1\" has unsaved changes. Save them?").arg(m_doc->workflow().name),
                                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        // Closes once saved; stays open (with the server's reason shown) when not.
        save([this](bool ok) {
            if (ok)
                emit closeRequested();
        });
        return false;
    }
    m_doc->load(m_doc->saved()); // discarded
    return true;
}

} // namespace scanflow
