#include "core/sync/Pusher.h"

#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/Soql.h"
#include "core/sync/CacheApplier.h"
#include "core/sync/Conflicts.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Pusher)
};

// How many times one run reads records back after lost answers and sends again what did not land.
constexpr int kMaxRounds = 3;
constexpr int kBatch = SalesforceClient::kMaxCollectionSize;

// Failures that end the push, and the run: the org cannot be reached (exit 4), the sign-in is gone, the
// day's API budget is used up, the cache cannot be written, or the user cancelled. Anything else the org
// answered is its refusal of the records in that call: they keep it and the rest goes on.
bool endsTheRun(const Error& e) {
    return e.kind == ErrorKind::Network || e.kind == ErrorKind::Auth || e.kind == ErrorKind::Cancelled ||
           e.kind == ErrorKind::Database || e.kind == ErrorKind::Internal ||
           e.code == u"REQUEST_LIMIT_EXCEEDED";
}

RecordError firstError(const SaveResult& r) {
    return r.errors.empty()
               ? RecordError{QStringLiteral("UNKNOWN"), Tr::tr("Salesforce refused the record."), {}}
               : r.errors.front();
}

template <typename T>
std::vector<std::vector<T>> chunks(std::vector<T> all) {
    std::vector<std::vector<T>> out;
    for (size_t from = 0; from < all.size(); from += kBatch)
        out.emplace_back(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(from)),
                         std::make_move_iterator(
                             all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), from + kBatch))));
    return out;
}

} // namespace

Pusher::Pusher(QSqlDatabase db, SalesforceClient& client, const OrgMapping& mapping, const Clock& clock)
    : m_db(db)
    , m_client(client)
    , m_mapping(mapping)
    , m_clock(clock)
    , m_outbox(db) {}

QStringList Pusher::missingFieldsFor(const WriteMapping& w, const Item& item, bool create) const {
    if (m_missingFields.isEmpty())
        return {};
    QStringList fields;
    if (create) {
        for (const FieldMapping& f : w.create)
            fields << f.sfField;
        if (!w.clientIdField.isEmpty())
            fields << w.clientIdField;
        for (const auto& [field, value] : w.constants)
            fields << field;
    } else {
        for (auto it = item.entry.fields.begin(); it != item.entry.fields.end(); ++it)
            if (const FieldMapping* f = w.updateField(it.key()))
                fields << f->sfField;
    }
    QStringList missing;
    for (const QString& field : fields)
        if (const QString name = w.object + u'.' + field;
            m_missingFields.contains(name) && !missing.contains(name))
            missing << name;
    return missing;
}

QString Pusher::now() const {
    return m_clock.nowUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

nlohmann::json Pusher::columnToJson(const QVariant& v, FieldType type) const {
    if (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return nullptr; // an empty string is null in Salesforce
    switch (type) {
    case FieldType::Bool:
        return v.toBool();
    case FieldType::Number:
        return v.toDouble();
    case FieldType::DateTimeMs:
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"))
            .toStdString();
    default:
        return v.toString().toStdString();
    }
}

const FieldMapping* Pusher::fieldFor(const WriteMapping& w, const OutboxEntry& entry,
                                     const QString& column) const {
    if (const FieldMapping* f = w.updateField(column))
        return f;
    // A record created here whose create reached the org (its answer lost, the pull found it): what it
    // was created with may still be sent.
    return entry.operation == OutboxEntry::Operation::Create ? w.createField(column) : nullptr;
}

Result<std::optional<QVariantMap>> Pusher::readRow(const WriteMapping& w, qint64 localId) {
    const EntityMapping* e = m_mapping.entity(w.entity);
    QSqlQuery q(m_db);
    // The table name comes from the mapping (validated as a plain name), never from the org's data.
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id=?").arg(e->table));
    q.addBindValue(localId);
    if (!q.exec())
        return Error::database(q.lastError().text());
    if (!q.next())
        return std::optional<QVariantMap>();
    const QSqlRecord r = q.record();
    QVariantMap row;
    for (int i = 0; i < r.count(); ++i)
        row.insert(r.fieldName(i), r.value(i));
    return std::optional<QVariantMap>(std::move(row));
}

Status Pusher::columnValue(const WriteMapping& w, const QString& column, const QVariantMap& row,
                           QVariant& value, QString& waitsFor) {
    value = row.value(column);
    for (const WriteReference& r : w.references) {
        if (r.column != column)
            continue;
        const QVariant link = row.value(r.link);
        if (link.isNull())
            continue; // this record does not point at one of these
        const EntityMapping* parent = m_mapping.entity(r.entity);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT sf_id FROM %1 WHERE id=?").arg(parent->table));
        q.addBindValue(link);
        if (!q.exec())
            return Error::database(q.lastError().text());
        if (!q.next())
            return {}; // the local record is gone; the column keeps what it holds
        const QString sfId = q.value(0).toString();
        if (sfId.isEmpty())
            waitsFor = r.entity;
        else
            value = sfId;
        return {};
    }
    return {};
}

Result<QHash<QString, QString>> Pusher::lookUpByClientId(const WriteMapping& w,
                                                         const QStringList& clientIds) {
    QHash<QString, QString> found;
    for (qsizetype from = 0; from < clientIds.size(); from += kBatch) {
        QStringList quoted;
        for (const QString& id : clientIds.mid(from, kBatch))
            quoted << soql::quote(id);
        const QString query = QStringLiteral("SELECT %1, %2 FROM %3 WHERE %2 IN (%4)")
                                  .arg(m_mapping.idField(), w.clientIdField, w.object, quoted.join(u','));
        const std::string idField = m_mapping.idField().toStdString();
        const std::string clientField = w.clientIdField.toStdString();
        auto r = m_client.query(
            query,
            [&](const QueryPage& page) {
                for (const nlohmann::json& rec : page.records) {
                    const auto id = rec.find(idField);
                    const auto client = rec.find(clientField);
                    if (id != rec.end() && id->is_string() && client != rec.end() && client->is_string())
                        found.insert(QString::fromStdString(client->get<std::string>()),
                                     QString::fromStdString(id->get<std::string>()));
                }
                return Status{};
            },
            *m_cancel);
        ++m_summary->apiCalls;
        if (!r)
            return r.error();
    }
    return found;
}

Status Pusher::recordSent(const std::vector<std::pair<const Item*, QVariantMap>>& sent,
                          const QHash<qint64, QVariantMap>& ownWrites) {
    // Durable before the call: if the answer is lost, or the process dies waiting for it, the next look
    // at the org knows which values are this client's own.
    Transaction tx(m_db);
    const QString at = now();
    for (const auto& [item, values] : sent)
        if (Status s = m_outbox.markSent(item->entry.id, values, ownWrites.value(item->entry.id), at); !s)
            return s;
    return tx.commit();
}

Status Pusher::accepted(const WriteMapping& w, Item& item, const QVariantMap& landed,
                        const QString& newSfId) {
    if (!newSfId.isEmpty() && item.sfId.isEmpty()) {
        item.sfId = newSfId;
        item.entry.sfId = newSfId;
        const EntityMapping* e = m_mapping.entity(w.entity);
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET sf_id=? WHERE id=? AND sf_id IS NULL").arg(e->table));
        q.addBindValue(newSfId);
        q.addBindValue(item.entry.localId);
        if (!q.exec())
            return Error::database(q.lastError().text());
        // Records pointing at this one (attendance of a walk-in) can now name it.
        for (const WriteMapping& other : m_mapping.writes())
            for (const WriteReference& r : other.references) {
                if (r.entity != w.entity)
                    continue;
                q.prepare(QStringLiteral("UPDATE %1 SET %2=? WHERE %3=? AND %2 IS NULL")
                              .arg(m_mapping.entity(other.entity)->table, r.column, r.link));
                q.addBindValue(newSfId);
                q.addBindValue(item.entry.localId);
                if (!q.exec())
                    return Error::database(q.lastError().text());
            }
    }
    return m_outbox.confirm(item.entry, landed);
}

Status Pusher::failed(const WriteMapping& w, const Item& item, const OutboxError& error) {
    if (Status s = m_outbox.fail(item.entry.id, error, now()); !s)
        return s;
    ++m_summary->entities[item.entry.entity].failed;
    m_summary->errors.push_back(
        {w.object, item.sfId.isEmpty() ? item.clientId : item.sfId, error.code,
         error.fields.isEmpty() ? error.message
                                : QStringLiteral("%1 (%2)").arg(error.message, error.fields.join(u", "))});
    qCWarning(lcSync).noquote() << QStringLiteral("push refused entity=%1 local_id=%2 code=%3 message=%4")
                                       .arg(item.entry.entity)
                                       .arg(item.entry.localId)
                                       .arg(error.code, error.message);
    return {};
}

bool Pusher::isGone(const WriteMapping& w, const RecordError& error) const {
    if (error.code == u"NOT_FOUND")
        return true;
    if (error.code != u"ENTITY_IS_DELETED")
        return false;
    if (error.fields.isEmpty())
        return true; // the record itself
    // A master-detail parent it points at was deleted: in the org the record went with it. A lookup that
    // points at a deleted record (say a walk-in's organization) is the user's to fix: an ordinary refusal.
    for (const QString& field : error.fields)
        for (const WriteReference& r : w.references) {
            const FieldMapping* f = w.createField(r.column);
            if (!f)
                f = w.updateField(r.column);
            if (r.master && f && f->sfField.compare(field, Qt::CaseInsensitive) == 0)
                return true;
        }
    return false;
}

Status Pusher::gone(const WriteMapping& w, const Item& item, const RecordError& error) {
    if (Status s = m_outbox.removeGone(item.entry); !s)
        return s;
    // Told, never silent: this run counts it as failed (vms-cli exit 3) and says what was dropped.
    ++m_summary->entities[item.entry.entity].failed;
    m_summary->errors.push_back(
        {w.object, item.sfId.isEmpty() ? item.clientId : item.sfId, error.code,
         Tr::tr("The record is gone from Salesforce, so this change could not be saved there: %1")
             .arg(error.message)});
    qCWarning(lcSync).noquote()
        << QStringLiteral(
               "change dropped: the record is gone from the org entity=%1 local_id=%2 code=%3 columns=%4")
               .arg(item.entry.entity)
               .arg(item.entry.localId)
               .arg(error.code, item.entry.fields.keys().join(u','));
    return {};
}

Status Pusher::refused(const WriteMapping& w, const Item& item, const RecordError& error) {
    if (isGone(w, error))
        return gone(w, item, error);
    return failed(w, item, {error.code, error.message, error.fields});
}

Status Pusher::run(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress) {
    m_summary = &summary;
    m_cancel = &cancel;
    if (auto setup = OrgSetupCheck::load(m_db); setup && setup->has_value())
        m_missingFields = (*setup)->fieldsBlockingWrites();

    // Changes of entities the mapping does not say how to write (an override may leave one out): kept,
    // and said so, never dropped.
    auto entities = m_outbox.entitiesToPush();
    if (!entities)
        return entities.error();
    for (const QString& entity : *entities) {
        if (m_mapping.write(entity))
            continue;
        auto entries = m_outbox.toPush(entity);
        if (!entries)
            return entries.error();
        for (const OutboxEntry& e : *entries) {
            const OutboxError why{QStringLiteral("NO_WRITE_MAPPING"),
                                  Tr::tr("The Salesforce mapping does not say how to write %1 records; the "
                                         "change is kept until it does.")
                                      .arg(entity),
                                  {}};
            if (Status s = m_outbox.fail(e.id, why, now()); !s)
                return s;
            ++summary.entities[entity].failed;
            summary.errors.push_back({entity, e.sfId, why.code, why.message});
        }
    }

    std::map<QString, std::vector<OutboxEntry>> deletes;
    for (const WriteMapping& w : m_mapping.writes()) {
        if (cancel.isCancelled())
            return Error{ErrorKind::Cancelled, Tr::tr("Sync cancelled."), QStringLiteral("CANCELLED")};
        auto entries = m_outbox.toPush(w.entity);
        if (!entries)
            return entries.error();
        if (entries->empty())
            continue;
        if (progress)
            progress({QStringLiteral("push"), w.entity, 0, static_cast<qint64>(entries->size())});
        std::vector<Item> creates, updates;
        for (OutboxEntry& e : entries.value()) {
            if (e.operation == OutboxEntry::Operation::Delete) {
                deletes[w.entity].push_back(std::move(e));
                continue;
            }
            Item item;
            auto row = readRow(w, e.localId);
            if (!row) {
                // Never dropped for it: tried again next run.
                qCWarning(lcSync) << "cannot read the record of an outbox entry:" << e.entity << e.localId
                                  << row.error().message;
                continue;
            }
            item.entry = std::move(e);
            if (row->has_value()) {
                item.row = **row;
                item.sfId = item.row.value(QStringLiteral("sf_id")).toString();
                if (!w.clientIdColumn.isEmpty())
                    item.clientId = item.row.value(w.clientIdColumn).toString();
            }
            if (item.sfId.isEmpty())
                item.sfId = item.entry.sfId;
            const bool create = item.entry.operation == OutboxEntry::Operation::Create;
            if (item.row.isEmpty() && (create || item.sfId.isEmpty())) {
                if (Status s = failed(w, item,
                                      {QStringLiteral("RECORD_NOT_LOCAL"),
                                       Tr::tr("The record this change belongs to is no longer in the local "
                                              "cache; the change is kept but cannot be sent."),
                                       {}});
                    !s)
                    return s;
                continue;
            }
            // A record created here goes as a create (an upsert by its client id is safe to repeat, even
            // once the org has it); one without an External ID is a create until the org is known to have it.
            const bool asCreate = create && (item.sfId.isEmpty() || w.upsertByClientId);
            if (const QStringList missing = missingFieldsFor(w, item, asCreate); !missing.isEmpty()) {
                const OutboxError why{
                    QStringLiteral("SETUP_MISSING"),
                    Tr::tr("The org lacks %1, which this change needs; it is kept and sent once an admin "
                           "adds it to the org.")
                        .arg(missing.join(QStringLiteral(", "))),
                    {}};
                if (Status s = failed(w, item, why); !s)
                    return s;
                continue;
            }
            if (asCreate)
                creates.push_back(std::move(item));
            else
                updates.push_back(std::move(item));
        }
        if (Status s = pushCreates(w, std::move(creates), 0); !s)
            return s;
        if (Status s = pushUpdates(w, std::move(updates), 0); !s)
            return s;
    }
    // Deletes last, records pointing at others before those they point at.
    for (auto w = m_mapping.writes().rbegin(); w != m_mapping.writes().rend(); ++w)
        if (auto it = deletes.find(w->entity); it != deletes.end())
            if (Status s = pushDeletes(*w, it->second); !s)
                return s;
    return {};
}

Status Pusher::pushCreates(const WriteMapping& w, std::vector<Item> items, int round) {
    if (items.empty())
        return {};

    // Created without an External ID and sent before without an answer: does the org have it already?
    if (!w.upsertByClientId) {
        QStringList unknown;
        for (const Item& item : items)
            if (!item.entry.sent.isEmpty() && !item.clientId.isEmpty())
                unknown << item.clientId;
        if (!unknown.isEmpty()) {
            auto found = lookUpByClientId(w, unknown);
            if (!found)
                return found.error();
            std::vector<Item> rest;
            Transaction tx(m_db);
            for (Item& item : items) {
                const QString sfId = found->value(item.clientId);
                if (sfId.isEmpty()) {
                    rest.push_back(std::move(item));
                    continue;
                }
                if (Status s = accepted(w, item, item.entry.sent, sfId); !s)
                    return s;
                ++m_summary->entities[w.entity].pushed;
            }
            if (Status s = tx.commit(); !s)
                return s;
            items = std::move(rest);
        }
    }

    struct Ready {
        Item* item;
        nlohmann::json record;
        QVariantMap sent;
    };
    std::vector<Ready> ready;
    for (Item& item : items) {
        QStringList unwritable;
        for (auto it = item.entry.fields.begin(); it != item.entry.fields.end(); ++it)
            if (!w.createField(it.key()) && it.key() != w.clientIdColumn)
                unwritable << it.key();
        if (!unwritable.isEmpty() || !w.canCreate()) {
            if (Status s =
                    failed(w, item,
                           {QStringLiteral("NO_WRITE_MAPPING"),
                            Tr::tr("The Salesforce mapping does not say how to send %1 when a record is "
                                   "created; the change is kept until it does.")
                                .arg(unwritable.isEmpty() ? w.entity : unwritable.join(u", ")),
                            {}});
                !s)
                return s;
            continue;
        }
        if (item.clientId.isEmpty()) {
            if (Status s =
                    failed(w, item,
                           {QStringLiteral("NO_CLIENT_ID"),
                            Tr::tr("The record has no client id, so it could not be sent without risking "
                                   "a duplicate."),
                            {}});
                !s)
                return s;
            continue;
        }
        Ready r{&item, nlohmann::json::object(), {}};
        QString waitsFor;
        for (const FieldMapping& f : w.create) {
            QVariant value;
            if (Status s = columnValue(w, f.column, item.row, value, waitsFor); !s)
                return s;
            if (value.isNull() && !item.entry.fields.contains(f.column))
                continue; // never set here: leave the org's default
            r.record[f.sfField.toStdString()] = columnToJson(value, f.type);
            r.sent.insert(f.column, value);
        }
        if (!waitsFor.isEmpty()) {
            const EntityMapping* parent = m_mapping.entity(waitsFor);
            const OutboxError why{QStringLiteral("PARENT_NOT_PUSHED"),
                                  Tr::tr("Waits until the %1 record it belongs to has reached Salesforce.")
                                      .arg(parent ? parent->entity : waitsFor),
                                  {}};
            if (Status s = m_outbox.wait(item.entry.id, why); !s)
                return s;
            m_summary->errors.push_back({w.object, item.clientId, why.code, why.message});
            qCInfo(lcSync) << w.entity << item.entry.localId << "waits for its" << waitsFor << "to be pushed";
            continue;
        }
        for (const auto& [field, value] : w.constants)
            r.record[field.toStdString()] = value.toStdString();
        r.record[w.clientIdField.toStdString()] = item.clientId.toStdString();
        ready.push_back(std::move(r));
    }

    std::vector<Item> lost; // answers never seen: looked up and sent again in the next round
    for (std::vector<Ready>& batch : chunks(std::move(ready))) {
        std::vector<std::pair<const Item*, QVariantMap>> sent;
        std::vector<nlohmann::json> records;
        for (Ready& r : batch) {
            sent.emplace_back(r.item, r.sent);
            records.push_back(std::move(r.record));
        }
        if (Status s = recordSent(sent); !s)
            return s;
        auto results = w.upsertByClientId
                           ? m_client.upsertByExternalId(w.object, w.clientIdField, records, *m_cancel)
                           : m_client.createRecords(w.object, records, *m_cancel);
        ++m_summary->apiCalls;
        if (!results && results.error().code == u"OUTCOME_UNKNOWN") {
            for (Ready& r : batch) {
                r.item->entry.sent = r.sent;
                lost.push_back(std::move(*r.item));
            }
            continue;
        }
        if (!results && endsTheRun(results.error()))
            return results.error();
        // One transaction per call: its outcomes are recorded together (one sync to disk, not one each).
        Transaction tx(m_db);
        for (size_t i = 0; i < batch.size(); ++i) {
            Item& item = *batch[i].item;
            if (!results) {
                // The org refused the whole call: each record keeps its answer.
                if (Status s = failed(w, item, {results.error().code, results.error().message, {}}); !s)
                    return s;
                continue;
            }
            const SaveResult& r = (*results)[i];
            if (r.success) {
                if (Status s = accepted(w, item, batch[i].sent, r.id); !s)
                    return s;
                ++m_summary->entities[w.entity].pushed;
            } else if (Status s = refused(w, item, firstError(r)); !s) {
                return s;
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    if (lost.empty())
        return {};
    if (round + 1 >= kMaxRounds)
        return Error{ErrorKind::Network,
                     Tr::tr("Salesforce's answers to new records were lost several times in a row; they are "
                            "kept and checked again at the next sync."),
                     QStringLiteral("OUTCOME_UNKNOWN")};
    qCInfo(lcSync) << "answers lost for" << lost.size() << w.entity << "creates; looking them up";
    return pushCreates(w, std::move(lost), round + 1);
}

Status Pusher::pushUpdates(const WriteMapping& w, std::vector<Item> items, int round) {
    if (items.empty())
        return {};

    // 1. What the org holds now: SystemModstamp and every field about to be written.
    std::vector<Item> checkable;
    QStringList ids, sfFields{m_mapping.modstampField()};
    for (Item& item : items) {
        // A reference edited here (a volunteer's new primary organization) takes the Salesforce Id of the
        // record it links to, known once that one has reached the org: until then the edit waits.
        QString waitsFor;
        for (const WriteReference& r : w.references)
            if (item.entry.fields.contains(r.column) && !item.row.isEmpty()) {
                QVariant value;
                if (Status s = columnValue(w, r.column, item.row, value, waitsFor); !s)
                    return s;
                if (waitsFor.isEmpty())
                    item.entry.fields.insert(r.column, value);
            }
        if (!waitsFor.isEmpty()) {
            const OutboxError why{
                QStringLiteral("PARENT_NOT_PUSHED"),
                Tr::tr("Waits until the %1 record it points at has reached Salesforce.").arg(waitsFor),
                {}};
            if (Status s = m_outbox.wait(item.entry.id, why); !s)
                return s;
            m_summary->errors.push_back({w.object, item.sfId, why.code, why.message});
            continue;
        }
        QStringList unwritable;
        for (auto it = item.entry.fields.begin(); it != item.entry.fields.end(); ++it) {
            const FieldMapping* f = fieldFor(w, item.entry, it.key());
            if (!f)
                unwritable << it.key();
            else if (!sfFields.contains(f->sfField))
                sfFields << f->sfField;
        }
        if (!unwritable.isEmpty()) {
            // Never confirmed while a field cannot be written: kept, and said so.
            if (Status s = failed(w, item,
                                  {QStringLiteral("NO_WRITE_MAPPING"),
                                   Tr::tr("The Salesforce mapping does not say how to send %1; the change is "
                                          "kept until it does.")
                                       .arg(unwritable.join(u", ")),
                                   {}});
                !s)
                return s;
            continue;
        }
        ids << item.sfId;
        checkable.push_back(std::move(item));
    }
    if (checkable.empty())
        return {};
    auto server = m_client.retrieve(w.object, ids, sfFields, *m_cancel);
    m_summary->apiCalls += (ids.size() + kBatch - 1) / kBatch;
    if (!server && endsTheRun(server.error()))
        return server.error();
    if (!server) {
        for (const Item& item : checkable)
            if (Status s = failed(w, item, {server.error().code, server.error().message, {}}); !s)
                return s;
        return {};
    }

    // 2. Per field: already equal, push, or conflict.
    struct Plan {
        Item* item = nullptr;
        QVariantMap push, agreed, ownWrites, conflictsLocal, conflictsServer;
        QString serverModstamp;
        bool sentOk = true;
    };
    std::vector<Plan> plans;
    plans.reserve(checkable.size());
    for (size_t i = 0; i < checkable.size(); ++i) {
        Item& item = checkable[i];
        const nlohmann::json& rec = (*server)[i];
        if (!rec.is_object()) {
            if (Status s = gone(w, item,
                                {QStringLiteral("ENTITY_IS_DELETED"),
                                 Tr::tr("The record no longer exists in Salesforce."),
                                 {}});
                !s)
                return s;
            continue;
        }
        Plan p;
        p.item = &item;
        // Read as the pull reads a page, so a server value compares as the cache would hold it.
        const RecordPage page = RecordPage::fromJson(sfFields, rec);
        const RecordView onServer(page, 0);
        const std::string_view ms = onServer.string(page.slot(m_mapping.modstampField()));
        p.serverModstamp =
            ms.empty() ? QString() : QString::fromStdString(CacheApplier::normaliseModstamp(ms));
        const OutboxEntry& e = item.entry;
        const bool serverUnchanged = !e.baseModstamp.isEmpty() && p.serverModstamp == e.baseModstamp;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
            const FieldMapping* f = fieldFor(w, e, it.key());
            QVariant serverValue; // null when the org did not send the field, or sent what does not convert
            const int slot = page.slot(f->sfField);
            CacheApplier::Bound converted;
            QString problem;
            if (onServer.value(slot).kind != RecordPage::Kind::Missing &&
                CacheApplier::convert(onServer, slot, f->type, converted, problem))
                serverValue = converted.toVariant();
            if (sameValue(serverValue, it.value())) {
                p.agreed.insert(it.key(), it.value()); // both sides already agree
                continue;
            }
            if (serverUnchanged) {
                p.push.insert(it.key(), it.value());
                continue;
            }
            if (e.sent.contains(it.key()) && sameValue(serverValue, e.sent.value(it.key()))) {
                // This client's own earlier write whose answer was lost: no one else changed it.
                p.ownWrites.insert(it.key(), serverValue);
                p.push.insert(it.key(), it.value());
            } else if (sameValue(serverValue, e.base.value(it.key()))) {
                p.push.insert(it.key(), it.value()); // only this side changed it
            } else {
                p.conflictsLocal.insert(it.key(), it.value());
                p.conflictsServer.insert(it.key(), serverValue);
            }
        }
        plans.push_back(std::move(p));
    }

    // 3. Send what can go: by client id where the org upserts by it, else by Id.
    std::vector<Plan*> byClient, byId;
    for (Plan& p : plans) {
        if (p.push.isEmpty())
            continue;
        if (w.upsertByClientId && !p.item->clientId.isEmpty())
            byClient.push_back(&p);
        else
            byId.push_back(&p);
    }
    std::vector<Item> lost;
    for (const bool upsert : {true, false}) {
        for (std::vector<Plan*>& batch : chunks(upsert ? byClient : byId)) {
            std::vector<nlohmann::json> records;
            std::vector<std::pair<const Item*, QVariantMap>> sent;
            QHash<qint64, QVariantMap> ownWrites;
            for (Plan* p : batch) {
                nlohmann::json rec = nlohmann::json::object();
                for (auto it = p->push.begin(); it != p->push.end(); ++it) {
                    const FieldMapping* f = fieldFor(w, p->item->entry, it.key());
                    rec[f->sfField.toStdString()] = columnToJson(it.value(), f->type);
                }
                if (upsert)
                    rec[w.clientIdField.toStdString()] = p->item->clientId.toStdString();
                else
                    rec[m_mapping.idField().toStdString()] = p->item->sfId.toStdString();
                records.push_back(std::move(rec));
                sent.emplace_back(p->item, p->push);
                if (!p->ownWrites.isEmpty())
                    ownWrites.insert(p->item->entry.id, p->ownWrites);
            }
            if (Status s = recordSent(sent, ownWrites); !s)
                return s;
            auto results = upsert ? m_client.upsertByExternalId(w.object, w.clientIdField, records, *m_cancel)
                                  : m_client.updateById(w.object, records, *m_cancel);
            ++m_summary->apiCalls;
            if (!results && results.error().code == u"OUTCOME_UNKNOWN") {
                // Read back in the next round: what landed is then equal (or this client's own write).
                for (Plan* p : batch) {
                    p->sentOk = false;
                    lost.push_back(*p->item);
                }
                continue;
            }
            if (!results && endsTheRun(results.error()))
                return results.error();
            for (size_t i = 0; i < batch.size(); ++i) {
                Plan* p = batch[i];
                if (!results || !(*results)[i].success) {
                    p->sentOk = false;
                    const RecordError err =
                        results ? firstError((*results)[i])
                                : RecordError{results.error().code, results.error().message, {}};
                    if (Status s = refused(w, *p->item, err); !s)
                        return s;
                }
            }
        }
    }

    // 4. Record the outcome: confirmed, or conflicts kept until a Coordinator decides (in one transaction:
    // one sync to disk for them all).
    Transaction tx(m_db);
    for (Plan& p : plans) {
        if (!p.sentOk)
            continue;
        if (!p.push.isEmpty())
            ++m_summary->entities[w.entity].pushed;
        QVariantMap landed = p.agreed;
        for (auto it = p.push.begin(); it != p.push.end(); ++it)
            landed.insert(it.key(), it.value());
        if (p.conflictsLocal.isEmpty()) {
            if (Status s = accepted(w, *p.item, landed, {}); !s)
                return s;
            continue;
        }
        auto marked =
            m_outbox.markConflict(p.item->entry, p.conflictsLocal, p.conflictsServer, p.serverModstamp);
        if (!marked)
            return marked.error();
        if (*marked) {
            for (auto it = p.conflictsLocal.begin(); it != p.conflictsLocal.end(); ++it) {
                auto isNew =
                    Conflicts::record(m_db,
                                      {w.entity, p.item->entry.localId, w.object, p.item->sfId,
                                       fieldFor(w, p.item->entry, it.key())->sfField, it.key(), it.value(),
                                       p.conflictsServer.value(it.key()), p.item->entry.id},
                                      now());
                if (!isNew)
                    return isNew.error();
                if (*isNew)
                    ++m_summary->conflicts;
            }
        }
    }
    if (Status s = tx.commit(); !s)
        return s;

    if (lost.empty())
        return {};
    if (round + 1 >= kMaxRounds)
        return Error{ErrorKind::Network,
                     Tr::tr("Salesforce's answers to changes were lost several times in a row; they are kept "
                            "and checked again at the next sync."),
                     QStringLiteral("OUTCOME_UNKNOWN")};
    qCInfo(lcSync) << "answers lost for" << lost.size() << w.entity << "changes; reading them back";
    for (Item& item : lost) {
        auto fresh = m_outbox.entry(item.entry.id);
        if (!fresh)
            return fresh.error();
        if (fresh->has_value())
            item.entry = **fresh;
    }
    // Only entries still waiting (not settled meanwhile) go round again.
    std::erase_if(lost, [](const Item& item) { return item.entry.state == OutboxEntry::State::Conflict; });
    return pushUpdates(w, std::move(lost), round + 1);
}

Status Pusher::pushDeletes(const WriteMapping& w, const std::vector<OutboxEntry>& entries) {
    std::vector<Item> items;
    for (const OutboxEntry& e : entries) {
        Item item;
        item.entry = e;
        item.sfId = e.sfId;
        if (!w.canDelete) {
            if (Status s =
                    failed(w, item,
                           {QStringLiteral("NO_WRITE_MAPPING"),
                            Tr::tr("The Salesforce mapping does not allow deleting %1 records; the change "
                                   "is kept until it does.")
                                .arg(w.entity),
                            {}});
                !s)
                return s;
            continue;
        }
        items.push_back(std::move(item));
    }
    for (std::vector<Item>& all : chunks(std::move(items))) {
        // Recorded as sent before the call, in one transaction with a look at each entry: a delete an
        // Admin took back (undo) meanwhile is not sent, and one on its way can no longer be taken back.
        std::vector<Item> batch;
        {
            Transaction tx(m_db);
            const QString at = now();
            for (Item& item : all) {
                auto still = m_outbox.entry(item.entry.id);
                if (!still)
                    return still.error();
                if (!*still)
                    continue;
                if (Status s =
                        m_outbox.markSent(item.entry.id, {{QStringLiteral("sf_id"), item.sfId}}, {}, at);
                    !s)
                    return s;
                batch.push_back(std::move(item));
            }
            if (Status s = tx.commit(); !s)
                return s;
        }
        if (batch.empty())
            continue;
        QStringList ids;
        for (const Item& item : batch)
            ids << item.sfId;
        auto results = m_client.deleteRecords(ids, *m_cancel);
        ++m_summary->apiCalls;
        if (!results && endsTheRun(results.error()))
            return results.error();
        Transaction tx(m_db);
        for (size_t i = 0; i < batch.size(); ++i) {
            Item& item = batch[i];
            if (!results) {
                if (Status s = failed(w, item, {results.error().code, results.error().message, {}}); !s)
                    return s;
                continue;
            }
            const SaveResult& r = (*results)[i];
            const RecordError err = r.success ? RecordError{} : firstError(r);
            // Already deleted (a replay, or someone else) is what was asked for.
            if (r.success || err.code == u"ENTITY_IS_DELETED" || err.code == u"NOT_FOUND") {
                if (Status s = accepted(w, item, {}, {}); !s)
                    return s;
                ++m_summary->entities[w.entity].pushed;
            } else if (Status s = failed(w, item, {err.code, err.message, err.fields}); !s) {
                return s;
            }
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace vms
