#pragma once

#include "core/common/Error.h"
#include "core/common/OutboxNotifier.h"
#include "core/db/Sqlite.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vms {

// What the org said when it refused a change (its statusCode, message and fields), or why a change
// cannot be sent yet (it waits for a record it points at).
struct OutboxError {
    QString code;
    QString message;
    QStringList fields; // Salesforce field names, as the org named them
};

// One local change waiting to reach Salesforce: one record's changed columns.
struct OutboxEntry {
    // What the user did. How it is sent (upsert, create and look-up, update by Id) is the mapping's
    // business (OrgMapping::writes()).
    enum class Operation { Create, Update, Delete };
    enum class State {
        Pending,  // to be sent (possibly waiting for a parent: see error)
        Failed,   // the org refused it; kept, shown, retried every run and when the record is edited
        Conflict, // changed here and in the org: waits for a Coordinator (Conflicts)
    };

    qint64 id = 0;
    QString entity; // local entity: "volunteer"
    qint64 localId = 0;
    Operation operation = Operation::Update;
    State state = State::Pending;
    QVariantMap fields;   // column -> the value the user set
    QVariantMap base;     // column -> the value it had when pulled (conflict detection)
    QString baseModstamp; // the record's SystemModstamp when pulled
    // column -> the value last sent whose answer never came (a lost answer). The org holding this value is
    // this client's own write, never someone else's change.
    QVariantMap sent;
    QString sfId; // the record's Salesforce Id when it has one (a delete's only link: its row is gone)
    QString createdAt, actor, lastAttemptAt;
    int attempts = 0;
    OutboxError error; // Failed: the org's refusal; Pending: why it waits, if it does
    // The stored encoding of `fields` when read: confirming compares it, so a change made while the push
    // ran is never confirmed along with what was sent.
    QString fieldsText;

    bool waiting() const { return state == State::Pending && !error.code.isEmpty(); }
};

struct OutboxCounts {
    qint64 pending = 0;   // waiting to be sent (including those waiting for a parent)
    qint64 failed = 0;    // refused by the org
    qint64 conflicts = 0; // waiting for a Coordinator
    qint64 total() const { return pending + failed + conflicts; }
};

// The outbox of local changes, and the only code that holds its SQL (docs/architecture.md, "Who owns
// which tables"). LocalChanges queues through it, the push reads, confirms and fails through it,
// Conflicts settles through it, and every count of waiting or refused changes comes from it. It also
// keeps each record's `pending` flag (1 while an entry for the record exists), which lists show and
// the pull uses to leave waiting rows alone.
//
// It never opens a transaction: a change is queued inside the caller's transaction (the record, its
// outbox entry and its audit row commit together), and the push confirms inside its own.
class Outbox final {
public:
    explicit Outbox(QSqlDatabase db);

    // The cache table of a local entity ("volunteer" -> "volunteers").
    static QString tableFor(const QString& entity);
    // Do two column values mean the same (numbers compared as numbers, null == empty text)?
    static bool sameValue(const QVariant& a, const QVariant& b);

    // ---- local changes (LocalChanges) ----
    // Queues a change of a record, merging into the record's waiting entry if it has one (pending or
    // failed): the newest value per field, the earliest base per field; a record not yet created in the
    // org stays a Create. A failed entry becomes pending again: an edit is a retry.
    Status enqueue(const QString& entity, qint64 localId, OutboxEntry::Operation operation,
                   const QVariantMap& fields, const QVariantMap& base, const QString& baseModstamp,
                   const QString& sfId, const QString& actor, const QString& now);
    // A record deleted here: its waiting changes are replaced by the delete, or simply dropped when the
    // org never had the record (no sfId). The delete entry is known by the Salesforce Id (local id 0).
    Status enqueueDelete(const QString& entity, qint64 localId, const QString& sfId, const QString& actor,
                         const QString& now);
    // Every entry of a record (normally at most one, plus one in conflict), oldest first.
    Result<std::vector<OutboxEntry>> entriesFor(const QString& entity, qint64 localId) const;

    // ---- an Admin's delete taken back (LocalChanges::undoDelete) ----
    // A record's entries as stored, whole (column -> value), so a delete can put them back as they were.
    Result<std::vector<QVariantMap>> storedEntries(const QString& entity, qint64 localId) const;
    // Puts stored entries back (under their old ids where free) and sets their records' pending flags.
    Status restoreStored(const std::vector<QVariantMap>& entries);
    // Takes back the queued delete of the record with this Salesforce Id while it has not been sent. A
    // usage error once it is on its way (sent, its answer unknown) or has reached the org (gone).
    Status withdrawDelete(const QString& entity, const QString& sfId);

    // ---- the push ----
    // Entities with entries to send (pending or failed).
    Result<QStringList> entitiesToPush() const;
    // An entity's entries to send, oldest first.
    Result<std::vector<OutboxEntry>> toPush(const QString& entity) const;
    Result<std::optional<OutboxEntry>> entry(qint64 id) const;
    // Recorded before a write call: what is about to be sent (kept until the org's answer is seen), and
    // the columns whose org value turned out to be this client's own earlier write (their new base).
    Status markSent(qint64 id, const QVariantMap& sent, const QVariantMap& ownWrites, const QString& now);
    // The org accepted the entry: `landed` holds what the org now has (what was sent, and fields it
    // already agreed on). The entry leaves unless it changed meanwhile; then what is left of it (fields
    // edited since) stays, as an update based on what landed.
    Status confirm(const OutboxEntry& entry, const QVariantMap& landed);
    // The org refused the entry (or the whole call it was in). Kept, shown and retried.
    Status fail(qint64 id, const OutboxError& error, const QString& now);
    // The entry cannot be sent yet (a record it points at has not reached the org).
    Status wait(qint64 id, const OutboxError& reason);
    // Some fields were changed in the org too: the entry keeps only those, based on the org's values,
    // until a Coordinator decides. False when the entry changed meanwhile (the next run looks again).
    Result<bool> markConflict(const OutboxEntry& entry, const QVariantMap& fields,
                              const QVariantMap& serverValues, const QString& serverModstamp);
    // The org answered that the record is gone (ENTITY_IS_DELETED, NOT_FOUND): the entry leaves.
    Status removeGone(const OutboxEntry& entry);

    // ---- conflicts (Conflicts::resolve) ----
    // A Coordinator decided one conflicting column: keep the local value (it is sent next run) or drop it.
    // `otherConflictsOpen`: the record still has undecided columns.
    Status settleConflict(const QString& entity, qint64 localId, const QString& column, bool keepLocal,
                          bool otherConflictsOpen);

    // ---- what is shown ----
    Result<OutboxCounts> counts() const;
    // Refused entries, and pending ones that say why they wait, oldest first.
    Result<std::vector<OutboxEntry>> problems(int limit = 2000) const;

    // ---- restoring a copy of the cache (core/profile/Backup) ----
    // Backup's restore works on two cache files ATTACHed to one connection, named by their schema
    // ("main", "copy"), and carries queued changes from one to the other; the SQL it needs on the outbox
    // lives here with the rest. None of these opens a transaction (the restore holds one).
    struct RecordRef {
        qint64 id = 0; // the entry's id (entriesIn), or 0 (recordsWithEntriesIn)
        QString entity;
        qint64 localId = 0;
    };
    // Every entry of the schema's outbox, oldest first.
    static Result<std::vector<RecordRef>> entriesIn(const QSqlDatabase& db, const QString& schema);
    // The records that have at least one entry in the schema's outbox.
    static Result<std::vector<RecordRef>> recordsWithEntriesIn(const QSqlDatabase& db, const QString& schema);
    // Removes a record's entries from the schema's outbox; returns how many.
    static Result<int> removeEntriesIn(const QSqlDatabase& db, const QString& schema, const QString& entity,
                                       qint64 localId);
    // Copies entry `id` of `fromSchema`'s outbox, whole, into `toSchema`'s for the record `toLocalId`
    // there; returns the new entry's id. Columns are matched by name, so a copy made by an older schema
    // (fewer columns) carries what it has.
    static Result<qint64> copyEntry(const QSqlDatabase& db, const QString& fromSchema, qint64 id,
                                    const QString& toSchema, qint64 toLocalId);
    // Whether a cache file (opened with SQLite's C API, read-only) has any change waiting.
    static bool hasEntries(sqlite3* db);

    // Tells the process (OutboxNotifier) after a change; `queued` for a new local change.
    static void notify(bool queued = false);

    // The stored encoding of fields: a JSON object {column: value}, SQL NULL as JSON null.
    static QString encode(const QVariantMap& fields);
    static QVariantMap decode(const QString& json);

private:
    Status refreshPending(const QString& entity, qint64 localId);

    QSqlDatabase m_db;
};

// What the pull needs to know about waiting changes, on the SQLite connection it writes through
// (db/Sqlite.h): the columns a record's entries hold, which the pull leaves as the user set them.
class OutboxPullView final {
public:
    static Result<OutboxPullView> prepare(sqlite::Connection& db);
    QStringList pendingColumns(const std::string& entity, qint64 localId);

private:
    sqlite::Statement m_fields;
};

} // namespace vms
