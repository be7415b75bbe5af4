#include "core/reports/ReportSql.h"

#include "core/domain/Status.h"
#include "core/reports/ReportText.h"

namespace vms {

namespace {

QString code(EventStatus s) {
    return QString::number(static_cast<int>(s));
}
QString code(ParticipationStatus s) {
    return QString::number(static_cast<int>(s));
}
QString code(ParticipantType t) {
    return QString::number(static_cast<int>(t));
}
QString nonNull(const QString& s) {
    return s.isNull() ? QStringLiteral("") : s;
}

// A filter as two bound values: whether it is on, and the value an event's field must equal (empty for
// ReportRequest::blankFilter()). Names are chosen so that none is a prefix of another.
void bindFilter(QVariantMap& b, const char* on, const char* value, const QString& requested) {
    const bool blank = requested == ReportRequest::blankFilter();
    b.insert(QLatin1String(on), requested.isEmpty() ? 0 : 1);
    b.insert(QLatin1String(value), blank ? QStringLiteral("") : nonNull(requested));
}

} // namespace

ReportSql::ReportSql(const ReportRequest& request, const ReportPeriod::UtcRange& range,
                     const ReportPeriod::OffsetSegments& offsets, const QString& unassignedLabel) {
    m_bindings.insert(QStringLiteral(":p_from"), range.fromMs);
    m_bindings.insert(QStringLiteral(":p_to"), range.toMs);
    bindFilter(m_bindings, ":fd_on", ":fd_id", request.districtSfId);
    bindFilter(m_bindings, ":ft_on", ":ft_type", request.eventType);
    // Empty string = no filter; never NULL, so "(:f = '' OR ...)" stays a plain comparison.
    m_bindings.insert(QStringLiteral(":f_org"), nonNull(request.organizationSfId));
    m_bindings.insert(QStringLiteral(":f_format"), nonNull(request.format));
    m_bindings.insert(QStringLiteral(":f_counted"), request.countedOnly ? 1 : 0);
    m_bindings.insert(QStringLiteral(":f_event"), request.eventId);
    m_bindings.insert(QStringLiteral(":l_unassigned"), unassignedLabel);
    m_bindings.insert(QStringLiteral(":l_all"), ReportText::all());
    m_bindings.insert(QStringLiteral(":l_virtual"), ReportRequest::formatVirtual());
    m_bindings.insert(QStringLiteral(":l_inperson"), ReportRequest::formatInPerson());
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
        .arg(code(ParticipationStatus::Attended));
}

QString ReportSql::eventsCte(bool includeCancelled) const {
    // District (reports.md): District__c if set; else the school's district; else Parent_Account__c when
    // that is a district; else NULL (shown as "Unassigned").
    const QString district =
        QStringLiteral("COALESCE(NULLIF(e.district_sf_id, ''), "
                       "(SELECT NULLIF(s.district_sf_id, '') FROM schools s WHERE s.sf_id = e.school_sf_id), "
                       "(SELECT dd.sf_id FROM districts dd WHERE dd.sf_id = e.parent_account_sf_id))");
    // Format (reports.md): Virtual, or In-Person, which Hybrid and an empty format count as.
    const QString format = QStringLiteral(
        "CASE WHEN lower(trim(COALESCE(e.format, ''))) = 'virtual' THEN :l_virtual ELSE :l_inperson END");
    const QString status = includeCancelled
                               ? QStringLiteral("e.status_code <> %1").arg(code(EventStatus::Draft))
                               : countedEventStatus(QStringLiteral("e"));
    return QStringLiteral("ev0 AS (SELECT e.id, e.sf_id, e.name, e.session_type, "
                          "COALESCE(e.session_type, '') AS program, e.status, e.status_code, e.school_sf_id, "
                          "e.start_utc, %1 AS d, %2 AS district_id, %3 AS fmt FROM events e "
                          "WHERE e.start_utc >= :p_from AND e.start_utc < :p_to AND %4), "
                          "ev AS (SELECT * FROM ev0 WHERE (:fd_on = 0 OR COALESCE(district_id, '') = :fd_id) "
                          "AND (:ft_on = 0 OR program = :ft_type) AND (:f_format = '' OR fmt = :f_format) "
                          "AND (:f_counted = 0 OR status_code <> %5))")
        .arg(localDate(QStringLiteral("e.start_utc")), district, format, status,
             code(EventStatus::Cancelled));
}

QString ReportSql::attendedCte() {
    return QStringLiteral("att AS (SELECT p.id AS pid, p.event_id AS eid, p.type_code AS type, "
                          "p.volunteer_id AS vid, p.student_id AS sid, p.contact_sf_id AS contact, "
                          "p.delivery_hours AS h, ev.d AS d, ev.district_id AS district_id, "
                          "ev.program AS program, ev.fmt AS fmt, ev.school_sf_id AS school "
                          "FROM ev JOIN participations p ON p.event_id = ev.id "
                          "WHERE p.status_code = %1 AND p.type_code IN (%2, %3))")
        .arg(code(ParticipationStatus::Attended), code(ParticipantType::Volunteer),
             code(ParticipantType::Student));
}

QString ReportSql::volunteerAttendedCte() {
    return QStringLiteral("vatt AS (SELECT att.* FROM att JOIN volunteers v ON v.id = att.vid "
                          "WHERE att.type = %1 AND (:f_org = '' OR v.primary_affiliation = :f_org))")
        .arg(code(ParticipantType::Volunteer));
}

QString ReportSql::perVolunteerCte(const QString& alsoBy, const QString& onlyVolunteersOf) {
    const QString extra = alsoBy.isEmpty() ? QString() : QStringLiteral(", ") + alsoBy;
    const QString only = onlyVolunteersOf.isEmpty()
                             ? QString()
                             : QStringLiteral(" WHERE vid IN (SELECT vid FROM %1)").arg(onlyVolunteersOf);
    return QStringLiteral("pv AS (SELECT vid%1, COUNT(DISTINCT eid) AS events, TOTAL(h) AS hours, "
                          "MIN(d) AS first_d, MAX(d) AS last_d FROM vatt%2 GROUP BY vid%1)")
        .arg(extra, only);
}

QString ReportSql::edgeCte(Edge edge) {
    const QString fn = edge == Edge::First ? QStringLiteral("MIN") : QStringLiteral("MAX");
    // "+p.volunteer_id": on the bare column SQLite reads every volunteer participation in volunteer order
    // through its index to save a sort, rather than only the attended ones through theirs.
    return QStringLiteral("edge AS (SELECT p.volunteer_id AS vid, %1(e.start_utc) AS at_utc "
                          "FROM participations p JOIN events e ON e.id = p.event_id "
                          "WHERE %2 AND %3 AND p.volunteer_id IS NOT NULL GROUP BY +p.volunteer_id "
                          "HAVING %1(e.start_utc) >= :p_from AND %1(e.start_utc) < :p_to)")
        .arg(fn, attended(QStringLiteral("p"), static_cast<int>(ParticipantType::Volunteer)),
             countedEventStatus(QStringLiteral("e")));
}

QString ReportSql::edgeEventName(const QString& vid) {
    return QStringLiteral("(SELECT COALESCE(e2.name, '') FROM participations p2 "
                          "JOIN events e2 ON e2.id = p2.event_id "
                          "WHERE p2.volunteer_id = %1 AND %2 AND %3 AND e2.start_utc = edge.at_utc "
                          "ORDER BY e2.name, e2.sf_id LIMIT 1)")
        .arg(vid, attended(QStringLiteral("p2"), static_cast<int>(ParticipantType::Volunteer)),
             countedEventStatus(QStringLiteral("e2")));
}

QString ReportSql::districtFigures(const QStringList& groupBy) {
    QStringList cols, names, join;
    for (qsizetype i = 0; i < groupBy.size(); ++i) {
        const QString name = QStringLiteral("g%1").arg(i);
        cols << QStringLiteral("%1 AS %2").arg(groupBy.at(i), name);
        names << name;
        join << QStringLiteral("pg.%1 IS g.%1").arg(name);
    }
    const QString select =
        cols.isEmpty() ? QString() : cols.join(QStringLiteral(", ")) + QStringLiteral(", ");
    const QString groupClause =
        names.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + names.join(QStringLiteral(", "));
    const QString outer =
        names.isEmpty() ? QString()
                        : QStringLiteral("g.") + names.join(QStringLiteral(", g.")) + QStringLiteral(", ");
    const QString student = code(ParticipantType::Student);
    const QString volunteer = code(ParticipantType::Volunteer);
    return QStringLiteral(
               "SELECT %1g.events AS events, g.schools AS schools, COALESCE(pg.reached, 0) AS reached, "
               "COALESCE(pg.sparts, 0) AS sparts, COALESCE(pg.vparts, 0) AS vparts, "
               "COALESCE(pg.uvols, 0) AS uvols, COALESCE(pg.hrs, 0) AS hrs "
               "FROM (SELECT %2COUNT(*) AS events, COUNT(DISTINCT NULLIF(school_sf_id, '')) AS schools "
               "FROM ev%3) g "
               "LEFT JOIN (SELECT %2"
               // A person is their local id, or their Salesforce Id while not yet local; counted as
               // integers and texts separately, which is cheaper than mixing. Totals count distinct
               // people over the rows they sum, because each total is its own grouping here.
               "COUNT(DISTINCT CASE WHEN type = %4 THEN sid END) + "
               "COUNT(DISTINCT CASE WHEN type = %4 AND sid IS NULL THEN contact END) AS reached, "
               "SUM(type = %4) AS sparts, SUM(type = %5) AS vparts, "
               "COUNT(DISTINCT CASE WHEN type = %5 THEN vid END) + "
               "COUNT(DISTINCT CASE WHEN type = %5 AND vid IS NULL THEN contact END) AS uvols, "
               "TOTAL(CASE WHEN type = %5 THEN h END) AS hrs FROM att%3) pg ON %6 "
               "WHERE g.events > 0")
        .arg(outer, select, groupClause, student, volunteer,
             join.isEmpty() ? QStringLiteral("1") : join.join(QStringLiteral(" AND ")));
}

QString ReportSql::rowTail(const QString& recordId, const QString& linkId, int rowKind) {
    return QStringLiteral("%1, %2, %3")
        .arg(recordId, linkId.isEmpty() ? QStringLiteral("NULL") : linkId)
        .arg(rowKind);
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

QString ReportSql::contactEmail(const QString& v) {
    // npe01__Preferred_Email__c names one of NPSP's emails: Personal (the home one; older orgs say Home),
    // Work or Alternate.
    return QStringLiteral("CASE WHEN COALESCE(%1.email_opt_out, 0) <> 0 THEN '' ELSE "
                          "COALESCE(NULLIF(TRIM(%1.email), ''), "
                          "CASE lower(trim(COALESCE(%1.preferred_email, ''))) "
                          "WHEN 'personal' THEN NULLIF(TRIM(%1.home_email), '') "
                          "WHEN 'home' THEN NULLIF(TRIM(%1.home_email), '') "
                          "WHEN 'work' THEN NULLIF(TRIM(%1.work_email), '') "
                          "WHEN 'alternate' THEN NULLIF(TRIM(%1.alternate_email), '') END, '') END")
        .arg(v);
}

QString ReportSql::contactPhone(const QString& v) {
    return QStringLiteral("CASE WHEN COALESCE(%1.do_not_call, 0) <> 0 THEN '' ELSE "
                          "COALESCE(NULLIF(TRIM(%1.phone), ''), NULLIF(TRIM(%1.mobile_phone), ''), '') END")
        .arg(v);
}

QString ReportSql::participationStatusWord(const QString& p) {
    // The words VMS writes to Status__c (salesforce-org.md), so a file reads like the org.
    return QStringLiteral("CASE %1.status_code WHEN %2 THEN '%3' WHEN %4 THEN '%5' WHEN %6 THEN '%7' "
                          "ELSE TRIM(COALESCE(%1.status, '')) END")
        .arg(p, code(ParticipationStatus::Registered),
             participationStatusToSalesforce(ParticipationStatus::Registered),
             code(ParticipationStatus::Attended),
             participationStatusToSalesforce(ParticipationStatus::Attended),
             code(ParticipationStatus::NoShow), participationStatusToSalesforce(ParticipationStatus::NoShow));
}

} // namespace vms
