#pragma once

// A real HTTP target on loopback, a delivery engine and temporary scan files, for tests that
// assert on the bytes a target received.

#include "DeliveryEngine.h"
#include "HttpTarget.h"
#include "TokenStore.h"
#include "WorkflowJson.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace scanflow::test {

class DeliveryHarness
{
public:
    DeliveryHarness();

    target::HttpTarget target;
    MemoryTokenStore tokens;
    DeliveryEngine engine{&tokens};
    QTemporaryDir dir;

    // Parses a workflow whose text names the target as {T}; a failure is in the Result.
    Result<Workflow> workflow(const QByteArray &json) const;
    // Writes a scan file into the temporary folder and returns its path.
    QString file(const QString &name, const QByteArray &content) const;
    // `count` scan files f0.pdf, f1.pdf, … with the same content, as jobs without a user.
    QList<DeliveryJob> jobs(int count, const QByteArray &content) const;
    // Submits one file and waits for its result.
    DeliveryResult deliver(const Workflow &workflow, const DeliveryJob &job);
    DeliveryResult deliver(const Workflow &workflow, const QString &filePath);
    // Submits several and waits for all, in the order they finished.
    QList<DeliveryResult> deliverAll(const Workflow &workflow, const QList<DeliveryJob> &jobs);
};

// Replaces {T} in a text with the target's base URL.
QByteArray withTarget(QByteArray text, const QByteArray &baseUrl);

// Multipart parts of a recorded request.
QList<target::MultipartPart> partsOf(const target::RecordedRequest &r);

} // namespace scanflow::test

// Declares `var` as the parsed workflow, failing the test with the parse error.
#define SF_WORKFLOW(var, harness, json)                                                   \
    const auto var##Parsed = (harness).workflow(json);                                    \
    QVERIFY2(var##Parsed.ok(), qPrintable(var##Parsed.error()));                          \
    const Workflow &var = var##Parsed.value()
