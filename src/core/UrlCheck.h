#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace scanflow {

// R11: after placeholders are filled, a URL must have an http(s) scheme, a host and no
// whitespace. The error names the URL and every placeholder left unfilled.
Result<QUrl> validateUrl(const QString &rendered, const QStringList &unresolved);

// A check of a URL as written in a workflow, before any value is known: empty, whitespace,
// or (when it does not start with a placeholder) a missing http(s) scheme or host.
// Returns the problem, or an empty string.
QString checkUrlTemplate(const QString &url);

} // namespace scanflow
