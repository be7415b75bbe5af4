#pragma once

#include "core/db/CacheStats.h"
#include "core/models/EventQueries.h"
#include "core/recruit/RecruitData.h"

#include <QSqlDatabase>

#include <vector>

namespace vms {

// What the Home page shows, read in one go on a worker thread (loadAsync).
struct HomeData {
    CacheStats stats;
    qint64 eventsThisYear = 0; // what the headline counts: planned and held, not drafts or cancelled
    qint64 draftsThisYear = 0, cancelledThisYear = 0; // in the Events list's school year, not counted
    double hoursThisYear = 0;
    std::vector<CalendarEvent> upcoming;
    std::vector<EventNeedingVolunteers> needing;
    bool ok = false;

    // The school year of `nowMs` in the display zone, the next 15 days, and the 10 soonest events short
    // of volunteers.
    static HomeData load(QSqlDatabase db, qint64 nowMs);
};

} // namespace vms
