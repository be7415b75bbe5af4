#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace vms {

class Database;

// A cached record a form or filter offers by name, valued by its Salesforce Id (only a record the org
// already has can be referenced): a school, a district, a parent organization.
struct NamedRecord {
    QString sfId;
    QString name;
    QString districtName; // schools only: the district it belongs to, to tell two same-named schools apart
};

// Small reads of one entity table for forms and filters, so views hold no SQL. Table and column names
// are the caller's own constants, never user text (a name that is not a plain identifier reads nothing).
class RecordQueries final {
public:
    enum class NameOrder { AsStored, IgnoreCase };

    // One row's `columns` by local id; nothing when the row is gone.
    static std::optional<QVariantMap> values(const Database& db, const QString& table, qint64 localId,
                                             const QStringList& columns);
    // The distinct non-empty values the cache holds in a column, sorted (at most 50: a picklist's size).
    static QStringList distinctValues(const Database& db, const QString& table, const QString& column);
    // Every row of `table` that has a Salesforce Id, by name; `exceptLocalId` leaves one out (an
    // organization cannot be its own parent).
    static std::vector<NamedRecord> named(const Database& db, const QString& table,
                                          NameOrder order = NameOrder::AsStored, qint64 exceptLocalId = 0);
    // Schools by name with their district's name; only those of `districtSfId` when it is not empty.
    static std::vector<NamedRecord> schools(const Database& db, const QString& districtSfId);
};

} // namespace vms
