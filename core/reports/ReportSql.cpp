#include "core/reports/ReportSql.h"

#include "core/domain/Status.h"

namespace vms {

namespace {
QString code(EventStatus s) {
    return QString::number(static_cast<int>(s));
}
QString nonNull(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

ReportSql::ReportSql(const ReportRequest& request, const ReportPeriod::UtcRange& range,
                     const ReportPeriod::OffsetSegments& offsets, const QString& unassignedLabel) {
    m_bindings.insert(QStringLiteral(":p_from"), range.fromMs);
    m_bindings.insert(QStringLiteral(":p_to"), range.toMs);
    // Empty string = no filter; never NULL, so "(:f = '' OR ...)" stays a plain comparison.
    m_bindings.insert(QStringLiteral(":f_district"), nonNull(request.districtSfId));
    m_bindings.insert(QStringLiteral(":f_org"), nonNull(request.organizationSfId));
    m_bindings.insert(QStringLiteral(":f_etype"), nonNull(request.eventType));
    m_bindings.insert(QStringLiteral(":l_unassigned"), unassignedLabel);
    m_segments = static_cast<int>(offsets.offsetSecs.size());
    for (int i = 0; i < m_segments; ++i) {
        m_bindings.insert(QStringLiteral(":tz_o%1").arg(i), offsets.offsetSecs.at(i));
        if (i < offsets.untilMs.size())
            m_bindings.insert(QStringLiteral(":tz_u%1").arg(i), offsets.untilMs.at(i));
    }
}

QString ReportSql::localDate(const QString& col) const {
    // SQLite knows no time zones; the period's few offset changes (DST) become a CASE over the instant.
    QString offset;
    if (m_segments == 1) {
        offset = QStringLiteral(":tz_o0");
    } else {
        offset = QStringLiteral("CASE");
        for (int i = 0; i + 1 < m_segments; ++i)
            offset += QStringLiteral(" WHEN %1 < :tz_u%2 THEN :tz_o%2").arg(col).arg(i);
        offset += QStringLiteral(" ELSE :tz_o%1 END").arg(m_segments - 1);
    }
    return QStringLiteral("date((%1 / 1000) + (%2), 'unixepoch')").arg(col, offset);
}

QString ReportSql::countedEventStatus(const QString& e) {
    return QStringLiteral("%1.status_code NOT IN (%2, %3)")
        .arg(e, code(EventStatus::Draft), code(EventStatus::Cancelled));
}

QString ReportSql::attended(const QString& p, int participantType) {
    return QStringLiteral("%1.type_code = %2 AND %1.status_code = %3")
        .arg(p)
        .arg(participantType)
        .arg(static_cast<int>(ParticipationStatus::Attended));
}

QString ReportSql::eventsCte(bool includeCancelled) const {
    // District (reports.md): District__c if set; else the school's district; else Parent_Account__c when
    // that is a district; else NULL (shown as "Unassigned").
    const QString district =
        QStringLiteral("COALESCE(NULLIF(e.district_sf_id, ''), "
                       "(SELECT NULLIF(s.district_sf_id, '') FROM schools s WHERE s.sf_id = e.school_sf_id), "
                       "(SELECT dd.sf_id FROM districts dd WHERE dd.sf_id = e.parent_account_sf_id))");
    const QString status = includeCancelled
                               ? QStringLiteral("e.status_code <> %1").arg(code(EventStatus::Draft))
                               : countedEventStatus(QStringLiteral("e"));
    return QStringLiteral("ev0 AS (SELECT e.id, e.sf_id, e.name, e.session_type, e.status, e.status_code, "
                          "e.school_sf_id, e.start_utc, %1 AS d, %2 AS district_id FROM events e "
                          "WHERE e.start_utc >= :p_from AND e.start_utc < :p_to AND %3), "
                          "ev AS (SELECT * FROM ev0 WHERE (:f_district = '' OR district_id = :f_district) "
                          "AND (:f_etype = '' OR session_type = :f_etype))")
        .arg(localDate(QStringLiteral("e.start_utc")), district, status);
}

QString ReportSql::districtName(const QString& idColumn) {
    return QStringLiteral(
               "COALESCE((SELECT dn.name FROM districts dn WHERE dn.sf_id = %1), %1, :l_unassigned)")
        .arg(idColumn);
}

QString ReportSql::volunteerOrganization(const QString& v) {
    // "Resolves" = a synced Account (organization, school or district) has the Id.
    return QStringLiteral(
               "COALESCE((SELECT o.name FROM organizations o WHERE o.sf_id = %1.primary_affiliation), "
               "(SELECT s.name FROM schools s WHERE s.sf_id = %1.primary_affiliation), "
               "(SELECT dd.name FROM districts dd WHERE dd.sf_id = %1.primary_affiliation), "
               "%1.primary_affiliation, '')")
        .arg(v);
}

QString ReportSql::volunteerName(const QString& v) {
    return QStringLiteral("TRIM(COALESCE(%1.first_name, '') || ' ' || COALESCE(%1.last_name, ''))").arg(v);
}

} // namespace vms
