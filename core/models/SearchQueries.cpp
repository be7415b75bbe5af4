#include "core/models/SearchQueries.h"

#include "core/common/TextFold.h"
#include "core/db/Database.h"

#include <QSqlQuery>
#include <QStringList>

namespace vms {

namespace {
// More words than this add nothing a person would type into a search box.
constexpr int kMaxWords = 6;

// "a GLOB ? AND a GLOB ? ..." over `expression`, one pattern per word typed: every word must occur,
// in any order, ignoring case and accents ("garcia maria" finds María García).
QString allWordsCondition(const QString& expression, qsizetype words) {
    QStringList parts;
    for (qsizetype i = 0; i < words; ++i)
        parts << expression + QStringLiteral(" GLOB ?");
    return parts.join(QStringLiteral(" AND "));
}
} // namespace

std::vector<SearchHit> SearchQueries::search(const Database& db, const QString& text) {
    std::vector<SearchHit> hits;
    QStringList patterns;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts).mid(0, kMaxWords))
        patterns << TextFold::containsGlob(word);
    if (patterns.isEmpty())
        return hits;
    // search_key: lower(name, email, organization, skills), kept by a trigger (core/db/Migrations.cpp).
    const struct {
        SearchHit::Kind kind;
        QString sql;
    } queries[] = {
        {SearchHit::Kind::Volunteer,
         QStringLiteral("SELECT id, coalesce(first_name || ' ', '') || last_name, email FROM volunteers "
                        "WHERE %1 ORDER BY last_name, first_name LIMIT ?")
             .arg(allWordsCondition(QStringLiteral("search_key"), patterns.size()))},
        {SearchHit::Kind::Organization,
         QStringLiteral("SELECT id, name, type FROM organizations WHERE %1 ORDER BY name LIMIT ?")
             .arg(allWordsCondition(QStringLiteral("lower(name)"), patterns.size()))},
        {SearchHit::Kind::Event,
         QStringLiteral("SELECT id, name, start_utc FROM events WHERE %1 ORDER BY start_utc DESC LIMIT ?")
             .arg(allWordsCondition(QStringLiteral("lower(name)"), patterns.size()))},
    };
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    for (const auto& query : queries) {
        q.prepare(query.sql);
        for (const QString& p : std::as_const(patterns))
            q.addBindValue(p);
        q.addBindValue(kPerKind);
        if (q.exec())
            while (q.next())
                hits.push_back({query.kind, q.value(0).toLongLong(), q.value(1).toString(), q.value(2)});
    }
    return hits;
}

} // namespace vms
