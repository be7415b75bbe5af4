#include "core/sync/Pusher.h"

#include "core/changes/OutboxFormat.h"
#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/CacheApplier.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>
#include <map>

namespace vms {

Pusher::Pusher(QSqlDatabase db, SalesforceClient& client, const OrgMapping& mapping, const Clock& clock)
    : m_db(std::move(db))
    , m_client(client)
    , m_mapping(mapping)
    , m_clock(clock) {}

QString Pusher::now() const {
    return m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool Pusher::sameValue(const QVariant& a, const QVariant& b) {
    const bool aEmpty = a.isNull() || (a.typeId() == QMetaType::QString && a.toString().isEmpty());
    const bool bEmpty = b.isNull() || (b.typeId() == QMetaType::QString && b.toString().isEmpty());
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    bool aNum = false, bNum = false;
    const double da = a.toDouble(&aNum), db = b.toDouble(&bNum);
    if (aNum && bNum)
        return std::fabs(da - db) < 1e-9;
    return a.toString() == b.toString();
}

nlohmann::json Pusher::columnToJson(const QVariant& v, FieldType type) const {
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty() && type != FieldType::Text))
        return nullptr;
    switch (type) {
    case FieldType::Bool:
        return v.toBool();
    case FieldType::Number:
        return v.toDouble();
    default:
        return v.toString().toStdString();
    }
}

std::vector<Pusher::Entry> Pusher::load(const QString& entity) {
    std::vector<Entry> out;
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT o.id, o.local_id, o.operation, o.fields, o.base, o.base_modstamp, t.sf_id, "
                       "t.client_id FROM outbox o LEFT JOIN %1 t ON t.id = o.local_id WHERE o.entity=? AND "
                       "o.state IN ('pending','failed') ORDER BY o.id")
            .arg(outbox::tableForEntity(entity)));
    q.addBindValue(entity);
    if (!q.exec()) {
        qCWarning(lcSync) << "cannot read the outbox:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.localId = q.value(1).toLongLong();
        e.entity = entity;
        e.operation = q.value(2).toString();
        e.fieldsText = q.value(3).toString();
        e.fields = outbox::decodeFields(e.fieldsText);
        e.base = outbox::decodeFields(q.value(4).toString());
        e.baseModstamp = q.value(5).toString();
        e.sfId = q.value(6).toString();
        e.clientId = q.value(7).toString();
        out.push_back(std::move(e));
    }
    return out;
}

void Pusher::confirmed(const Entry& e, const QString& table, const QString& sfId) {
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sfId.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE %1 SET sf_id=? WHERE id=? AND sf_id IS NULL").arg(table));
        q.addBindValue(sfId);
        q.addBindValue(e.localId);
        q.exec();
        if (e.entity == u"volunteer") {
            // Attendance recorded for this walk-in can now name its contact.
            q.prepare(QStringLiteral("UPDATE participations SET contact_sf_id=? WHERE volunteer_id=? AND "
                                     "contact_sf_id IS NULL"));
            q.addBindValue(sfId);
            q.addBindValue(e.localId);
            q.exec();
        }
    }
    // Only the exact change that was sent leaves the outbox; an edit made meanwhile stays queued.
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id=? AND fields=?"));
    q.addBindValue(e.id);
    q.addBindValue(e.fieldsText);
    q.exec();
    if (q.numRowsAffected() == 0) {
        // Changed meanwhile: what remains is an edit of a record the org now has.
        q.prepare(QStringLiteral("UPDATE outbox SET operation='update', state='pending' WHERE id=?"));
        q.addBindValue(e.id);
        q.exec();
    }
    q.prepare(
        QStringLiteral("UPDATE %1 SET pending = EXISTS(SELECT 1 FROM outbox WHERE entity=? AND local_id=?) "
                       "WHERE id=?")
            .arg(table));
    q.addBindValue(e.entity);
    q.addBindValue(e.localId);
    q.addBindValue(e.localId);
    q.exec();
    if (Status s = tx.commit(); !s)
        qCWarning(lcSync) << "cannot record a confirmed push:" << s.error().message;
}

void Pusher::failed(const Entry& e, const QString& code, const QString& message, SyncSummary& summary) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state='failed', attempts=attempts+1, last_error=?, "
                             "last_attempt_at=? WHERE id=?"));
    q.addBindValue(code.isEmpty() ? message : code + QStringLiteral(": ") + message);
    q.addBindValue(now());
    q.addBindValue(e.id);
    q.exec();
    ++summary.entities[e.entity].failed;
    summary.errors.push_back(
        {e.entity == u"volunteer" ? QStringLiteral("Contact") : m_mapping.participationUpsert().object,
         e.sfId.isEmpty() ? e.clientId : e.sfId, code, message});
    qCWarning(lcSync).noquote() << QStringLiteral("push refused entity=%1 local_id=%2 code=%3 message=%4")
                                       .arg(e.entity)
                                       .arg(e.localId)
                                       .arg(code, message);
}

Status Pusher::run(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress) {
    // Volunteers first: attendance for a walk-in needs the walk-in's Salesforce Id.
    for (const QString& entity : {QStringLiteral("volunteer"), QStringLiteral("participation")}) {
        std::vector<Entry> all = load(entity);
        if (all.empty())
            continue;
        if (progress)
            progress({QStringLiteral("push"), entity, 0, static_cast<qint64>(all.size())});
        std::vector<Entry> creates, edits;
        for (Entry& e : all) {
            // Never reached the org yet (no Salesforce Id): create it by its client id.
            if (e.sfId.isEmpty())
                creates.push_back(std::move(e));
            else
                edits.push_back(std::move(e));
        }
        if (Status s = pushCreates(entity, creates, summary, cancel); !s)
            return s;
        if (Status s = pushEdits(entity, edits, summary, cancel); !s)
            return s;
    }
    return {};
}

Status Pusher::pushCreates(const QString& entity, std::vector<Entry>& entries, SyncSummary& summary,
                           const CancelToken& cancel) {
    if (entries.empty())
        return {};
    const WriteMapping& w =
        entity == u"volunteer" ? m_mapping.walkInVolunteer() : m_mapping.participationUpsert();
    std::vector<nlohmann::json> records;
    std::vector<const Entry*> sent;
    QSqlQuery row(m_db);
    if (entity == u"volunteer")
        row.prepare(QStringLiteral("SELECT * FROM volunteers WHERE id=?"));
    else
        row.prepare(QStringLiteral(
            "SELECT p.*, e.sf_id AS resolved_event, coalesce(v.sf_id, s.sf_id, t.sf_id, p.contact_sf_id) AS "
            "resolved_contact FROM participations p JOIN events e ON e.id = p.event_id LEFT JOIN volunteers "
            "v ON "
            "v.id = p.volunteer_id LEFT JOIN students s ON s.id = p.student_id LEFT JOIN teachers t ON t.id "
            "= "
            "p.teacher_id WHERE p.id=?"));
    for (const Entry& e : entries) {
        row.addBindValue(e.localId);
        if (!row.exec() || !row.next()) {
            // The record is gone locally (its event or contact was deleted on the server).
            QSqlQuery drop(m_db);
            drop.prepare(QStringLiteral("DELETE FROM outbox WHERE id=?"));
            drop.addBindValue(e.id);
            drop.exec();
            qCInfo(lcSync) << "dropped an outbox entry whose record no longer exists:" << e.entity
                           << e.localId;
            continue;
        }
        const QSqlRecord r = row.record();
        QVariantMap values;
        for (int i = 0; i < r.count(); ++i)
            values.insert(r.fieldName(i), r.value(i));
        if (entity == u"participation") {
            values.insert(QStringLiteral("event_sf_id"), values.value(QStringLiteral("resolved_event")));
            values.insert(QStringLiteral("contact_sf_id"), values.value(QStringLiteral("resolved_contact")));
            if (values.value(QStringLiteral("contact_sf_id")).toString().isEmpty() &&
                !values.value(QStringLiteral("volunteer_id")).isNull()) {
                // Its walk-in volunteer has not reached the org yet; this waits for the next run.
                qCInfo(lcSync) << "participation" << e.localId << "waits for its volunteer to be pushed";
                continue;
            }
        }
        nlohmann::json rec = nlohmann::json::object();
        rec[w.externalIdField.toStdString()] = values.value(w.externalIdColumn).toString().toStdString();
        for (const auto& [field, value] : w.constants)
            rec[field.toStdString()] = value.toStdString();
        for (const FieldMapping& f : w.fields) {
            const QVariant v = values.value(f.column);
            if (v.isNull() && !e.fields.contains(f.column))
                continue; // not set: leave the org's default
            rec[f.sfField.toStdString()] = columnToJson(v, f.type);
        }
        records.push_back(std::move(rec));
        sent.push_back(&e);
    }
    if (records.empty())
        return {};
    auto results = m_client.upsertByExternalId(w.object, w.externalIdField, records, cancel);
    ++summary.apiCalls;
    if (!results)
        return results.error();
    for (size_t i = 0; i < sent.size() && i < results->size(); ++i) {
        const SaveResult& r = (*results)[i];
        if (r.success) {
            confirmed(*sent[i], outbox::tableForEntity(entity), r.id);
            ++summary.entities[entity].pushed;
        } else {
            const RecordError err =
                r.errors.empty() ? RecordError{QStringLiteral("UNKNOWN"), QStringLiteral("refused"), {}}
                                 : r.errors.front();
            failed(*sent[i], err.code, err.message, summary);
        }
    }
    return {};
}

Status Pusher::pushEdits(const QString& entity, std::vector<Entry>& entries, SyncSummary& summary,
                         const CancelToken& cancel) {
    if (entries.empty())
        return {};
    const bool isVolunteer = entity == u"volunteer";
    const WriteMapping& w = isVolunteer ? m_mapping.volunteerEdit() : m_mapping.participationUpdate();
    const QString table = outbox::tableForEntity(entity);

    // 1. What the org holds now: SystemModstamp and every field we are about to write.
    QStringList ids, sfFields{m_mapping.modstampField()};
    for (const Entry& e : entries) {
        ids << e.sfId;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it)
            if (const FieldMapping* f = w.byColumn(it.key()); f && !sfFields.contains(f->sfField))
                sfFields << f->sfField;
    }
    auto server = m_client.retrieve(w.object, ids, sfFields, cancel);
    ++summary.apiCalls;
    if (!server)
        return server.error();

    // 2. Decide per field: push, already equal, or conflict.
    struct Plan {
        const Entry* entry;
        QVariantMap push, conflictsLocal, conflictsServer;
        QString serverModstamp;
    };
    std::vector<Plan> plans;
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const nlohmann::json& rec = i < server->size() ? (*server)[i] : nlohmann::json();
        if (rec.is_null() || !rec.is_object()) {
            failed(e, QStringLiteral("ENTITY_IS_DELETED"),
                   QStringLiteral(
                       "The record no longer exists in Salesforce; the change was kept but cannot be sent."),
                   summary);
            continue;
        }
        Plan p{&e, {}, {}, {}, {}};
        const auto ms = rec.find(m_mapping.modstampField().toStdString());
        p.serverModstamp =
            ms != rec.end() && ms->is_string()
                ? CacheApplier::normaliseModstamp(QString::fromStdString(ms->get<std::string>()))
                : QString();
        const bool serverUnchanged = !e.baseModstamp.isEmpty() && p.serverModstamp == e.baseModstamp;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
            const FieldMapping* f = w.byColumn(it.key());
            if (!f)
                continue; // a column this mapping does not write
            if (serverUnchanged) {
                p.push.insert(it.key(), it.value());
                continue;
            }
            QVariant serverValue;
            QString problem;
            const auto sv = rec.find(f->sfField.toStdString());
            if (sv != rec.end())
                CacheApplier::convert(*sv, f->type, serverValue, problem);
            if (sameValue(serverValue, it.value()))
                continue; // both sides already agree
            if (sameValue(serverValue, e.base.value(it.key())))
                p.push.insert(it.key(), it.value()); // only we changed it
            else {
                p.conflictsLocal.insert(it.key(), it.value());
                p.conflictsServer.insert(it.key(), serverValue);
            }
        }
        plans.push_back(std::move(p));
    }

    // 3. Send what can go: by client id when VMS created the record, else by Id.
    std::vector<nlohmann::json> byClient, byId;
    std::vector<Plan*> byClientPlans, byIdPlans;
    for (Plan& p : plans) {
        if (p.push.isEmpty())
            continue;
        nlohmann::json rec = nlohmann::json::object();
        for (auto it = p.push.begin(); it != p.push.end(); ++it) {
            const FieldMapping* f = w.byColumn(it.key());
            rec[f->sfField.toStdString()] = columnToJson(it.value(), f->type);
        }
        const WriteMapping& up = m_mapping.participationUpsert();
        if (!isVolunteer && !p.entry->clientId.isEmpty() && !up.externalIdField.isEmpty()) {
            rec[up.externalIdField.toStdString()] = p.entry->clientId.toStdString();
            byClient.push_back(std::move(rec));
            byClientPlans.push_back(&p);
        } else {
            rec[m_mapping.idField().toStdString()] = p.entry->sfId.toStdString();
            byId.push_back(std::move(rec));
            byIdPlans.push_back(&p);
        }
    }
    std::map<const Plan*, SaveResult> outcome;
    if (!byClient.empty()) {
        auto r = m_client.upsertByExternalId(w.object, m_mapping.participationUpsert().externalIdField,
                                             byClient, cancel);
        ++summary.apiCalls;
        if (!r)
            return r.error();
        for (size_t i = 0; i < byClientPlans.size() && i < r->size(); ++i)
            outcome[byClientPlans[i]] = (*r)[i];
    }
    if (!byId.empty()) {
        auto r = m_client.updateById(w.object, byId, cancel);
        ++summary.apiCalls;
        if (!r)
            return r.error();
        for (size_t i = 0; i < byIdPlans.size() && i < r->size(); ++i)
            outcome[byIdPlans[i]] = (*r)[i];
    }

    // 4. Record the results.
    for (Plan& p : plans) {
        const Entry& e = *p.entry;
        if (auto it = outcome.find(&p); it != outcome.end() && !it->second.success) {
            const RecordError err =
                it->second.errors.empty()
                    ? RecordError{QStringLiteral("UNKNOWN"), QStringLiteral("refused"), {}}
                    : it->second.errors.front();
            failed(e, err.code, err.message, summary);
            continue;
        }
        if (!p.push.isEmpty())
            ++summary.entities[entity].pushed;
        if (p.conflictsLocal.isEmpty()) {
            confirmed(e, table, {});
            continue;
        }
        // Both sides changed these fields: keep both values until a Coordinator decides.
        Transaction tx(m_db);
        QSqlQuery q(m_db);
        for (auto it = p.conflictsLocal.begin(); it != p.conflictsLocal.end(); ++it) {
            const FieldMapping* f = w.byColumn(it.key());
            q.prepare(
                QStringLiteral("SELECT id FROM conflicts WHERE entity=? AND local_id=? AND column_name=? AND "
                               "resolved_at IS NULL"));
            q.addBindValue(entity);
            q.addBindValue(e.localId);
            q.addBindValue(it.key());
            const bool exists = q.exec() && q.next();
            const qint64 existing = exists ? q.value(0).toLongLong() : 0;
            if (exists) {
                q.prepare(QStringLiteral(
                    "UPDATE conflicts SET local_value=?, server_value=?, detected_at=? WHERE id=?"));
                q.addBindValue(it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
                q.addBindValue(p.conflictsServer.value(it.key()).isNull()
                                   ? QVariant()
                                   : QVariant(p.conflictsServer.value(it.key()).toString()));
                q.addBindValue(now());
                q.addBindValue(existing);
            } else {
                q.prepare(QStringLiteral(
                    "INSERT INTO conflicts(entity,local_id,object,sf_id,field,column_name,"
                    "local_value,server_value,detected_at,outbox_id) VALUES(?,?,?,?,?,?,?,?,?,?)"));
                q.addBindValue(entity);
                q.addBindValue(e.localId);
                q.addBindValue(w.object);
                q.addBindValue(e.sfId);
                q.addBindValue(f->sfField);
                q.addBindValue(it.key());
                q.addBindValue(it.value().isNull() ? QVariant() : QVariant(it.value().toString()));
                q.addBindValue(p.conflictsServer.value(it.key()).isNull()
                                   ? QVariant()
                                   : QVariant(p.conflictsServer.value(it.key()).toString()));
                q.addBindValue(now());
                q.addBindValue(e.id);
                ++summary.conflicts;
            }
            q.exec();
        }
        // The entry now holds only the conflicting fields, based on the server's values, so that "keep
        // mine" can be pushed later without being flagged again.
        q.prepare(
            QStringLiteral("UPDATE outbox SET fields=?, base=?, base_modstamp=?, state='conflict' WHERE id=? "
                           "AND fields=?"));
        q.addBindValue(outbox::encodeFields(p.conflictsLocal));
        q.addBindValue(outbox::encodeFields(p.conflictsServer));
        q.addBindValue(p.serverModstamp);
        q.addBindValue(e.id);
        q.addBindValue(e.fieldsText);
        q.exec();
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace vms
