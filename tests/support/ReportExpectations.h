#pragma once

// The right answers for ReportFixture and school year 2526 (2025-08-01 .. 2026-07-31, America/Chicago),
// worked out by hand from the fixture (see the comments), as the text every format must show.

#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportResult.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace vms::test {

struct ExpectedReport {
    const char* name;
    QStringList header;
    QList<QStringList> rows;
    const char* event = nullptr; // a report about one event: the event's Salesforce Id in the fixture
};

inline QStringList L(std::initializer_list<const char*> cells) {
    QStringList out;
    for (const char* c : cells)
        out << QString::fromUtf8(c);
    return out;
}

inline QList<ExpectedReport> expectedReports2526() {
    return {
        // Counted events: Career Day, Mock Interviews, Library Visit, Resume Workshop, Year End Celebration
        // (23:30 on Jul 31 local). Robotics Demo is cancelled, Planning Session a draft, Summer Camp is in
        // 2627.
        // Bob: 2 + 0.5 + 1.5. Ann: 3.5 + missing(0). Cara: 2.333 -> 2.33 (no-show and cancelled/draft
        // excluded). Dan: 2.33 (his Presenter row counts nowhere); ties with Cara, so name order decides.
        // Eve's sign-up is Registered and Frank's cancelled: neither attended, so neither counts anywhere.
        {"volunteer-hours",
         L({"Volunteer", "Organization", "Events", "Hours", "First Event Date", "Last Event Date"}),
         {L({"Bob Beta", "Freelance", "3", "4", "2025-09-10", "2026-03-05"}),
          L({"Ann Alpha", "Acme Corp", "2", "3.5", "2025-09-10", "2025-11-15"}),
          L({"Cara Çelik-Жуков", "", "1", "2.33", "2026-07-31", "2026-07-31"}),
          L({"Dan Delta", "Zeta Bank", "1", "2.33", "2025-11-15", "2025-11-15"})}},
        // Zeta Bank: Bob (always affiliated) at Career Day 2, Library Visit 0.5 and Resume Workshop 1.5, Dan
        // (from 2025-10-01) at Mock Interviews 2.33. Acme: Ann twice (duplicate affiliation counted once).
        // Old Partner ended 2025-06-30; Cara's starts 2026-08-01.
        {"organization-summary",
         L({"Organization", "Volunteers", "Events", "Hours"}),
         {L({"Zeta Bank", "2", "4", "6.33"}), L({"Acme Corp", "1", "2", "3.5"})}},
        {"event-attendance",
         L({"Date", "Event", "Type", "Status", "School", "District", "Volunteers Attended",
            "Students Attended", "Volunteer Hours"}),
         {L({"2025-09-10", "Career Day", "Career Fair", "Completed", "Central High",
             "Kansas City Public Schools", "2", "2", "5.5"}),
          L({"2025-10-01", "Robotics Demo", "Workshop", "Canceled", "Central High",
             "Kansas City Public Schools", "0", "0", "0"}),
          L({"2025-11-15", "Mock Interviews", "Career Fair", "confirmed", "Ruskin High", "Hickman Mills", "2",
             "1", "2.33"}),
          L({"2026-02-10", "Library Visit", "Workshop", "completed", "Lone School", "Unassigned", "1", "0",
             "0.5"}),
          L({"2026-03-05", "Resume Workshop", "Career Fair", "Completed", "Central High",
             "Kansas City Public Schools", "1", "1", "1.5"}),
          L({"2026-07-31", "Year End Celebration", "Celebration", "Completed", "Lone School", "Hickman Mills",
             "1", "2", "2.33"})}},
        // Ann's first ever was Reading Buddies (2025-05-01): not first-time. Cara's cancelled and draft
        // events do not count, so her first is the Jul 31 23:30 event.
        {"first-time-volunteers",
         L({"Volunteer", "Organization", "First Event Date", "First Event", "Events In Period",
            "Hours In Period"}),
         {L({"Bob Beta", "Freelance", "2025-09-10", "Career Day", "3", "4"}),
          L({"Dan Delta", "Zeta Bank", "2025-11-15", "Mock Interviews", "1", "2.33"}),
          L({"Cara Çelik-Жуков", "", "2026-07-31", "Year End Celebration", "1", "2.33"})}},
        // Hickman Mills: Mock Interviews (via school) + Year End (via Parent_Account__c); students Sam, Tia
        // (3 participations); Ann (missing hours) + Dan 2.33 + Cara 2.333 = 4.663. KCPS: Career Day and
        // Resume Workshop, both at Central High; Sam twice and Tia (2 students, 3 participations), Ann and
        // Bob
        // twice (2 volunteers, 3 engagements), 3.5 + 2 + 1.5 hours. Library Visit's parent is an
        // organization, so Unassigned.
        {"district-summary",
         L({"District", "Events", "Schools", "Students Reached", "Student Participations",
            "Volunteer Engagements", "Unique Volunteers", "Volunteer Hours"}),
         {L({"Hickman Mills", "2", "2", "2", "3", "3", "3", "4.66"}),
          L({"Kansas City Public Schools", "2", "1", "2", "3", "3", "2", "7"}),
          L({"Unassigned", "1", "1", "0", "0", "1", "1", "0.5"})}},
        // The same events by program and format. Hickman: Mock Interviews is " virtual " (Virtual), Year End
        // has no format (In-Person); Sam attended both, so the district's total reaches 2 students, not 1
        // + 2.
        // KCPS: Career Day (Hybrid) and Resume Workshop (In-Person) are one In-Person Career Fair row.
        // Library Visit's empty format is In-Person. The grand total counts distinct schools (Central,
        // Ruskin, Lone: 3, not 2 + 1 + 1), students (Sam, Tia: 2, not 2 + 2 + 0) and volunteers (Ann, Bob,
        // Cara, Dan: 4, not 3 + 2 + 1); Robotics Demo (cancelled) and Planning Session (draft) make no row.
        {"district-year-end",
         L({"District", "Program", "Format", "Events", "Schools", "Students Reached",
            "Student Participations", "Volunteer Engagements", "Unique Volunteers", "Volunteer Hours"}),
         {L({"Hickman Mills", "Career Fair", "Virtual", "1", "1", "1", "1", "2", "2", "2.33"}),
          L({"Hickman Mills", "Celebration", "In-Person", "1", "1", "2", "2", "1", "1", "2.33"}),
          L({"Hickman Mills", "All", "All", "2", "2", "2", "3", "3", "3", "4.66"}),
          L({"Kansas City Public Schools", "Career Fair", "In-Person", "2", "1", "2", "3", "3", "2", "7"}),
          L({"Kansas City Public Schools", "All", "All", "2", "1", "2", "3", "3", "2", "7"}),
          L({"Unassigned", "Workshop", "In-Person", "1", "1", "0", "0", "1", "1", "0.5"}),
          L({"Unassigned", "All", "All", "1", "1", "0", "0", "1", "1", "0.5"}),
          L({"All", "All", "All", "5", "3", "2", "6", "7", "4", "12.16"})}},
        // Whose latest attended event (at a counted event, ever) is in 2526: not Bob, whose latest is Summer
        // Camp (2026-08-01, next year). Cara has no Email but prefers her Work one; Dan opted out of email.
        // Ann and Dan tie on the date: name order.
        {"recent-volunteers",
         L({"Volunteer", "Organization", "Email", "Last Event Date", "Last Event", "Events In Period",
            "Hours In Period", "Skills"}),
         {L({"Cara Çelik-Жуков", "", "cara@work.example", "2026-07-31", "Year End Celebration", "1", "2.33",
             ""}),
          L({"Ann Alpha", "Acme Corp", "ann@example.org", "2025-11-15", "Mock Interviews", "2", "3.5",
             "Mentoring; Public Speaking"}),
          L({"Dan Delta", "Zeta Bank", "", "2025-11-15", "Mock Interviews", "1", "2.33", "STEM"})}},
        // Career Day's volunteer sign-ups: Frank's is cancelled and Dan was a Presenter, so neither is
        // listed.
        // '=' sorts before letters. Eve opted out of email (her phone keeps its '+'); Bob has no Phone, so
        // his
        // mobile; Cara is Do Not Call and has only a preferred Work email. Cara's No Show keeps its hours.
        {"event-contacts",
         L({"Volunteer", "Status", "Email", "Phone", "Organization", "Title", "Hours"}),
         {L({"=Eve Echo", "Registered", "", "+1 816 555 0123", "", "Volunteer Lead", "0"}),
          L({"Ann Alpha", "Attended", "ann@example.org", "816-555-0101", "Acme Corp", "Engineer", "3.5"}),
          L({"Bob Beta", "Attended", "bob@example.org", "816-555-0199", "Freelance", "", "2"}),
          L({"Cara Çelik-Жуков", "No-Show", "cara@work.example", "", "", "", "2"})},
         "EVT001"},
        // Career Fair: Ann and Bob both have 3.5 hours (name order), Dan 2.33. Bob's last Career Fair is
        // Resume Workshop; his Workshop row is Library Visit alone.
        {"volunteers-by-event-type",
         L({"Event Type", "Volunteer", "Organization", "Events", "Hours", "Last Event Date"}),
         {L({"Career Fair", "Ann Alpha", "Acme Corp", "2", "3.5", "2025-11-15"}),
          L({"Career Fair", "Bob Beta", "Freelance", "2", "3.5", "2026-03-05"}),
          L({"Career Fair", "Dan Delta", "Zeta Bank", "1", "2.33", "2025-11-15"}),
          L({"Celebration", "Cara Çelik-Жуков", "", "1", "2.33", "2026-07-31"}),
          L({"Workshop", "Bob Beta", "Freelance", "1", "0.5", "2026-02-10"})}},
    };
}

// The fixture's local id of the event whose Salesforce Id is `sfId`.
inline qint64 fixtureEventId(QSqlDatabase db, const char* sfId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM events WHERE sf_id = ?"));
    q.addBindValue(QString::fromLatin1(sfId));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// What the hand answer was worked out for: school year 2526, or the report's one event.
inline ReportRequest expectedRequest(const ExpectedReport& want, QSqlDatabase db) {
    ReportRequest r;
    r.period = *ReportPeriod::parseSchoolYear(QStringLiteral("2526"));
    if (want.event)
        r.eventId = fixtureEventId(std::move(db), want.event);
    return r;
}

// The rows as a CSV file holds them: a text cell beginning with = + - @, a tab or a carriage return starts
// with ' (reports.md), so a spreadsheet does not run it; the rest as the hand answer says.
inline QList<QStringList> csvRows(const ExpectedReport& want) {
    const ReportDefinition* def = findReport(QString::fromLatin1(want.name));
    QList<QStringList> out;
    for (const QStringList& row : want.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c) {
            QString cell = row.at(c);
            if (def && def->columns[static_cast<size_t>(c)].type == ColumnType::Text && !cell.isEmpty() &&
                QStringLiteral("=+-@\t\r").contains(cell.front()))
                cell.prepend(u'\'');
            cells << cell;
        }
        out << cells;
    }
    return out;
}

} // namespace vms::test
