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

// How instants are shown. Events are stored as UTC instants (Migrations.cpp) and converted at the edge,
// never stored as local dates, into the profile's display time zone (ProfileSettings; America/Chicago,
// where the program is, unless an Admin sets another). Apart from that one zone, which defaults to
// America/Chicago so tests need no setup, all functions are pure.
class DisplayTime final {
public:
    static QTimeZone zone();
    // Set at start from the profile's settings and again when the Settings dialog changes it; the views
    // reload to show it. An invalid zone means the default. Safe to read from any thread.
    static void setZone(const QTimeZone& zone);
    static QDateTime local(qint64 utcMs);
    // In the user's locale (LocaleFormat): "Tue, Oct 14, 2025, 9:00 AM"; "mar, 14 de oct de 2025, 9:00"
    static QString dateTime(qint64 utcMs);
    // "Tue, Oct 14, 2025, 9:00 AM – 11:00 AM CDT" (end date repeated only when it differs)
    static QString range(qint64 startUtcMs, std::optional<qint64> endUtcMs);
    // "9:00 AM"; "9:00" in Spanish
    static QString time(qint64 utcMs);
    // A sortable short form for tables, the same in every locale: "2025-10-14 09:00"
    static QString sortable(qint64 utcMs);
    // "Oct 14, 2025"; "14 de oct de 2025"
    static QString date(const QDate& d);

    static SchoolYear schoolYearOf(qint64 utcMs);
    static SchoolYear schoolYearStarting(int startYear);
    // schoolYearOf(utcMs).code() without computing the year's bounds (list loading does it per row).
    static QString schoolYearCodeOf(qint64 utcMs);
    // [begin, end) of a local calendar day range in the display zone, as UTC ms.
    static qint64 startOfLocalDay(const QDate& d);
};

} // namespace vms
