#pragma once

#include "core/models/RecordTableModel.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace vms {

class Database;

// Flags in RecordRow::code for volunteer rows. (No ": int": lupdate 6.4 loses track of the namespace after an
// unscoped enum with a base type, and then files the tr() calls of this header's classes under no context.)
enum VolunteerRowFlag { DoNotContact = 1, PendingChange = 2 };

// Columns of the lists, in order. Kept here so views, tests and benchmarks agree.
enum class VolunteerColumn { Name, Email, Organization, Skills, LastVolunteered, Count };
enum class OrganizationColumn { Name, Type, City, LastActivity, Count };
enum class EventColumn { Start, Name, Type, StatusName, School, District, Count };

// Tags of an event row, in order.
enum class EventTag { SchoolYear, Type, DistrictSfId, SchoolSfId };

struct LoadedList {
    std::vector<RecordRow> rows;
    QStringList choices; // distinct skills (volunteers) or types (organizations), sorted
    QString error;       // empty on success
};

// Reads the compact rows of each list in one forward-only query each. They take the connection of
// the calling thread, so the views can run them on a worker thread (Database::connection()).
class ListLoaders final {
public:
    static LoadedList volunteers(QSqlDatabase db);
    static LoadedList organizations(QSqlDatabase db);
    static LoadedList events(QSqlDatabase db);
    // One volunteer's row as the list shows it (after an edit).
    static std::optional<RecordRow> volunteer(QSqlDatabase db, qint64 id);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static std::optional<RecordRow> volunteer(const Database& db, qint64 id);
    // The cached name of an Account (organization, school or district) by its Salesforce Id; empty when
    // it is not cached. Shown through AccountName::display, never as the raw Id.
    static QString accountName(QSqlDatabase db, const QString& sfId);
    static QStringList volunteerHeaders();
    static QStringList organizationHeaders();
    static QStringList eventHeaders();
    // Translated name of an event status code (domain/Status.h).
    static QString eventStatusName(int code);
};

} // namespace vms
