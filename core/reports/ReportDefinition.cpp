#include "core/reports/ReportDefinition.h"

#include "core/domain/Status.h"
#include "core/reports/ReportSql.h"

#include <QCoreApplication>

namespace vms {

namespace {

constexpr char kContext[] = "vms::Reports";

const int kVolunteer = static_cast<int>(ParticipantType::Volunteer);
const int kStudent = static_cast<int>(ParticipantType::Student);
const int kDetail = static_cast<int>(RowKind::Detail);
const int kGroupTotal = static_cast<int>(RowKind::GroupTotal);
const int kGrandTotal = static_cast<int>(RowKind::GrandTotal);

QString volunteerId(const QString& v) {
    return QStringLiteral("COALESCE(%1.sf_id, '#' || %1.id)").arg(v);
}

QString volunteerTail(const QString& v) {
    return ReportSql::rowTail(volunteerId(v), v + QStringLiteral(".id"));
}

// volunteer-hours: one row per volunteer with an attended participation in the period.
QString volunteerHoursSql(const ReportSql& s) {
    return QStringLiteral("WITH %1, %2, %3, %4 "
                          "SELECT %5, %6, pv.events, pv.hours, pv.first_d, pv.last_d, %7 "
                          "FROM pv JOIN volunteers v ON v.id = pv.vid")
        .arg(s.eventsCte(false), ReportSql::attendedCte(), ReportSql::volunteerAttendedCte(),
             ReportSql::perVolunteerCte(), ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")), volunteerTail(QStringLiteral("v")));
}

QString volunteerHoursChartSql(const ReportSql& s) {
    return QStringLiteral("WITH %1, %2, %3 "
                          "SELECT substr(d, 1, 7) AS m, TOTAL(h) FROM vatt GROUP BY m ORDER BY m")
        .arg(s.eventsCte(false), ReportSql::attendedCte(), ReportSql::volunteerAttendedCte());
}

// organization-summary: participations attributed through an affiliation current on the event's date.
// DISTINCT per (participation, organization) so two overlapping affiliation records with the same
// organization do not count one participation twice. Volunteers not yet local count by their Salesforce Id.
QString organizationSummarySql(const ReportSql& s) {
    return QStringLiteral(
               "WITH %1, %2, "
               "attributed AS (SELECT DISTINCT a.pid, a.contact, a.eid, a.h, af.organization_sf_id AS org "
               "FROM att a JOIN affiliations af ON af.contact_sf_id = a.contact "
               "WHERE a.type = %3 AND a.contact <> '' "
               "AND af.organization_sf_id IS NOT NULL AND af.organization_sf_id <> '' "
               "AND (af.start_date IS NULL OR af.start_date = '' OR af.start_date <= a.d) "
               "AND (af.end_date IS NULL OR af.end_date = '' OR af.end_date >= a.d) "
               "AND (:f_org = '' OR af.organization_sf_id = :f_org)) "
               "SELECT COALESCE(o.name, t.org), COUNT(DISTINCT t.contact), COUNT(DISTINCT t.eid), "
               "TOTAL(t.h), "
               "%4 FROM attributed t LEFT JOIN organizations o ON o.sf_id = t.org GROUP BY t.org")
        .arg(s.eventsCte(false), ReportSql::attendedCte())
        .arg(kVolunteer)
        .arg(ReportSql::rowTail(QStringLiteral("t.org"), QStringLiteral("o.id")));
}

// event-attendance: every non-draft event in the period; cancelled ones with zero counts.
QString eventAttendanceSql(const ReportSql& s) {
    const QString cancelled = QString::number(static_cast<int>(EventStatus::Cancelled));
    return QStringLiteral(
               "WITH %1, %2, "
               // "+eid": grouping on the bare column lets SQLite walk all participations in event order
               // through their index, a random read per row, to save a sort; a plain scan and a sort of
               // the period's rows is several times cheaper (bench_reports).
               "pa AS (SELECT eid, SUM(type = %3) AS vols, SUM(type = %4) AS studs, "
               "TOTAL(CASE WHEN type = %3 THEN h END) AS hrs FROM att GROUP BY +eid) "
               "SELECT ev.d, COALESCE(ev.name, ''), COALESCE(ev.session_type, ''), "
               "TRIM(COALESCE(ev.status, '')), COALESCE(sc.name, ''), %5, "
               "CASE WHEN ev.status_code = %6 THEN 0 ELSE COALESCE(pa.vols, 0) END, "
               "CASE WHEN ev.status_code = %6 THEN 0 ELSE COALESCE(pa.studs, 0) END, "
               "CASE WHEN ev.status_code = %6 THEN 0 ELSE COALESCE(pa.hrs, 0) END, %7 "
               "FROM ev LEFT JOIN schools sc ON sc.sf_id = ev.school_sf_id LEFT JOIN pa ON pa.eid = ev.id")
        .arg(s.eventsCte(true), ReportSql::attendedCte())
        .arg(kVolunteer)
        .arg(kStudent)
        .arg(ReportSql::districtName(QStringLiteral("ev.district_id")), cancelled,
             ReportSql::rowTail(QStringLiteral("COALESCE(ev.sf_id, '#' || ev.id)"), QStringLiteral("ev.id")));
}

// first-time-volunteers: the earliest attended participation ever (at a counted event) lies in the period.
QString firstTimeVolunteersSql(const ReportSql& s) {
    return QStringLiteral("WITH %1, %2, %3, %4, %5 "
                          "SELECT %6, %7, %8, %9, COALESCE(pv.events, 0), COALESCE(pv.hours, 0), %10 "
                          "FROM edge JOIN volunteers v ON v.id = edge.vid LEFT JOIN pv ON pv.vid = edge.vid "
                          "WHERE (:f_org = '' OR v.primary_affiliation = :f_org)")
        .arg(s.eventsCte(false), ReportSql::attendedCte(), ReportSql::volunteerAttendedCte(),
             ReportSql::edgeCte(ReportSql::Edge::First),
             ReportSql::perVolunteerCte({}, QStringLiteral("edge")),
             ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")),
             s.localDate(QStringLiteral("edge.at_utc")), ReportSql::edgeEventName(QStringLiteral("edge.vid")))
        .arg(volunteerTail(QStringLiteral("v")));
}

// The district figures of reports.md per resolved district: district-summary's rows.
QString districtSummarySql(const ReportSql& s) {
    return QStringLiteral("WITH %1, %2, f AS (%3) "
                          "SELECT %4, events, schools, reached, sparts, vparts, uvols, hrs, %5 FROM f")
        .arg(s.eventsCte(false), ReportSql::attendedCte(),
             ReportSql::districtFigures({QStringLiteral("district_id")}),
             ReportSql::districtName(QStringLiteral("g0")),
             ReportSql::rowTail(QStringLiteral("COALESCE(g0, '')"), {}));
}

// district-year-end: the same figures per district x program x format, each district's total, and the grand
// total. Each total is its own grouping, so it counts distinct schools, students and volunteers over the
// rows it sums.
QString districtYearEndSql(const ReportSql& s) {
    const QString figures = QStringLiteral("events, schools, reached, sparts, vparts, uvols, hrs");
    return QStringLiteral("WITH %1, %2, f3 AS (%3), f1 AS (%4), f0 AS (%5) "
                          "SELECT %6, g1, g2, %7, %8 FROM f3 "
                          "UNION ALL SELECT %6, :l_all, :l_all, %7, %9 FROM f1 "
                          "UNION ALL SELECT :l_all, :l_all, :l_all, %7, %10 FROM f0")
        .arg(s.eventsCte(false), ReportSql::attendedCte(),
             ReportSql::districtFigures(
                 {QStringLiteral("district_id"), QStringLiteral("program"), QStringLiteral("fmt")}),
             ReportSql::districtFigures({QStringLiteral("district_id")}), ReportSql::districtFigures({}),
             ReportSql::districtName(QStringLiteral("g0")), figures,
             ReportSql::rowTail(QStringLiteral("COALESCE(g0, '')"), {}, kDetail),
             ReportSql::rowTail(QStringLiteral("COALESCE(g0, '')"), {}, kGroupTotal))
        .arg(ReportSql::rowTail(QStringLiteral("''"), {}, kGrandTotal));
}

// recent-volunteers: the latest attended participation ever (at a counted event) lies in the period.
QString recentVolunteersSql(const ReportSql& s) {
    return QStringLiteral("WITH %1, %2, %3, %4, %5 "
                          "SELECT %6, %7, %8, %9, %10, COALESCE(pv.events, 0), COALESCE(pv.hours, 0), "
                          "REPLACE(COALESCE(v.skills, ''), ';', '; '), %11 "
                          "FROM edge JOIN volunteers v ON v.id = edge.vid LEFT JOIN pv ON pv.vid = edge.vid "
                          "WHERE (:f_org = '' OR v.primary_affiliation = :f_org)")
        .arg(s.eventsCte(false), ReportSql::attendedCte(), ReportSql::volunteerAttendedCte(),
             ReportSql::edgeCte(ReportSql::Edge::Last),
             ReportSql::perVolunteerCte({}, QStringLiteral("edge")),
             ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")),
             ReportSql::contactEmail(QStringLiteral("v")), s.localDate(QStringLiteral("edge.at_utc")))
        .arg(ReportSql::edgeEventName(QStringLiteral("edge.vid")), volunteerTail(QStringLiteral("v")));
}

// event-contacts: the volunteer participations of one event that are not cancelled. A volunteer not yet in
// the cache is listed by the participation's Salesforce contact Id rather than left out.
QString eventContactsSql(const ReportSql&) {
    return QStringLiteral("SELECT COALESCE(NULLIF(%1, ''), p.contact_sf_id, ''), %2, %3, %4, %5, "
                          "COALESCE(NULLIF(TRIM(v.title), ''), TRIM(p.title), ''), p.delivery_hours, %6 "
                          "FROM participations p LEFT JOIN volunteers v ON v.id = p.volunteer_id "
                          "WHERE p.event_id = :f_event AND p.type_code = %7 AND p.status_code <> %8")
        .arg(ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::participationStatusWord(QStringLiteral("p")),
             ReportSql::contactEmail(QStringLiteral("v")), ReportSql::contactPhone(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")),
             ReportSql::rowTail(QStringLiteral("COALESCE(p.sf_id, '#' || p.id)"), QStringLiteral("v.id")))
        .arg(kVolunteer)
        .arg(static_cast<int>(ParticipationStatus::Cancelled));
}

// volunteers-by-event-type: one row per volunteer and event type attended in the period.
QString volunteersByEventTypeSql(const ReportSql& s) {
    return QStringLiteral("WITH %1, %2, %3, %4 "
                          "SELECT pv.program, %5, %6, pv.events, pv.hours, pv.last_d, %7 "
                          "FROM pv JOIN volunteers v ON v.id = pv.vid")
        .arg(s.eventsCte(false), ReportSql::attendedCte(), ReportSql::volunteerAttendedCte(),
             ReportSql::perVolunteerCte(QStringLiteral("program")),
             ReportSql::volunteerName(QStringLiteral("v")),
             ReportSql::volunteerOrganization(QStringLiteral("v")), volunteerTail(QStringLiteral("v")));
}

// The district figures of reports.md, in the order ReportSql::districtFigures counts them: the columns
// district-summary and district-year-end show after their labels.
const std::vector<ColumnSpec>& districtFigureColumns() {
    static const std::vector<ColumnSpec> columns = {
        {QT_TRANSLATE_NOOP("vms::Reports", "Events"), ColumnType::Integer},
        {QT_TRANSLATE_NOOP("vms::Reports", "Schools"), ColumnType::Integer},
        {QT_TRANSLATE_NOOP("vms::Reports", "Students Reached"), ColumnType::Integer},
        {QT_TRANSLATE_NOOP("vms::Reports", "Student Participations"), ColumnType::Integer},
        {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Engagements"), ColumnType::Integer},
        {QT_TRANSLATE_NOOP("vms::Reports", "Unique Volunteers"), ColumnType::Integer},
        {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Hours"), ColumnType::Hours}};
    return columns;
}

std::vector<ReportDefinition> buildDefinitions() {
    const unsigned eventFilters = FilterDistrict | FilterEventType | FilterFormat;
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
        d.audience = ExportAudience::Admins;
        d.filters = eventFilters | FilterOrganization;
        d.sort = {{3, true}};
        d.nameColumn = 0;
        d.rowsSql = &volunteerHoursSql;
        d.link = RowLink::Volunteer;
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
        d.filters = eventFilters | FilterOrganization;
        d.sort = {{3, true}};
        d.nameColumn = 0;
        d.rowsSql = &organizationSummarySql;
        d.link = RowLink::Organization;
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
        d.columns = {
            {QT_TRANSLATE_NOOP("vms::Reports", "Date"), ColumnType::Date},
            {QT_TRANSLATE_NOOP("vms::Reports", "Event"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Type"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Status"), ColumnType::Text, ColumnWords::EventStatus},
            {QT_TRANSLATE_NOOP("vms::Reports", "School"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "District"), ColumnType::Text, ColumnWords::District},
            {QT_TRANSLATE_NOOP("vms::Reports", "Volunteers Attended"), ColumnType::Integer},
            {QT_TRANSLATE_NOOP("vms::Reports", "Students Attended"), ColumnType::Integer},
            {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer Hours"), ColumnType::Hours}};
        d.filters = eventFilters | FilterCountedOnly;
        d.sort = {{0, false}};
        d.nameColumn = 1;
        d.rowsSql = &eventAttendanceSql;
        d.link = RowLink::Event;
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
        d.audience = ExportAudience::Admins;
        d.filters = FilterOrganization;
        d.sort = {{2, false}};
        d.nameColumn = 0;
        d.rowsSql = &firstTimeVolunteersSql;
        d.link = RowLink::Volunteer;
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
        d.columns = {
            {QT_TRANSLATE_NOOP("vms::Reports", "District"), ColumnType::Text, ColumnWords::District}};
        d.columns.insert(d.columns.end(), districtFigureColumns().begin(), districtFigureColumns().end());
        d.filters = eventFilters;
        d.sort = {{0, false}};
        d.nameColumn = 0;
        d.rowsSql = &districtSummarySql;
        d.link = RowLink::DistrictEvents;
        d.chartSource = ChartSource::SumByLabel;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Events by district");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Events");
        d.chartLabelColumn = 0;
        d.chartValueColumn = 1;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "district-year-end";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "District Year-End");
        d.description = QT_TRANSLATE_NOOP("vms::Reports",
                                          "District figures by program and by in-person or virtual format, "
                                          "with a total per district and for all districts.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "District"), ColumnType::Text, ColumnWords::District},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Program"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Format"), ColumnType::Text, ColumnWords::Format}};
        d.columns.insert(d.columns.end(), districtFigureColumns().begin(), districtFigureColumns().end());
        d.filters = eventFilters;
        d.sort = {{0, false}, {1, false}, {2, false}};
        d.nameColumn = 0;
        d.rowsSql = &districtYearEndSql;
        d.link = RowLink::DistrictEvents;
        d.totalsColumn = 0;
        d.chartSource = ChartSource::SumByLabel;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Events by program");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Events");
        d.chartLabelColumn = 1;
        d.chartValueColumn = 3;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "recent-volunteers";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "Recent Volunteers");
        d.description = QT_TRANSLATE_NOOP(
            "vms::Reports", "Volunteers whose latest attended event falls in the period, with their email.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "Volunteer"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Organization"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Email"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Last Event Date"), ColumnType::Date},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Last Event"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Events In Period"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Hours In Period"), ColumnType::Hours},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Skills"), ColumnType::Text}};
        d.audience = ExportAudience::Admins;
        d.filters = FilterOrganization;
        d.sort = {{3, true}};
        d.nameColumn = 0;
        d.rowsSql = &recentVolunteersSql;
        d.link = RowLink::Volunteer;
        d.chartSource = ChartSource::CountByMonth;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Recent volunteers by month of their last event");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers");
        d.chartLabelColumn = 3;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "event-contacts";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "Event Contacts");
        d.description = QT_TRANSLATE_NOOP(
            "vms::Reports",
            "The volunteers signed up for one event, with how to reach them, to run the event.");
        d.columns = {
            {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Status"), ColumnType::Text, ColumnWords::ParticipationStatus},
            {QT_TRANSLATE_NOOP("vms::Reports", "Email"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Phone"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Organization"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Title"), ColumnType::Text},
            {QT_TRANSLATE_NOOP("vms::Reports", "Hours"), ColumnType::Hours}};
        // What a coordinator prints to run the event (reports.md).
        d.audience = ExportAudience::Coordinators;
        d.filters = FilterEvent;
        d.sort = {{0, false}};
        d.nameColumn = 0;
        d.rowsSql = &eventContactsSql;
        d.link = RowLink::Volunteer;
        defs.push_back(std::move(d));
    }
    {
        ReportDefinition d;
        d.name = "volunteers-by-event-type";
        d.title = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers by Event Type");
        d.description = QT_TRANSLATE_NOOP(
            "vms::Reports", "Events and hours per volunteer for each type of event attended in the period.");
        d.columns = {{QT_TRANSLATE_NOOP("vms::Reports", "Event Type"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Volunteer"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Organization"), ColumnType::Text},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Events"), ColumnType::Integer},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Hours"), ColumnType::Hours},
                     {QT_TRANSLATE_NOOP("vms::Reports", "Last Event Date"), ColumnType::Date}};
        d.audience = ExportAudience::Admins;
        d.filters = eventFilters | FilterOrganization;
        d.sort = {{0, false}, {4, true}};
        d.nameColumn = 1;
        d.rowsSql = &volunteersByEventTypeSql;
        d.link = RowLink::Volunteer;
        d.chartSource = ChartSource::CountByLabel;
        d.chartTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers by event type");
        d.chartValueTitle = QT_TRANSLATE_NOOP("vms::Reports", "Volunteers");
        d.chartLabelColumn = 0;
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
