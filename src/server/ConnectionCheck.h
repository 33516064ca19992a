#pragma once

#include "Workflow.h"

#include <QString>

namespace scanflow {

// A workflow's connection settings checked before they are saved, with the secrets the
// server already keeps for it: the trusted CAs parse as certificates, the client certificate
// opens with its password and its key is the certificate's. Each problem names its field
// ("destination.connection.clientCertificate.password: does not open the PKCS#12 file");
// empty when all is well. Read with OpenSSL's libcrypto, as curl will read them.
QString checkConnection(const Connection &connection);

} // namespace scanflow
