#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace vms {

class Database;

// One local change the org refused (or that waits for a record it points at), as the Sync problems
// dialog and the record's page show it: which record, the org's words, and where to fix it.
struct RefusedChange {
    qint64 outboxId = 0;
    QString entity; // "volunteer"
    qint64 localId = 0;
    QString record;     // "Ada Lovelace", "Ada Lovelace at Career Day"
    QString code;       // the org's statusCode: STRING_TOO_LONG
    QString message;    // the org's message
    QStringList fields; // the fields it named
    int attempts = 0;
    bool waiting = false; // not refused: waits until a record it points at has reached the org
    QString page;         // where to fix it (MainWindow::showPageNamed): "volunteer:12", "event:4"
};

// Refused and waiting changes, oldest first.
Result<std::vector<RefusedChange>> refusedChanges(QSqlDatabase db, int limit = 2000);
// The same, on this thread's connection to `db` (the views hold a Database, never a connection).
Result<std::vector<RefusedChange>> refusedChanges(const Database& db, int limit = 2000);
// The refusal of one record's change, if the org refused it.
Result<std::optional<RefusedChange>> refusalOf(QSqlDatabase db, const QString& entity, qint64 localId);
Result<std::optional<RefusedChange>> refusalOf(const Database& db, const QString& entity, qint64 localId);

} // namespace vms
