#pragma once

#include "core/reports/ReportPeriod.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace vms {

// The SQL every report shares, so the rules of reports.md (which events count, an event's local date, its
// district and format, what "attended" means, a volunteer's organization, email and phone) are written
// once. Reports are one WITH clause built from these common table expressions, each able to use the ones
// before it:
//
//   ev    the period's events (counted ones, or also cancelled ones) after the district, type and format
//         filters, with their local date `d`, resolved `district_id`, `program` and `fmt`
//   att   attended volunteer and student participations at the events of `ev`, with the event's columns
//   vatt  the volunteer rows of `att` whose volunteer is local and passes the organization filter
//   edge  each volunteer's first or last attended participation ever, at a counted event
//   pv    `vatt` per volunteer (or per volunteer and another column): events, hours, first and last date
//
// Fragments use named placeholders whose values bindings() supplies; user text only ever travels as a
// bound value.
class ReportSql final {
public:
    ReportSql(const ReportRequest& request, const ReportPeriod::UtcRange& range,
              const ReportPeriod::OffsetSegments& offsets, const QString& unassignedLabel);

    // The local date ('YYYY-MM-DD') of a UTC millisecond column, valid for instants inside the period.
    QString localDate(const QString& utcMsColumn) const;

    // "ev0 AS (...), ev AS (...)".
    QString eventsCte(bool includeCancelled) const;
    // "att AS (...)"; needs ev.
    static QString attendedCte();
    // "vatt AS (...)"; needs att.
    static QString volunteerAttendedCte();
    // "pv AS (...)" grouped by volunteer, and by `alsoBy` (a column of vatt) when given; needs vatt. With
    // `onlyVolunteersOf` (a CTE before it with a `vid` column, such as edge), only those volunteers: the
    // others' figures would be computed for nothing.
    static QString perVolunteerCte(const QString& alsoBy = {}, const QString& onlyVolunteersOf = {});
    // "edge AS (...)": volunteers whose first (or last) attended participation at a counted event lies in
    // the period, with its instant `at_utc` (the period filters other than organization do not apply).
    enum class Edge { First, Last };
    static QString edgeCte(Edge edge);
    // The name of the event at edge.at_utc for volunteer `vidColumn`: of two at the same instant, the one
    // that sorts first by name, then Id.
    static QString edgeEventName(const QString& vidColumn);

    // A SELECT over `ev` and `att` with reports.md's district figures per group of `groupBy` (expressions
    // over ev's columns; none = one row for everything): the group columns as g0, g1, ..., then events,
    // schools, reached, sparts, vparts, uvols, hrs. Only groups with at least one event.
    static QString districtFigures(const QStringList& groupBy);

    // The columns every report's SELECT ends with, after its cells: the row's record id (the sort's last
    // tie-break), the local id the row opens (ReportRow::linkId; "NULL" when none) and its RowKind.
    static QString rowTail(const QString& recordId, const QString& linkId, int rowKind = 0);

    // The display name of a district id column (NULL -> "Unassigned").
    static QString districtName(const QString& districtIdColumn);
    // A volunteer's organization (reports.md): the primary affiliation's Account name, else its text.
    static QString volunteerOrganization(const QString& volunteerAlias);
    static QString volunteerName(const QString& volunteerAlias);
    // reports.md's Email (Email, else the preferred npe01 email; empty when opted out) and Phone (Phone,
    // else MobilePhone; empty with Do Not Call).
    static QString contactEmail(const QString& volunteerAlias);
    static QString contactPhone(const QString& volunteerAlias);
    // A participation's status as a word: Registered, Attended or No-Show, else its raw text, trimmed.
    static QString participationStatusWord(const QString& participationAlias);
    // Attended participations of the given ParticipantType, as a WHERE condition on alias `p`.
    static QString attended(const QString& participationAlias, int participantType);
    static QString countedEventStatus(const QString& eventAlias);

    QVariantMap bindings() const { return m_bindings; }

private:
    QVariantMap m_bindings;
    int m_segments = 1;
};

} // namespace vms
