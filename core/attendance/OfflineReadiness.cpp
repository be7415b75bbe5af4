#include "core/attendance/OfflineReadiness.h"

#include "core/db/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::OfflineReadiness)
};

Result<qint64> scalar(QSqlDatabase db, const char* sql, const QVariantList& values) {
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(sql));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error::database(q.lastError().text());
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

Result<EventReadiness> OfflineReadiness::check(QSqlDatabase db, qint64 eventId, const OrgMapping& mapping) {
    EventReadiness r;
    r.eventId = eventId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT sf_id, name, school_sf_id FROM events WHERE id=?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return Error::database(q.lastError().text());
    if (!q.next()) {
        r.missing << Tr::tr("the event itself is not cached");
        return r;
    }
    r.eventSfId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.schoolSfId = q.value(2).toString();

    auto participants = scalar(db, "SELECT count(*) FROM participations WHERE event_id=?", {eventId});
    if (!participants)
        return participants.error();
    r.participants = static_cast<int>(*participants);
    auto contactsMissing =
        scalar(db,
               "SELECT count(*) FROM participations WHERE event_id=? AND volunteer_id IS NULL "
               "AND student_id IS NULL AND teacher_id IS NULL",
               {eventId});
    if (!contactsMissing)
        return contactsMissing.error();
    r.contactsMissing = static_cast<int>(*contactsMissing);

    // The sync records each pull under the Salesforce object's name (SyncEngine's sync_state rows), not
    // under the local table's: ask for the object the participations come from.
    const EntityMapping* rosters = mapping.entity(QStringLiteral("participation"));
    q.prepare(QStringLiteral("SELECT last_pull_at FROM sync_state WHERE entity=?"));
    q.addBindValue(rosters ? rosters->object : QString());
    if (!q.exec())
        return Error::database(q.lastError().text());
    if (q.next())
        r.rosterPulledAt = q.value(0).toString();
    if (r.rosterPulledAt.isEmpty())
        r.missing << Tr::tr("the rosters have never been downloaded");
    if (r.contactsMissing > 0)
        r.missing << QCoreApplication::translate(
            "vms::OfflineReadiness", "%n people on the roster are not cached", nullptr, r.contactsMissing);

    if (!r.schoolSfId.isEmpty()) {
        auto school = scalar(db, "SELECT count(*) FROM schools WHERE sf_id=?", {r.schoolSfId});
        if (!school)
            return school.error();
        r.schoolCached = *school > 0;
        auto classes = scalar(db, "SELECT count(*) FROM classes WHERE school_sf_id=?", {r.schoolSfId});
        if (!classes)
            return classes.error();
        r.classes = static_cast<int>(*classes);
        auto students = scalar(db, "SELECT count(*) FROM students WHERE school_sf_id=?", {r.schoolSfId});
        if (!students)
            return students.error();
        r.students = static_cast<int>(*students);
        if (!r.schoolCached)
            r.missing << Tr::tr("the school is not cached");
        if (r.classes == 0)
            r.missing << Tr::tr("no classes of the school are cached");
        if (r.students == 0)
            r.missing << Tr::tr("no students of the school are cached");
    }
    return r;
}

Result<std::vector<EventReadiness>> OfflineReadiness::checkAll(const Database& db,
                                                               const std::vector<qint64>& eventIds,
                                                               const OrgMapping& mapping) {
    return checkAll(db.connection(), eventIds, mapping);
}

Result<std::vector<EventReadiness>>
OfflineReadiness::checkAll(QSqlDatabase db, const std::vector<qint64>& eventIds, const OrgMapping& mapping) {
    std::vector<EventReadiness> out;
    for (qint64 id : eventIds) {
        auto r = check(db, id, mapping);
        if (!r)
            return r.error();
        out.push_back(*r);
    }
    return out;
}

} // namespace vms
