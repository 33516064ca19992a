#include "DeliveryHarness.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTest>

namespace scanflow::test {

DeliveryHarness::DeliveryHarness()
{
    if (!target.listen())
        qFatal("the test target cannot listen on loopback");
    engine.setRequestTimeout(10000);
}

QByteArray withTarget(QByteArray text, const QByteArray &baseUrl)
{
    return text.replace("{T}", baseUrl);
}

Result<Workflow> DeliveryHarness::workflow(const QByteArray &json) const
{
    return workflowFromJson(withTarget(json, target.baseUrl()));
}

QString DeliveryHarness::file(const QString &name, const QByteArray &content) const
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write a test scan");
    return path;
}

QList<DeliveryJob> DeliveryHarness::jobs(int count, const QByteArray &content) const
{
    QList<DeliveryJob> out;
    for (int i = 0; i < count; ++i) {
        DeliveryJob j;
        j.filePath = file(QStringLiteral("f%1.pdf").arg(i), content);
        out.append(j);
    }
    return out;
}

DeliveryResult DeliveryHarness::deliver(const Workflow &workflow, const DeliveryJob &job)
{
    const QList<DeliveryResult> results = deliverAll(workflow, {job});
    return results.value(0);
}

DeliveryResult DeliveryHarness::deliver(const Workflow &workflow, const QString &filePath)
{
    DeliveryJob job;
    job.filePath = filePath;
    return deliver(workflow, job);
}

QList<DeliveryResult> DeliveryHarness::deliverAll(const Workflow &workflow, const QList<DeliveryJob> &jobs)
{
    QList<DeliveryResult> results;
    const auto connection = QObject::connect(&engine, &DeliveryEngine::finished, &engine,
                                             [&](const DeliveryResult &r) { results.append(r); });
    const auto shared = std::make_shared<const Workflow>(workflow);
    for (const DeliveryJob &job : jobs)
        engine.submit(shared, job);
    QDeadlineTimer deadline(30000);
    while (results.size() < jobs.size() && !deadline.hasExpired())
        QTest::qWait(2);
    QObject::disconnect(connection);
    return results;
}

QList<target::MultipartPart> partsOf(const target::RecordedRequest &r)
{
    return target::parseMultipart(r.body, r.header("Content-Type"));
}

} // namespace scanflow::test
