#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <initializer_list>
#include <utility>

namespace vms {

// Small key/value facts kept in the cache: the cached session (user, role) for offline use, the time
// of the last good sync. Keys are constants here so there is one list of them.
namespace MetaKey {
inline constexpr char SessionUser[] = "session.user";
inline constexpr char SessionUserId[] = "session.user_id";
inline constexpr char SessionOrgId[] = "session.org_id";
inline constexpr char SessionRole[] = "session.role";
inline constexpr char SessionInstanceUrl[] = "session.instance_url";
inline constexpr char SessionSignedIn[] = "session.signed_in";
inline constexpr char LastSync[] = "sync.last_success";
// The org's daily API budget as the last sync saw it (Sforce-Limit-Info): "used/limit".
inline constexpr char ApiUsage[] = "sync.api_usage";
// The last setup check (OrgSetupCheck), as JSON: what the org lacked, and when that was seen.
inline constexpr char SetupCheck[] = "setup.check";
// "1" on the profile `vms --demo` made for itself: the only kind it signs into the demo org.
inline constexpr char DemoProfile[] = "profile.demo";
} // namespace MetaKey

class Meta final {
public:
    explicit Meta(QSqlDatabase db)
        : m_db(std::move(db)) {}
    QString get(const char* key, const QString& fallback = {}) const;
    Status set(const char* key, const QString& value);
    // Sets an existing key only while every (key, value) of `conditions` holds, in one statement.
    Status setIf(const char* key, const QString& value,
                 std::initializer_list<std::pair<const char*, QString>> conditions);
    Status remove(const char* key);

private:
    QSqlDatabase m_db;
};

} // namespace vms
