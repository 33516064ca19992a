#pragma once

#include "Workflow.h"

#include <QString>

namespace scanflow::Labels {

// The reference's names for each setting's values, translated, as the windows show them.
QString authType(AuthType type);
// A server's authorization state ("Authorized", "NotAuthorized", "NeedsRenewal") in words.
QString authorizationState(const QString &state);
QString paramType(ParamType type);
QString location(ParamLocation location);
QString method(HttpMethod method);
QString body(BodyType body);
QString jsonSource(JsonSource source);
QString metadataFormat(MetadataFormat format);

} // namespace scanflow::Labels
