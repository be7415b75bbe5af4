#include "core/db/CacheStats.h"

#include "core/db/Meta.h"
#include "core/db/Outbox.h"
#include "core/domain/Status.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace vms {

qint64 CacheStats::count(const QString& entity) const {
    for (const auto& [name, n] : counts)
        if (name == entity)
            return n;
    return 0;
}

Result<CacheStats> readCacheStats(QSqlDatabase db) {
    // Participations count volunteer and student participations only (cli.md).
    const QString participationFilter = QStringLiteral(" WHERE type_code IN (%1,%2)")
                                            .arg(static_cast<int>(ParticipantType::Volunteer))
                                            .arg(static_cast<int>(ParticipantType::Student));
    const std::pair<const char*, QString> tables[] = {
        {"organizations", QStringLiteral("organizations")},
        {"districts", QStringLiteral("districts")},
        {"schools", QStringLiteral("schools")},
        {"classes", QStringLiteral("classes")},
        {"volunteers", QStringLiteral("volunteers")},
        {"teachers", QStringLiteral("teachers")},
        {"students", QStringLiteral("students")},
        {"affiliations", QStringLiteral("affiliations")},
        {"events", QStringLiteral("events")},
        {"participations", QStringLiteral("participations") + participationFilter},
    };
    CacheStats stats;
    QSqlQuery q(db);
    auto scalar = [&](const QString& sql) -> Result<qint64> {
        if (!q.exec(sql) || !q.next())
            return Error::database(q.lastError().text());
        return q.value(0).toLongLong();
    };
    for (const auto& [name, from] : tables) {
        auto n = scalar(QStringLiteral("SELECT count(*) FROM ") + from);
        if (!n)
            return n.error();
        stats.counts.emplace_back(QString::fromLatin1(name), *n);
    }
    auto outbox = Outbox(db).counts();
    if (!outbox)
        return outbox.error();
    auto conflicts = scalar(QStringLiteral("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"));
    auto issues = scalar(QStringLiteral("SELECT count(*) FROM sync_issues"));
    if (!conflicts || !issues)
        return Error::database(q.lastError().text());
    stats.pendingChanges = outbox->total();
    stats.failedChanges = outbox->failed;
    stats.openConflicts = *conflicts;
    stats.syncIssues = *issues;
    stats.lastSync = Meta(db).get(MetaKey::LastSync);
    return stats;
}

} // namespace vms
