#include "core/models/AdminData.h"

#include "core/changes/AuditLog.h"
#include "core/db/Database.h"
#include "core/db/Meta.h"

#include <QSqlQuery>

namespace vms {

Result<CacheStats> AdminData::cacheStats(const Database& db) {
    return readCacheStats(db.connection());
}

QString AdminData::apiUsage(const Database& db) {
    return Meta(db.connection()).get(MetaKey::ApiUsage);
}

Result<std::vector<AuditEntry>> AdminData::audit(const Database& db, const Session& session,
                                                 const AuditFilter& filter) {
    return AuditLog(db.connection()).query(session, filter);
}

Status AdminData::exportAudit(const Database& db, const Session& session, const AuditFilter& filter,
                              const QString& path) {
    return AuditLog(db.connection()).exportCsv(session, filter, path);
}

std::vector<AdminData::SyncIssue> AdminData::syncIssues(const Database& db) {
    std::vector<SyncIssue> out;
    // sync_issues belongs to the sync's bookkeeping; this is its one read for people.
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral(
            "SELECT entity, sf_id, message, attempts FROM sync_issues ORDER BY id LIMIT 2000")))
        while (q.next())
            out.push_back(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

} // namespace vms
