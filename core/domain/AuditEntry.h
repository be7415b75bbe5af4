#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

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

} // namespace vms
