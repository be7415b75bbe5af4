#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>
#include <vector>

namespace vms {

// What `vms-cli status` and the GUI's Home view report about the local cache, read without network.
struct CacheStats {
    // (entity name as cli.md spells it, count of live records), in cli.md's order.
    std::vector<std::pair<QString, qint64>> counts;
    qint64 pendingChanges = 0; // every local change not yet in the org (refused and in conflict too)
    qint64 failedChanges = 0;  // local changes the org refused (kept, retried)
    qint64 openConflicts = 0;
    qint64 syncIssues = 0; // records from the org that could not be applied yet, or kept for a local change
    QString lastSync;      // ISO UTC, empty when never synced

    qint64 count(const QString& entity) const;
    // What the status bar, Home and `vms-cli status` call sync problems: everything someone has to look at.
    qint64 problems() const { return failedChanges + openConflicts + syncIssues; }
};

Result<CacheStats> readCacheStats(QSqlDatabase db);

} // namespace vms
