#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QTimeZone>

namespace vms {

// Report periods are local dates in the display time zone (reports.md); the cache keeps event starts as UTC
// instants. This class is the one place that turns one into the other.
class ReportPeriod final {
public:
    // "2526" -> 2025-08-01 .. 2026-07-31. The second pair of digits must follow the first.
    static Result<DateRange> parseSchoolYear(const QString& yyzz);
    static DateRange schoolYearStarting(int startYear);
    // The school year (Aug 1 - Jul 31) holding today's local date in `zone`.
    static DateRange currentSchoolYear(const Clock& clock, const QTimeZone& zone);
    // Strict YYYY-MM-DD.
    static Result<QDate> parseDate(const QString& text);
    // "School year 2025–26" when the range is exactly one school year, else "2025-09-01 to 2025-12-31".
    static QString label(const DateRange& range);

    // [from 00:00 local, to+1 00:00 local) as milliseconds since the epoch, UTC.
    struct UtcRange {
        qint64 fromMs = 0;
        qint64 toMs = 0; // exclusive
    };
    static UtcRange toUtc(const DateRange& range, const QTimeZone& zone);

    // The UTC offsets in force over a UTC range, so SQL can turn an instant into a local date without
    // knowing about zones: offset `offsetSecs[i]` applies before `untilMs[i]`, the last one after.
    struct OffsetSegments {
        QList<qint64> untilMs;
        QList<int> offsetSecs; // untilMs.size() + 1 entries
    };
    static OffsetSegments offsetsOver(const UtcRange& range, const QTimeZone& zone);
};

} // namespace vms
