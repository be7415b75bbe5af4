#pragma once

#include "core/auth/Session.h"
#include "core/common/CsvPreset.h"
#include "core/common/Error.h"
#include "core/domain/AuditEntry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

namespace vms {

// The audit log's owner: the only place audit_log SQL lives (architecture.md, "Who owns which tables").
// LocalChanges and Conflicts append to it inside their own transactions, so a change and its audit row
// are saved together or not at all. Reading it is an Admin's: it holds who changed what for every record,
// with the old and new values (personal data).
class AuditLog final {
public:
    explicit AuditLog(QSqlDatabase db);

    // Appends `entry` (its id and recordSfId are ignored). Runs in the caller's transaction, if any.
    Status append(const AuditEntry& entry);

    // The entries that match, oldest first. Admin only (Session::require(Administer)). A `record` that is
    // not a number and names no record in the cache is a usage error that says so.
    Result<std::vector<AuditEntry>> query(const Session& session, const AuditFilter& filter) const;

    // query() written as CSV (RFC 4180, formula guarding; the preset decides the BOM) to `path`,
    // atomically: on any failure no file is left. Admin only.
    Status exportCsv(const Session& session, const AuditFilter& filter, const QString& path,
                     CsvPreset preset = CsvPreset::ExcelUtf8Bom) const;

private:
    QSqlDatabase m_db;
};

} // namespace vms
