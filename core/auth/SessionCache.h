#pragma once

#include "core/auth/Session.h"
#include "core/common/Error.h"

#include <memory>

namespace vms {

class Database;

// The Session (user, org, role) as the profile's cache keeps it for offline use, in its meta table.
class SessionCache final {
public:
    explicit SessionCache(std::shared_ptr<Database> db);

    Session load() const;
    Status save(const Session& session);
    // A new sign-in: caches its Session and forgets the last setup check, which said nothing of this
    // user's permission sets (the next sync checks again).
    Status signIn(const Session& session);
    // Signed out: see Session::clearCached.
    Status signOut();
    // Records the role the org gives now for `userId`, unless that user has signed out meanwhile. true
    // when the cached role changed.
    Result<bool> noteRole(const QString& userId, Role role);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace vms
