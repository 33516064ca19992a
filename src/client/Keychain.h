#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace scanflow::Keychain {

// The OS keychain through QtKeychain, asynchronous (it may ask the desktop): `done` gets the
// text read (empty when writing or forgetting) or why it failed, and runs only while `context`
// lives. Forgetting an entry that is not there is no error; reading one is ("not found").
using Callback = std::function<void(const QString &text, const QString &error)>;

void read(const QString &service, const QString &entry, QObject *context, Callback done);
void write(const QString &service, const QString &entry, const QString &text, QObject *context, Callback done);
void forget(const QString &service, const QString &entry, QObject *context, Callback done);

} // namespace scanflow::Keychain
