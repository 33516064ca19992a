#include "StepEditor.h"

#include "Colors.h"
#include "FormControls.h"
#include "Labels.h"
#include "ParameterModel.h"
#include "PlaceholderHighlight.h"
#include "PlaceholderPicker.h"
#include "ResponseModel.h"
#include "RowTable.h"
#include "TemplateEditor.h"
#include "WorkflowDocument.h"
#include "WorkflowValidation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QFontDatabase>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace scanflow {

using FormControls::problemLabel;
using FormControls::setChoice;

namespace {


void showProblem(QLabel *label, QLineEdit *edit, const QStringList &problems)
{
    label->setText(problems.join(QLatin1String("; ")));
    label->setVisible(!problems.isEmpty());
    edit->setStyleSheet(problems.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid %1; }").arg(Colors::problem().name()));
}

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker block(edit);
        edit->setText(text);
    }
}


} // namespace

StepEditor::StepEditor(WorkflowDocument *doc, int index, QWidget *parent)
    : QWidget(parent), m_doc(doc), m_index(index), m_kind(doc->workflow().destination.steps.at(index).kind)
{
    setObjectName(m_kind == StepKind::Delivery ? QStringLiteral("deliveryStep") : QStringLiteral("requestStep"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    m_body = new QComboBox(this);
    m_body->setObjectName(QStringLiteral("body"));
    if (m_kind == StepKind::Delivery)
        buildDelivery(form);
    else
        buildRequest(form);

    m_paramModel = new ParameterModel(doc, index, this);
    m_responseModel = new ResponseModel(doc, index, this);
    m_params = new RowTable(m_paramModel, QStringLiteral("params"), this);
    m_responses = new RowTable(m_responseModel, QStringLiteral("responses"), this);
    auto *paramsBox = new QGroupBox(tr("Request parameters"), this);
    (new QVBoxLayout(paramsBox))->addWidget(m_params);
    auto *responsesBox = new QGroupBox(tr("Response parameters"), this);
    (new QVBoxLayout(responsesBox))->addWidget(m_responses);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(paramsBox, 3);
    layout->addWidget(responsesBox, 2);

    connect(m_method, &QComboBox::activated, this, [this] {
        const auto method = HttpMethod(m_method->currentData().toInt());
        // GET sends no body (its Form/Body rows go to the query string): the body type follows.
        editStep(tr("Change method"), [method](Step &s) {
            s.method = method;
            if (method == HttpMethod::Get && s.kind == StepKind::Request)
                s.body = BodyType::None;
        });
    });
    connect(m_body, &QComboBox::activated, this, [this] {
        const auto body = BodyType(m_body->currentData().toInt());
        editStep(tr("Change body type"), [body](Step &s) { s.body = body; });
    });
    refresh();
}

void StepEditor::buildDelivery(QFormLayout *form)
{
    auto *note = new QLabel(tr("Delivers the file to the workflow's Destination URL."), this);
    note->setWordWrap(true);
    form->addRow(note);
    m_fileField = new QLineEdit(this);
    m_fileField->setObjectName(QStringLiteral("fileField"));
    m_fileField->setPlaceholderText(QStringLiteral("file"));
    m_fileField->setToolTip(tr("The multipart field that carries the file: letters, digits, \".\", \"_\" and \"-\" only."));
    m_fileFieldProblem = problemLabel(this, QStringLiteral("fileFieldProblem"));
    form->addRow(tr("Name of file form field:"), m_fileField);
    form->addRow(QString(), m_fileFieldProblem);
    for (HttpMethod m : {HttpMethod::Post, HttpMethod::Put})
        m_method->addItem(Labels::method(m), int(m));
    form->addRow(tr("Delivery method:"), m_method);
    for (BodyType b : {BodyType::Multipart, BodyType::Raw})
        m_body->addItem(Labels::body(b), int(b));
    form->addRow(tr("Delivery body type:"), m_body);
    m_bodyNote = new QLabel(this);
    m_bodyNote->setObjectName(QStringLiteral("bodyNote"));
    m_bodyNote->setWordWrap(true);
    form->addRow(QString(), m_bodyNote);
    connect(m_fileField, &QLineEdit::textEdited, this, [this](const QString &text) {
        editStep(tr("Edit file field name"), [text](Step &s) { s.fileField = text; }, QStringLiteral("fileField"));
    });
}

void StepEditor::buildRequest(QFormLayout *form)
{
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("requestUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://api.example.com/jobs/[jobId]/complete"));
    m_url->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_urlHighlight = new PlaceholderHighlight(m_url, m_doc, [this] { return m_index; });
    auto *picker = new PlaceholderPicker(m_doc, [this] { return m_index; }, this);
    picker->setObjectName(QStringLiteral("urlPlaceholders"));
    connect(picker, &PlaceholderPicker::picked, this, [this](const QString &placeholder) {
        m_url->insert(placeholder);
        const QString text = m_url->text();
        editStep(tr("Edit request URL"), [text](Step &s) { s.url = text; });
    });
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(picker);
    m_urlProblem = problemLabel(this, QStringLiteral("urlProblem"));
    form->addRow(tr("Request URL:"), urlRow);
    form->addRow(QString(), m_urlProblem);
    for (HttpMethod m : {HttpMethod::Post, HttpMethod::Get, HttpMethod::Put, HttpMethod::Patch})
        m_method->addItem(Labels::method(m), int(m));
    form->addRow(tr("Request method:"), m_method);
    for (BodyType b : {BodyType::Form, BodyType::Json, BodyType::None})
        m_body->addItem(Labels::body(b), int(b));
    form->addRow(tr("Request body type:"), m_body);
    m_bodyNote = new QLabel(this);
    m_bodyNote->setObjectName(QStringLiteral("bodyNote"));
    m_bodyNote->setWordWrap(true);
    form->addRow(QString(), m_bodyNote);
    m_jsonSource = new QComboBox(this);
    m_jsonSource->setObjectName(QStringLiteral("jsonSource"));
    for (JsonSource j : {JsonSource::Parameters, JsonSource::Editor})
        m_jsonSource->addItem(Labels::jsonSource(j), int(j));
    form->addRow(tr("JSON body source:"), m_jsonSource);
    m_jsonSourceLabel = form->labelForField(m_jsonSource);
    m_template = new TemplateEditor(TemplateEditor::Kind::Json, this);
    m_template->setObjectName(QStringLiteral("jsonTemplate"));
    auto *templatePicker = new PlaceholderPicker(m_doc, [this] { return m_index; }, this);
    templatePicker->setObjectName(QStringLiteral("templatePlaceholders"));
    connect(templatePicker, &PlaceholderPicker::picked, this, [this](const QString &placeholder) {
        m_template->editor()->insertPlainText(placeholder);
    });
    m_templateBox = new QWidget(this);
    auto *templateLayout = new QVBoxLayout(m_templateBox);
    templateLayout->setContentsMargins(0, 0, 0, 0);
    templateLayout->addWidget(m_template);
    templateLayout->addWidget(templatePicker, 0, Qt::AlignLeft);
    form->addRow(tr("JSON body template:"), m_templateBox);
    m_templateLabel = form->labelForField(m_templateBox);

    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        editStep(tr("Edit request URL"), [text](Step &s) { s.url = text; }, QStringLiteral("url"));
    });
    connect(m_jsonSource, &QComboBox::activated, this, [this] {
        const auto source = JsonSource(m_jsonSource->currentData().toInt());
        editStep(tr("Change JSON body source"), [source](Step &s) { s.jsonSource = source; });
    });
    connect(m_template, &TemplateEditor::edited, this, [this](const QString &text) {
        editStep(tr("Edit JSON template"), [text](Step &s) { s.jsonTemplate = text; }, QStringLiteral("jsonTemplate"));
    });
}

const Step &StepEditor::step() const
{
    return m_doc->workflow().destination.steps.at(m_index);
}

void StepEditor::editStep(const QString &what, const std::function<void(Step &)> &change, const QString &mergeKey)
{
    const int i = m_index;
    m_doc->edit(what, [i, change](Workflow &w) { change(w.destination.steps[i]); },
                mergeKey.isEmpty() ? QString() : QStringLiteral("steps[%1].%2").arg(i).arg(mergeKey));
}

void StepEditor::setIndex(int index)
{
    if (index == m_index)
        return;
    m_index = index;
    m_paramModel->setStep(index);
    m_responseModel->setStep(index);
}

void StepEditor::refresh()
{
    const Step &s = step();
    const QString path = QStringLiteral("destination.steps[%1]").arg(m_index);
    setChoice(m_method, s.method);
    setChoice(m_body, s.body);
    if (m_kind == StepKind::Delivery) {
        setText(m_fileField, s.fileField);
        const bool multipart = s.body == BodyType::Multipart;
        // The file field name means something only in a multipart body.
        m_fileField->setEnabled(multipart);
        showProblem(m_fileFieldProblem, m_fileField, m_doc->issuesAt(path + QLatin1String(".fileField")));
        m_bodyNote->setText(multipart ? tr("Sends Form/Body parameters, the file and, when enabled, the metadata.")
                                      : tr("Sends only the file as the whole body; headers still apply, "
                                           "Form/Body parameters and metadata are not sent."));
        return;
    }
    setText(m_url, s.url);
    m_urlHighlight->refresh(); // earlier steps may have gained or lost a response value
    showProblem(m_urlProblem, m_url, m_doc->issuesAt(path + QLatin1String(".url")) + m_doc->issuesAt(path + QLatin1String(".body")));
    setChoice(m_jsonSource, s.jsonSource);
    const bool json = s.body == BodyType::Json;
    const bool editor = json && s.jsonSource == JsonSource::Editor;
    m_jsonSource->setVisible(json);
    m_jsonSourceLabel->setVisible(json);
    m_templateBox->setVisible(editor);
    m_templateLabel->setVisible(editor);
    m_template->setText(s.jsonTemplate);
    QString note;
    if (s.method == HttpMethod::Get || s.body == BodyType::None)
        note = tr("Form/Body parameters go to the query string.");
    else if (editor)
        note = tr("The template is the whole body; only header parameters are used from the table.");
    else if (json)
        note = tr("The body is a flat JSON object of the Form/Body parameters.");
    else
        note = tr("Form/Body parameters are sent URL-encoded in the body.");
    m_bodyNote->setText(note);
}

} // namespace scanflow
