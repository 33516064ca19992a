// R10: response parameters select a value with a simple JSON path or an XPath on XML.
#include "Selector.h"

#include <QTest>

using namespace scanflow;

class TestSelectors : public QObject
{
    Q_OBJECT

private:
    static QString pick(const char *selector, const QByteArray &body);
private slots:
    void R10_jsonPath_data();
    void R10_jsonPath();
    void R10_topLevelArray();
    void R10_matchesNothingNamesTheSelector();
    void R10_notJsonIsAClearError();
    void R10_xpath();
    void R10_invalidSelectorsAreRejected();
};



// The class comes first: moc 6.4 does not read raw string literals.
#ifndef Q_MOC_RUN

QString TestSelectors::pick(const char *selector, const QByteArray &body)
{
    const auto s = Selector::parse(QString::fromUtf8(selector));
    if (!s)
        return QStringLiteral("PARSE: ") + s.error();
    const auto v = s->select(body);
    return v ? *v : QStringLiteral("ERROR: ") + v.error();
}

void TestSelectors::R10_jsonPath_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<QString>("expected");
    QTest::newRow("member") << "data.id" << "J-42";
    QTest::newRow("array index") << "items[1].id" << "b";
    QTest::newRow("number") << "count" << "3";
    QTest::newRow("fraction") << "ratio" << "0.25";
    QTest::newRow("bool") << "ok" << "true";
    QTest::newRow("object as json") << "data" << R"({"id":"J-42"})";
    QTest::newRow("nested index") << "grid[0][1]" << "2";
}

void TestSelectors::R10_jsonPath()
{
    QFETCH(QString, selector);
    QFETCH(QString, expected);
    const QByteArray body = R"({"data":{"id":"J-42"},"items":[{"id":"a"},{"id":"b"}],
        "count":3,"ratio":0.25,"ok":true,"grid":[[1,2]]})";
    QCOMPARE(pick(selector.toUtf8().constData(), body), expected);
}

void TestSelectors::R10_topLevelArray()
{
    QCOMPARE(pick("[0].name", R"([{"name":"first"}])"), QStringLiteral("first"));
}

void TestSelectors::R10_matchesNothingNamesTheSelector()
{
    QCOMPARE(pick("data.missing", R"({"data":{}})"),
             QStringLiteral("ERROR: selector 'data.missing' matches nothing in the response"));
    QCOMPARE(pick("items[5].id", R"({"items":[]})"),
             QStringLiteral("ERROR: selector 'items[5].id' matches nothing in the response"));
}

void TestSelectors::R10_notJsonIsAClearError()
{
    QVERIFY(pick("data.id", "<html>oops</html>").startsWith(
        QStringLiteral("ERROR: response is not JSON")));
}

void TestSelectors::R10_xpath()
{
    const QByteArray xml = R"(<?xml version="1.0"?><root><id>77</id><doc key="k1"><t>x</t></doc></root>)";
    QCOMPARE(pick("/root/id", xml), QStringLiteral("77"));
    QCOMPARE(pick("/root/doc/@key", xml), QStringLiteral("k1"));
    QCOMPARE(pick("string(/root/doc/t)", xml), QStringLiteral("x"));
    QCOMPARE(pick("count(/root/*)", xml), QStringLiteral("2"));
    QCOMPARE(pick("/root/none", xml),
             QStringLiteral("ERROR: selector '/root/none' matches nothing in the response"));
    QVERIFY(pick("/root/id", R"({"json":1})").startsWith(QStringLiteral("ERROR: response is not XML")));
}

void TestSelectors::R10_invalidSelectorsAreRejected()
{
    QVERIFY(pick("data..id", "{}").startsWith(QStringLiteral("PARSE: selector 'data..id' is not a valid JSON path")));
    QVERIFY(pick("items[x]", "{}").startsWith(QStringLiteral("PARSE:")));
    QVERIFY(pick("/root/[", "<r/>").contains(QStringLiteral("is not valid XPath")));
    QVERIFY(pick("", "{}").startsWith(QStringLiteral("PARSE: selector is empty")));
}

#endif // Q_MOC_RUN

QTEST_GUILESS_MAIN(TestSelectors)
#include "tst_selectors.moc"
