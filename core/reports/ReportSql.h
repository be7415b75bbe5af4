#pragma once

#include "core/reports/ReportPeriod.h"

#include <QString>
#include <QVariantMap>

namespace vms {

// The SQL pieces every report shares, so the rules of reports.md (which events count, an event's local
// date, its district, a volunteer's organization) are written once. Fragments use named placeholders
// whose values bindings() supplies; user text only ever travels as a bound value.
class ReportSql final {
public:
    ReportSql(const ReportRequest& request, const ReportPeriod::UtcRange& range,
              const ReportPeriod::OffsetSegments& offsets, const QString& unassignedLabel);

    // The local date ('YYYY-MM-DD') of a UTC millisecond column, valid for instants inside the period.
    QString localDate(const QString& utcMsColumn) const;
    // "ev0"/"ev" CTE bodies: events in the period (counted ones, or also cancelled ones) with their local
    // date `d` and resolved `district_id`, then the district and event-type filters.
    QString eventsCte(bool includeCancelled) const;
    // The display name of a district id column (NULL -> "Unassigned").
    static QString districtName(const QString& districtIdColumn);
    // A volunteer's organization (reports.md): the primary affiliation's Account name, else its text.
    static QString volunteerOrganization(const QString& volunteerAlias);
    static QString volunteerName(const QString& volunteerAlias);
    // Attended participations of the given ParticipantType, as a WHERE condition on alias `p`.
    static QString attended(const QString& participationAlias, int participantType);
    static QString countedEventStatus(const QString& eventAlias);

    QVariantMap bindings() const { return m_bindings; }

private:
    QVariantMap m_bindings;
    int m_segments = 1;
};

} // namespace vms
