#pragma once

#include "Placeholders.h"
#include "Result.h"
#include "SystemValues.h"
#include "Trace.h"
#include "Workflow.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace scanflow {

// Everything one step will send, decided before any byte goes out (R6–R9, R11, R12).
// The file itself is not read here: Multipart and RawFile bodies stream it when sent.
struct StepRequest
{
    enum class BodyKind { None, Bytes, RawFile, Multipart };

    struct Part
    {
        QByteArray name;
        QString fileName;        // a file part when not empty
        QByteArray contentType;  // file parts only
        QByteArray bytes;        // text parts and the metadata file; empty for the scanned file
        bool isScannedFile = false;
    };

    QUrl url;
    QByteArray method;
    HeaderList headers;          // from header parameters; auth is added when sent
    BodyKind bodyKind = BodyKind::None;
    QByteArray bytes;            // BodyKind::Bytes
    QByteArray contentType;      // Bytes and RawFile, unless a header parameter sets it
    QList<Part> parts;           // BodyKind::Multipart

    // What the trace shows of the body (before redaction).
    QString describeBody(const DocumentInfo &doc) const;
};

// Resolves one parameter's value by its type (R6). Custom values are literal; System, Terminal
// and Response values are a name or "[name]" looked up in that source, or a text whose
// placeholders are filled; User values come from the delivering user's private data.
Result<QString> resolveParameter(const Parameter &param, const PlaceholderContext &context);

// Builds step `index` of the workflow for one file. The context must already hold this step's
// custom values (publishCustomValues).
Result<StepRequest> prepareStep(const Workflow &workflow, int index,
                                const PlaceholderContext &context, const DocumentInfo &doc);

// Publishes a step's custom parameters under their keys (R6: "also stored under its Key").
void publishCustomValues(const Step &step, PlaceholderContext &context);

// Fills a URL's placeholders (R5) and checks it (R11). A placeholder at the very start is
// inserted as it is ("[baseUrl]/v1"); elsewhere values are percent-encoded, so a value can
// never add a path segment, a query member or a fragment.
Result<QUrl> renderUrl(const QString &urlTemplate, const PlaceholderContext &context);

// application/x-www-form-urlencoded, every reserved character percent-encoded.
QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

} // namespace scanflow
