#pragma once

// A small hand-made cache whose every report has a known answer, written out in the tests. It holds the
// traps reports.md names: a cancelled event with attended participations, a draft event, an event at
// 23:30 local on Jul 31 (already Aug 1 in UTC), messy status spellings, missing hours, an affiliation that
// ended before the event (and one that starts after it), a Presenter participation and a duplicate
// affiliation record. For the reports of issue #21: event formats spelled every way (Hybrid, " virtual ",
// NULL, empty, In-Person), a district whose rows share a student (its total counts distinct people), contact
// details with an opted-out email, a Do Not Call phone, a preferred-email fall-back and a mobile fall-back,
// a cancelled sign-up, a Registered sign-up of a volunteer whose name starts with '=', and a volunteer whose
// latest attended event is in the next school year.

#include "core/db/Database.h"
#include "core/db/Meta.h"
#include "core/domain/Status.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <memory>

namespace vms::test {

class ReportFixture final {
public:
    static std::shared_ptr<Database> create(const QString& path) {
        auto db = Database::open(path);
        if (!db)
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(db.error().message));
        ReportFixture f((*db)->connection());
        f.fill();
        return *db;
    }

private:
    explicit ReportFixture(QSqlDatabase db)
        : m_db(std::move(db)) {}

    void exec(const QString& sql, const QVariantList& values) {
        QSqlQuery q(m_db);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("fixture: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        m_lastId = q.lastInsertId().toLongLong();
    }

    static QVariant null() { return QVariant(QMetaType(QMetaType::QString)); }

    static qint64 chicagoMs(int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(QByteArrayLiteral("America/Chicago")))
            .toMSecsSinceEpoch();
    }

    qint64 event(const char* sfId, const QString& name, const char* type, const char* status, qint64 startMs,
                 const QVariant& district, const QVariant& school, const QVariant& parent) {
        exec(QStringLiteral("INSERT INTO events (sf_id, name, session_type, start_utc, end_utc, status, "
                            "status_code, district_sf_id, school_sf_id, parent_account_sf_id) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?)"),
             {QString::fromLatin1(sfId), name, QString::fromLatin1(type), startMs, startMs + 3600000,
              QString::fromLatin1(status),
              static_cast<int>(normaliseEventStatus(QString::fromLatin1(status))), district, school, parent});
        return m_lastId;
    }

    void part(qint64 eventId, const QVariant& volunteerId, const QVariant& studentId, const char* contact,
              const char* type, const char* status, const QVariant& hours) {
        static int n = 0;
        exec(QStringLiteral(
                 "INSERT INTO participations (sf_id, event_id, contact_sf_id, volunteer_id, student_id, "
                 "participant_type, status, delivery_hours, status_code, type_code) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?)"),
             {QStringLiteral("PART%1").arg(++n, 3, 10, QLatin1Char('0')), eventId,
              QString::fromLatin1(contact), volunteerId, studentId, QString::fromLatin1(type),
              QString::fromLatin1(status), hours,
              static_cast<int>(normaliseParticipationStatus(QString::fromLatin1(status))),
              static_cast<int>(normaliseParticipantType(QString::fromLatin1(type)))});
    }

    qint64 volunteer(const char* sfId, const QString& first, const QString& last, const QVariant& primary) {
        exec(QStringLiteral("INSERT INTO volunteers (sf_id, first_name, last_name, primary_affiliation) "
                            "VALUES (?,?,?,?)"),
             {QString::fromLatin1(sfId), first, last, primary});
        return m_lastId;
    }

    qint64 student(const char* sfId, const char* first) {
        exec(QStringLiteral("INSERT INTO students (sf_id, first_name, last_name) VALUES (?,?,?)"),
             {QString::fromLatin1(sfId), QString::fromLatin1(first), QStringLiteral("Student")});
        return m_lastId;
    }

    void setFormat(qint64 eventId, const QVariant& format) {
        exec(QStringLiteral("UPDATE events SET format = ? WHERE id = ?"), {format, eventId});
    }

    void contact(const char* sfId, const QVariantMap& fields) {
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            // Column names are this fixture's own, never input.
            exec(QStringLiteral("UPDATE volunteers SET %1 = ? WHERE sf_id = ?").arg(it.key()),
                 {it.value(), QString::fromLatin1(sfId)});
    }

    void affiliation(const char* sfId, const char* contact, const char* org, const QVariant& start,
                     const QVariant& end) {
        exec(QStringLiteral("INSERT INTO affiliations (sf_id, contact_sf_id, organization_sf_id, start_date, "
                            "end_date) VALUES (?,?,?,?,?)"),
             {QString::fromLatin1(sfId), QString::fromLatin1(contact), QString::fromLatin1(org), start, end});
    }

    void fill() {
        const auto s = [](const char* t) {
            return QVariant(QString::fromUtf8(t));
        };
        exec(QStringLiteral("INSERT INTO districts (sf_id, name) VALUES (?,?), (?,?)"),
             {s("DIS001"), s("Kansas City Public Schools"), s("DIS002"), s("Hickman Mills")});
        exec(QStringLiteral(
                 "INSERT INTO schools (sf_id, name, district_sf_id) VALUES (?,?,?), (?,?,?), (?,?,?)"),
             {s("SCH001"), s("Central High"), s("DIS001"), s("SCH002"), s("Ruskin High"), s("DIS002"),
              s("SCH003"), s("Lone School"), null()});
        exec(QStringLiteral("INSERT INTO organizations (sf_id, name) VALUES (?,?), (?,?), (?,?)"),
             {s("ORG001"), s("Acme Corp"), s("ORG002"), s("Zeta Bank"), s("ORG003"), s("Old Partner")});

        const qint64 v1 = volunteer("VOL001", QStringLiteral("Ann"), QStringLiteral("Alpha"), s("ORG001"));
        const qint64 v2 = volunteer("VOL002", QStringLiteral("Bob"), QStringLiteral("Beta"), s("Freelance"));
        const qint64 v3 =
            volunteer("VOL003", QStringLiteral("Cara"), QString::fromUtf8("Çelik-Жуков"), null());
        const qint64 v4 = volunteer("VOL004", QStringLiteral("Dan"), QStringLiteral("Delta"), s("ORG002"));
        const qint64 st1 = student("STU001", "Sam");
        const qint64 st2 = student("STU002", "Tia");

        affiliation("AFF001", "VOL001", "ORG001", s("2020-01-01"), null());
        affiliation("AFF002", "VOL001", "ORG003", s("2019-01-01"), s("2025-06-30")); // ended before
        affiliation("AFF003", "VOL002", "ORG002", s(""), s(""));
        affiliation("AFF004", "VOL004", "ORG002", s("2025-10-01"), null());
        affiliation("AFF005", "VOL001", "ORG001", null(), null());          // duplicate record
        affiliation("AFF006", "VOL003", "ORG003", s("2026-08-01"), null()); // starts after

        const QVariant none = null();
        const qint64 e1 = event("EVT001", QStringLiteral("Career Day"), "Career Fair", "Completed",
                                chicagoMs(2025, 9, 10, 9, 0), s("DIS001"), s("SCH001"), none);
        const qint64 e2 = event("EVT002", QStringLiteral("Mock Interviews"), "Career Fair", " confirmed ",
                                chicagoMs(2025, 11, 15, 10, 0), none, s("SCH002"), none);
        const qint64 e3 = event("EVT003", QStringLiteral("Robotics Demo"), "Workshop", "Canceled",
                                chicagoMs(2025, 10, 1, 10, 0), s("DIS001"), s("SCH001"), none);
        const qint64 e4 = event("EVT004", QStringLiteral("Planning Session"), "Workshop", "Draft",
                                chicagoMs(2025, 10, 5, 10, 0), s("DIS001"), s("SCH001"), none);
        const qint64 e5 = event("EVT005", QStringLiteral("Year End Celebration"), "Celebration", "Completed",
                                chicagoMs(2026, 7, 31, 23, 30), none, s("SCH003"), s("DIS002"));
        const qint64 e6 = event("EVT006", QStringLiteral("Summer Camp"), "Workshop", "Completed",
                                chicagoMs(2026, 8, 1, 10, 0), s("DIS001"), s("SCH001"), none);
        const qint64 e7 = event("EVT007", QStringLiteral("Reading Buddies"), "Workshop", "Completed",
                                chicagoMs(2025, 5, 1, 10, 0), s("DIS001"), s("SCH001"), none);
        const qint64 e8 = event("EVT008", QStringLiteral("Library Visit"), "Workshop", "completed",
                                chicagoMs(2026, 2, 10, 10, 0), none, s("SCH003"), s("ORG001"));

        part(e1, v1, none, "VOL001", "Volunteer", "Attended", 3.5);
        part(e1, v2, none, "VOL002", "Volunteer", "completed ", 2.0);
        part(e1, v3, none, "VOL003", "Volunteer", "No Show", 2.0);
        part(e1, none, st1, "STU001", "Student", "Attended", none);
        part(e1, none, st2, "STU002", "Student", "Successfully Completed", none);
        part(e1, v4, none, "VOL004", "Presenter", "Attended", 5.0);
        part(e2, v1, none, "VOL001", "Volunteer", "ATTENDED", QVariant(QMetaType(QMetaType::Double)));
        part(e2, v4, none, "VOL004", "Volunteer", "Attended", 2.33);
        part(e2, none, st1, "STU001", "Student", "Attended", none);
        part(e3, v3, none, "VOL003", "Volunteer", "Attended", 4.0);
        part(e3, none, st2, "STU002", "Student", "Attended", none);
        part(e4, v3, none, "VOL003", "Volunteer", "Attended", 6.0);
        part(e5, v3, none, "VOL003", "Volunteer", "Attended", 2.333);
        part(e5, none, st2, "STU002", "Student", "Attended", none);
        part(e5, none, st1, "STU001", "Student", "attended", none);
        part(e6, v2, none, "VOL002", "Volunteer", "Attended", 10.0);
        part(e7, v1, none, "VOL001", "Volunteer", "Attended", 1.0);
        part(e8, v2, none, "VOL002", " volunteer ", "Attended", 0.5);

        // Issue #21's reports. Formats: Career Day is Hybrid (In-Person), Mock Interviews " virtual ",
        // Year End Celebration NULL and Library Visit empty (both In-Person).
        setFormat(e1, s("Hybrid"));
        setFormat(e2, s(" virtual "));
        setFormat(e8, s(""));
        // A second KCPS Career Fair, In-Person: with Career Day (Hybrid) it makes one row of two events.
        // Its Salesforce Id is a real 18-character one, for vms-cli's --event.
        const qint64 e9 = event("a0B5e000001AbCdEAF", QStringLiteral("Resume Workshop"), "Career Fair",
                                "Completed", chicagoMs(2026, 3, 5, 13, 0), s("DIS001"), s("SCH001"), none);
        setFormat(e9, s("In-Person"));
        part(e9, v2, none, "VOL002", "Volunteer", "Attended", 1.5);
        part(e9, none, st1, "STU001", "Student", "Attended", none);

        contact("VOL001", {{QStringLiteral("email"), s("ann@example.org")},
                           {QStringLiteral("phone"), s("816-555-0101")},
                           {QStringLiteral("title"), s("Engineer")},
                           {QStringLiteral("skills"), s("Mentoring;Public Speaking")}});
        contact("VOL002", {{QStringLiteral("email"), s("bob@example.org")},
                           {QStringLiteral("mobile_phone"), s("816-555-0199")}});
        contact("VOL003", {{QStringLiteral("preferred_email"), s("Work")},
                           {QStringLiteral("work_email"), s("cara@work.example")},
                           {QStringLiteral("home_email"), s("cara@home.example")},
                           {QStringLiteral("phone"), s("816-555-0103")},
                           {QStringLiteral("do_not_call"), 1}});
        contact("VOL004", {{QStringLiteral("email"), s("dan@example.org")},
                           {QStringLiteral("email_opt_out"), 1},
                           {QStringLiteral("phone"), s("816-555-0104")},
                           {QStringLiteral("do_not_call"), 1},
                           {QStringLiteral("skills"), s("STEM")}});
        const qint64 v5 = volunteer("VOL005", QStringLiteral("=Eve"), QStringLiteral("Echo"), none);
        contact("VOL005", {{QStringLiteral("email"), s("eve@example.org")},
                           {QStringLiteral("email_opt_out"), 1},
                           {QStringLiteral("phone"), s("+1 816 555 0123")},
                           {QStringLiteral("title"), s("Volunteer Lead")}});
        const qint64 v6 = volunteer("VOL006", QStringLiteral("Frank"), QStringLiteral("Fox"), none);
        contact("VOL006", {{QStringLiteral("email"), s("frank@example.org")}});
        part(e1, v5, none, "VOL005", "Volunteer", "Registered", none);
        part(e1, v6, none, "VOL006", "Volunteer", " canceled", 1.0);

        if (!Meta(m_db).set(MetaKey::LastSync, QStringLiteral("2026-08-15T14:05:00.000Z")))
            qFatal("fixture: cannot set the last sync");
    }

    QSqlDatabase m_db;
    qint64 m_lastId = 0;
};

} // namespace vms::test
