#pragma once

// The right answers for ReportFixture and school year 2526 (2025-08-01 .. 2026-07-31, America/Chicago),
// worked out by hand from the fixture (see the comments), as the text every format must show.

#include <QList>
#include <QString>
#include <QStringList>

namespace vms::test {

struct ExpectedReport {
    const char* name;
    QStringList header;
    QList<QStringList> rows;
};

inline QStringList L(std::initializer_list<const char*> cells) {
    QStringList out;
    for (const char* c : cells)
        out << QString::fromUtf8(c);
    return out;
}

inline QList<ExpectedReport> expectedReports2526() {
    return {
        // Counted events: Career Day, Mock Interviews, Library Visit, Year End Celebration (23:30 on Jul 31
        // local). Robotics Demo is cancelled, Planning Session a draft, Summer Camp is in 2627.
        // Ann: 3.5 + missing(0). Bob: 2 + 0.5. Cara: 2.333 -> 2.33 (no-show and cancelled/draft excluded).
        // Dan: 2.33 (his Presenter row counts nowhere); ties with Cara, so name order decides.
        {"volunteer-hours",
         L({"Volunteer", "Organization", "Events", "Hours", "First Event Date", "Last Event Date"}),
         {L({"Ann Alpha", "Acme Corp", "2", "3.5", "2025-09-10", "2025-11-15"}),
          L({"Bob Beta", "Freelance", "2", "2.5", "2025-09-10", "2026-02-10"}),
          L({"Cara Çelik-Жуков", "", "1", "2.33", "2026-07-31", "2026-07-31"}),
          L({"Dan Delta", "Zeta Bank", "1", "2.33", "2025-11-15", "2025-11-15"})}},
        // Zeta Bank: Bob (always affiliated) at Career Day 2 + Library Visit 0.5, Dan (from 2025-10-01) at
        // Mock Interviews 2.33. Acme: Ann twice (duplicate affiliation counted once). Old Partner ended
        // 2025-06-30; Cara's starts 2026-08-01.
        {"organization-summary",
         L({"Organization", "Volunteers", "Events", "Hours"}),
         {L({"Zeta Bank", "2", "3", "4.83"}), L({"Acme Corp", "1", "2", "3.5"})}},
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
          L({"2026-07-31", "Year End Celebration", "Celebration", "Completed", "Lone School", "Hickman Mills",
             "1", "2", "2.33"})}},
        // Ann's first ever was Reading Buddies (2025-05-01): not first-time. Cara's cancelled and draft
        // events
        // do not count, so her first is the Jul 31 23:30 event.
        {"first-time-volunteers",
         L({"Volunteer", "Organization", "First Event Date", "First Event", "Events In Period",
            "Hours In Period"}),
         {L({"Bob Beta", "Freelance", "2025-09-10", "Career Day", "2", "2.5"}),
          L({"Dan Delta", "Zeta Bank", "2025-11-15", "Mock Interviews", "1", "2.33"}),
          L({"Cara Çelik-Жуков", "", "2026-07-31", "Year End Celebration", "1", "2.33"})}},
        // Hickman Mills: Mock Interviews (via school) + Year End (via Parent_Account__c); students Sam, Tia
        // (3 participations); Ann (missing hours) + Dan 2.33 + Cara 2.333 = 4.663. KCPS: Career Day only.
        // Library Visit's parent is
        // an organization, so Unassigned.
        {"district-summary",
         L({"District", "Events", "Schools", "Students Reached", "Student Participations",
            "Volunteer Engagements", "Unique Volunteers", "Volunteer Hours"}),
         {L({"Hickman Mills", "2", "2", "2", "3", "3", "3", "4.66"}),
          L({"Kansas City Public Schools", "1", "1", "2", "2", "2", "2", "5.5"}),
          L({"Unassigned", "1", "1", "0", "0", "1", "1", "0.5"})}},
    };
}

} // namespace vms::test
