#include "core/auth/UserQuery.h"

#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/Soql.h"

#include <QCoreApplication>
#include <QStringList>

namespace vms {

using nlohmann::json;

namespace {
// The messages keep the context they were written and translated under (AuthManager held all of this).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::AuthManager)
};

QString jsonString(const json& j, const char* key) {
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

Result<json> UserQuery::identity(SalesforceClient& client, const QString& orgId, const QString& userId,
                                 const CancelToken& cancel) {
    // The identity URL of the token answer is on the login host; the access token goes to the instance
    // only (salesforce-org.md, "Hosts VMS talks to"), so the user is read from the instance's OpenID
    // Connect UserInfo endpoint, which Salesforce serves on every My Domain and instance
    // ("UserInfo Endpoint"). Its ids must be the ones the token answer named.
    auto info = client.getJson(QStringLiteral("/services/oauth2/userinfo"), cancel);
    if (!info)
        return info.error();
    const QString answeredUser = jsonString(info.value(), "user_id");
    const QString answeredOrg = jsonString(info.value(), "organization_id");
    if ((!answeredUser.isEmpty() && answeredUser.left(15) != userId.left(15)) ||
        (!answeredOrg.isEmpty() && answeredOrg.left(15) != orgId.left(15)))
        return Error{ErrorKind::Auth, Tr::tr("The org answered for another user than the one who signed in."),
                     QStringLiteral("USER_MISMATCH")};
    return info;
}

QString UserQuery::displayName(const json& identity) {
    for (const char* key : {"display_name", "name", "username", "preferred_username"}) {
        const QString v = jsonString(identity, key);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

Result<Role> UserQuery::role(SalesforceClient& client, const OrgMapping& mapping, const QString& userId,
                             const CancelToken& cancel) {
    // The id came from the org, but it is still checked before it is quoted into SOQL.
    if (!soql::isSalesforceId(userId))
        return Error{ErrorKind::Auth, Tr::tr("'%1' is not a Salesforce user id.").arg(userId),
                     QStringLiteral("BAD_ID")};
    const QString query =
        QStringLiteral("SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = ") +
        soql::quote(userId);
    QStringList names;
    auto r = client.query(
        query,
        [&names](const QueryPage& page) {
            for (const json& rec : page.records) {
                const auto ps = rec.find("PermissionSet");
                if (ps != rec.end() && ps->is_object())
                    names << jsonString(*ps, "Name");
            }
            return Status{};
        },
        cancel);
    if (!r)
        return r.error();
    return mapping.roleForPermissionSets(names);
}

} // namespace vms
