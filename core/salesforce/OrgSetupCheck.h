#pragma once

#include "core/common/Error.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"

#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <vector>

namespace vms {

class Database;

class SalesforceClient;

// One thing the org lacks that VMS needs (salesforce-org.md, "What the org needs (setup)").
struct SetupFinding {
    enum class Kind {
        MissingObject,        // describe of `object` failed: not there, or not visible to this user
        MissingField,         // `object`.`field` is not in its describe
        NotExternalId,        // `object`.`field` is VMS's upsert key but not External ID and unique
        NotWritable,          // VMS writes `object`.`field` but this user may not (no field permission)
        MissingPermissionSet, // the permission set `name` does not exist in the org
        NoPermissionSet,      // the user holds neither VMS permission set (`name` lists them)
    };
    Kind kind = Kind::MissingField;
    QString object;
    QString field;
    QString name;
    // Whether a write by VMS depends on it (a field it reads only stops the pull of that object instead).
    bool blocksWrites = false;

    // What is missing, in a sentence: "Session__c.VMS_Client_Id__c is missing".
    QString message() const;
};

// The result of one setup check: what was missing when, in the order of the mapping.
struct OrgSetupReport {
    QString checkedAt; // ISO UTC
    std::vector<SetupFinding> findings;

    bool complete() const { return findings.empty(); }
    // "Object.Field" of every field a write needs that the org lacks (missing, or not writable by the
    // user): a change that sends one of them is held until the next check finds it.
    QSet<QString> fieldsBlockingWrites() const;
    QStringList messages() const;

    nlohmann::json toJson() const;
    static Result<OrgSetupReport> fromJson(const nlohmann::json& j);
};

// Whether the org has what VMS needs, from the org itself: one describe call per object the mapping reads
// or writes (every mapped field present; the fields VMS writes writable by this user; the client id VMS
// upserts by External ID and unique), and the permission sets (the two the mapping names exist, and the
// user holds one of them: PermissionSetAssignment, as the role is read). The objects and fields come from
// the mapping, so an overridden mapping is checked as it is.
//
// Run at sign-in and by `vms-cli health` and the Admin page; the last report is kept in the cache's meta,
// so the window shows it offline and the push holds a change that needs a missing field (with the reason)
// instead of sending it to be refused.
class OrgSetupCheck final {
public:
    using Describes = std::vector<std::pair<QString, nlohmann::json>>;

    // Asks the org (blocking: never on the GUI thread). Fails only when the org cannot be asked at all
    // (network, sign-in); everything the org lacks is a finding. `described`, when given, receives the
    // describe answers read (even when a later call fails), so the sync need not read them again.
    static Result<OrgSetupReport> run(SalesforceClient& client, const OrgMapping& mapping,
                                      const QString& userId, const QString& checkedAt,
                                      const CancelToken& cancel = {}, Describes* described = nullptr);

    // The report from answers already read: describe answers by object (an object absent from the map
    // failed to describe), the names of the permission sets that exist among the mapping's, and the names
    // of those assigned to the user.
    static OrgSetupReport evaluate(const OrgMapping& mapping, const Describes& describes,
                                   const QStringList& existingSets, const QStringList& assignedSets,
                                   const QString& checkedAt);

    // Whether a kept report should be checked again at the next sync: there is none, it is a day old, or
    // it found something missing (so a field an admin adds is noticed, and the changes held for it go).
    static bool due(const std::optional<OrgSetupReport>& kept, const QDateTime& nowUtc);

    // Every object the mapping reads or writes, once each, in mapping order.
    static QStringList objects(const OrgMapping& mapping);

    // The last report kept in the cache (none before the first check).
    static Result<std::optional<OrgSetupReport>> load(const QSqlDatabase& db);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static Result<std::optional<OrgSetupReport>> load(const Database& db);
    static Status store(const QSqlDatabase& db, const OrgSetupReport& report);
};

} // namespace vms
