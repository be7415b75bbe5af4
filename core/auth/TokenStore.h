#pragma once

#include "core/auth/OAuthTokens.h"
#include "core/common/Error.h"

#include <optional>

namespace vms {

// Where the long-lived sign-in secrets live, keyed by profile (and, inside, by user). The real one is the
// OS keychain (KeychainTokenStore); tests and "stay signed in for this run only" use MemoryTokenStore.
// There is deliberately no file-backed implementation: when the keychain is unusable VMS says so
// (ErrorKind::Keychain, vms-cli exit 7) and writes the secret nowhere else.
class TokenStore {
public:
    virtual ~TokenStore() = default;

    // Whether the store can be used at all (a keychain that is missing or locked cannot).
    virtual Status probe() = 0;
    // Stores the credentials of credentials.userId and makes that user the profile's current one.
    virtual Status save(const QString& profileId, const StoredCredentials& credentials) = 0;
    // The profile's current user's credentials; nullopt when there are none.
    virtual Result<std::optional<StoredCredentials>> load(const QString& profileId) = 0;
    // Deletes the profile's current user's credentials and the pointer to them. Not an error when absent.
    virtual Status remove(const QString& profileId) = 0;
    // For messages: "the OS keychain", "memory (this run only)".
    virtual QString description() const = 0;

protected:
    TokenStore() = default;
    TokenStore(const TokenStore&) = default;
    TokenStore& operator=(const TokenStore&) = default;
};

} // namespace vms
