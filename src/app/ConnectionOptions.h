#pragma once

#include "Workflow.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace scanflow {

// `scanflowd deliver`'s connection options, named as curl names them (--cacert, --cert, --key,
// --proxy, --proxy-user, --noproxy, --insecure…): each one overrides the workflow file's
// destination.connection for this run.
class ConnectionOptions
{
public:
    ConnectionOptions();
    void addTo(QCommandLineParser &cli) const;
    // The options given, applied to the workflow and checked with it; the first problem, naming
    // the option, or empty.
    QString applyTo(const QCommandLineParser &cli, Workflow &workflow) const;

private:
    QCommandLineOption m_cacert, m_cert, m_key, m_keyPassword, m_proxy, m_proxyUser, m_proxyAuth, m_noProxy, m_insecure,
        m_tlsMin, m_http1, m_connectTimeout;
};

} // namespace scanflow
