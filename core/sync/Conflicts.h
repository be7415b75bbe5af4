#pragma once

#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QVariant>

#include <vector>

namespace vms {

class Database;

struct Conflict {
    qint64 id = 0;
    QString entity, object, recordSfId, field, column;
    QString localValue, serverValue; // as text; empty for none
    bool localIsNull = false, serverIsNull = false;
    qint64 localId = 0;
    QString detectedAt;
};

// A conflict the push found: one field changed here and in the org.
struct FoundConflict {
    QString entity;
    qint64 localId = 0;
    QString object, recordSfId, field, column;
    QVariant localValue, serverValue;
    qint64 outboxId = 0;
};

// Edits that met a newer server change to the same field (found by the push). A Coordinator decides
// which value wins; until then both are kept: the local one in the cache and the outbox, the server's
// here. The owner of the conflicts table.
class Conflicts final {
public:
    Conflicts(QSqlDatabase db, Session session, const Clock& clock);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    Conflicts(const Database& db, Session session, const Clock& clock);

    // Records what the push found, inside its transaction; a field already in conflict gets the newest
    // values. True when the conflict is new.
    static Result<bool> record(QSqlDatabase db, const FoundConflict& found, const QString& now);

    Result<std::vector<Conflict>> open() const;
    // keepLocal: the local value is pushed at the next sync (based on the server value it was shown
    // against, so it is not flagged again). Otherwise the server's value replaces the local one and the
    // local edit of that field is dropped. Both are recorded in the audit log.
    Status resolve(qint64 conflictId, bool keepLocal);

private:
    QSqlDatabase m_db;
    Session m_session;
    const Clock& m_clock;
};

} // namespace vms
