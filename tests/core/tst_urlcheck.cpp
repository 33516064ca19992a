// R11: a filled URL needs an http(s) scheme, a host and no whitespace.
#include "UrlCheck.h"

#include <QTest>

using namespace scanflow;

class TestUrlCheck : public QObject
{
    Q_OBJECT

private slots:
    void R11_valid()
    {
        const auto u = validateUrl(QStringLiteral("https://api.example.com/jobs/J-1/complete"), {});
        QVERIFY(u.ok());
        QCOMPARE(u->host(), QStringLiteral("api.example.com"));
    }

    void R11_invalid_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("unresolved");
        QTest::addColumn<QString>("error");
        QTest::newRow("no scheme") << "api.example.com/x" << QStringList()
                                   << "URL \"api.example.com/x\" needs an http:// or https:// scheme";
        QTest::newRow("ftp") << "ftp://h/x" << QStringList() << "URL \"ftp://h/x\" needs an http:// or https:// scheme";
        QTest::newRow("space") << "https://h/a b" << QStringList() << "URL \"https://h/a b\" contains whitespace";
        QTest::newRow("no host") << "https:///x" << QStringList() << "URL \"https:///x\" needs a host";
        QTest::newRow("unfilled") << "https://h/jobs/[jobId]" << QStringList{QStringLiteral("jobId")}
                                  << "URL \"https://h/jobs/[jobId]\" is not complete (placeholder [jobId] has no value)";
        QTest::newRow("empty") << "" << QStringList() << "URL \"\" is empty";
    }
    void R11_invalid()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, unresolved);
        QFETCH(QString, error);
        const auto u = validateUrl(url, unresolved);
        QVERIFY(!u.ok());
        QCOMPARE(u.error(), error);
    }

    void templatesAreCheckedAsFarAsTheyCanBe()
    {
        QCOMPARE(checkUrlTemplate(QStringLiteral("[baseUrl]/v1/documents")), QString());
        QCOMPARE(checkUrlTemplate(QStringLiteral("https://[host]/v1")), QString());
        QCOMPARE(checkUrlTemplate(QStringLiteral("example.com/[x]")),
                 QStringLiteral("\"example.com/[x]\" needs an http:// or https:// scheme"));
    }
};

QTEST_GUILESS_MAIN(TestUrlCheck)
#include "tst_urlcheck.moc"
