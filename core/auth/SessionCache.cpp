#include "core/auth/SessionCache.h"

#include "core/db/Database.h"
#include "core/db/Meta.h"

namespace vms {

SessionCache::SessionCache(std::shared_ptr<Database> db)
    : m_db(std::move(db)) {}

Session SessionCache::load() const {
    return Session::loadCached(m_db->connection());
}

Status SessionCache::save(const Session& session) {
    return session.saveCached(m_db->connection());
}

Status SessionCache::signIn(const Session& session) {
    if (Status s = save(session); !s)
        return s;
    (void)Meta(m_db->connection()).remove(MetaKey::SetupCheck);
    return {};
}

Status SessionCache::signOut() {
    return Session::clearCached(m_db->connection());
}

Result<bool> SessionCache::noteRole(const QString& userId, Role role) {
    return Session::updateCachedRole(m_db->connection(), userId, role);
}

} // namespace vms
