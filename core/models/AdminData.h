#pragma once

#include "core/common/CsvPreset.h"
#include "core/common/Error.h"
#include "core/db/CacheStats.h"
#include "core/domain/AuditEntry.h"

#include <vector>

namespace vms {

class Database;
struct Session;

// What the Admin's page and the sync problems read from the cache, so those views hold no SQL: the
// cache's counts, the org's API budget as of the last sync, the audit log, and the records from the org
// that could not be applied.
class AdminData final {
public:
    static Result<CacheStats> cacheStats(const Database& db);
    // "used/limit" as the last sync read it from the org's limit header; empty before the first sync.
    static QString apiUsage(const Database& db);
    static Result<std::vector<AuditEntry>> audit(const Database& db, const Session& session,
                                                 const AuditFilter& filter);
    static Status exportAudit(const Database& db, const Session& session, const AuditFilter& filter,
                              const QString& path);

    struct SyncIssue {
        QString entity, sfId, message;
        int attempts = 0;
    };
    // The first 2,000 sync issues, oldest first.
    static std::vector<SyncIssue> syncIssues(const Database& db);
};

} // namespace vms
