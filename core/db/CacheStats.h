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
    qint64 pendingChanges = 0;
    qint64 openConflicts = 0;
    qint64 syncIssues = 0;
    QString lastSync; // ISO UTC, empty when never synced

    qint64 count(const QString& entity) const;
};

Result<CacheStats> readCacheStats(QSqlDatabase db);

} // namespace vms
