#pragma once

#include "core/auth/TokenStore.h"

#include <QString>

namespace vms {

// The OS keychain through QtKeychain (Secret Service on Linux: GNOME Keyring or KWallet; Keychain on
// macOS; Credential Manager on Windows). Entries, all under the service name:
//   "profile/<profile id>/user/<user id>"  the credentials (JSON: refresh token, URLs, ids)
//   "profile/<profile id>/current"         the user id signed in on that profile
// QtKeychain's insecure (plaintext file) fallback is switched off explicitly: a missing or locked
// keychain is an error (ErrorKind::Keychain), never a reason to write the secret elsewhere.
//
// The calls block on a local event loop until the keychain answers (D-Bus round trips, milliseconds).
class KeychainTokenStore final : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("VMS"));

    Status probe() override;
    Status save(const QString& profileId, const StoredCredentials& credentials) override;
    Result<std::optional<StoredCredentials>> load(const QString& profileId) override;
    Status remove(const QString& profileId) override;
    QString description() const override;

    static QString credentialsKey(const QString& profileId, const QString& userId);
    static QString pointerKey(const QString& profileId);

private:
    QString m_service;
};

} // namespace vms
