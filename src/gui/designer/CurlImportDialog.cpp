#include "CurlImportDialog.h"

#include "WorkflowDocument.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace scanflow {

CurlImportDialog::CurlImportDialog(WorkflowDocument *doc, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_command(new QPlainTextEdit(this)), m_preview(new QLabel(this)),
      m_asRequest(new QRadioButton(tr("Make a new &Request step"), this)),
      m_asDelivery(new QRadioButton(tr("Fill the &Delivery (destination URL and upload)"), this)),
      m_storeBasic(new QCheckBox(this))
{
    setObjectName(QStringLiteral("curlImport"));
    setWindowTitle(tr("Import from curl"));
    resize(720, 460);
    auto *intro = new QLabel(tr("&Paste a curl command line, as an API's documentation gives it:"), this);
    intro->setBuddy(m_command);
    m_command->setObjectName(QStringLiteral("curlCommand"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setPlaceholderText(QStringLiteral("curl -X POST https://api.example.com/v1/files \\\n  -H \"Accept: application/json\" \\\n  -F \"file=@scan.pdf\""));
    m_command->setTabChangesFocus(true);
    m_preview->setObjectName(QStringLiteral("curlPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_asRequest->setObjectName(QStringLiteral("curlAsRequest"));
    m_asDelivery->setObjectName(QStringLiteral("curlAsDelivery"));
    m_asRequest->setChecked(true);
    m_storeBasic->setObjectName(QStringLiteral("curlStoreBasic"));
    m_storeBasic->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Import"));
    m_ok->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_command, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_asRequest);
    layout->addWidget(m_asDelivery);
    layout->addWidget(m_storeBasic);
    layout->addWidget(buttons);
    connect(m_command, &QPlainTextEdit::textChanged, this, &CurlImportDialog::parse);
    connect(buttons, &QDialogButtonBox::accepted, this, &CurlImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CurlImportDialog::parse()
{
    const QString text = m_command->toPlainText().trimmed();
    m_parsed.reset();
    m_ok->setEnabled(false);
    m_storeBasic->hide();
    if (text.isEmpty()) {
        m_preview->clear();
        return;
    }
    const Result<CurlImport> parsed = importCurl(text);
    if (!parsed) {
        m_preview->setText(tr("Cannot import: %1").arg(parsed.error()));
        m_preview->setStyleSheet(QStringLiteral("color: palette(link-visited)"));
        return;
    }
    m_preview->setStyleSheet({});
    m_parsed = *parsed;
    const Step &s = parsed->step;
    int headers = 0, fields = 0;
    for (const Parameter &p : s.params)
        (p.location == ParamLocation::Header ? headers : fields)++;
    QStringList lines;
    lines << QStringLiteral("%1 %2").arg(toString(s.method), parsed->url);
    lines << tr("%n header(s)", nullptr, headers) + QStringLiteral(", ") + tr("%n field(s)", nullptr, fields) + QStringLiteral(", ")
                 + tr("body: %1").arg(toString(s.body)) + (parsed->hasFile ? tr(", the scanned file as \"%1\"").arg(s.fileField) : QString());
    for (const QString &note : parsed->notes)
        lines << tr("Not needed in a workflow: %1").arg(note);
    m_preview->setText(lines.join(u'\n'));
    // A file part is an upload: it belongs in the Delivery; anything else is a Request.
    (parsed->hasFile ? m_asDelivery : m_asRequest)->setChecked(true);
    if (parsed->basic) {
        m_storeBasic->setText(tr("Store the login \"%1\" (-u) as the workflow's &Basic authentication").arg(parsed->basic->login));
        m_storeBasic->setChecked(m_doc->workflow().destination.auth.type == AuthType::None);
        m_storeBasic->show();
    }
    m_ok->setEnabled(true);
}

void CurlImportDialog::accept()
{
    if (!m_parsed)
        return;
    const CurlImport imported = *m_parsed;
    const bool delivery = m_asDelivery->isChecked();
    const bool basic = imported.basic && m_storeBasic->isChecked();
    const Workflow &now = m_doc->workflow();
    int at = 0;
    if (delivery) {
        at = now.deliveryIndex();
        if (at < 0)
            at = int(now.destination.steps.size());
    } else {
        at = now.deliveryIndex() >= 0 ? now.deliveryIndex() : int(now.destination.steps.size());
    }
    m_doc->edit(tr("Import from curl"), [this, imported, delivery, basic, at](Workflow &w) {
        Step step = imported.step;
        if (delivery) {
            step.kind = StepKind::Delivery;
            step.url.clear(); // the Delivery sends to the destination URL
            w.destination.url = imported.url;
            if (at < w.destination.steps.size()) {
                Step &current = w.destination.steps[at];
                step.name = current.name;
                step.response = current.response;
                current = step;
            } else {
                w.destination.steps.append(step);
            }
        } else {
            step.kind = StepKind::Request;
            step.url = imported.url;
            if (step.name.isEmpty()) // named after what it calls: ".../v1/records" is "records"
                step.name = QUrl(imported.url).path().section(u'/', -1, -1, QString::SectionSkipEmpty);
            if (step.name.isEmpty())
                step.name = tr("Request");
            w.destination.steps.insert(at, step);
        }
        if (basic)
            w.destination.auth = *imported.basic;
    });
    m_imported = at;
    QDialog::accept();
}

} // namespace scanflow
