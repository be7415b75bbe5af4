#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"
#include "core/salesforce/CancelToken.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace vms {

class OrgMapping;
class SalesforceClient;

// What the org says about a user: who they are and which role their permission sets give. Only reads,
// through whichever client the caller passes, so it runs on any thread with that thread's client.
class UserQuery final {
public:
    // The instance's UserInfo endpoint, checked to answer for `orgId` and `userId`.
    static Result<nlohmann::json> identity(SalesforceClient& client, const QString& orgId,
                                           const QString& userId, const CancelToken& cancel = {});
    // The name to show for an identity() answer.
    static QString displayName(const nlohmann::json& identity);
    // The role from the org's permission sets (salesforce-org.md, "Who may do what"):
    // SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '<user id>'.
    static Result<Role> role(SalesforceClient& client, const OrgMapping& mapping, const QString& userId,
                             const CancelToken& cancel = {});
};

} // namespace vms
