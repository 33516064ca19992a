// R9: a JSON editor template renders injection-safe.
#include "JsonTemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace scanflow;

class TestJsonTemplate : public QObject
{
    Q_OBJECT

private:
    PlaceholderContext context() const;
private slots:
    void R9_insideQuotesIsEscapedOutsideIsLiteral();
    void R9_valueCannotInjectMembers();
    void R9_unfilledPlaceholderIsNamed();
    void R9_jsonArraysAndKeywordsAreNotPlaceholders();
    void R9_escapedQuotesKeepStringState();
    void R9_templateStructureIsCheckedBeforeValuesExist();
    void controlCharactersAreEscaped();
    void Z7_anUnquotedPlaceholderMayBeAnyJsonValue();
};



// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

PlaceholderContext TestJsonTemplate::context() const
{
    PlaceholderContext c;
    c.setSystemValues({{QStringLiteral("documentname"), QStringLiteral("scan \"1\"\\\n")},
                       {QStringLiteral("username"), QStringLiteral("alice")}});
    c.setResponseValue(QStringLiteral("UploadID"), QStringLiteral("17"));
    c.setResponseValue(QStringLiteral("evil"), QStringLiteral("1, \"admin\": true"));
    c.setResponseValue(QStringLiteral("flag"), QStringLiteral("true"));
    c.setResponseValue(QStringLiteral("items"), QStringLiteral(R"(["a",{"b":2}])"));
    c.setResponseValue(QStringLiteral("record"), QStringLiteral(R"({"id":7,"tags":[]})"));
    c.setResponseValue(QStringLiteral("breakout"), QStringLiteral("1], \"admin\": [true"));
    return c;
}

void TestJsonTemplate::R9_insideQuotesIsEscapedOutsideIsLiteral()
{
    const auto r = renderJsonTemplate(QStringLiteral(R"({"PropertyValues":[{"PropertyDef":0,
        "TypedValue":{"DataType":1,"Value":"[documentname]","UploadID":[UploadID],"ok":[flag]}}]})"),
                                      context());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const QJsonObject tv = QJsonDocument::fromJson(*r).object()[QStringLiteral("PropertyValues")]
                               .toArray().at(0).toObject()[QStringLiteral("TypedValue")].toObject();
    QCOMPARE(tv[QStringLiteral("Value")].toString(), QStringLiteral("scan \"1\"\\\n"));
    QCOMPARE(tv[QStringLiteral("UploadID")].toInt(), 17);
    QCOMPARE(tv[QStringLiteral("ok")].toBool(), true);
}

void TestJsonTemplate::R9_valueCannotInjectMembers()
{
    const auto quoted = renderJsonTemplate(QStringLiteral(R"({"v":"[evil]"})"), context());
    QVERIFY(quoted.ok());
    const QJsonObject o = QJsonDocument::fromJson(*quoted).object();
    QCOMPARE(o.size(), 1);
    QCOMPARE(o[QStringLiteral("v")].toString(), QStringLiteral("1, \"admin\": true"));

    const auto bare = renderJsonTemplate(QStringLiteral(R"({"v":[evil]})"), context());
    QVERIFY(!bare.ok());
    QVERIFY2(bare.error().contains(QStringLiteral("[evil] stands outside quotes")), qPrintable(bare.error()));

    const auto text = renderJsonTemplate(QStringLiteral(R"({"v":[username]})"), context());
    QVERIFY(!text.ok());
}

void TestJsonTemplate::Z7_anUnquotedPlaceholderMayBeAnyJsonValue()
{
    // "place it without quotes if the resolved value matches valid JSON": arrays and objects too
    // (a response selector such as `items` returns them as JSON).
    const auto r = renderJsonTemplate(QStringLiteral(R"({"items":[items],"record":[record]})"), context());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const QJsonObject o = QJsonDocument::fromJson(*r).object();
    QCOMPARE(o[QStringLiteral("items")].toArray().at(1)[QStringLiteral("b")].toInt(), 2);
    QCOMPARE(o[QStringLiteral("record")][QStringLiteral("id")].toInt(), 7);
    // Still one value: text that would close the array and add members is refused.
    const auto out = renderJsonTemplate(QStringLiteral(R"({"v":[[breakout]]})"), context());
    QVERIFY(!out.ok());
    QVERIFY2(out.error().contains(QStringLiteral("[breakout] stands outside quotes")), qPrintable(out.error()));
}

void TestJsonTemplate::R9_unfilledPlaceholderIsNamed()
{
    const auto r = renderJsonTemplate(QStringLiteral(R"({"id":"[jobId]"})"), context());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("JSON template: placeholder [jobId] has no value"));
}

void TestJsonTemplate::R9_jsonArraysAndKeywordsAreNotPlaceholders()
{
    const auto r = renderJsonTemplate(QStringLiteral(R"({"a":[true],"b":[null, 1],"c":[[UploadID]]})"), context());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(QJsonDocument::fromJson(*r).object()[QStringLiteral("c")].toArray().at(0).toInt(), 17);
}

void TestJsonTemplate::R9_escapedQuotesKeepStringState()
{
    const auto r = renderJsonTemplate(QStringLiteral("{\"a\":\"x\\\"[username]\\\"y\"}"), context());
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(QJsonDocument::fromJson(*r).object()[QStringLiteral("a")].toString(), QStringLiteral("x\"alice\"y"));
}

void TestJsonTemplate::R9_templateStructureIsCheckedBeforeValuesExist()
{
    QCOMPARE(checkJsonTemplate(QStringLiteral(R"({"id":[UploadID],"n":"[documentname]"})")), QString());
    QVERIFY(checkJsonTemplate(QStringLiteral(R"({"id":[UploadID],})")).startsWith(QStringLiteral("JSON template is not valid JSON")));
    QCOMPARE(checkJsonTemplate(QStringLiteral("  ")), QStringLiteral("JSON template is empty"));
}

void TestJsonTemplate::controlCharactersAreEscaped()
{
    QCOMPARE(jsonEscaped(QStringLiteral("a\tb") + QChar(0x01)), QStringLiteral("a\\tb\\u0001"));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestJsonTemplate)
#include "tst_jsontemplate.moc"
