#pragma once

#include "app/common/AppContext.h"
#include "core/auth/AuthManager.h"

#include <QCoreApplication>

namespace vms::cli {

// The commands that talk to the org need a sign-in: the cached session says so and the keychain still
// has its credentials. Not signed in -> ErrorKind::Auth (exit 5); keychain unusable -> Keychain (exit 7).
inline Status ensureSignedIn(AppContext& ctx) {
    const Error notSignedIn{ErrorKind::Auth,
                            QCoreApplication::translate("vms::cli", "Not signed in: run 'vms-cli login'."),
                            QStringLiteral("NOT_SIGNED_IN")};
    if (!ctx.auth().session().signedIn)
        return notSignedIn;
    auto restored = ctx.auth().restore();
    if (!restored)
        return restored.error();
    if (!restored.value()) {
        (void)Session::clearCached(ctx.database().connection());
        return notSignedIn;
    }
    return {};
}

// Commands that work on the cache alone (the audit log, backups) need the cached sign-in, not the network
// or the keychain: being offline is not being signed out (cli.md), but after logout they end with exit 5.
inline Status requireCachedSignIn(const Session& session) {
    if (!session.signedIn)
        return Error{ErrorKind::Auth,
                     QCoreApplication::translate("vms::cli", "Not signed in: run 'vms-cli login'."),
                     QStringLiteral("NOT_SIGNED_IN")};
    return {};
}

} // namespace vms::cli
