#pragma once

#include "Placeholders.h"
#include "Result.h"
#include "Workflow.h"

#include <QByteArray>
#include <QString>

namespace scanflow {

struct MetadataDocument
{
    QByteArray content;
    QByteArray contentType; // application/json or application/xml
    QString fileName;       // metadata.json or metadata.xml, for the separate file part
};

// The metadata sent with a multipart delivery (R12), in the system's default XML or JSON format
// (docs/metadata.md) or through a custom template. System and terminal values come from the
// file's placeholder context; user-specific (private) values are never part of the defaults.
Result<MetadataDocument> renderMetadata(const Workflow &workflow, const PlaceholderContext &context);

// [metadata]: the metadata document above, as text, for a Request step's JSON template or a
// form field (reference-001 M11: "send it through an additional request"). Unquoted in a JSON
// template, the JSON formats embed as an object.
inline const QString MetadataPlaceholder = QStringLiteral("metadata");
// Whether any URL, template or parameter value of the workflow names [metadata].
bool usesMetadataPlaceholder(const Workflow &workflow);

// XML text content with &, <, > and quotes escaped.
QString xmlEscaped(const QString &value);

} // namespace scanflow
