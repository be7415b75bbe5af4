#include "core/auth/Session.h"

#include "core/db/Database.h"
#include "core/db/Meta.h"

#include <QCoreApplication>

namespace vms {

namespace {
// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Session)
};
} // namespace

Status Session::require(Permission permission) const {
    if (!signedIn && permission != Permission::Read)
        return Error{ErrorKind::Auth,
                     Tr::tr("You are signed out: sign in again (vms-cli login) to make changes or export."),
                     QStringLiteral("NOT_SIGNED_IN")};
    if (roleAllows(role, permission))
        return {};
    return Error::forbidden(vms::refusalReason(role, permission));
}

QString Session::refusalReason(Permission permission) const {
    const Status s = require(permission);
    return s ? QString() : s.error().message;
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

Status Session::clearCached(QSqlDatabase db) {
    Transaction t(db);
    Meta meta(db);
    if (Status s = meta.set(MetaKey::SessionSignedIn, QStringLiteral("0")); !s)
        return s;
    if (Status s = meta.remove(MetaKey::SessionRole); !s)
        return s;
    return t.commit();
}

Result<bool> Session::updateCachedRole(QSqlDatabase db, const QString& userId, Role role) {
    // The write lock first (Transaction begins IMMEDIATE): a sign-out cannot slip between the check and
    // the write.
    Transaction t(db);
    if (!t.begun())
        return t.beginError();
    Meta meta(db);
    if (meta.get(MetaKey::SessionSignedIn) != u"1" || meta.get(MetaKey::SessionUserId) != userId ||
        meta.get(MetaKey::SessionRole) == roleName(role))
        return false;
    if (Status s = meta.set(MetaKey::SessionRole, roleName(role)); !s)
        return s.error();
    if (Status s = t.commit(); !s)
        return s.error();
    return true;
}

Session Session::loadCached(const Database& db) {
    return loadCached(db.connection());
}

} // namespace vms
