#include "core/recruit/RecruitData.h"

#include "core/db/Database.h"
#include "core/db/Sqlite.h"
#include "core/domain/Status.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::RecruitData)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

// A volunteer's participation that holds a place: Registered or Attended (also the spellings the
// normaliser maps to them). No-Show and Cancelled leave the place open.
const QString kHoldsAPlace = QStringLiteral("p.type_code = %1 AND p.status_code IN (%2, %3)")
                                 .arg(int(ParticipantType::Volunteer))
                                 .arg(int(ParticipationStatus::Registered))
                                 .arg(int(ParticipationStatus::Attended));

QStringList splitValues(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[;,]")), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace

Result<RecruitEvent> RecruitData::loadEvent(QSqlDatabase db, qint64 eventId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT e.id, e.name, e.session_type, s.name, d.name, e.parent_account_sf_id, "
                             "e.requested_skills, "
                             "e.start_utc, e.total_requested_jobs, e.school_sf_id, e.district_sf_id, "
                             "(SELECT count(*) FROM participations p WHERE p.event_id = e.id AND %1) "
                             "FROM events e LEFT JOIN schools s ON s.sf_id = e.school_sf_id "
                             "LEFT JOIN districts d ON d.sf_id = e.district_sf_id WHERE e.id = ?")
                  .arg(kHoldsAPlace));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No event with local id %1 in the cache.").arg(eventId));
    RecruitEvent e;
    e.id = q.value(0).toLongLong();
    e.name = q.value(1).toString();
    e.sessionType = q.value(2).toString().trimmed();
    // A school or district VMS does not have by name is still the same place: name it by its Id.
    e.schoolName = q.value(3).toString().isEmpty() ? q.value(9).toString() : q.value(3).toString();
    e.districtName = q.value(4).toString().isEmpty() ? q.value(10).toString() : q.value(4).toString();
    e.partnerSfId = q.value(5).toString();
    e.requestedSkills = splitValues(q.value(6).toString());
    e.startUtcMs = q.value(7).toLongLong();
    e.requested = q.value(8).toInt();
    e.signedUp = q.value(11).toInt();
    return e;
}

Result<std::vector<CandidateFacts>> RecruitData::loadCandidates(QSqlDatabase db, const RecruitEvent& event,
                                                                const QDate& today) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString schoolSf, districtSf;
    q.prepare(QStringLiteral("SELECT coalesce(school_sf_id, ''), coalesce(district_sf_id, '') FROM events "
                             "WHERE id = ?"));
    q.addBindValue(event.id);
    if (!q.exec())
        return sqlError(q);
    if (q.next()) {
        schoolSf = q.value(0).toString();
        districtSf = q.value(1).toString();
    }

    // Past attendance at events like this one: same kind, school or district (this event aside). From the
    // events to their participations (CROSS JOIN keeps that order): left to itself SQLite walks every
    // volunteer participation by volunteer, which grows with the whole history.
    struct History {
        int sameType = 0, sameSchool = 0, sameDistrict = 0;
    };
    QHash<qint64, History> history;
    q.prepare(
        QStringLiteral(
            "SELECT p.volunteer_id, sum(e.session_type = :type), sum(e.school_sf_id = :school), "
            "sum(e.district_sf_id = :district) FROM events e CROSS JOIN participations p ON p.event_id = "
            "e.id "
            "WHERE (e.session_type = :type OR e.school_sf_id = :school OR e.district_sf_id = :district) "
            "AND e.id <> :event AND p.volunteer_id IS NOT NULL AND p.type_code = %1 AND p.status_code = %2 "
            "GROUP BY p.volunteer_id")
            .arg(int(ParticipantType::Volunteer))
            .arg(int(ParticipationStatus::Attended)));
    q.bindValue(QStringLiteral(":type"), event.sessionType);
    q.bindValue(QStringLiteral(":school"),
                schoolSf.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : schoolSf);
    q.bindValue(QStringLiteral(":district"),
                districtSf.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : districtSf);
    q.bindValue(QStringLiteral(":event"), event.id);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        history.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});

    // Who holds a place in this event, and so how many of each organization.
    QHash<qint64, bool> signedUp;
    QHash<QString, int> colleagues;
    q.prepare(QStringLiteral("SELECT p.volunteer_id, v.primary_affiliation FROM participations p JOIN "
                             "volunteers v ON v.id = p.volunteer_id WHERE p.event_id = ? AND "
                             "p.status_code <> %1")
                  .arg(int(ParticipationStatus::Cancelled)));
    q.addBindValue(event.id);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        signedUp.insert(q.value(0).toLongLong(), true);
        if (const QString org = q.value(1).toString(); !org.isEmpty())
            ++colleagues[org];
    }

    // The newest call or email of the last weeks, per volunteer.
    struct Contact {
        QDate date;
        QString type;
    };
    QHash<qint64, Contact> contacted;
    q.prepare(
        QStringLiteral("SELECT volunteer_id, activity_date, type FROM activities WHERE activity_date >= ? "
                       "AND activity_date <= ? AND volunteer_id IS NOT NULL"));
    q.addBindValue(today.addDays(-30).toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        Contact& c = contacted[q.value(0).toLongLong()];
        if (!c.date.isValid() || d > c.date)
            c = {d, q.value(2).toString()};
    }

    // Organization names by Id, read once: far fewer than volunteers, and a join would seek once each.
    QHash<QString, QString> organizations;
    if (!q.exec(QStringLiteral("SELECT sf_id, name FROM organizations WHERE sf_id IS NOT NULL")))
        return sqlError(q);
    while (q.next())
        organizations.insert(q.value(0).toString(), q.value(1).toString());

    // Every volunteer, read through SQLite's own API on this connection (as the sync reads pages): at x10
    // that is 126,000 rows, and a QVariant per value would be most of the ranking's time.
    auto borrowed = sqlite::Connection::forQtConnection(db);
    if (!borrowed)
        return borrowed.error();
    sqlite::Connection conn = std::move(borrowed).value();
    auto prepared = conn.prepare(
        "SELECT id, first_name, last_name, email, primary_affiliation, skills, do_not_contact, "
        "volunteer_status, email_opt_out, do_not_call, CAST(attended_sessions_count AS INTEGER), "
        "last_volunteer_date FROM volunteers");
    if (!prepared)
        return prepared.error();
    sqlite::Statement st = std::move(prepared).value();
    auto text = [&st](int column) {
        const std::string_view v = st.columnText(column);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    };
    std::vector<CandidateFacts> facts;
    for (;;) {
        const auto step = st.step();
        if (step == sqlite::Statement::StepResult::Done)
            break;
        if (step == sqlite::Statement::StepResult::Error)
            return Error::database(st.errorText());
        CandidateFacts f;
        f.volunteerId = st.columnInt(0);
        f.name = (text(1) + u' ' + text(2)).trimmed();
        f.email = text(3).trimmed();
        f.organizationSfId = text(4);
        if (!f.organizationSfId.isEmpty())
            f.organizationName = organizations.value(f.organizationSfId);
        if (const std::string_view skills = st.columnText(5); !skills.empty()) {
            f.skills = text(5).split(u';', Qt::SkipEmptyParts);
            for (QString& skill : f.skills)
                skill = skill.trimmed();
        }
        f.doNotContact = st.columnInt(6) != 0;
        const std::string_view status = st.columnText(7);
        f.inactive = !status.empty() && text(7).trimmed().compare(u"Inactive", Qt::CaseInsensitive) == 0;
        f.emailOptOut = st.columnInt(8) != 0;
        f.doNotCall = st.columnInt(9) != 0;
        f.attendedCount = int(st.columnInt(10));
        // "2026-03-08", as the pull stores dates.
        if (const std::string_view d = st.columnText(11); d.size() == 10 && d[4] == '-' && d[7] == '-') {
            auto number = [&d](size_t from, size_t length) {
                int n = 0;
                for (size_t i = from; i < from + length; ++i)
                    n = n * 10 + (d[i] - '0');
                return n;
            };
            f.lastVolunteered = QDate(number(0, 4), number(5, 2), number(8, 2));
        }
        f.signedUp = signedUp.contains(f.volunteerId);
        if (auto h = history.constFind(f.volunteerId); h != history.constEnd()) {
            f.attendedSameType = h->sameType;
            f.attendedSameSchool = h->sameSchool;
            f.attendedSameDistrict = h->sameDistrict;
        }
        // Colleagues: others of the same organization holding a place (not counting the volunteer).
        if (!f.organizationSfId.isEmpty())
            f.colleaguesSignedUp = colleagues.value(f.organizationSfId) - (f.signedUp ? 1 : 0);
        if (auto c = contacted.constFind(f.volunteerId); c != contacted.constEnd()) {
            f.lastContacted = c->date;
            f.lastContactType = c->type;
        }
        facts.push_back(std::move(f));
    }
    return facts;
}

Result<RankedCandidates> RecruitData::rank(QSqlDatabase db, qint64 eventId, const QDate& today, int limit) {
    auto event = loadEvent(db, eventId);
    if (!event)
        return event.error();
    auto facts = loadCandidates(db, *event, today);
    if (!facts)
        return facts.error();
    return CandidateRanker::rank(*event, std::move(*facts), today, limit);
}

Result<std::vector<EventNeedingVolunteers>>
RecruitData::eventsNeedingVolunteers(QSqlDatabase db, qint64 fromUtcMs, int limit) {
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral(
            "SELECT id, name, start_utc, requested, signed_up FROM (SELECT e.id, e.name, e.start_utc, "
            "CAST(e.total_requested_jobs AS INTEGER) AS requested, (SELECT count(*) FROM participations p "
            "WHERE p.event_id = e.id AND %1) AS signed_up FROM events e WHERE e.start_utc >= ? AND "
            "e.status_code <> %2 AND e.total_requested_jobs > 0) WHERE signed_up < requested "
            "ORDER BY start_utc, id LIMIT ?")
            .arg(kHoldsAPlace)
            .arg(int(EventStatus::Cancelled)));
    q.addBindValue(fromUtcMs);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    std::vector<EventNeedingVolunteers> out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                       q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

Result<RecruitEvent> RecruitData::loadEvent(const Database& db, qint64 eventId) {
    return loadEvent(db.connection(), eventId);
}

Result<RankedCandidates> RecruitData::rank(const Database& db, qint64 eventId, const QDate& today,
                                           int limit) {
    return rank(db.connection(), eventId, today, limit);
}

} // namespace vms
