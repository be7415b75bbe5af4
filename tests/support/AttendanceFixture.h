#pragma once

#include "core/auth/Session.h"
#include "core/db/Database.h"
#include "tests/support/TestSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace vms::test {

// A small cached world for attendance tests: one two-hour event at a school (Nov 24 2026, 9-11 AM in
// Chicago), `rosterVolunteers` registered volunteers, 3 registered students, a presenter, and people
// who are not on the roster (volunteers and students of the same school and class).
struct AttendanceWorld {
    qint64 eventId = 0;
    QStringList rosterNames; // "First Last" of the registered volunteers, in insertion order
    std::vector<qint64> rosterVolunteerIds, otherVolunteerIds, studentIds, otherStudentIds;
    qint64 presenterId = 0;
};

inline const QStringList& firstNames() {
    static const QStringList names = {
        QStringLiteral("Ada"),     QStringLiteral("Grace"),    QStringLiteral("Alan"),
        QStringLiteral("Barbara"), QStringLiteral("Claude"),   QStringLiteral("Donald"),
        QStringLiteral("Edsger"),  QStringLiteral("Frances"),  QStringLiteral("Hedy"),
        QStringLiteral("Ivan"),    QStringLiteral("Jean"),     QStringLiteral("Katherine"),
        QStringLiteral("Linus"),   QStringLiteral("Margaret"), QStringLiteral("Niklaus"),
        QStringLiteral("Otto"),
    };
    return names;
}
inline const QStringList& lastNames() {
    static const QStringList names = {
        QStringLiteral("Lovelace"),   QStringLiteral("Hopper"),   QStringLiteral("Turing"),
        QStringLiteral("Liskov"),     QStringLiteral("Shannon"),  QStringLiteral("Knuth"),
        QStringLiteral("Dijkstra"),   QStringLiteral("Allen"),    QStringLiteral("Lamarr"),
        QStringLiteral("Sutherland"), QStringLiteral("Bartik"),   QStringLiteral("Johnson"),
        QStringLiteral("Torvalds"),   QStringLiteral("Hamilton"), QStringLiteral("Wirth"),
        QStringLiteral("Kern"),
    };
    return names;
}

// Builds the world; `otherVolunteers` extra volunteers are cached but not registered.
inline AttendanceWorld seedAttendanceWorld(QSqlDatabase db, int rosterVolunteers = 14,
                                           int otherVolunteers = 20) {
    AttendanceWorld w;
    QSqlQuery q(db);
    db.transaction();
    exec(q, QStringLiteral(
                "INSERT INTO schools(sf_id,name) VALUES('001S00000000001AAA','Lincoln Middle School')"));
    exec(q,
         QStringLiteral("INSERT INTO classes(sf_id,name,school_sf_id) VALUES('a0C000000000001AAA','Room 12',"
                        "'001S00000000001AAA')"));
    exec(q, QStringLiteral("INSERT INTO organizations(sf_id,name) VALUES('001O00000000001AAA','Acme Corp')"));
    // 2026-11-24 15:00Z = 9:00 AM CST; two hours.
    exec(q, QStringLiteral(
                "INSERT INTO events(sf_id,name,start_utc,end_utc,status,location,school_sf_id) VALUES("
                "'a01000000000001AAA','Career Day',1795532400000,1795539600000,'Confirmed',"
                "'Lincoln Middle School gym, 1200 Main St','001S00000000001AAA')"));
    w.eventId = q.lastInsertId().toLongLong();
    int n = 0;
    auto addVolunteer = [&](bool onRoster) {
        const QString first = firstNames().at(n % firstNames().size());
        const QString last = lastNames().at((n / firstNames().size() + n) % lastNames().size()) +
                             (n >= firstNames().size() ? QString::number(n) : QString());
        const QString sf = QStringLiteral("003V%1AAA").arg(n, 11, 10, QLatin1Char('0'));
        exec(q,
             QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,email,primary_affiliation) "
                            "VALUES(?,?,?,?,'001O00000000001AAA')"),
             {sf, first, last, QStringLiteral("%1.%2@example.org").arg(first.toLower(), last.toLower())});
        const qint64 id = q.lastInsertId().toLongLong();
        ++n;
        if (onRoster) {
            exec(q,
                 QStringLiteral(
                     "INSERT INTO participations(sf_id,event_id,event_sf_id,contact_sf_id,volunteer_id,"
                     "participant_type,status,status_code,type_code) VALUES(?,?,'a01000000000001AAA',"
                     "?,?,'Volunteer','Registered',1,1)"),
                 {QStringLiteral("a02V%1AAA").arg(n, 11, 10, QLatin1Char('0')), w.eventId, sf, id});
            w.rosterVolunteerIds.push_back(id);
            w.rosterNames << first + u' ' + last;
        } else {
            w.otherVolunteerIds.push_back(id);
        }
        return id;
    };
    for (int i = 0; i < rosterVolunteers; ++i)
        addVolunteer(true);
    for (int i = 0; i < otherVolunteers; ++i)
        addVolunteer(false);
    // A presenter: shown on the roster, never counted.
    w.presenterId = addVolunteer(false);
    w.otherVolunteerIds.pop_back();
    exec(q,
         QStringLiteral(
             "INSERT INTO participations(sf_id,event_id,volunteer_id,participant_type,status,status_code,"
             "type_code) VALUES('a02P00000000001AAA',?,?,'Presenter','Registered',1,3)"),
         {w.eventId, w.presenterId});
    const QStringList students = {QStringLiteral("Sam Student"), QStringLiteral("Pat Pupil"),
                                  QStringLiteral("Lee Learner"), QStringLiteral("Kim Scholar"),
                                  QStringLiteral("Rae Reader")};
    for (int i = 0; i < students.size(); ++i) {
        const QStringList parts = students.at(i).split(u' ');
        const QString sf = QStringLiteral("003S%1AAA").arg(i, 11, 10, QLatin1Char('0'));
        exec(q,
             QStringLiteral(
                 "INSERT INTO students(sf_id,first_name,last_name,current_grade,school_sf_id,class_sf_id) "
                 "VALUES(?,?,?,'7','001S00000000001AAA','a0C000000000001AAA')"),
             {sf, parts.at(0), parts.at(1)});
        const qint64 id = q.lastInsertId().toLongLong();
        if (i < 3) {
            exec(q,
                 QStringLiteral(
                     "INSERT INTO participations(event_id,contact_sf_id,student_id,participant_type,status,"
                     "status_code,type_code) VALUES(?,?,?,'Student','Registered',1,2)"),
                 {w.eventId, sf, id});
            w.studentIds.push_back(id);
        } else {
            w.otherStudentIds.push_back(id);
        }
    }
    exec(q, QStringLiteral("INSERT INTO sync_state(entity,last_pull_at) VALUES('Session_Participant__c',"
                           "'2026-11-23T19:31:53Z')"));
    db.commit();
    return w;
}

} // namespace vms::test
