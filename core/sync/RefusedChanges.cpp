#include "core/sync/RefusedChanges.h"

#include "core/db/Database.h"
#include "core/db/Outbox.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::RefusedChanges)
};

// What the user knows the record by, and the page where it is fixed.
void describe(QSqlDatabase db, RefusedChange& c) {
    QSqlQuery q(db);
    if (c.entity == u"volunteer") {
        q.prepare(QStringLiteral("SELECT trim(coalesce(first_name,'') || ' ' || coalesce(last_name,'')) FROM "
                                 "volunteers WHERE id=?"));
        q.addBindValue(c.localId);
        if (q.exec() && q.next())
            c.record = q.value(0).toString();
        c.page = QStringLiteral("volunteer:%1").arg(c.localId);
    } else if (c.entity == u"participation") {
        q.prepare(QStringLiteral(
            "SELECT trim(coalesce(v.first_name, s.first_name, t.first_name, '') || ' ' || "
            "coalesce(v.last_name, s.last_name, t.last_name, '')), e.name, p.event_id FROM participations p "
            "JOIN events e ON e.id = p.event_id LEFT JOIN volunteers v ON v.id = p.volunteer_id LEFT JOIN "
            "students s ON s.id = p.student_id LEFT JOIN teachers t ON t.id = p.teacher_id WHERE p.id=?"));
        q.addBindValue(c.localId);
        if (q.exec() && q.next()) {
            c.record = Tr::tr("%1 at %2").arg(q.value(0).toString(), q.value(1).toString());
            c.page = QStringLiteral("event:%1").arg(q.value(2).toLongLong());
        }
    }
    if (c.record.isEmpty())
        c.record = QStringLiteral("%1 %2").arg(c.entity).arg(c.localId);
}

RefusedChange fromEntry(QSqlDatabase db, const OutboxEntry& e) {
    RefusedChange c;
    c.outboxId = e.id;
    c.entity = e.entity;
    c.localId = e.localId;
    c.code = e.error.code;
    c.message = e.error.message;
    c.fields = e.error.fields;
    c.attempts = e.attempts;
    c.waiting = e.waiting();
    describe(db, c);
    return c;
}

} // namespace

Result<std::vector<RefusedChange>> refusedChanges(QSqlDatabase db, int limit) {
    auto problems = Outbox(db).problems(limit);
    if (!problems)
        return problems.error();
    std::vector<RefusedChange> out;
    out.reserve(problems->size());
    for (const OutboxEntry& e : *problems)
        out.push_back(fromEntry(db, e));
    return out;
}

Result<std::optional<RefusedChange>> refusalOf(QSqlDatabase db, const QString& entity, qint64 localId) {
    auto entries = Outbox(db).entriesFor(entity, localId);
    if (!entries)
        return entries.error();
    for (const OutboxEntry& e : *entries)
        if (e.state == OutboxEntry::State::Failed)
            return std::optional<RefusedChange>(fromEntry(db, e));
    return std::optional<RefusedChange>();
}

Result<std::vector<RefusedChange>> refusedChanges(const Database& db, int limit) {
    return refusedChanges(db.connection(), limit);
}

Result<std::optional<RefusedChange>> refusalOf(const Database& db, const QString& entity, qint64 localId) {
    return refusalOf(db.connection(), entity, localId);
}

} // namespace vms
