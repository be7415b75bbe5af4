#pragma once

#include "common/Error.h"
#include "salesforce/OrgMapping.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <nlohmann/json.hpp>

namespace vms {

// Writes records the org sent into the cache, for one local entity. The caller owns the transaction
// (the sync engine applies a page per transaction).
//
//  - Upserts by Salesforce Id; a record that comes back with the VMS_Client_Id__c of a locally created
//    row (whose push answer was lost) is matched to that row instead of duplicated.
//  - Never goes back in time: a record older (by SystemModstamp) than the cached row is ignored, so a
//    retried sync issue or an overlap re-read cannot undo a newer change.
//  - Never overwrites a field the user changed locally and has not pushed yet (the outbox holds it;
//    the push decides, with conflict detection).
//  - A record that cannot be applied (a value that does not parse, a parent not yet local) is returned
//    as Outcome::Issue with a code and message; the engine keeps it as a sync issue.
class CacheApplier final {
public:
    // Dropped: the record points at a parent the org deleted, so it goes with it (salesforce-org.md).
    enum class Outcome { Applied, Unchanged, Deleted, Issue, Dropped };
    struct Result {
        Outcome outcome = Outcome::Applied;
        QString code, message;
    };

    CacheApplier(QSqlDatabase db, const EntityMapping& mapping, const QString& pulledAt);
    ~CacheApplier();
    CacheApplier(const CacheApplier&) = delete;
    CacheApplier& operator=(const CacheApplier&) = delete;

    Result apply(const nlohmann::json& record);
    // Removes the cached record with this Salesforce Id (deleted on the server). True if one existed.
    bool remove(const QString& sfId);

    // Converts one field of a record to its column value. Public for tests.
    static bool convert(const nlohmann::json& value, FieldType type, QVariant& out, QString& problem);
    // "2026-03-08T15:30:00.000+0000" -> "2026-03-08T15:30:00.000Z" (empty when it does not parse).
    static QString normaliseModstamp(const QString& raw);

private:
    Result applyParticipationLinks(const nlohmann::json& record, QVariantList& extraValues);
    void refreshSkills(qint64 volunteerId, const QVariant& skills);
    QStringList pendingColumns(qint64 localId);

    QSqlDatabase m_db;
    const EntityMapping& m_mapping;
    std::vector<std::string> m_keys; // the mapping's Salesforce field names, made once, not per record
    QString m_pulledAt;
    bool m_isParticipation = false, m_isEvent = false, m_isVolunteer = false;
    bool m_hasClientId = false;
    bool m_anyPending = false;
    QSqlQuery m_upsert, m_findBySf, m_adoptClient, m_delete;
    std::unique_ptr<QSqlQuery> m_eventLookup, m_volunteerLookup, m_studentLookup, m_teacherLookup,
        m_tombstone;
};

} // namespace vms
