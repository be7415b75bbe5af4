#include "core/models/RecordQueries.h"

#include "core/db/Database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace vms {

namespace {
bool isIdentifier(const QString& name) {
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return identifier.match(name).hasMatch();
}
} // namespace

std::optional<QVariantMap> RecordQueries::values(const Database& db, const QString& table, qint64 localId,
                                                 const QStringList& columns) {
    if (!isIdentifier(table) || columns.isEmpty() ||
        !std::all_of(columns.begin(), columns.end(), isIdentifier))
        return std::nullopt;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id=?").arg(columns.join(QStringLiteral(", ")), table));
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QVariantMap out;
    for (int i = 0; i < columns.size(); ++i)
        out.insert(columns[i], q.value(i));
    return out;
}

QStringList RecordQueries::distinctValues(const Database& db, const QString& table, const QString& column) {
    QStringList out;
    if (!isIdentifier(table) || !isIdentifier(column))
        return out;
    QSqlQuery q(db.connection());
    if (q.exec(
            QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %1 IS NOT NULL AND %1 != '' ORDER BY 1 LIMIT 50")
                .arg(column, table)))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

std::vector<NamedRecord> RecordQueries::named(const Database& db, const QString& table, NameOrder order,
                                              qint64 exceptLocalId) {
    std::vector<NamedRecord> out;
    if (!isIdentifier(table))
        return out;
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT sf_id, name FROM %1 WHERE sf_id IS NOT NULL AND id != ? ORDER BY name%2")
            .arg(table, order == NameOrder::IgnoreCase ? QStringLiteral(" COLLATE NOCASE") : QString()));
    q.addBindValue(exceptLocalId);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString(), {}});
    return out;
}

std::vector<NamedRecord> RecordQueries::schools(const Database& db, const QString& districtSfId) {
    std::vector<NamedRecord> out;
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT s.sf_id, s.name, d.name FROM schools s LEFT JOIN districts d ON d.sf_id = "
                       "s.district_sf_id WHERE s.sf_id IS NOT NULL %1 ORDER BY s.name, d.name")
            .arg(districtSfId.isEmpty() ? QString() : QStringLiteral("AND s.district_sf_id = ?")));
    if (!districtSfId.isEmpty())
        q.addBindValue(districtSfId);
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

} // namespace vms
