#include "core/auth/Session.h"

#include "core/db/Meta.h"

namespace vms {

Status Session::require(Permission permission) const {
    if (roleAllows(role, permission))
        return {};
    return Error::forbidden(refusalReason(role, permission));
}

Session Session::loadCached(QSqlDatabase db) {
    Meta meta(std::move(db));
    Session s;
    s.signedIn = meta.get(MetaKey::SessionSignedIn) == u"1";
    s.userName = meta.get(MetaKey::SessionUser);
    s.userId = meta.get(MetaKey::SessionUserId);
    s.orgId = meta.get(MetaKey::SessionOrgId);
    s.instanceUrl = meta.get(MetaKey::SessionInstanceUrl);
    s.role = roleFromName(meta.get(MetaKey::SessionRole)).value_or(Role::User);
    return s;
}

Status Session::saveCached(QSqlDatabase db) const {
    Meta meta(std::move(db));
    for (const auto& [key, value] :
         {std::pair{MetaKey::SessionSignedIn, signedIn ? QStringLiteral("1") : QStringLiteral("0")},
          std::pair{MetaKey::SessionUser, userName}, std::pair{MetaKey::SessionUserId, userId},
          std::pair{MetaKey::SessionOrgId, orgId}, std::pair{MetaKey::SessionInstanceUrl, instanceUrl},
          std::pair{MetaKey::SessionRole, roleName(role)}}) {
        if (Status s = meta.set(key, value); !s)
            return s;
    }
    return {};
}

Status Session::updateCachedRole(QSqlDatabase db, const QString& userId, Role role) {
    return Meta(std::move(db))
        .setIf(MetaKey::SessionRole, roleName(role),
               {{MetaKey::SessionSignedIn, QStringLiteral("1")}, {MetaKey::SessionUserId, userId}});
}

Status Session::clearCached(QSqlDatabase db) {
    Meta meta(std::move(db));
    return meta.set(MetaKey::SessionSignedIn, QStringLiteral("0"));
}

} // namespace vms
