#include "core/changes/LocalChanges.h"

#include "core/changes/AuditLog.h"
#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/db/Outbox.h"
#include "core/profile/DisplayTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

// Blank text is no value: a typed null, so SQL binds NULL and the outbox records JSON null.
QVariant textOrNull(const QString& s) {
    return s.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s.trimmed());
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

LocalChanges::LocalChanges(QSqlDatabase db, Session session, const Clock& clock, const OrgMapping& mapping)
    : m_db(std::move(db))
    , m_session(std::move(session))
    , m_clock(clock)
    , m_mapping(mapping) {}

LocalChanges::LocalChanges(const Database& db, Session session, const Clock& clock, const OrgMapping& mapping)
    : LocalChanges(db.connection(), std::move(session), clock, mapping) {}

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
        // Planning (issue #17): Volunteer_Status__c, and the multi-selects (values joined by ';').
        QStringLiteral("volunteer_status"),
        QStringLiteral("skills"),
        QStringLiteral("interests"),
    };
    return columns;
}

Status LocalChanges::audit(const QString& entity, qint64 localId, const QString& action, const QString& field,
                           const QVariant& oldValue, const QVariant& newValue) {
    const QString actor = m_session.userName.isEmpty() ? m_session.userId : m_session.userName;
    return AuditLog(m_db).append(
        {0, m_clock.nowUtc(), actor, entity, localId, action, field, oldValue, newValue, {}});
}

Status LocalChanges::checkWritable(const QString& entity, bool create, const QVariantMap& fields) const {
    const WriteMapping* w = m_mapping.write(entity);
    QStringList refused;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const bool writable = w && (create ? w->createField(it.key()) : w->updateField(it.key()));
        if (!writable)
            refused << it.key();
    }
    if (refused.isEmpty())
        return {};
    // Said now, while the user can still act on it: a change the org would never receive is not queued.
    return Error::usage(Tr::tr("The Salesforce mapping in use cannot send the %1 field(s) %2 to Salesforce, "
                               "so the change was not saved.")
                            .arg(entity, refused.join(QStringLiteral(", "))));
}

Status LocalChanges::recordOutbox(const QString& entity, qint64 localId, bool create,
                                  const QVariantMap& fields, const QVariantMap& base,
                                  const QString& baseModstamp, const QString& sfId) {
    if (Status s = checkWritable(entity, create, fields); !s)
        return s;
    return Outbox(m_db).enqueue(entity, localId,
                                create ? OutboxEntry::Operation::Create : OutboxEntry::Operation::Update,
                                fields, base, baseModstamp, sfId, m_session.userName, now());
}

Result<qint64> LocalChanges::applyMark(const AttendanceMark& mark, const FieldRules& rules,
                                       const std::optional<QString>& notes) {
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

    // Where each kind of contact lives, and what its participation is (salesforce-org.md: teachers are
    // participations with Participant_Type__c = 'Teacher', counted in no report, so their type code is
    // Other).
    struct Kind {
        QString table, link, type, noun;
        ParticipantType code;
    };
    const Kind kind = [&mark]() -> Kind {
        switch (mark.contact.kind) {
        case ContactRef::Kind::Student:
            return {QStringLiteral("students"), QStringLiteral("student_id"), QStringLiteral("Student"),
                    Tr::tr("student"), ParticipantType::Student};
        case ContactRef::Kind::Teacher:
            return {QStringLiteral("teachers"), QStringLiteral("teacher_id"), QStringLiteral("Teacher"),
                    Tr::tr("teacher"), ParticipantType::Other};
        case ContactRef::Kind::Volunteer:
            break;
        }
        return {QStringLiteral("volunteers"), QStringLiteral("volunteer_id"), QStringLiteral("Volunteer"),
                Tr::tr("volunteer"), ParticipantType::Volunteer};
    }();
    const QString& linkColumn = kind.link;
    // The table name comes from the switch above, never from user text.
    q.prepare(QStringLiteral("SELECT sf_id FROM %1 WHERE id=?").arg(kind.table));
    q.addBindValue(mark.contact.localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(
            Tr::tr("No %1 with local id %2 in the cache.").arg(kind.noun).arg(mark.contact.localId));
    const QString contactSfId = q.value(0).toString();

    const QString statusText = participationStatusToSalesforce(mark.status);
    q.prepare(
        QStringLiteral("SELECT id, status, delivery_hours, sf_id, client_id, system_modstamp, notes FROM "
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
        const QString& type = kind.type;
        QVariantMap fields{{QStringLiteral("status"), statusText},
                           {QStringLiteral("participant_type"), type}};
        fields.insert(QStringLiteral("delivery_hours"), hours ? QVariant(*hours) : QVariant());
        const QVariant newNotes = notes ? textOrNull(*notes) : QVariant(QMetaType(QMetaType::QString));
        if (!newNotes.isNull())
            fields.insert(QStringLiteral("notes"), newNotes);
        if (const auto problems = rules.check(fields, FieldRules::Write::Create); !problems.empty())
            return refusedByOrg(problems);
        const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery ins(m_db);
        ins.prepare(
            QStringLiteral(
                "INSERT INTO "
                "participations(client_id,event_id,event_sf_id,contact_sf_id,%1,participant_type,status,"
                "delivery_hours,status_code,type_code,notes,pending,local_modified_at) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?,1,?)")
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
        ins.addBindValue(static_cast<int>(kind.code));
        ins.addBindValue(newNotes);
        ins.addBindValue(now());
        if (!ins.exec())
            return sqlError(ins);
        const qint64 id = ins.lastInsertId().toLongLong();
        if (Status s = recordOutbox(QStringLiteral("participation"), id, true, fields, {}, {}, {}); !s)
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
    const QVariant oldNotes = q.value(6);
    const QVariant newNotes = notes ? textOrNull(*notes) : oldNotes;
    const bool notesChanged = !Outbox::sameValue(oldNotes, newNotes);
    QVariant newHours = oldHours;
    if (mark.clearHours)
        newHours = QVariant();
    else if (mark.hours)
        newHours = *mark.hours;
    const bool statusChanged = oldStatus.toString() != statusText;
    const bool hoursChanged = newHours.isNull() != oldHours.isNull() ||
                              (!newHours.isNull() && newHours.toDouble() != oldHours.toDouble());
    if (!statusChanged && !hoursChanged && !notesChanged)
        return id;
    QVariantMap changed;
    if (statusChanged)
        changed.insert(QStringLiteral("status"), statusText);
    if (hoursChanged)
        changed.insert(QStringLiteral("delivery_hours"), newHours);
    if (notesChanged)
        changed.insert(QStringLiteral("notes"), newNotes);
    if (const auto problems = rules.check(changed, FieldRules::Write::Update); !problems.empty())
        return refusedByOrg(problems);

    QSqlQuery upd(m_db);
    upd.prepare(
        QStringLiteral("UPDATE participations SET status=?, status_code=?, delivery_hours=?, notes=?, "
                       "pending=1, local_modified_at=? WHERE id=?"));
    upd.addBindValue(statusText);
    upd.addBindValue(static_cast<int>(mark.status));
    upd.addBindValue(newHours.isNull() ? QVariant(QMetaType(QMetaType::Double)) : newHours);
    upd.addBindValue(newNotes.isNull() ? QVariant(QMetaType(QMetaType::QString)) : newNotes);
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
    if (notesChanged) {
        fields.insert(QStringLiteral("notes"), newNotes);
        base.insert(QStringLiteral("notes"), oldNotes);
        if (Status s = audit(QStringLiteral("participation"), id, QStringLiteral("update"),
                             QStringLiteral("notes"), oldNotes, newNotes);
            !s)
            return s.error();
    }
    // A participation Salesforce has never seen (client id, no sf id) is still a create.
    Q_UNUSED(clientId)
    if (Status s =
            recordOutbox(QStringLiteral("participation"), id, sfId.isEmpty(), fields, base, modstamp, sfId);
        !s)
        return s.error();
    return id;
}

Result<qint64> LocalChanges::setAttendance(const AttendanceMark& mark, const std::optional<QString>& notes) {
    if (!notes) {
        auto ids = setAttendanceBatch({mark});
        if (!ids)
            return ids.error();
        return ids->front();
    }
    if (Status s = m_session.require(Permission::WriteAttendance); !s)
        return s.error();
    const auto rules = FieldRules::load(m_db, QStringLiteral("participation"));
    if (!rules)
        return rules.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    auto id = applyMark(mark, *rules, notes);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
}

Status LocalChanges::setParticipationNotes(qint64 participationId, const QString& notes) {
    if (Status s = m_session.require(Permission::WriteAttendance); !s)
        return s;
    auto current = currentValues(QStringLiteral("participation"), participationId, {QStringLiteral("sf_id")});
    if (!current)
        return current.error();
    if (current->isEmpty())
        return Error::usage(Tr::tr("No participation with local id %1 in the cache.").arg(participationId));
    const QVariantMap changes{{QStringLiteral("notes"), textOrNull(notes)}};
    const auto rules = FieldRules::load(m_db, QStringLiteral("participation"));
    if (!rules)
        return rules.error();
    const bool create = current->value(QStringLiteral("sf_id")).toString().isEmpty();
    if (const auto problems =
            rules->check(changes, create ? FieldRules::Write::Create : FieldRules::Write::Update);
        !problems.empty())
        return refusedByOrg(problems);
    return updateRecord(QStringLiteral("participation"), participationId, changes, {});
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

Result<qint64> LocalChanges::signUp(qint64 eventId, qint64 volunteerId) {
    if (Status s = m_session.require(Permission::WriteAttendance); !s)
        return s.error();
    const auto rules = FieldRules::load(m_db, QStringLiteral("participation"));
    if (!rules)
        return rules.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    // Checked inside the write transaction: a place taken meanwhile (another window, vms-cli) is seen.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status_code FROM participations WHERE event_id=? AND volunteer_id=? "
                             "ORDER BY id LIMIT 1"));
    q.addBindValue(eventId);
    q.addBindValue(volunteerId);
    if (!q.exec())
        return sqlError(q);
    if (q.next() && q.value(0).toInt() != static_cast<int>(ParticipationStatus::Cancelled))
        return Error::usage(
            Tr::tr("This volunteer is already on the event's roster (%1); change it there.")
                .arg(participationStatusToSalesforce(static_cast<ParticipationStatus>(q.value(0).toInt()))));
    auto id = applyMark({eventId,
                         {ContactRef::Kind::Volunteer, volunteerId},
                         ParticipationStatus::Registered,
                         std::nullopt,
                         false},
                        *rules);
    if (!id)
        return id.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *id;
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

    // The organization is one VMS knows, by name: the walk-in points at it (its Salesforce Id fills
    // npsp__Primary_Affiliation__c, at once or, for one created offline, once the org has it). A name VMS
    // does not know could never reach the org, so it is refused now rather than lost later.
    const QString organization = v.organizationName.trimmed();
    QVariant organizationId, organizationSfId(QMetaType(QMetaType::QString));
    if (!organization.isEmpty()) {
        QSqlQuery o(m_db);
        o.prepare(QStringLiteral("SELECT id, sf_id FROM organizations WHERE name = ? COLLATE NOCASE ORDER BY "
                                 "sf_id IS NULL, id LIMIT 1"));
        o.addBindValue(organization);
        if (!o.exec())
            return sqlError(o);
        if (!o.next())
            return Error::usage(Tr::tr("No organization named “%1” is known here; pick one from the list, or "
                                       "leave the organization empty.")
                                    .arg(organization));
        organizationId = o.value(0);
        if (!o.value(1).toString().isEmpty())
            organizationSfId = o.value(1).toString();
    }
    QVariantMap fields = newVolunteerFields(v);
    if (!organization.isEmpty())
        fields.insert(QStringLiteral("primary_affiliation"), organizationSfId);
    if (Status s = checkWritable(QStringLiteral("volunteer"), true, fields); !s)
        return s.error();

    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO "
        "volunteers(client_id,first_name,last_name,email,phone,primary_affiliation,organization_id,"
        "pending,local_modified_at) VALUES(?,?,?,?,?,?,?,1,?)"));
    ins.addBindValue(clientId);
    for (const char* column : {"first_name", "last_name", "email", "phone"})
        ins.addBindValue(fields.value(QLatin1String(column)));
    ins.addBindValue(organizationSfId);
    ins.addBindValue(organizationId.isNull() ? QVariant(QMetaType(QMetaType::LongLong)) : organizationId);
    ins.addBindValue(now());
    if (!ins.exec())
        return sqlError(ins);
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Status s = recordOutbox(QStringLiteral("volunteer"), id, true, fields, {}, {}, {}); !s)
        return s.error();
    if (Status s = audit(QStringLiteral("volunteer"), id, QStringLiteral("create"), QStringLiteral("name"),
                         {}, (v.firstName.trimmed() + u' ' + v.lastName.trimmed()).trimmed());
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status LocalChanges::editVolunteer(qint64 localId, const QVariantMap& requested) {
    if (Status s = m_session.require(Permission::WriteRecords); !s)
        return s;
    // The primary organization is given as "organization_id", the local organization (null: none): the
    // volunteer points at it, and npsp__Primary_Affiliation__c takes its Salesforce Id, at once or, for
    // one created offline, once the org has it (the push fills the reference).
    QVariantMap changes = requested;
    std::optional<QVariant> organizationLink;
    if (changes.contains(QStringLiteral("organization_id"))) {
        const QVariant organization = changes.take(QStringLiteral("organization_id"));
        QVariant organizationSfId(QMetaType(QMetaType::QString));
        organizationLink = QVariant(QMetaType(QMetaType::LongLong));
        if (!organization.isNull() && organization.toLongLong() != 0) {
            QSqlQuery o(m_db);
            o.prepare(QStringLiteral("SELECT sf_id FROM organizations WHERE id=?"));
            o.addBindValue(organization.toLongLong());
            if (!o.exec())
                return sqlError(o);
            if (!o.next())
                return Error::usage(
                    Tr::tr("No organization with local id %1 in the cache.").arg(organization.toLongLong()));
            if (!o.value(0).toString().isEmpty())
                organizationSfId = o.value(0).toString();
            organizationLink = organization.toLongLong();
        }
        changes.insert(QStringLiteral("primary_affiliation"), organizationSfId);
    } else if (changes.contains(QStringLiteral("primary_affiliation"))) {
        // An Account Id as the org gave it (a school, a district, an organization): what an undo puts
        // back after another organization was picked. The volunteer points at the organization it names,
        // if VMS has it.
        const QVariant sfId = textOrNull(changes.value(QStringLiteral("primary_affiliation")).toString());
        organizationLink = QVariant(QMetaType(QMetaType::LongLong));
        if (!sfId.isNull()) {
            QSqlQuery o(m_db);
            o.prepare(QStringLiteral("SELECT id FROM organizations WHERE sf_id=?"));
            o.addBindValue(sfId);
            if (!o.exec())
                return sqlError(o);
            if (o.next())
                organizationLink = o.value(0).toLongLong();
        }
        changes.insert(QStringLiteral("primary_affiliation"), sfId);
    }
    // The name too, while the walk-in has not reached Salesforce: it is part of the record VMS creates
    // there (say the org refused a name too long for it), and afterwards Salesforce's to change.
    const bool renames =
        changes.contains(QStringLiteral("first_name")) || changes.contains(QStringLiteral("last_name"));
    for (auto it = changes.begin(); it != changes.end(); ++it)
        if (!editableVolunteerColumns().contains(it.key()) && it.key() != u"first_name" &&
            it.key() != u"last_name" && !(organizationLink && it.key() == u"primary_affiliation"))
            return Error::usage(Tr::tr("The volunteer field '%1' cannot be edited in VMS.").arg(it.key()));
    if (changes.contains(QStringLiteral("last_name")) &&
        changes.value(QStringLiteral("last_name")).toString().trimmed().isEmpty())
        return Error::usage(Tr::tr("A volunteer needs a last name."));
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
    if (renames && !sfId.isEmpty())
        return Error::usage(
            Tr::tr("The name of a volunteer already in Salesforce is changed in Salesforce, not in VMS."));
    QVariantMap fields, base;
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i) {
        const QString& column = columns.at(i);
        const QVariant oldValue = q.value(i + 2);
        const QVariant newValue = editedValue(column, changes.value(column));
        const bool same =
            oldValue.isNull() == newValue.isNull() && oldValue.toString() == newValue.toString();
        // A new primary organization not yet in the org: its Id is still unknown, but the link changes.
        if (same && !(organizationLink && column == u"primary_affiliation"))
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
    if (organizationLink) {
        sets << QStringLiteral("organization_id=?");
        values << *organizationLink;
    }
    QSqlQuery upd(m_db);
    upd.prepare(QStringLiteral("UPDATE volunteers SET %1, pending=1, local_modified_at=? WHERE id=?")
                    .arg(sets.join(u',')));
    for (const QVariant& v : values)
        upd.addBindValue(v);
    upd.addBindValue(now());
    upd.addBindValue(localId);
    if (!upd.exec())
        return sqlError(upd);
    // The skill filter reads skills split out of the multi-select, as the pull writes them.
    if (fields.contains(QStringLiteral("skills"))) {
        QSqlQuery sk(m_db);
        sk.prepare(QStringLiteral("DELETE FROM volunteer_skills WHERE volunteer_id=?"));
        sk.addBindValue(localId);
        if (!sk.exec())
            return sqlError(sk);
        for (const QString& skill :
             fields.value(QStringLiteral("skills")).toString().split(u';', Qt::SkipEmptyParts)) {
            sk.prepare(
                QStringLiteral("INSERT OR IGNORE INTO volunteer_skills(volunteer_id, skill) VALUES(?,?)"));
            sk.addBindValue(localId);
            sk.addBindValue(skill.trimmed());
            if (!sk.exec())
                return sqlError(sk);
        }
    }
    // A walk-in the org has not received yet is still a create: what was edited goes with it.
    if (Status s =
            recordOutbox(QStringLiteral("volunteer"), localId, sfId.isEmpty(), fields, base, modstamp, sfId);
        !s)
        return s;
    return tx.commit();
}

QString LocalChanges::activityTypeName(NewActivity::Type type) {
    return type == NewActivity::Type::Email ? QStringLiteral("Email") : QStringLiteral("Call");
}

Result<qint64> LocalChanges::logActivity(const NewActivity& a) {
    if (Status s = m_session.require(Permission::WriteRecords); !s)
        return s.error();
    const QString subject = a.subject.simplified();
    if (subject.isEmpty())
        return Error::usage(Tr::tr("A call or an email needs a subject."));
    const QDate date = a.date.isValid() ? a.date : m_clock.nowUtc().toTimeZone(DisplayTime::zone()).date();
    QVariantMap fields{{QStringLiteral("subject"), subject},
                       {QStringLiteral("type"), activityTypeName(a.type)},
                       {QStringLiteral("status"), QStringLiteral("Completed")},
                       {QStringLiteral("activity_date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("description"), textOrNull(a.notes)}};
    const auto rules = FieldRules::load(m_db, QStringLiteral("activity"));
    if (!rules)
        return rules.error();
    if (const auto problems = rules->check(fields, FieldRules::Write::Create); !problems.empty())
        return refusedByOrg(problems);
    if (Status s = checkWritable(QStringLiteral("activity"), true, fields); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sf_id FROM volunteers WHERE id=?"));
    q.addBindValue(a.volunteerId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No volunteer with local id %1 in the cache.").arg(a.volunteerId));
    const QVariant whoSfId = textOrNull(q.value(0).toString());
    QVariant whatSfId(QMetaType(QMetaType::QString)), eventId(QMetaType(QMetaType::LongLong));
    if (a.eventId != 0) {
        q.prepare(QStringLiteral("SELECT sf_id FROM events WHERE id=?"));
        q.addBindValue(a.eventId);
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return Error::usage(Tr::tr("No event with local id %1 in the cache.").arg(a.eventId));
        whatSfId = textOrNull(q.value(0).toString());
        eventId = a.eventId;
    }
    // The Who and What are filled with the org's Ids when the push sends the task (mapping.json's
    // references), also for a volunteer or an event created offline that reaches the org first.
    fields.insert(QStringLiteral("who_sf_id"), whoSfId);
    fields.insert(QStringLiteral("what_sf_id"), whatSfId);
    const QString clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral(
        "INSERT INTO activities(client_id,subject,type,status,activity_date,description,who_sf_id,what_sf_id,"
        "volunteer_id,event_id,pending,local_modified_at) VALUES(?,?,?,?,?,?,?,?,?,?,1,?)"));
    ins.addBindValue(clientId);
    for (const char* column :
         {"subject", "type", "status", "activity_date", "description", "who_sf_id", "what_sf_id"})
        ins.addBindValue(fields.value(QLatin1String(column)));
    ins.addBindValue(a.volunteerId);
    ins.addBindValue(eventId);
    ins.addBindValue(now());
    if (!ins.exec())
        return sqlError(ins);
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Status s = recordOutbox(QStringLiteral("activity"), id, true, fields, {}, {}, {}); !s)
        return s.error();
    if (Status s = audit(QStringLiteral("activity"), id, QStringLiteral("create"), QStringLiteral("subject"),
                         {}, subject);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

namespace {

// The rows of `table` whose `column` holds `value`, whole (column -> value), as a delete takes them.
// Table and column names come from the mapping, never from user text.
Result<std::vector<QVariantMap>> storedRows(const QSqlDatabase& db, const QString& table,
                                            const QString& column, qint64 value) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2=? ORDER BY id").arg(table, column));
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(q);
    std::vector<QVariantMap> out;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QVariantMap row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), r.value(i));
        out.push_back(std::move(row));
    }
    return out;
}

} // namespace

QString DeletePreview::summary() const {
    if (entity == u"event") {
        if (participations == 0)
            return Tr::tr("This event (it has no participations)");
        if (participations == 1)
            return Tr::tr("This event and its one participation");
        return Tr::tr("This event and its %1 participations").arg(participations);
    }
    if (entity == u"organization")
        return Tr::tr("This organization (volunteers who name it as their organization keep their records)");
    if (entity == u"participation")
        return Tr::tr("This participation (the volunteer and the event stay)");
    return Tr::tr("This record");
}

Result<DeletePreview> LocalChanges::previewDelete(const QString& entity, qint64 localId) const {
    if (Status s = m_session.require(Permission::Administer); !s)
        return s.error();
    const WriteMapping* w = m_mapping.write(entity);
    if (!w || !w->canDelete)
        return Error::usage(Tr::tr("%1 records cannot be deleted in VMS.").arg(entity));
    QSqlQuery q(m_db);
    // A participation is named by who and where; the others by their own name.
    if (entity == u"participation")
        q.prepare(QStringLiteral(
            "SELECT trim(coalesce(v.first_name, s.first_name, t.first_name, '') || ' ' || "
            "coalesce(v.last_name, s.last_name, t.last_name, '')) || ' — ' || coalesce(e.name, ''), p.sf_id "
            "FROM participations p JOIN events e ON e.id = p.event_id "
            "LEFT JOIN volunteers v ON v.id = p.volunteer_id LEFT JOIN students s ON s.id = p.student_id "
            "LEFT JOIN teachers t ON t.id = p.teacher_id WHERE p.id=?"));
    else
        q.prepare(QStringLiteral("SELECT name, sf_id FROM %1 WHERE id=?").arg(Outbox::tableFor(entity)));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No %1 with local id %2 in the cache.").arg(entity).arg(localId));
    DeletePreview p{entity, localId, q.value(0).toString(), 0, !q.value(1).toString().isEmpty()};
    for (const WriteMapping& child : m_mapping.writes())
        for (const WriteReference& r : child.references) {
            if (r.entity != entity || !r.master)
                continue;
            QSqlQuery c(m_db);
            c.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2=?")
                          .arg(Outbox::tableFor(child.entity), r.link));
            c.addBindValue(localId);
            if (!c.exec() || !c.next())
                return sqlError(c);
            p.participations += c.value(0).toInt();
        }
    return p;
}

Result<DeletedRecord> LocalChanges::deleteRecord(const QString& entity, qint64 localId) {
    if (Status s = m_session.require(Permission::Administer); !s)
        return s.error();
    const WriteMapping* w = m_mapping.write(entity);
    if (!w || !w->canDelete)
        return Error::usage(Tr::tr("%1 records cannot be deleted in VMS.").arg(entity));
    const QString table = Outbox::tableFor(entity);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    auto record = storedRows(m_db, table, QStringLiteral("id"), localId);
    if (!record)
        return record.error();
    if (record->empty())
        return Error::usage(Tr::tr("No %1 with local id %2 in the cache.").arg(entity).arg(localId));
    const QString sfId = record->front().value(QStringLiteral("sf_id")).toString();
    Outbox outbox(m_db);
    auto entries = outbox.entriesFor(entity, localId);
    if (!entries)
        return entries.error();
    for (const OutboxEntry& e : *entries) {
        // Sent, with its answer still unknown: the org may have it under an Id VMS does not know yet.
        if (sfId.isEmpty() && !e.sent.isEmpty())
            return Error::usage(
                Tr::tr("This record is on its way to Salesforce; sync first, then delete it."));
        if (e.state == OutboxEntry::State::Conflict)
            return Error::usage(Tr::tr("This record has a sync conflict; resolve it first, then delete it."));
    }
    DeletedRecord deleted{entity, localId, sfId, {{table, record->front()}}, {}, {}};
    auto own = outbox.storedEntries(entity, localId);
    if (!own)
        return own.error();
    deleted.outbox = std::move(own).value();
    // What goes with it (an event's participations, master-detail, here by ON DELETE CASCADE and in the
    // org with their master): their waiting changes go too, rather than waiting forever for a row that is
    // gone; the org deletes the ones it has along with the record. Records that only point at it (a
    // volunteer's organization, a call about the event) stay, unlinked here (ON DELETE SET NULL).
    for (const WriteMapping& child : m_mapping.writes())
        for (const WriteReference& r : child.references) {
            if (r.entity != entity)
                continue;
            const QString childTable = Outbox::tableFor(child.entity);
            auto rows = storedRows(m_db, childTable, r.link, localId);
            if (!rows)
                return rows.error();
            for (const QVariantMap& row : rows.value()) {
                const qint64 childId = row.value(QStringLiteral("id")).toLongLong();
                if (!r.master) {
                    deleted.links.push_back({childTable, r.link, childId});
                    continue;
                }
                auto waiting = outbox.storedEntries(child.entity, childId);
                if (!waiting)
                    return waiting.error();
                deleted.outbox.insert(deleted.outbox.end(), waiting->begin(), waiting->end());
                if (Status s = outbox.enqueueDelete(child.entity, childId, {}, m_session.userName, now()); !s)
                    return s.error();
                deleted.rows.push_back({childTable, row});
            }
        }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id=?").arg(table));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (Status s = outbox.enqueueDelete(entity, localId, sfId, m_session.userName, now()); !s)
        return s.error();
    if (Status s = audit(entity, localId, QStringLiteral("delete"), {}, sfId, {}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return deleted;
}

Status LocalChanges::undoDelete(const DeletedRecord& deleted) {
    if (Status s = m_session.require(Permission::Administer); !s)
        return s;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    Outbox outbox(m_db);
    // First, and in the same transaction as the rows: a push that has not sent the delete yet never will.
    if (!deleted.sfId.isEmpty())
        if (Status s = outbox.withdrawDelete(deleted.entity, deleted.sfId); !s)
            return s;
    QSqlQuery q(m_db);
    for (const DeletedRecord::Row& row : deleted.rows) {
        // Table and column names come from the rows the delete read, never from user text.
        q.prepare(
            QStringLiteral("SELECT 1 FROM %1 WHERE id=? OR (sf_id IS NOT NULL AND sf_id=?)").arg(row.table));
        q.addBindValue(row.values.value(QStringLiteral("id")));
        q.addBindValue(row.values.value(QStringLiteral("sf_id")));
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            return Error::usage(
                Tr::tr("The deleted record cannot be put back: the cache holds another record "
                       "in its place now (a sync or a new record took it)."));
        const QStringList columns = row.values.keys();
        q.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                      .arg(row.table, columns.join(u','),
                           QStringList(columns.size(), QStringLiteral("?")).join(u',')));
        for (const QString& c : columns)
            q.addBindValue(row.values.value(c));
        if (!q.exec())
            return sqlError(q);
    }
    for (const DeletedRecord::Link& link : deleted.links) {
        q.prepare(
            QStringLiteral("UPDATE %1 SET %2=? WHERE id=? AND %2 IS NULL").arg(link.table, link.column));
        q.addBindValue(deleted.localId);
        q.addBindValue(link.rowId);
        if (!q.exec())
            return sqlError(q);
    }
    if (Status s = outbox.restoreStored(deleted.outbox); !s)
        return s;
    if (Status s = audit(deleted.entity, deleted.localId, QStringLiteral("undelete"), {}, {}, deleted.sfId);
        !s)
        return s;
    return tx.commit();
}

} // namespace vms

namespace vms {

namespace {

// A planned value as it is saved and sent: blank text is no value; times are ms since the epoch; a
// number is a number.
QVariant plannedValue(const QString& column, const QVariant& value) {
    if (value.isNull() || (value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()))
        return QVariant(QMetaType(QMetaType::QString));
    if (column == u"start_utc" || column == u"end_utc")
        return value.toLongLong();
    if (column == u"total_requested_jobs")
        return value.toDouble();
    if (value.typeId() == QMetaType::QString)
        return value.toString().trimmed();
    return value;
}

// A problem with one column, named as the org names the field when its rules are known.
FieldProblem problemWith(const FieldRules& rules, const QString& column, const QString& fallbackLabel,
                         const QString& fallbackField, const QString& message) {
    if (const FieldRule* r = rules.rule(column); r && !r->type.isEmpty())
        return {column, r->label, r->field, message};
    return {column, fallbackLabel, fallbackField, message};
}

// What tells the planned records' writes apart (LocalChanges::plannedFields): an event's and an
// organization's columns, the words of their refusals, their checks, and what a new one starts with.
struct PlannedKind {
    const QStringList& columns;
    QString notSettable, notEditable; // %1: the column
    QString noRecord;                 // %1: the local id
    Result<std::vector<FieldProblem>> (LocalChanges::*check)(qint64, const QVariantMap&) const;
    QVariantMap newDefaults; // for a value a new record leaves empty
};

PlannedKind plannedKind(const QString& entity) {
    if (entity == u"event")
        return {LocalChanges::eventColumns(),
                Tr::tr("The event field '%1' cannot be set in VMS."),
                Tr::tr("The event field '%1' cannot be edited in VMS."),
                Tr::tr("No event with local id %1 in the cache."),
                &LocalChanges::checkEvent,
                // salesforce-org.md: a new session is a Draft until it is published.
                {{QStringLiteral("status"), QStringLiteral("Draft")}}};
    return {LocalChanges::organizationColumns(),
            Tr::tr("The organization field '%1' cannot be set in VMS."),
            Tr::tr("The organization field '%1' cannot be edited in VMS."),
            Tr::tr("No organization with local id %1 in the cache."),
            &LocalChanges::checkOrganization,
            {}};
}

} // namespace

const QStringList& LocalChanges::eventColumns() {
    static const QStringList columns = {
        QStringLiteral("name"),
        QStringLiteral("session_type"),
        QStringLiteral("format"),
        QStringLiteral("start_utc"),
        QStringLiteral("end_utc"),
        QStringLiteral("status"),
        QStringLiteral("location"),
        QStringLiteral("description"),
        QStringLiteral("cancellation_reason"),
        QStringLiteral("district_sf_id"),
        QStringLiteral("school_sf_id"),
        QStringLiteral("parent_account_sf_id"),
        QStringLiteral("requested_skills"),
        QStringLiteral("total_requested_jobs"),
        QStringLiteral("host"),
    };
    return columns;
}

const QStringList& LocalChanges::organizationColumns() {
    static const QStringList columns = {
        QStringLiteral("name"),
        QStringLiteral("type"),
        QStringLiteral("description"),
        QStringLiteral("parent_sf_id"),
        QStringLiteral("billing_street"),
        QStringLiteral("billing_city"),
        QStringLiteral("billing_state"),
        QStringLiteral("billing_postal_code"),
        QStringLiteral("billing_country"),
    };
    return columns;
}

Result<QVariantMap> LocalChanges::currentValues(const QString& entity, qint64 localId,
                                                const QStringList& columns) const {
    QVariantMap out;
    if (localId == 0 || columns.isEmpty())
        return out;
    QSqlQuery q(m_db);
    // Table and column names come from the mapping and the allow-lists above, never from user text.
    q.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id=?").arg(columns.join(u','), Outbox::tableFor(entity)));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return out;
    for (int i = 0; i < columns.size(); ++i)
        out.insert(columns.at(i), q.value(i));
    return out;
}

Result<qint64> LocalChanges::createRecord(const QString& entity, const QVariantMap& fields,
                                          const QVariantMap& local) {
    if (Status s = checkWritable(entity, true, fields); !s)
        return s.error();
    const WriteMapping* w = m_mapping.write(entity);
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    QStringList columns{w->clientIdColumn, QStringLiteral("pending"), QStringLiteral("local_modified_at")};
    QVariantList values{QUuid::createUuid().toString(QUuid::WithoutBraces), 1, now()};
    for (const QVariantMap* map : {&fields, &local})
        for (auto it = map->begin(); it != map->end(); ++it) {
            columns << it.key();
            values << it.value();
        }
    QSqlQuery ins(m_db);
    // Column names come from the allow-lists and the mapping, never from user text.
    ins.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                    .arg(Outbox::tableFor(entity), columns.join(u','),
                         QStringList(columns.size(), QStringLiteral("?")).join(u',')));
    for (const QVariant& v : values)
        ins.addBindValue(v);
    if (!ins.exec())
        return sqlError(ins);
    const qint64 id = ins.lastInsertId().toLongLong();
    if (Status s = recordOutbox(entity, id, true, fields, {}, {}, {}); !s)
        return s.error();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!it.value().isNull())
            if (Status s = audit(entity, id, QStringLiteral("create"), it.key(), {}, it.value()); !s)
                return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status LocalChanges::updateRecord(const QString& entity, qint64 localId, const QVariantMap& changes,
                                  const QVariantMap& local) {
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    const QStringList columns = changes.keys();
    QSqlQuery q(m_db);
    // Column names come from the allow-lists, never from user text.
    q.prepare(QStringLiteral("SELECT sf_id, system_modstamp%1 FROM %2 WHERE id=?")
                  .arg(columns.isEmpty() ? QString() : u',' + columns.join(u','), Outbox::tableFor(entity)));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No %1 with local id %2 in the cache.").arg(entity).arg(localId));
    const QString sfId = q.value(0).toString();
    const QString modstamp = q.value(1).toString();
    QVariantMap fields, base;
    QStringList sets;
    QVariantList values;
    for (int i = 0; i < columns.size(); ++i) {
        const QString& column = columns.at(i);
        const QVariant oldValue = q.value(i + 2);
        const QVariant newValue = changes.value(column);
        if (Outbox::sameValue(oldValue, newValue))
            continue;
        sets << column + QStringLiteral("=?");
        values << newValue;
        fields.insert(column, newValue);
        base.insert(column, oldValue);
        if (Status s = audit(entity, localId, QStringLiteral("update"), column, oldValue, newValue); !s)
            return s;
    }
    if (sets.isEmpty())
        return {};
    for (auto it = local.begin(); it != local.end(); ++it) {
        sets << it.key() + QStringLiteral("=?");
        values << it.value();
    }
    // A record the org has not received yet is still a create: what was edited goes with it.
    if (Status s = checkWritable(entity, sfId.isEmpty(), fields); !s)
        return s;
    QSqlQuery upd(m_db);
    upd.prepare(QStringLiteral("UPDATE %1 SET %2, pending=1, local_modified_at=? WHERE id=?")
                    .arg(Outbox::tableFor(entity), sets.join(u',')));
    for (const QVariant& v : values)
        upd.addBindValue(v);
    upd.addBindValue(now());
    upd.addBindValue(localId);
    if (!upd.exec())
        return sqlError(upd);
    if (Status s = recordOutbox(entity, localId, sfId.isEmpty(), fields, base, modstamp, sfId); !s)
        return s;
    return tx.commit();
}

Result<std::vector<FieldProblem>> LocalChanges::checkEvent(qint64 localId, const QVariantMap& changes) const {
    const auto rules = FieldRules::load(m_db, QStringLiteral("event"));
    if (!rules)
        return rules.error();
    QVariantMap values;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        values.insert(it.key(), plannedValue(it.key(), it.value()));
    if (localId == 0 && !values.contains(QStringLiteral("status")))
        values.insert(QStringLiteral("status"), QStringLiteral("Draft"));
    std::vector<FieldProblem> problems =
        rules->check(values, localId == 0 ? FieldRules::Write::Create : FieldRules::Write::Update);
    auto has = [&](const QString& column) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const FieldProblem& p) { return p.column == column; });
    };
    // The event as it will be: the saved values under the changes, for the rules across fields.
    auto current =
        currentValues(QStringLiteral("event"), localId,
                      {QStringLiteral("name"), QStringLiteral("start_utc"), QStringLiteral("end_utc"),
                       QStringLiteral("status"), QStringLiteral("cancellation_reason")});
    if (!current)
        return current.error();
    QVariantMap after = *current;
    for (auto it = values.begin(); it != values.end(); ++it)
        after.insert(it.key(), it.value());
    const QString name = QStringLiteral("name"), start = QStringLiteral("start_utc"),
                  end = QStringLiteral("end_utc"), reason = QStringLiteral("cancellation_reason");
    if (after.value(name).toString().trimmed().isEmpty() && !has(name))
        problems.push_back(problemWith(*rules, name, Tr::tr("Name"), QStringLiteral("Name"),
                                       Tr::tr("Required: an event needs a name.")));
    if (after.value(start).isNull() && !has(start))
        problems.push_back(problemWith(*rules, start, Tr::tr("Start"),
                                       QStringLiteral("Start_Date_and_Time__c"),
                                       Tr::tr("Required: an event needs a start.")));
    // The org's validation rules on Session__c (salesforce-org.md, "Planning writes").
    if (!after.value(start).isNull() && !after.value(end).isNull() &&
        after.value(end).toLongLong() < after.value(start).toLongLong() && !has(end))
        problems.push_back(problemWith(*rules, end, Tr::tr("End"), QStringLiteral("End_Date_and_Time__c"),
                                       Tr::tr("The end cannot be before the start.")));
    if (eventIsCancelled(after.value(QStringLiteral("status")).toString()) &&
        after.value(reason).toString().trimmed().isEmpty() && !has(reason))
        problems.push_back(problemWith(*rules, reason, Tr::tr("Cancellation Reason"),
                                       QStringLiteral("Cancellation_Reason__c"),
                                       Tr::tr("Required: a cancelled event needs a reason.")));
    return problems;
}

Result<QVariantMap> LocalChanges::plannedFields(const QString& entity, qint64 localId,
                                                const QVariantMap& fields) const {
    if (Status s = m_session.require(Permission::WriteRecords); !s)
        return s.error();
    const PlannedKind kind = plannedKind(entity);
    QVariantMap values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!kind.columns.contains(it.key()))
            return Error::usage((localId == 0 ? kind.notSettable : kind.notEditable).arg(it.key()));
        values.insert(it.key(), plannedValue(it.key(), it.value()));
    }
    if (localId == 0) {
        for (auto it = kind.newDefaults.begin(); it != kind.newDefaults.end(); ++it)
            if (values.value(it.key()).isNull())
                values.insert(it.key(), it.value());
    } else {
        // A record that is not there is said so, not refused for the values it would have.
        auto current = currentValues(entity, localId, {QStringLiteral("id")});
        if (!current)
            return current.error();
        if (current->isEmpty())
            return Error::usage(kind.noRecord.arg(localId));
    }
    const auto problems = (this->*kind.check)(localId, values);
    if (!problems)
        return problems.error();
    if (!problems->empty())
        return refusedByOrg(*problems);
    return values;
}

Result<qint64> LocalChanges::addEvent(const QVariantMap& fields) {
    auto values = plannedFields(QStringLiteral("event"), 0, fields);
    if (!values)
        return values.error();
    const QString status = values->value(QStringLiteral("status")).toString();
    return createRecord(QStringLiteral("event"), *values,
                        {{QStringLiteral("status_code"), static_cast<int>(normaliseEventStatus(status))}});
}

Status LocalChanges::editEvent(qint64 localId, const QVariantMap& changes) {
    auto values = plannedFields(QStringLiteral("event"), localId, changes);
    if (!values)
        return values.error();
    QVariantMap local;
    if (values->contains(QStringLiteral("status")))
        local.insert(QStringLiteral("status_code"), static_cast<int>(normaliseEventStatus(
                                                        values->value(QStringLiteral("status")).toString())));
    return updateRecord(QStringLiteral("event"), localId, *values, local);
}

Status LocalChanges::cancelEvent(qint64 localId, const QString& reason) {
    return editEvent(localId, {{QStringLiteral("status"), QStringLiteral("Cancelled")},
                               {QStringLiteral("cancellation_reason"), reason}});
}

Result<std::vector<FieldProblem>> LocalChanges::checkOrganization(qint64 localId,
                                                                  const QVariantMap& changes) const {
    const auto rules = FieldRules::load(m_db, QStringLiteral("organization"));
    if (!rules)
        return rules.error();
    QVariantMap values;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        values.insert(it.key(), plannedValue(it.key(), it.value()));
    std::vector<FieldProblem> problems =
        rules->check(values, localId == 0 ? FieldRules::Write::Create : FieldRules::Write::Update);
    const QString name = QStringLiteral("name");
    const bool nameProblem = std::any_of(problems.begin(), problems.end(),
                                         [&](const FieldProblem& p) { return p.column == name; });
    // Account Name is required by the org, whatever its describe says of a field the org fills itself.
    const bool blankName = (localId == 0 || values.contains(name)) && values.value(name).isNull();
    if (blankName && !nameProblem)
        problems.push_back(problemWith(*rules, name, Tr::tr("Account Name"), QStringLiteral("Name"),
                                       Tr::tr("Required: an organization needs a name.")));
    return problems;
}

Result<qint64> LocalChanges::addOrganization(const QVariantMap& fields) {
    auto values = plannedFields(QStringLiteral("organization"), 0, fields);
    if (!values)
        return values.error();
    return createRecord(QStringLiteral("organization"), *values, {});
}

Status LocalChanges::editOrganization(qint64 localId, const QVariantMap& changes) {
    auto values = plannedFields(QStringLiteral("organization"), localId, changes);
    if (!values)
        return values.error();
    return updateRecord(QStringLiteral("organization"), localId, *values, {});
}

Status LocalChanges::withdrawCreated(const QString& entity, qint64 localId) {
    if (Status s = m_session.require(Permission::WriteRecords); !s)
        return s;
    const WriteMapping* w = m_mapping.write(entity);
    if (!w || !w->canCreate())
        return Error::usage(Tr::tr("%1 records are not created in VMS.").arg(entity));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.beginError();
    auto current = currentValues(entity, localId, {QStringLiteral("sf_id")});
    if (!current)
        return current.error();
    if (current->isEmpty())
        return Error::usage(Tr::tr("No %1 with local id %2 in the cache.").arg(entity).arg(localId));
    auto entries = Outbox(m_db).entriesFor(entity, localId);
    if (!entries)
        return entries.error();
    const bool mayBeInTheOrg =
        !current->value(QStringLiteral("sf_id")).toString().isEmpty() ||
        std::any_of(entries->begin(), entries->end(), [](const OutboxEntry& e) { return !e.sent.isEmpty(); });
    if (mayBeInTheOrg)
        return Error::usage(
            Tr::tr("This record has already gone to Salesforce; it can only be deleted now."));
    QSqlQuery q(m_db);
    // Nothing another record was given is taken away with it (a walk-in's organization, attendance).
    for (const auto& [table, link] : m_mapping.childLinks(entity)) {
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2=? LIMIT 1").arg(table, link));
        q.addBindValue(localId);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            return Error::usage(Tr::tr("Other records already point at this one (attendance, a volunteer's "
                                       "organization), so it stays."));
    }
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id=?").arg(Outbox::tableFor(entity)));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    // No Salesforce Id: the record's waiting changes are simply dropped.
    if (Status s = Outbox(m_db).enqueueDelete(entity, localId, {}, m_session.userName, now()); !s)
        return s;
    if (Status s = audit(entity, localId, QStringLiteral("withdraw"), {}, {}, {}); !s)
        return s;
    return tx.commit();
}

} // namespace vms
