#include "core/reports/ReportDefinition.h"

#include "core/domain/Status.h"
#include "core/reports/ReportSql.h"

#include <QCoreApplication>

namespace vms {

namespace {

constexpr char kContext[] = "vms::Reports";

const int kVolunteer = static_cast<int>(ParticipantType::Volunteer);
const int kStudent = static_cast<int>(ParticipantType::Student);

QString vol(const QString& p) {
    return ReportSql::attended(p, kVolunteer);
}

// volunteer-hours: one row per volunteer with an attended participation in the period.
QString volunteerHoursSql(const ReportSql& s) {
    return QStringLiteral("WITH %1 "
                          "SELECT %2, %3, COUNT(DISTINCT p.event_id), TOTAL(p.delivery_hours), MIN(ev.d), "
                          "MAX(ev.d), COALESCE(v.sf_id, '#' || v.id) "
                          "FROM participations p JOIN ev ON ev.id = p.event_id "
                          "JOIN volunteers v ON v.id = p.volunteer_id "
                          "WHERE %4 AND (:f_org = '' OR v.primary_affiliation = :f_org) "
                          "GROUP BY v.id")
        .arg(s.eventsCte(false), ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")), vol(QStringLiteral("p")));
}

QString volunteerHoursChartSql(const ReportSql& s) {
    return QStringLiteral("WITH %1 "
                          "SELECT substr(ev.d, 1, 7) AS m, TOTAL(p.delivery_hours) "
                          "FROM participations p JOIN ev ON ev.id = p.event_id "
                          "JOIN volunteers v ON v.id = p.volunteer_id "
                          "WHERE %2 AND (:f_org = '' OR v.primary_affiliation = :f_org) "
                          "GROUP BY m ORDER BY m")
        .arg(s.eventsCte(false), vol(QStringLiteral("p")));
}

// organization-summary: participations attributed through an affiliation current on the event's date.
// DISTINCT per (participation, organization) so two overlapping affiliation records with the same
// organization do not count one participation twice.
QString organizationSummarySql(const ReportSql& s) {
    return QStringLiteral(
               "WITH %1, "
               "att AS (SELECT p.id AS pid, p.contact_sf_id AS contact, p.event_id AS eid, ev.d AS d, "
               "p.delivery_hours AS h FROM participations p JOIN ev ON ev.id = p.event_id "
               "WHERE %2 AND p.contact_sf_id IS NOT NULL AND p.contact_sf_id <> ''), "
               "attributed AS (SELECT DISTINCT att.pid, att.contact, att.eid, att.h, "
               "a.organization_sf_id AS org FROM att JOIN affiliations a ON a.contact_sf_id = att.contact "
               "WHERE a.organization_sf_id IS NOT NULL AND a.organization_sf_id <> '' "
               "AND (a.start_date IS NULL OR a.start_date = '' OR a.start_date <= att.d) "
               "AND (a.end_date IS NULL OR a.end_date = '' OR a.end_date >= att.d) "
               "AND (:f_org = '' OR a.organization_sf_id = :f_org)) "
               "SELECT COALESCE(o.name, t.org), COUNT(DISTINCT t.contact), COUNT(DISTINCT t.eid), "
               "TOTAL(t.h), "
               "t.org FROM attributed t LEFT JOIN organizations o ON o.sf_id = t.org GROUP BY t.org")
        .arg(s.eventsCte(false), vol(QStringLiteral("p")));
}

// event-attendance: every non-draft event in the period; cancelled ones with zero counts.
QString eventAttendanceSql(const ReportSql& s) {
    const QString cancelled = QString::number(static_cast<int>(EventStatus::Cancelled));
    return QStringLiteral(
               "WITH %1, "
               "pa AS (SELECT p.event_id AS eid, SUM(p.type_code = %2) AS vols, SUM(p.type_code = %3) AS "
               "studs, "
               "TOTAL(CASE WHEN p.type_code = %2 THEN p.delivery_hours END) AS hrs FROM participations p "
               "WHERE p.event_id IN (SELECT id FROM ev) AND p.status_code = %4 AND p.type_code IN (%2, %3) "
               "GROUP BY p.event_id) "
               "SELECT ev.d, COALESCE(ev.name, ''), COALESCE(ev.session_type, ''), TRIM(COALESCE(ev.status, "
               "'')), "
               "COALESCE(sc.name, ''), %5, "
               "CASE WHEN ev.status_code = %6 THEN 0 ELSE COALESCE(pa.vols, 0) END, "
               "CASE WHEN ev.status_code = %6 THEN 0 ELSE COALESCE(pa.studs, 0) END, "
               "CASE WHEN ev.status_code = %6 THEN 0 ELSE COALESCE(pa.hrs, 0) END, "
               "COALESCE(ev.sf_id, '#' || ev.id) "
               "FROM ev LEFT JOIN schools sc ON sc.sf_id = ev.school_sf_id LEFT JOIN pa ON pa.eid = ev.id")
        .arg(s.eventsCte(true))
        .arg(kVolunteer)
        .arg(kStudent)
        .arg(static_cast<int>(ParticipationStatus::Attended))
        .arg(ReportSql::districtName(QStringLiteral("ev.district_id")), cancelled);
}

// first-time-volunteers: the earliest attended participation ever (at a counted event) lies in the period.
QString firstTimeVolunteersSql(const ReportSql& s) {
    return QStringLiteral(
               "WITH %1, "
               "firsts AS (SELECT p.volunteer_id AS vid, MIN(e.start_utc) AS first_utc FROM participations p "
               "JOIN events e ON e.id = p.event_id WHERE %2 AND %3 AND p.volunteer_id IS NOT NULL "
               "GROUP BY p.volunteer_id HAVING MIN(e.start_utc) >= :p_from AND MIN(e.start_utc) < :p_to), "
               "inp AS (SELECT p.volunteer_id AS vid, COUNT(DISTINCT p.event_id) AS n, "
               "TOTAL(p.delivery_hours) AS h "
               "FROM participations p JOIN ev ON ev.id = p.event_id WHERE %2 "
               "AND p.volunteer_id IN (SELECT vid FROM firsts) GROUP BY p.volunteer_id) "
               "SELECT %4, %5, %6, "
               // Two first events at the same instant: the one that sorts first by name, then Id.
               "(SELECT COALESCE(e2.name, '') FROM participations p2 JOIN events e2 ON e2.id = p2.event_id "
               "WHERE p2.volunteer_id = f.vid AND %7 AND %8 AND e2.start_utc = f.first_utc "
               "ORDER BY e2.name, e2.sf_id LIMIT 1), "
               "COALESCE(inp.n, 0), COALESCE(inp.h, 0), COALESCE(v.sf_id, '#' || v.id) "
               "FROM firsts f JOIN volunteers v ON v.id = f.vid LEFT JOIN inp ON inp.vid = f.vid "
               "WHERE (:f_org = '' OR v.primary_affiliation = :f_org)")
        .arg(s.eventsCte(false), vol(QStringLiteral("p")), ReportSql::countedEventStatus(QStringLiteral("e")),
             ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")),
             s.localDate(QStringLiteral("f.first_utc")), vol(QStringLiteral("p2")),
             ReportSql::countedEventStatus(QStringLiteral("e2")));
}

// district-summary: counted events per resolved district, and what was attended at them.
QString districtSummarySql(const ReportSql& s) {
    return QStringLiteral("WITH %1, "
                          "evagg AS (SELECT district_id, COUNT(*) AS events, COUNT(DISTINCT "
                          "NULLIF(school_sf_id, '')) AS schools "
                          "FROM ev GROUP BY district_id), "
                          "pagg AS (SELECT ev.district_id AS district_id, "
                          // A person is their local id, or their Salesforce Id while not yet local;
                          // counted as integers and texts separately, which is cheaper than mixing.
                          "COUNT(DISTINCT CASE WHEN p.type_code = %2 THEN p.student_id END) + "
                          "COUNT(DISTINCT CASE WHEN p.type_code = %2 AND p.student_id IS NULL "
                          "THEN p.contact_sf_id END) AS reached, "
                          "SUM(p.type_code = %2) AS sparts, SUM(p.type_code = %3) AS vparts, "
                          "COUNT(DISTINCT CASE WHEN p.type_code = %3 THEN p.volunteer_id END) + "
                          "COUNT(DISTINCT CASE WHEN p.type_code = %3 AND p.volunteer_id IS NULL "
                          "THEN p.contact_sf_id END) AS uvols, TOTAL(CASE WHEN p.type_code = %3 THEN "
                          "p.delivery_hours END) AS hrs "
                          "FROM ev JOIN participations p ON p.event_id = ev.id "
                          "WHERE p.status_code = %4 AND p.type_code IN (%2, %3) GROUP BY ev.district_id) "
                          "SELECT %5, g.events, g.schools, COALESCE(pg.reached, 0), COALESCE(pg.sparts, 0), "
                          "COALESCE(pg.vparts, 0), COALESCE(pg.uvols, 0), COALESCE(pg.hrs, 0), "
                          "COALESCE(g.district_id, '') "
                          "FROM evagg g LEFT JOIN pagg pg ON pg.district_id IS g.district_id")
        .arg(s.eventsCte(false))
        .arg(kStudent)
        .arg(kVolunteer)
        .arg(static_cast<int>(ParticipationStatus::Attended))
        .arg(ReportSql::districtName(QStringLiteral("g.district_id")));
}

std::vector<ReportDefinition> buildDefinitions() {
    std::vector<ReportDefinition> defs;
    {
        ReportDefinition d;
        d.name = "volunteer-hours";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Hours");
        d.description =
            QT_TRANSLATE_NOOP("vms::Reports", "Hours and events per volunteer who attended in the period.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "Volunteer"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Organization"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Events"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Hours"), ColumnType::Hours},
                     {QT_TRANSLATE_NOOP("vms::Reports", "First Event Date"), ColumnType::Date},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Last Event Date"), ColumnType::Date}};
        d.personalData = true;
        d.filters = FilterDistrict | FilterOrganization | FilterEventType;
        d.sort = {{3, true}};
        d.nameColumn = 0;
        d.rowsSql = &volunteerHoursSql;
        d.chartSource = ChartSource::SqlByMonth;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteer hours by month");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Hours");
        d.chartSql = &volunteerHoursChartSql;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "organization-summary";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "Organization Summary");
        d.description = QT_TRANSLATE_NOOP(
            "vms::Reports", "Volunteers, events and hours per organization, through dated affiliations.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "Organization"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Volunteers"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Events"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Hours"), ColumnType::Hours}};
        d.filters = FilterDistrict | FilterOrganization | FilterEventType;
        d.sort = {{3, true}};
        d.nameColumn = 0;
        d.rowsSql = &organizationSummarySql;
        d.chartSource = ChartSource::TopValues;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers by organization (top 10)");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers");
        d.chartLabelColumn = 0;
        d.chartValueColumn = 1;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "event-attendance";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "Event Attendance");
        d.description = QT_TRANSLATE_NOOP(
            "vms::Reports", "Every event in the period with attended volunteers, students and hours.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "Date"), ColumnType::Date},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Event"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Type"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Status"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "School"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "District"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Volunteers Attended"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Students Attended"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Hours"), ColumnType::Hours}};
        d.filters = FilterDistrict | FilterEventType;
        d.sort = {{0, false}};
        d.nameColumn = 1;
        d.rowsSql = &eventAttendanceSql;
        d.chartSource = ChartSource::SumByMonth;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers attended by month");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers");
        d.chartLabelColumn = 0;
        d.chartValueColumn = 6;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "first-time-volunteers";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "First-Time Volunteers");
        d.description = QT_TRANSLATE_NOOP("vms::Reports",
                                          "Volunteers whose first attended event ever falls in the period.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "Volunteer"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Organization"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "First Event Date"), ColumnType::Date},
                     {QT_TRANSLATE_NOOP("vms::Reports", "First Event"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Events In Period"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Hours In Period"), ColumnType::Hours}};
        d.personalData = true;
        d.filters = FilterOrganization;
        d.sort = {{2, false}};
        d.nameColumn = 0;
        d.rowsSql = &firstTimeVolunteersSql;
        d.chartSource = ChartSource::CountByMonth;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "First-time volunteers by month");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers");
        d.chartLabelColumn = 2;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "district-summary";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "District Summary");
        d.description = QT_TRANSLATE_NOOP(
            "vms::Reports", "Events, schools, students and volunteers per district in the period.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "District"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Events"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Schools"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Students Reached"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Student Participations"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Engagements"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Unique Volunteers"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Hours"), ColumnType::Hours}};
        d.filters = FilterDistrict | FilterEventType;
        d.sort = {{0, false}};
        d.nameColumn = 0;
        d.rowsSql = &districtSummarySql;
        d.chartSource = ChartSource::SumByLabel;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Events by district");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Events");
        d.chartLabelColumn = 0;
        d.chartValueColumn = 1;
        defs.push_back(std::move(d));
    }
    return defs;
}

} // namespace

QString ReportDefinition::translatedTitle() const {
    return QCoreApplication::translate(kContext, title);
}

QString ReportDefinition::translatedDescription() const {
    return QCoreApplication::translate(kContext, description);
}

QStringList ReportDefinition::translatedColumns() const {
    QStringList out;
    for (const ColumnSpec& c : columns)
        out << QCoreApplication::translate(kContext, c.title);
    return out;
}

const std::vector<ReportDefinition>& reportDefinitions() {
    static const std::vector<ReportDefinition> defs = buildDefinitions();
    return defs;
}

const ReportDefinition* findReport(QStringView name) {
    for (const ReportDefinition& d : reportDefinitions()) {
        if (name == QLatin1String(d.name))
            return &d;
    }
    return nullptr;
}

} // namespace vms
