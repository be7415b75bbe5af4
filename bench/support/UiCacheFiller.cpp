#include "support/UiCacheFiller.h"

#include "core/auth/Session.h"
#include "core/db/Database.h"
#include "core/domain/Status.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <optional>

namespace vms::bench {

std::optional<FillScale> FillScale::named(const QString& name) {
    // Volunteers, organizations, districts/schools, events and volunteer participations follow the
    // table in performance.md; affiliations are one or two per volunteer instead of ~28.
    if (name == u"tiny")
        return FillScale{name, 50, 20, 2, 5, 30, 150, 80};
    if (name == u"demo")
        return FillScale{name, 500, 120, 3, 20, 300, 1500, 700};
    if (name == u"seed")
        return FillScale{name, 12600, 3800, 7, 177, 9100, 20000, 18000};
    if (name == u"x10")
        return FillScale{name, 126000, 38000, 70, 1770, 91000, 200000, 180000};
    return std::nullopt;
}

namespace {

const char* const kFirst[] = {"Maria",  "James",  "Aisha",  "Robert", "Linh",   "David",  "Sofia",  "Michael",
                              "Grace",  "Daniel", "Priya",  "Carlos", "Emily",  "Marcus", "Hannah", "Tyrone",
                              "Olivia", "Samuel", "Fatima", "Noah",   "Keisha", "Ethan",  "Mei",    "Jacob",
                              "Ana",    "Luis",   "Rachel", "Kevin",  "Zoe",    "Andre"};
const char* const kLast[] = {"Johnson",   "Nguyen", "Garcia",  "Smith",    "Williams", "Brown",   "Martinez",
                             "Davis",     "Patel",  "Lopez",   "Wilson",   "Anderson", "Thomas",  "Jackson",
                             "White",     "Harris", "Clark",   "Lewis",    "Robinson", "Walker",  "Young",
                             "Hernandez", "King",   "Wright",  "Scott",    "Green",    "Baker",   "Adams",
                             "Nelson",    "Hill",   "Ramirez", "Campbell", "Mitchell", "Roberts", "Carter",
                             "Phillips",  "Evans",  "Turner",  "Torres",   "Parker"};
const char* const kOrgStem[] = {"Summit",     "Prairie",  "Heartland", "Riverfront", "Union Station",
                                "Crossroads", "Westport", "Plaza",     "Northland",  "Blue Valley",
                                "Midwest",    "Gateway",  "Liberty",   "Pioneer",    "Cornerstone",
                                "Frontier",   "Beacon",   "Harbor"};
const char* const kOrgKind[] = {"Bank",       "Engineering", "Health",       "Insurance",
                                "Architects", "Law Group",   "Credit Union", "Logistics",
                                "Software",   "Foundation",  "Energy",       "Consulting"};
const char* const kOrgType[] = {"Business", "Nonprofit", "Government", "University", "Business", "Business"};
const char* const kSkills[] = {"Engineering",  "Finance",         "Healthcare", "Law",
                               "Mentoring",    "Public Speaking", "Software",   "Art & Design",
                               "Construction", "Marketing",       "Science",    "Spanish"};
const char* const kEventType[] = {"Career Fair",       "Classroom Speaker", "Mock Interviews", "Workshop",
                                  "Mentoring Session", "Field Trip",        "Resume Review"};
const char* const kEventTopic[] = {"Careers in Engineering",
                                   "Money Smart",
                                   "Health Careers",
                                   "Meet a Coder",
                                   "Build It!",
                                   "Law Day",
                                   "Art at Work",
                                   "Science Night",
                                   "Job Shadow",
                                   "Interview Practice",
                                   "Entrepreneurs",
                                   "College & Career"};
const char* const kSchoolKind[] = {"Elementary", "Middle School", "High School", "Academy"};
const char* const kCities[] = {"Kansas City", "Overland Park", "Independence",      "Lee's Summit",
                               "Olathe",      "Raytown",       "North Kansas City", "Shawnee"};

template <size_t N>
const char* pick(const char* const (&list)[N], QRandomGenerator& rng) {
    return list[rng.bounded(static_cast<quint32>(N))];
}

QString sfId(const char* prefix, int n) {
    return QString::fromLatin1(prefix) +
           QStringLiteral("%1").arg(n, 15 - static_cast<int>(qstrlen(prefix)), 10, QLatin1Char('0'));
}

Status exec(QSqlQuery& q) {
    if (!q.exec())
        return Error::database(q.lastError().text());
    return {};
}

} // namespace

Status UiCacheFiller::signIn(QSqlDatabase db, Role role, const QString& userName) {
    Session s;
    s.signedIn = true;
    s.userName = userName;
    s.userId = QStringLiteral("005000000000001");
    s.orgId = QStringLiteral("00D000000000001");
    s.role = role;
    return s.saveCached(std::move(db));
}

Status UiCacheFiller::fill(QSqlDatabase db, const FillScale& scale, const QDateTime& now, quint32 seed) {
    QRandomGenerator rng(seed);
    Transaction tx(db);
    if (!tx.begun())
        return Error::database(db.lastError().text());
    QSqlQuery q(db);

    q.prepare(QStringLiteral("INSERT INTO districts(sf_id, name, school_code) VALUES (?,?,?)"));
    for (int i = 0; i < scale.districts; ++i) {
        q.addBindValue(sfId("001DIS", i));
        q.addBindValue(i == 0
                           ? QStringLiteral("Kansas City Public Schools")
                           : QStringLiteral("%1 School District").arg(QString::fromLatin1(kCities[i % 8])) +
                                 (i >= 8 ? QStringLiteral(" %1").arg(i / 8 + 1) : QString()));
        q.addBindValue(QStringLiteral("D%1").arg(i));
        if (Status s = exec(q); !s)
            return s;
    }
    q.prepare(
        QStringLiteral("INSERT INTO schools(sf_id, name, district_sf_id, school_code) VALUES (?,?,?,?)"));
    for (int i = 0; i < scale.schools; ++i) {
        q.addBindValue(sfId("001SCH", i));
        q.addBindValue(QStringLiteral("%1 %2").arg(QString::fromLatin1(kOrgStem[i % 18]),
                                                   QString::fromLatin1(kSchoolKind[(i / 18) % 4])) +
                       (i >= 72 ? QStringLiteral(" %1").arg(i / 72 + 1) : QString()));
        q.addBindValue(sfId("001DIS", i % scale.districts));
        q.addBindValue(QStringLiteral("S%1").arg(i));
        if (Status s = exec(q); !s)
            return s;
    }
    q.prepare(QStringLiteral("INSERT INTO organizations(sf_id, name, type, billing_city, billing_state, "
                             "last_activity_date) VALUES (?,?,?,?,'MO',?)"));
    for (int i = 0; i < scale.organizations; ++i) {
        q.addBindValue(sfId("001ORG", i));
        QString name = QStringLiteral("%1 %2").arg(QString::fromLatin1(kOrgStem[i % 18]),
                                                   QString::fromLatin1(kOrgKind[(i / 18) % 12]));
        if (i >= 18 * 12)
            name += QStringLiteral(" %1").arg(i / (18 * 12) + 1);
        q.addBindValue(name);
        q.addBindValue(QString::fromLatin1(pick(kOrgType, rng)));
        q.addBindValue(QString::fromLatin1(pick(kCities, rng)));
        q.addBindValue(now.date().addDays(-static_cast<int>(rng.bounded(900))).toString(Qt::ISODate));
        if (Status s = exec(q); !s)
            return s;
    }

    q.prepare(QStringLiteral(
        "INSERT INTO volunteers(sf_id, first_name, last_name, email, phone, primary_affiliation, title, "
        "skills, "
        "last_volunteer_date, first_volunteer_date, gender, age_group, do_not_contact, mailing_city, "
        "mailing_state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,'MO')"));
    QSqlQuery skill(db);
    skill.prepare(QStringLiteral("INSERT OR IGNORE INTO volunteer_skills(volunteer_id, skill) VALUES (?,?)"));
    const char* const titles[] = {"Engineer", "Analyst",   "Manager",    "Nurse",    "Attorney",
                                  "Teacher",  "Developer", "Accountant", "Designer", "Director"};
    const char* const genders[] = {"Female", "Male", "Female", "Male", "Non-binary"};
    const char* const ages[] = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
    for (int i = 0; i < scale.volunteers; ++i) {
        const QString first = QString::fromLatin1(pick(kFirst, rng)),
                      last = QString::fromLatin1(pick(kLast, rng));
        q.addBindValue(sfId("003VOL", i));
        q.addBindValue(first);
        q.addBindValue(last);
        q.addBindValue(QStringLiteral("%1.%2%3@example.org").arg(first.toLower(), last.toLower()).arg(i));
        q.addBindValue(QStringLiteral("816-555-%1").arg(i % 10000, 4, 10, QLatin1Char('0')));
        const bool withOrg = rng.bounded(10) < 8;
        q.addBindValue(withOrg ? QVariant(sfId("001ORG", static_cast<int>(rng.bounded(
                                                             static_cast<quint32>(scale.organizations)))))
                               : QVariant(QStringLiteral("Self-employed")));
        q.addBindValue(QString::fromLatin1(pick(titles, rng)));
        QStringList skills;
        for (quint32 k = 0, n = 1 + rng.bounded(3); k < n; ++k)
            skills << QString::fromLatin1(pick(kSkills, rng));
        skills.removeDuplicates();
        q.addBindValue(skills.join(QLatin1Char(';')));
        const bool volunteered = rng.bounded(10) < 8;
        const QDate lastDate = now.date().addDays(-static_cast<int>(rng.bounded(1400)));
        q.addBindValue(volunteered ? QVariant(lastDate.toString(Qt::ISODate)) : QVariant());
        q.addBindValue(
            volunteered
                ? QVariant(lastDate.addDays(-static_cast<int>(rng.bounded(900))).toString(Qt::ISODate))
                : QVariant());
        q.addBindValue(QString::fromLatin1(pick(genders, rng)));
        q.addBindValue(QString::fromLatin1(pick(ages, rng)));
        q.addBindValue(rng.bounded(50) == 0 ? 1 : 0);
        q.addBindValue(QString::fromLatin1(pick(kCities, rng)));
        if (Status s = exec(q); !s)
            return s;
        const qint64 id = q.lastInsertId().toLongLong();
        for (const QString& sk : skills) {
            skill.addBindValue(id);
            skill.addBindValue(sk);
            if (Status s = exec(skill); !s)
                return s;
        }
    }
    q.prepare(
        QStringLiteral("INSERT INTO affiliations(sf_id, organization_sf_id, contact_sf_id, role, is_primary, "
                       "status, start_date) VALUES (?,?,?,?,?,?,?)"));
    const char* const roles[] = {"Employee", "Board Member", "Member", "Retiree"};
    for (int i = 0; i < scale.affiliations; ++i) {
        q.addBindValue(sfId("a0AAFF", i));
        q.addBindValue(
            sfId("001ORG", static_cast<int>(rng.bounded(static_cast<quint32>(scale.organizations)))));
        q.addBindValue(sfId("003VOL", i % scale.volunteers));
        q.addBindValue(QString::fromLatin1(pick(roles, rng)));
        q.addBindValue(i < scale.volunteers ? 1 : 0);
        q.addBindValue(rng.bounded(5) == 0 ? QStringLiteral("Former") : QStringLiteral("Current"));
        q.addBindValue(now.date().addDays(-static_cast<int>(rng.bounded(4000))).toString(Qt::ISODate));
        if (Status s = exec(q); !s)
            return s;
    }

    // Events on school days, 8:00–14:00 in Kansas City, from three school years back to six weeks ahead.
    const QTimeZone chicago(QByteArrayLiteral("America/Chicago"));
    const QDate firstDay = now.date().addYears(-3), lastDay = now.date().addDays(42);
    const qint64 span = firstDay.daysTo(lastDay);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    q.prepare(
        QStringLiteral("INSERT INTO events(sf_id, name, session_type, format, start_utc, end_utc, status, "
                       "status_code, location, "
                       "district_sf_id, school_sf_id, total_requested_jobs, available_slots, host) VALUES "
                       "(?,?,?,'In person',?,?,?,?,?,?,?,?,?,?)"));
    std::vector<std::pair<qint64, qint64>> eventTimes; // start, end per event id - 1
    eventTimes.reserve(static_cast<size_t>(scale.events));
    for (int i = 0; i < scale.events; ++i) {
        QDate day = firstDay.addDays(static_cast<qint64>(rng.bounded(static_cast<quint32>(span))));
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        const QTime time(8 + static_cast<int>(rng.bounded(7)), rng.bounded(2) ? 30 : 0);
        const qint64 start = QDateTime(day, time, chicago).toMSecsSinceEpoch();
        const qint64 end = start + (1 + static_cast<qint64>(rng.bounded(3))) * 3600 * 1000;
        eventTimes.emplace_back(start, end);
        const int school = static_cast<int>(rng.bounded(static_cast<quint32>(scale.schools)));
        EventStatus status;
        const quint32 r = rng.bounded(100);
        if (start < nowMs)
            status =
                r < 88 ? EventStatus::Completed : (r < 96 ? EventStatus::Cancelled : EventStatus::Confirmed);
        else
            status = r < 60 ? EventStatus::Confirmed
                            : (r < 80 ? EventStatus::Requested
                                      : (r < 92 ? EventStatus::Draft : EventStatus::Cancelled));
        const char* statusText[] = {"", "Draft", "Requested", "Confirmed", "Completed", "Cancelled"};
        q.addBindValue(sfId("a0SEVT", i));
        const QString type = QString::fromLatin1(pick(kEventType, rng));
        q.addBindValue(QStringLiteral("%1: %2").arg(type, QString::fromLatin1(pick(kEventTopic, rng))));
        q.addBindValue(type);
        q.addBindValue(start);
        q.addBindValue(end);
        q.addBindValue(QString::fromLatin1(statusText[static_cast<int>(status)]));
        q.addBindValue(static_cast<int>(status));
        q.addBindValue(QStringLiteral("Room %1").arg(100 + rng.bounded(200)));
        q.addBindValue(sfId("001DIS", school % scale.districts));
        q.addBindValue(sfId("001SCH", school));
        q.addBindValue(2 + static_cast<int>(rng.bounded(10)));
        q.addBindValue(static_cast<int>(rng.bounded(4)));
        q.addBindValue(QStringLiteral("Connector staff"));
        if (Status s = exec(q); !s)
            return s;
    }
    q.prepare(
        QStringLiteral("INSERT INTO participations(sf_id, name, event_id, volunteer_id, contact_sf_id, "
                       "participant_type, status, "
                       "status_code, type_code, delivery_hours) VALUES (?,?,?,?,?,'Volunteer',?,?,1,?)"));
    for (int i = 0; i < scale.participations; ++i) {
        const int event = static_cast<int>(rng.bounded(static_cast<quint32>(scale.events)));
        const int volunteer = static_cast<int>(rng.bounded(static_cast<quint32>(scale.volunteers)));
        const auto [start, end] = eventTimes[static_cast<size_t>(event)];
        ParticipationStatus st = ParticipationStatus::Registered;
        if (start < nowMs) {
            const quint32 r = rng.bounded(100);
            st = r < 85 ? ParticipationStatus::Attended
                        : (r < 93 ? ParticipationStatus::NoShow : ParticipationStatus::Cancelled);
        }
        q.addBindValue(sfId("a0PPAR", i));
        q.addBindValue(QStringLiteral("SP-%1").arg(i));
        q.addBindValue(event + 1);
        q.addBindValue(volunteer + 1);
        q.addBindValue(sfId("003VOL", volunteer));
        q.addBindValue(participationStatusToSalesforce(st));
        q.addBindValue(static_cast<int>(st));
        q.addBindValue(st == ParticipationStatus::Attended
                           ? QVariant(static_cast<double>(end - start) / 3.6e6)
                           : QVariant());
        if (Status s = exec(q); !s)
            return s;
    }
    return tx.commit();
}

} // namespace vms::bench
