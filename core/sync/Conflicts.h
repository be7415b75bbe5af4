#pragma once

#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"

#include <QSqlDatabase>

#include <vector>

namespace vms {

struct Conflict {
    qint64 id = 0;
    QString entity, object, recordSfId, field, column;
    QString localValue, serverValue; // as text; empty for none
    bool localIsNull = false, serverIsNull = false;
    qint64 localId = 0;
    QString detectedAt;
};

// Edits that met a newer server change to the same field (found by the push). A Coordinator decides
// which value wins; until then both are kept: the local one in the cache and the outbox, the server's
// here.
class Conflicts final {
public:
    Conflicts(QSqlDatabase db, Session session, const Clock& clock);

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
