// R12: metadata in the default XML and JSON formats or through custom templates.
#include "MetadataExport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace scanflow;

class TestMetadata : public QObject
{
    Q_OBJECT

private:
    static PlaceholderContext context();
    static Workflow workflow(MetadataFormat f, const QString &tmpl = {});
private slots:
    void R12_defaultJson();
    void R12_defaultXmlIsWellFormedAndEscaped();
    void R12_customTemplates();
};



// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

PlaceholderContext TestMetadata::context()
{
    PlaceholderContext c;
    c.setSystemValues({{QStringLiteral("documentname"), QStringLiteral("a<b>&c")},
                       {QStringLiteral("filename"), QStringLiteral("a<b>&c.pdf")},
                       {QStringLiteral("file_size"), QStringLiteral("1234")},
                       {QStringLiteral("username"), QStringLiteral("alice")},
                       {QStringLiteral("workflow_name"), QStringLiteral("Invoices")}});
    c.setTerminalValues({{QStringLiteral("costCenter"), QStringLiteral("CC-9")}});
    c.setUserValues({{QStringLiteral("customerCode"), QStringLiteral("PRIVATE-1")}});
    return c;
}

Workflow TestMetadata::workflow(MetadataFormat f, const QString &tmpl)
{
    Workflow w;
    w.destination.metadata.enabled = true;
    w.destination.metadata.format = f;
    w.destination.metadata.templateText = tmpl;
    return w;
}

void TestMetadata::R12_defaultJson()
{
    const auto m = renderMetadata(workflow(MetadataFormat::Json), context());
    QVERIFY(m.ok());
    QCOMPARE(m->contentType, QByteArray("application/json"));
    QCOMPARE(m->fileName, QStringLiteral("metadata.json"));
    const QJsonObject o = QJsonDocument::fromJson(m->content).object();
    QCOMPARE(o[QStringLiteral("document")].toObject()[QStringLiteral("fileName")].toString(), QStringLiteral("a<b>&c.pdf"));
    QCOMPARE(o[QStringLiteral("document")].toObject()[QStringLiteral("size")].toInt(), 1234);
    QCOMPARE(o[QStringLiteral("user")].toObject()[QStringLiteral("name")].toString(), QStringLiteral("alice"));
    QCOMPARE(o[QStringLiteral("terminal")].toObject()[QStringLiteral("costCenter")].toString(), QStringLiteral("CC-9"));
    QVERIFY2(!m->content.contains("PRIVATE-1"), "private values never go into default metadata");
}

void TestMetadata::R12_defaultXmlIsWellFormedAndEscaped()
{
    const auto m = renderMetadata(workflow(MetadataFormat::Xml), context());
    QVERIFY(m.ok());
    QCOMPARE(m->contentType, QByteArray("application/xml"));
    QVERIFY(m->content.contains("<name>a&lt;b&gt;&amp;c</name>"));
    QVERIFY(m->content.contains("<value key=\"costCenter\">CC-9</value>"));
    QXmlStreamReader reader(m->content);
    while (!reader.atEnd())
        reader.readNext();
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(!m->content.contains("PRIVATE-1"));
}

void TestMetadata::R12_customTemplates()
{
    const auto x = renderMetadata(workflow(MetadataFormat::CustomXml,
                                           QStringLiteral("<doc n=\"[documentname]\">[costCenter]</doc>")), context());
    QVERIFY(x.ok());
    QCOMPARE(x->content, QByteArray("<doc n=\"a&lt;b&gt;&amp;c\">CC-9</doc>"));

    const auto j = renderMetadata(workflow(MetadataFormat::CustomJson,
                                           QStringLiteral(R"({"name":"[documentname]","size":[file_size]})")), context());
    QVERIFY2(j.ok(), qPrintable(j.error()));
    QCOMPARE(j->content, QByteArray(R"({"name":"a<b>&c","size":1234})"));

    const auto bad = renderMetadata(workflow(MetadataFormat::CustomXml, QStringLiteral("<a>[nope]</a>")), context());
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("metadata: XML template placeholder [nope] has no value"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestMetadata)
#include "tst_metadata.moc"
