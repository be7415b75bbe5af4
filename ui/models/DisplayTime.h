#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace vms {

// A school year, Aug 1 – Jul 31 in the display zone, named by its two years ("2526").
struct SchoolYear {
    int startYear = 0;
    qint64 beginUtcMs = 0; // first instant, inclusive
    qint64 endUtcMs = 0;   // first instant of the next school year, exclusive

    QString code() const;  // "2526"
    QString label() const; // "2025–26"
};

// How instants are shown. Events are stored as UTC instants (Migrations.cpp); the program lives in
// Kansas City, so everything is displayed in America/Chicago (salesforce-org.md) and converted at the
// edge, never stored as local dates. All functions are pure so tests need no zone setup.
class DisplayTime final {
public:
    static QTimeZone zone();
    static QDateTime local(qint64 utcMs);
    // "Tue 14 Oct 2025, 9:00 AM"
    static QString dateTime(qint64 utcMs);
    // "Tue 14 Oct 2025, 9:00 AM – 11:00 AM" (end date repeated only when it differs)
    static QString range(qint64 startUtcMs, std::optional<qint64> endUtcMs);
    // "9:00 AM"
    static QString time(qint64 utcMs);
    // A sortable short form for tables: "2025-10-14 09:00"
    static QString sortable(qint64 utcMs);
    static QString date(const QDate& d);

    static SchoolYear schoolYearOf(qint64 utcMs);
    static SchoolYear schoolYearStarting(int startYear);
    // schoolYearOf(utcMs).code() without computing the year's bounds (list loading does it per row).
    static QString schoolYearCodeOf(qint64 utcMs);
    // [begin, end) of a local calendar day range in the display zone, as UTC ms.
    static qint64 startOfLocalDay(const QDate& d);
};

} // namespace vms
