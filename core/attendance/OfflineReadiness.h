#pragma once

#include "core/common/Error.h"
#include "core/salesforce/OrgMapping.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace vms {

class Database;

// What the cache holds for one event a user wants to take offline.
struct EventReadiness {
    qint64 eventId = 0;
    QString eventSfId, name;
    int participants = 0;
    int contactsMissing = 0; // participations whose volunteer/student is not cached
    QString schoolSfId;      // empty: the event is not at a school
    bool schoolCached = false;
    int classes = 0, students = 0; // of the event's school
    QString rosterPulledAt;        // when the rosters' object was last pulled (sync_state), if ever
    QStringList missing;           // human-readable, empty when ready

    bool ready() const { return missing.isEmpty(); }
};

// The sync engine's half of "Get ready for offline": fetch an event's roster, its contacts, its school,
// classes and students. core/sync implements it; the screen calls it with the events whose check found
// something missing, then checks again.
class OfflinePrefetcher {
public:
    virtual ~OfflinePrefetcher() = default;
    virtual void prefetch(const QStringList& eventSfIds) = 0;
};

// "Get ready for offline": a check over the cache, no network. `mapping` names the Salesforce object the
// rosters come from: the sync keeps its record of each pull (sync_state) under that object's name.
class OfflineReadiness final {
public:
    static Result<EventReadiness> check(QSqlDatabase db, qint64 eventId, const OrgMapping& mapping);
    static Result<std::vector<EventReadiness>> checkAll(QSqlDatabase db, const std::vector<qint64>& eventIds,
                                                        const OrgMapping& mapping);
    static Result<std::vector<EventReadiness>>
    checkAll(const Database& db, const std::vector<qint64>& eventIds, const OrgMapping& mapping);
};

} // namespace vms
