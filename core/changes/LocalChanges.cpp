#include "core/changes/LocalChanges.h"

#include "core/changes/OutboxFormat.h"
#include "core/common/Logging.h"
#include "core/db/AuditLog.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::LocalChanges)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

QString digitsOnly(const QString& phone) {
    QString out;
    for (QChar c : phone)
        if (c.isDigit())
            out += c;
    // A leading country code 1 (North America) doesn't make two numbers different.
    if (out.size() == 11 && out.startsWith(u'1'))
        out.remove(0, 1);
    return out;
}

bool validHours(double h) {
    // The org's validation rule: Delivery_Hours__c lies in 0-24.
    return std::isfinite(h) && h >= 0.0 && h <= 24.0;
}

QVariant textOrNull(const QString& s) {
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

// The columns of a new volunteer as addVolunteer saves and sends them.
QVariantMap newVolunteerFields(const NewVolunteer& v) {
    return {{QStringLiteral("first_name"), textOrNull(v.firstName)},
            {QStringLiteral("last_name"), v.lastName.trimmed()},
            {QStringLiteral("email"), textOrNull(v.email)},
            {QStringLiteral("phone"), textOrNull(v.phone)}};
}

// An edited value as editVolunteer saves it: blank text is no value, a flag is 0 or 1.
QVariant editedValue(const QString& column, QVariant value) {
    if (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty())
        value = QVariant();
    if (column == u"do_not_call" || column == u"email_opt_out")
        value = value.toBool() ? 1 : 0;
    return value;
}

// A change the org would refuse, every problem named with its field and limit (vms-cli exit 2).
Error refusedByOrg(const std::vector<FieldProblem>& problems) {
    QStringList texts;
    for (const FieldProblem& p : problems)
        texts << p.text();
    return Error::usage(texts.join(u' '));
}

} // namespace

LocalChanges::LocalChanges(QSqlDatabase db, Session session, const Clock& clock)
    : m_db(std::move(db))
    , m_session(std::move(session))
    , m_clock(clock) {}

QString LocalChanges::now() const {
    return m_clock.nowUtc().toString(Qt::ISODateWithMs);
}

const QStringList& LocalChanges::editableVolunteerColumns() {
    // The Contact fields salesforce-org.md lets VMS write, by local column.
    static const QStringList columns = {
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("mobile_phone"),
        QStringLiteral("title"),
        QStringLiteral("department"),
        QStringLiteral("mailing_street"),
        QStringLiteral("mailing_city"),
        QStringLiteral("mailing_state"),
        QStringLiteral("mailing_postal_code"),
        QStringLiteral("skills_text"),
        QStringLiteral("recruitment_notes"),
        QStringLiteral("do_not_call"),
        QStringLiteral("email_opt_out"),
    };
    return columns;
}

Status LocalChanges::audit(const QString& entity, qint64 localId, const QString& action, const QString& field,
                           const QVariant& oldValue, const QVariant& newValue) {
    const QString actor = m_session.userName.isEmpty() ? m_session.userId : m_session.userName;
    return AuditLog(m_db).append(
        {0, m_clock.nowUtc(), actor, entity, localId, action, field, oldValue, newValue, {}});
}

Status LocalChanges::recordOutbox(const QString& entity, qint64 localId, const QString& operation,
                                  const QVariantMap& fields, const QVariantMap& base,
                                  const QString& baseModstamp) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, fields, base, operation FROM outbox WHERE entity=? AND local_id=? "
                             "AND state IN ('pending','failed') ORDER BY id LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (q.next()) {
        // Merge into the waiting entry: newest value per field, earliest base per field.
        const qint64 id = q.value(0).toLongLong();
        QVariantMap mergedFields = outbox::decodeFields(q.value(1).toString());
        QVariantMap mergedBase = outbox::decodeFields(q.value(2).toString());
        const QString existingOp = q.value(3).toString();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            mergedFields.insert(it.key(), it.value());
        for (auto it = base.begin(); it != base.end(); ++it)
            if (!mergedBase.contains(it.key()))
                mergedBase.insert(it.key(), it.value());
        QSqlQuery u(m_db);
        u.prepare(
            QStringLiteral("UPDATE outbox SET fields=?, base=?, operation=?, state='pending' WHERE id=?"));
        u.addBindValue(outbox::encodeFields(mergedFields));
        u.addBindValue(outbox::encodeFields(mergedBase));
        // A record created locally stays a create (upsert) until it has been pushed.
        u.addBindValue(existingOp == u"upsert" ? existingOp : operation);
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u);
        return {};
    }
    QSqlQuery i(m_db);
    i.prepare(
        QStringLiteral("INSERT INTO outbox(created_at,entity,local_id,operation,fields,base,base_modstamp,"
                       "state,actor) VALUES(?,?,?,?,?,?,?,'pending',?)"));
    i.addBindValue(now());
    i.addBindValue(entity);
    i.addBindValue(localId);
    i.addBindValue(operation);
    i.addBindValue(outbox::encodeFields(fields));
    i.addBindValue(outbox::encodeFields(base));
    i.addBindValue(baseModstamp.isEmpty() ? QVariant() : QVariant(baseModstamp));
    i.addBindValue(m_session.userName);
    if (!i.exec())
        return sqlError(i);
    return {};
}

Result<qint64> LocalChanges::applyMark(const AttendanceMark& mark, const FieldRules& rules) {
    if (mark.status == ParticipationStatus::Unknown)
        return Error::usage(
            Tr::tr("Unknown attendance status; use Registered, Attended, No-Show or Cancelled."));
    if (mark.hours && !validHours(*mark.hours))
        return Error::usage(Tr::tr("Hours must be between 0 and 24."));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT start_utc, end_utc, sf_id FROM events WHERE id=?"));
    q.addBindValue(mark.eventId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No event with local id %1 in the cache.").arg(mark.eventId));
    const QVariant start = q.value(0), end = q.value(1);
    const QString eventSfId = q.value(2).toString();

    const bool isVolunteer = mark.contact.kind == ContactRef::Kind::Volunteer;
    const QString contactTable = isVolunteer ? QStringLiteral("volunteers") : QStringLiteral("students");
    const QString linkColumn = isVolunteer ? QStringLiteral("volunteer_id") : QStringLiteral("student_id");
    q.prepare(QStringLiteral("SELECT sf_id FROM %1 WHERE id=?").arg(contactTable));
    q.addBindValue(mark.contact.localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No %1 with local id %2 in the cache.")
                                .arg(isVolunteer ? Tr::tr("volunteer") : Tr::tr("student"))
                                .arg(mark.contact.localId));
    const QString contactSfId = q.value(0).toString();

    const QString statusText = participationStatusToSalesforce(mark.status);
    q.prepare(QStringLiteral("SELECT id, status, delivery_hours, sf_id, client_id, system_modstamp FROM "
                             "participations WHERE event_id=? AND %1=? ORDER BY id LIMIT 1")
                  .arg(linkColumn));
    q.addBindValue(mark.eventId);
    q.addBindValue(mark.contact.localId);
    if (!q.exec())
        return sqlError(q);

    if (!q.next()) {
        // A new participation, created here: it reaches Salesforce by upsert on its client id.
        std::optional<double> hours = mark.hours;
        if (!hours && mark.status == ParticipationStatus::Attended && !start.isNull() && !end.isNull()) {
            const double h = static_cast<double>(end.toLongLong() - start.toLongLong()) / 3'600'000.0;
            if (validHours(h))
                hours = std::round(h * 100.0) / 100.0;
        }
        const QString type = isVolunteer ? QStringLiteral("Volunteer") : QStringLiteral("Student");
        QVariantMap fields{{QStringLiteral("status"), statusText},
                           {QStringLiteral("participant_type"), type}};
        fields.insert(QStringLiteral("delivery_hours"), hours ? QVariant(*hours) : QVariant());
        if (const auto problems = rules.check(fields, FieldRules::Write::Create); !problems.empty())
            return refusedByOrg(problems);
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery ins(m_db);
        ins.prepare(
            QStringLiteral(
                "INSERT INTO "
                "participations(client_id,event_id,event_sf_id,contact_sf_id,%1,participant_type,status,"
                "delivery_hours,status_code,type_code,pending,local_modified_at) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,1,?)")
                .arg(linkColumn));
        ins.addBindValue(clientId);
        ins.addBindValue(mark.eventId);
        ins.addBindValue(eventSfId.isEmpty() ? QVariant() : QVariant(eventSfId));
        ins.addBindValue(contactSfId.isEmpty() ? QVariant() : QVariant(contactSfId));
        ins.addBindValue(mark.contact.localId);
        ins.addBindValue(type);
        ins.addBindValue(statusText);
        ins.addBindValue(hours ? QVariant(*hours) : QVariant(QMetaType(QMetaType::Double)));
        ins.addBindValue(static_cast<int>(mark.status));
        ins.addBindValue(
            static_cast<int>(isVolunteer ? ParticipantType::Volunteer : ParticipantType::Student));
        ins.addBindValue(now());
        if (!ins.exec())
            return sqlError(ins);
        const qint64 id = ins.lastInsertId().toLongLong();
        if (Status s =
                recordOutbox(QStringLiteral("participation"), id, QStringLiteral("upsert"), fields, {}, {});
            !s)
            return s.error();
        if (Status s = audit(QStringLiteral("participation"), id, QStringLiteral("create"),
                             QStringLiteral("status"), {}, statusText);
            !s)
            return s.error();
        return id;
    }

    const qint64 id = q.value(0).toLongLong();
    const QVariant oldStatus = q.value(1), oldHours = q.value(2);
    const QString sfId = q.value(3).toString(), clientId = q.value(4).toString();
    const QString modstamp = q.value(5).toString();
    QVariant newHours = oldHours;
    if (mark.clearHours)
        newHours = QVariant();
    else if (mark.hours)
        newHours = *mark.hours;
    const bool statusChanged = oldStatus.toString() != statusText;
    const bool hoursChanged = newHours.isNull() != oldHours.isNull() ||
                              (!newHours.isNull() && newHours.toDouble() != oldHours.toDouble());
    if (!statusChanged && !hoursChanged)
        return id;
    QVariantMap changed;
    if (statusChanged)
        changed.insert(QStringLiteral("status"), statusText);
    if (hoursChanged)
        changed.insert(QStringLiteral("delivery_hours"), newHours);
    if (const auto problems = rules.check(changed, FieldRules::Write::Update); !problems.empty())
        return refusedByOrg(problems);

    QSqlQuery upd(m_db);
    upd.prepare(
        QStringLiteral("UPDATE participations SET status=?, status_code=?, delivery_hours=?, pending=1, "
                       "local_modified_at=? WHERE id=?"));
    upd.addBindValue(statusText);
    upd.addBindValue(static_cast<int>(mark.status));
    upd.addBindValue(newHours.isNull() ? QVariant(QMetaType(QMetaType::Double)) : newHours);
    upd.addBindValue(now());
    upd.addBindValue(id);
    if (!upd.exec())
        return sqlError(upd);

    QVariantMap fields, base;
    if (statusChanged) {
        fields.insert(QStringLiteral("status"), statusText);
        base.insert(QStringLiteral("status"), oldStatus);
        if (Status s = audit(QStringLiteral("participation"), id, QStringLiteral("update"),
                             QStringLiteral("status"), oldStatus, statusText);
            !s)
            return s.error();
    }
    if (hoursChanged) {
        fields.insert(QStringLiteral("delivery_hours"), newHours);
        base.insert(QStringLiteral("delivery_hours"), oldHours);
        if (Status s = audit(QStringLiteral("participation"), id, QStringLiteral("update"),
                             QStringLiteral("delivery_hours"), oldHours, newHours);
            !s)
            return s.error();
    }
    // A participation Salesforce has never seen (client id, no sf id) is still a create.
    const QString op = sfId.isEmpty() ? QStringLiteral("upsert") : QStringLiteral("update");
    Q_UNUSED(clientId)
    if (Status s = recordOutbox(QStringLiteral("participation"), id, op, fields, base, modstamp); !s)
        return s.error();
    return id;
}

Result<qint64> LocalChanges::setAttendance(const AttendanceMark& mark) {
    auto ids = setAttendanceBatch({mark});
    if (!ids)
        return ids.error();
    return ids->front();
}

Result<std::vector<qint64>> LocalChanges::setAttendanceBatch(const std::vector<AttendanceMark>& marks) {
    if (Status s = m_session.require(Permission::WriteAttendance); !s)
        return s.error();
    const auto rules = FieldRules::load(m_db, QStringLiteral("participation"));
    if (!rules)
        return rules.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    std::vector<qint64> ids;
    ids.reserve(marks.size());
    for (const AttendanceMark& m : marks) {
        auto id = applyMark(m, *rules);
        if (!id)
            return id.error(); // the transaction rolls back: all or nothing
        ids.push_back(*id);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<std::vector<FieldProblem>> LocalChanges::checkNewVolunteer(const NewVolunteer& v) const {
    const auto rules = FieldRules::load(m_db, QStringLiteral("volunteer"));
    if (!rules)
        return rules.error();
    return rules->check(newVolunteerFields(v), FieldRules::Write::Create);
}

Result<std::vector<FieldProblem>> LocalChanges::checkVolunteerEdit(const QVariantMap& changes) const {
    const auto rules = FieldRules::load(m_db, QStringLiteral("volunteer"));
    if (!rules)
        return rules.error();
    QVariantMap values;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        values.insert(it.key(), editedValue(it.key(), it.value()));
    return rules->check(values, FieldRules::Write::Update);
}

Result<std::vector<DuplicateCandidate>> LocalChanges::findLikelyDuplicates(const NewVolunteer& v,
                                                                           qint64 excludeLocalId) const {
    std::vector<DuplicateCandidate> out;
    QSqlQuery q(m_db);
    const QString email = v.email.trimmed();
    if (!email.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, first_name, last_name, email, phone FROM volunteers "
                                 "WHERE email = ? COLLATE NOCASE AND id != ? LIMIT 20"));
        q.addBindValue(email);
        q.addBindValue(excludeLocalId);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            out.push_back({q.value(0).toLongLong(), q.value(1).toString() + u' ' + q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), Tr::tr("same email")});
    }
    const QString digits = digitsOnly(v.phone);
    if (!digits.isEmpty() && !v.lastName.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, first_name, last_name, email, phone, mobile_phone, home_phone, "
                                 "work_phone FROM volunteers WHERE last_name = ? COLLATE NOCASE AND "
                                 "coalesce(first_name,'') = ? COLLATE NOCASE AND id != ? LIMIT 200"));
        q.addBindValue(v.lastName.trimmed());
        q.addBindValue(v.firstName.trimmed());
        q.addBindValue(excludeLocalId);
        if (!q.exec())
            return sqlError(q);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            bool phoneMatches = false;
            for (int c = 4; c <= 7; ++c)
                phoneMatches = phoneMatches || digitsOnly(q.value(c).toString()) == digits;
            const bool already =
                std::any_of(out.begin(), out.end(), [id](const auto& d) { return d.localId == id; });
            if (phoneMatches && !already)
                out.push_back({id, q.value(1).toString() + u' ' + q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), Tr::tr("same name and phone")});
        }
    }
    return out;
}

Result<qint64> LocalChanges::addVolunteer(const NewVolunteer& v) {
    if (Status s = m_session.require(Permission::WriteAttendance); !s)
        return s.error();
    if (v.lastName.trimmed().isEmpty())
        return Error::usage(Tr::tr("A volunteer needs a last name."));
    if (!v.email.trimmed().isEmpty() && !v.email.contains(u'@'))
        return Error::usage(Tr::tr("'%1' is not an email address.").arg(v.email));
    const auto problems = checkNewVolunteer(v);
    if (!problems)
        return problems.error();
    if (!problems->empty())
        return refusedByOrg(*problems);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();

    // The organization is stored as its Salesforce Id when a cached organization has that name, so
    // reports and the push can resolve it; otherwise as the text the user typed.
    QString affiliation = v.organizationName.trimmed();
    QString accountSfId;
    if (!affiliation.isEmpty()) {
        QSqlQuery o(m_db);
        o.prepare(
            QStringLiteral("SELECT sf_id FROM organizations WHERE name = ? COLLATE NOCASE AND sf_id IS NOT "
                           "NULL ORDER BY id LIMIT 1"));
        o.addBindValue(affiliation);
        if (!o.exec())
            return sqlError(o);
        if (o.next()) {
            accountSfId = o.value(0).toString();
            affiliation = accountSfId;
        }
    }
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVariantMap fields = newVolunteerFields(v);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO volunteers(client_id,first_name,last_name,email,phone,primary_affiliation,"
        "pending,local_modified_at) VALUES(?,?,?,?,?,?,1,?)"));
    ins.addBindValue(clientId);
    for (const char* column : {"first_name", "last_name", "email", "phone"})
        ins.addBindValue(fields.value(QLatin1String(column)));
    ins.addBindValue(textOrNull(affiliation));
    ins.addBindValue(now());
    if (!ins.exec())
        return sqlError(ins);
    const qint64 id = ins.lastInsertId().toLongLong();
    if (!accountSfId.isEmpty())
        fields.insert(QStringLiteral("primary_affiliation"), accountSfId);
    if (Status s = recordOutbox(QStringLiteral("volunteer"), id, QStringLiteral("upsert"), fields, {}, {});
        !s)
        return s.error();
    if (Status s = audit(QStringLiteral("volunteer"), id, QStringLiteral("create"), QStringLiteral("name"),
                         {}, (v.firstName.trimmed() + u' ' + v.lastName.trimmed()).trimmed());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status LocalChanges::editVolunteer(qint64 localId, const QVariantMap& changes) {
    if (Status s = m_session.require(Permission::WriteRecords); !s)
        return s;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (!editableVolunteerColumns().contains(it.key()))
            return Error::usage(Tr::tr("The volunteer field '%1' cannot be edited in VMS.").arg(it.key()));
    if (changes.contains(QStringLiteral("email"))) {
        const QString e = changes.value(QStringLiteral("email")).toString().trimmed();
        if (!e.isEmpty() && !e.contains(u'@'))
            return Error::usage(Tr::tr("'%1' is not an email address.").arg(e));
    }
    const auto problems = checkVolunteerEdit(changes);
    if (!problems)
        return problems.error();
    if (!problems->empty())
        return refusedByOrg(*problems);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    QStringList columns = changes.keys();
    QSqlQuery q(m_db);
    // Column names come from the allow-list above, never from user text.
    q.prepare(QStringLiteral("SELECT sf_id, system_modstamp, %1 FROM volunteers WHERE id=?")
                  .arg(columns.join(u',')));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No volunteer with local id %1 in the cache.").arg(localId));
    const QString sfId = q.value(0).toString();
    const QString modstamp = q.value(1).toString();
    QVariantMap fields, base;
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i) {
        const QString& column = columns.at(i);
        const QVariant oldValue = q.value(i + 2);
        const QVariant newValue = editedValue(column, changes.value(column));
        const bool same =
            oldValue.isNull() == newValue.isNull() && oldValue.toString() == newValue.toString();
        if (same)
            continue;
        sets << column + QStringLiteral("=?");
        values << (newValue.isNull() ? QVariant(QMetaType(QMetaType::QString)) : newValue);
        fields.insert(column, newValue);
        base.insert(column, oldValue);
        if (Status s = audit(QStringLiteral("volunteer"), localId, QStringLiteral("update"), column, oldValue,
                             newValue);
            !s)
            return s;
    }
    if (sets.isEmpty())
        return {};
    QSqlQuery upd(m_db);
    upd.prepare(QStringLiteral("UPDATE volunteers SET %1, pending=1, local_modified_at=? WHERE id=?")
                    .arg(sets.join(u',')));
    for (const QVariant& v : values)
        upd.addBindValue(v);
    upd.addBindValue(now());
    upd.addBindValue(localId);
    if (!upd.exec())
        return sqlError(upd);
    const QString op = sfId.isEmpty() ? QStringLiteral("upsert") : QStringLiteral("update");
    if (Status s = recordOutbox(QStringLiteral("volunteer"), localId, op, fields, base, modstamp); !s)
        return s;
    return tx.commit();
}

} // namespace vms
