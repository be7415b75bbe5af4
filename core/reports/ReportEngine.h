#pragma once

#include "core/common/Error.h"
#include "core/profile/ProfileSettings.h"
#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportResult.h"

#include <QSqlDatabase>
#include <QTimeZone>

#include <atomic>

namespace vms {

// Runs the reports of reports.md over the local cache. Aggregation happens in SQLite (one statement per
// report, over indexed columns), so only result rows reach memory.
class ReportEngine final {
public:
    ReportEngine(QSqlDatabase db, QTimeZone displayZone);

    // The zone when the profile sets none; callers pass the profile's (ProfileSettings::displayTimeZone()).
    static QTimeZone defaultZone() { return ProfileSettings::defaultTimeZone(); }

    // `cancel`, when given, is checked between rows; a cancelled run returns ErrorKind::Cancelled.
    Result<ReportResult> run(const ReportDefinition& report, const ReportRequest& request,
                             const std::atomic_bool* cancel = nullptr) const;
    Result<ReportResult> run(const QString& reportName, const ReportRequest& request,
                             const std::atomic_bool* cancel = nullptr) const;

    // A filter that names nothing in the cache (an unknown district or organization id, an event type no
    // event has) is bad input, not an empty report: ErrorKind::Usage whose code names the filter
    // ("district", "organization", "event-type", as vms-cli's options). Filters the report does not use
    // are not checked (run() drops them). run() checks this first.
    Status checkFilters(const ReportDefinition& report, const ReportRequest& request) const;

    // Sorts rows by the report's rule (reports.md), then name column in code-point order, then record id.
    static void sortRows(const ReportDefinition& report, std::vector<ReportRow>& rows);

private:
    QSqlDatabase m_db;
    QTimeZone m_zone;
};

} // namespace vms
