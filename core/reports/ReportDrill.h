#pragma once

#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportResult.h"

#include <optional>

namespace vms {

// What a report row opens on screen (reports.md: "a report row on screen opens what it counts"): a
// volunteer row the volunteer, an organization row the organization (its volunteers), an event row the
// event, and a district row the events it counts, as event-attendance with the filters that select exactly
// them (its district, and on a district-year-end row its program and format; counted events only).
struct ReportDrill {
    RowLink kind = RowLink::None;
    qint64 localId = 0; // Volunteer, Organization, Event
    QString report;     // DistrictEvents: the report that lists the events, with `request`
    ReportRequest request;

    // The row's target, or nothing when the row opens nothing (a volunteer not yet in the cache).
    static std::optional<ReportDrill> forRow(const ReportResult& result, size_t row);
};

} // namespace vms
