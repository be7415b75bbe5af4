#pragma once

#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace vms {

class Database;

// What the Reports view offers in its filter boxes, read from the cache here so the view holds no SQL.
struct ReportChoice {
    QString label;
    QString value; // what ReportRequest takes: a Salesforce Id, an event type, a local event id as text
};

class ReportChoices final {
public:
    // Districts and organizations by name; event types as written.
    static std::vector<ReportChoice> districts(QSqlDatabase db);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static std::vector<ReportChoice> districts(const Database& db);
    static std::vector<ReportChoice> organizations(QSqlDatabase db);
    static std::vector<ReportChoice> organizations(const Database& db);
    static std::vector<ReportChoice> eventTypes(QSqlDatabase db);
    static std::vector<ReportChoice> eventTypes(const Database& db);
    // The events that start in `period` (local dates in `zone`), in date order:
    // "2025-09-10 · Career Day · Central High", valued by local id.
    static std::vector<ReportChoice> events(QSqlDatabase db, const DateRange& period, const QTimeZone& zone);
    static std::vector<ReportChoice> events(const Database& db, const DateRange& period,
                                            const QTimeZone& zone);
    // One event, labelled the same way (its local id as the label when it is not in the cache).
    static ReportChoice event(QSqlDatabase db, qint64 localId, const QTimeZone& zone);
    static ReportChoice event(const Database& db, qint64 localId, const QTimeZone& zone);

    // An event as a preset keeps it: its Salesforce Id once it has one (stable across profiles), else its
    // local id. resolveEvent() reads either back (as vms-cli's --event does).
    static QString eventKey(QSqlDatabase db, qint64 localId);
    static QString eventKey(const Database& db, qint64 localId);
    static Result<qint64> resolveEvent(QSqlDatabase db, const QString& idText);
    static Result<qint64> resolveEvent(const Database& db, const QString& idText);
};

} // namespace vms
