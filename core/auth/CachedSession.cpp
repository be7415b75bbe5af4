#include "core/auth/CachedSession.h"

#include "core/db/Database.h"

namespace vms {

Session loadCachedSession(const Database& db) {
    return Session::loadCached(db.connection());
}

} // namespace vms
