// The cases of tst_curlimport.h, apart from its Q_OBJECT class: moc cannot read the curl
// command lines these hold.
#include "tst_curlimport.h"

#include "CurlImport.h"

#include <QTest>

using namespace scanflow;

namespace {

const Parameter *param(const Step &s, const QString &key, ParamLocation where)
{
    for (const Parameter &p : s.params) {
        if (p.key == key && p.location == where)
            return &p;
    }
    return nullptr;
}

} // namespace

void TestCurlImport::wordsAsAShellSplitsThem()
{
    const auto words = splitShellWords(QStringLiteral(R"(curl -H 'A: "b"' "x \"y\" \$z" a\ b '' \
  --next)"));
    QVERIFY2(words, qPrintable(words.error()));
    QCOMPARE(*words, (QStringList{QStringLiteral("curl"), QStringLiteral("-H"), QStringLiteral("A: \"b\""), QStringLiteral("x \"y\" $z"),
                                  QStringLiteral("a b"), QString(), QStringLiteral("--next")}));
    QCOMPARE(splitShellWords(QStringLiteral("curl 'open")).error(), QStringLiteral("the command ends inside single quotes"));
}

void TestCurlImport::referenceLoginIsAFormRequest()
{
    // Reference 002, "Login".
    const auto got = importCurl(QStringLiteral(R"(curl -X POST -H "X-Api-Key: key" -d "authtype=0" -d "userid=username" -d "password=password" "https://serveraddress:7300/api/v1/login")"));
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(toString(got->step.kind), toString(StepKind::Request));
    QCOMPARE(toString(got->step.method), toString(HttpMethod::Post));
    QCOMPARE(got->step.url, QStringLiteral("https://serveraddress:7300/api/v1/login"));
    QCOMPARE(toString(got->step.body), toString(BodyType::Form));
    const Parameter *key = param(got->step, QStringLiteral("X-Api-Key"), ParamLocation::Header);
    QVERIFY(key && key->value == QLatin1String("key") && key->secret);
    QCOMPARE(param(got->step, QStringLiteral("userid"), ParamLocation::Form)->value, QStringLiteral("username"));
    QVERIFY(param(got->step, QStringLiteral("password"), ParamLocation::Form)->secret);
    QCOMPARE(got->step.params.size(), 4);
    QVERIFY(got->notes.isEmpty());
}

void TestCurlImport::referenceHistoryOverTwoLinesIsAGet()
{
    // Reference 002, "Documents": the example as the page prints it, over two lines.
    const auto got = importCurl(QStringLiteral("curl --request GET 'https://yourhost:7300/api/v1/documents/history?datestart=2021-09-07T16:38:10.972Z&maxrecords=2' \\\n"
                                               "--header 'X-Api-Key: advanced_api_permissions_key' \\\n"));
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(toString(got->step.method), toString(HttpMethod::Get));
    QCOMPARE(toString(got->step.body), toString(BodyType::None));
    QCOMPARE(got->step.url, QStringLiteral("https://yourhost:7300/api/v1/documents/history?datestart=2021-09-07T16:38:10.972Z&maxrecords=2"));
    QCOMPARE(param(got->step, QStringLiteral("X-Api-Key"), ParamLocation::Header)->value, QStringLiteral("advanced_api_permissions_key"));
}

void TestCurlImport::referenceUploadIsADeliveryWithItsFilePart()
{
    // Reference 002, "Upload a document", with its host filled in.
    const auto got = importCurl(QStringLiteral(R"(curl -X PUT -i -v -H "X-Api-Key: "  -F "username=" -F "portname=" -F "title=" -F "data=@;filename=" -k https://server_name:7300/api/v1/documents)"));
    QVERIFY2(got, qPrintable(got.error()));
    QVERIFY(got->hasFile);
    QCOMPARE(toString(got->step.kind), toString(StepKind::Delivery));
    QCOMPARE(toString(got->step.method), toString(HttpMethod::Put));
    QCOMPARE(toString(got->step.body), toString(BodyType::Multipart));
    QCOMPARE(got->step.fileField, QStringLiteral("data"));
    QCOMPARE(got->url, QStringLiteral("https://server_name:7300/api/v1/documents"));
    QVERIFY(got->step.url.isEmpty()); // a Delivery goes to the destination URL
    for (const char *field : {"username", "portname", "title"})
        QVERIFY(param(got->step, QString::fromLatin1(field), ParamLocation::Form));
    QVERIFY(!param(got->step, QStringLiteral("data"), ParamLocation::Form));
    // -i, -v and -k are said, not dropped in silence; -k is not taken.
    QCOMPARE(got->notes.size(), 3);
    QVERIFY(got->notes.filter(QStringLiteral("-k: not taken")).size() == 1);
}

void TestCurlImport::referenceUserImportKeepsLiteralAndAttachedParts()
{
    // Reference 002, "Import users": a header with no value, --form-string and -F"…" attached.
    const auto got = importCurl(QStringLiteral(R"(curl -X POST -i -H X-Api-Key: --form-string "separator=;" -F "mapping=userName:0,firstName:1" -F "hasheader=false"  -F "group=" -F"data=@" -k https://account-domain-name:7300/api/v1/users/import)"));
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(param(got->step, QStringLiteral("separator"), ParamLocation::Form)->value, QStringLiteral(";"));
    QCOMPARE(param(got->step, QStringLiteral("mapping"), ParamLocation::Form)->value, QStringLiteral("userName:0,firstName:1"));
    QCOMPARE(param(got->step, QStringLiteral("X-Api-Key"), ParamLocation::Header)->value, QString());
    QCOMPARE(got->step.fileField, QStringLiteral("data"));
}

void TestCurlImport::aJsonBodyWithBasicAuthAndNotes()
{
    const auto got = importCurl(QStringLiteral(R"(curl -sS -X POST https://api.example.com/records -H 'Content-Type: application/json' -u svc:s3cret -d '{"title": "Scan", "tags": ["a"]}')"));
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(toString(got->step.body), toString(BodyType::Json));
    QCOMPARE(toString(got->step.jsonSource), toString(JsonSource::Editor));
    QCOMPARE(got->step.jsonTemplate, QStringLiteral(R"({"title": "Scan", "tags": ["a"]})"));
    QVERIFY(got->basic);
    QCOMPARE(toString(got->basic->type), toString(AuthType::Basic));
    QCOMPARE(got->basic->login, QStringLiteral("svc"));
    QCOMPARE(got->basic->password, QStringLiteral("s3cret"));
    QVERIFY(!param(got->step, QStringLiteral("Content-Type"), ParamLocation::Header)); // the body type says it
    QVERIFY(got->notes.filter(QStringLiteral("-s:")).size() == 1);
}

void TestCurlImport::getWithUrlencodedFieldsPutsThemInTheQuery()
{
    const auto got = importCurl(QStringLiteral("curl -G https://api.example.com/search --data-urlencode 'q=a b&c' -d page=2%20x -H 'Accept: application/json'"));
    QVERIFY2(got, qPrintable(got.error()));
    QCOMPARE(toString(got->step.method), toString(HttpMethod::Get));
    QCOMPARE(toString(got->step.body), toString(BodyType::Form));
    QCOMPARE(param(got->step, QStringLiteral("q"), ParamLocation::Form)->value, QStringLiteral("a b&c")); // as it is: curl encodes it
    QCOMPARE(param(got->step, QStringLiteral("page"), ParamLocation::Form)->value, QStringLiteral("2 x"));   // decoded: the engine encodes
}

void TestCurlImport::whatIsNotTakenIsNamed()
{
    QCOMPARE(importCurl(QStringLiteral("curl --cert client.pem https://x.example")).error(),
             QStringLiteral("--cert: not taken from curl; set it in the workflow, or leave it out"));
    QCOMPARE(importCurl(QStringLiteral("curl -sZ https://x.example")).error(), QStringLiteral("-Z: not taken from curl; set it in the workflow, or leave it out"));
    QCOMPARE(importCurl(QStringLiteral("curl -X DELETE https://x.example/a")).error(), QStringLiteral("-X DELETE: a workflow step is POST, GET, PUT or PATCH"));
    QCOMPARE(importCurl(QStringLiteral("curl -d @body.json https://x.example")).error(),
             QStringLiteral("-d @body.json: the body comes from a file; paste what the file holds instead"));
    QCOMPARE(importCurl(QStringLiteral("curl -H")).error(), QStringLiteral("-H: its value is missing"));
    QCOMPARE(importCurl(QStringLiteral("wget https://x.example")).error(), QStringLiteral("the command must start with curl"));
    QCOMPARE(importCurl(QStringLiteral("curl -F a=@x -F b=@y https://x.example")).error(),
             QStringLiteral("-F b=@y: a second file part; a workflow sends one file, the scan"));
    QCOMPARE(importCurl(QStringLiteral("curl ftp://x.example/f")).error(), QStringLiteral("\"ftp://x.example/f\": not an http:// or https:// URL"));
}
