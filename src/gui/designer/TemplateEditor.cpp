#include "TemplateEditor.h"

#include "Colors.h"
#include "JsonTemplate.h"
#include "Placeholders.h"

#include <QFontDatabase>
#include <QLabel>
#include <QSignalBlocker>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

#include <pugixml.hpp>

namespace scanflow {

namespace {

// Placeholders in bold blue, so a reader sees at once what is filled in per file.
class PlaceholderHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &text) override
    {
        QTextCharFormat format;
        format.setForeground(Colors::link());
        format.setFontWeight(QFont::Bold);
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) != u'[')
                continue;
            if (const auto m = placeholderAt(text, i)) {
                setFormat(i, m->length, format);
                i += m->length - 1;
            }
        }
    }
};

QString checkXmlTemplate(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QObject::tr("the template is empty");
    pugi::xml_document doc;
    const QByteArray utf8 = text.toUtf8();
    const pugi::xml_parse_result r = doc.load_buffer(utf8.constData(), size_t(utf8.size()));
    if (!r)
        return QObject::tr("not well-formed XML at character %1: %2").arg(r.offset).arg(QString::fromUtf8(r.description()));
    return {};
}

} // namespace

TemplateEditor::TemplateEditor(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_edit(new QPlainTextEdit(this)), m_status(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("templateText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setUndoRedoEnabled(false);
    m_edit->setTabChangesFocus(true); // keyboard users can leave the editor
    m_edit->setMinimumHeight(120);
    new PlaceholderHighlighter(m_edit->document());
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_status);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        check();
        emit edited(m_edit->toPlainText());
    });
    check();
}

QString TemplateEditor::text() const
{
    return m_edit->toPlainText();
}

void TemplateEditor::setText(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    const QSignalBlocker block(m_edit);
    const int position = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(qMin(position, int(text.size())));
    m_edit->setTextCursor(cursor);
    check();
}

void TemplateEditor::check()
{
    const QString text = m_edit->toPlainText();
    m_problem = m_kind == Kind::Json ? checkJsonTemplate(text) : checkXmlTemplate(text);
    if (m_problem.isEmpty()) {
        const QStringList names = placeholderNames(text);
        m_status->setText(names.isEmpty() ? tr("Valid template.")
                                          : tr("Valid template; placeholders: %1").arg(names.join(QLatin1String(", "))));
        m_status->setStyleSheet(QString());
    } else {
        m_status->setText(tr("Invalid: %1").arg(m_problem));
        m_status->setStyleSheet(Colors::problemStyle());
    }
}

} // namespace scanflow
