#pragma once

#include "core/auth/Session.h"
#include "core/common/CsvPreset.h"
#include "core/common/Error.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <vector>

namespace vms {

// One thing a user of this computer changed: who, when, which record, which field, from what to what.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString entity; // the local entity ("volunteer", "participation")
    qint64 localId = 0;
    QString action; // "create", "update", "conflict-keep-local", ...
    QString field;
    QVariant oldValue, newValue; // null: none
    // Filled in by query(): the record's Salesforce Id when the cache knows it.
    QString recordSfId;
};

// Which entries query() returns. Every part is optional; they combine with AND.
struct AuditFilter {
    QString user;   // the actor's name or user id, case-insensitive
    QString record; // a local id, a Salesforce Id (15 or 18 characters) or a VMS client id
    QDateTime from; // at or after (UTC); invalid: no lower bound
    QDateTime to;   // before (UTC); invalid: no upper bound
    int limit = 0;  // the newest `limit` entries; 0: all
};

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
