#pragma once

#include "core/common/Error.h"
#include "core/recruit/CandidateRanker.h"

#include <QDate>
#include <QSqlDatabase>

#include <vector>

namespace vms {

class Database;

// An upcoming event that still needs volunteers (Home's list).
struct EventNeedingVolunteers {
    qint64 id = 0;
    QString name;
    qint64 startUtcMs = 0;
    int requested = 0; // Total_Requested_Volunteer_Jobs__c
    int signedUp = 0;  // volunteers Registered or Attended
    int openSlots() const { return requested > signedUp ? requested - signedUp : 0; }
};

// The one place recruiting reads the cache: the event, each volunteer's facts for the ranking
// (CandidateRanker, which has no SQL), and the events needing volunteers. Each is a handful of queries
// whatever the cache's size, every volunteer read once.
class RecruitData final {
public:
    static Result<RecruitEvent> loadEvent(QSqlDatabase db, qint64 eventId);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static Result<RecruitEvent> loadEvent(const Database& db, qint64 eventId);
    // Every volunteer with what the ranking weighs; `today` (the display zone's) bounds "recently
    // contacted".
    static Result<std::vector<CandidateFacts>> loadCandidates(QSqlDatabase db, const RecruitEvent& event,
                                                              const QDate& today);
    // Loads and ranks (what the Recruit panel and `vms-cli recruit list` show): the best `limit` (0: all).
    static Result<RankedCandidates> rank(QSqlDatabase db, qint64 eventId, const QDate& today, int limit = 0);
    static Result<RankedCandidates> rank(const Database& db, qint64 eventId, const QDate& today,
                                         int limit = 0);
    // Events from `fromUtcMs` on, not cancelled, with fewer volunteers signed up than requested; soonest
    // first.
    static Result<std::vector<EventNeedingVolunteers>> eventsNeedingVolunteers(QSqlDatabase db,
                                                                               qint64 fromUtcMs, int limit);
};

} // namespace vms
