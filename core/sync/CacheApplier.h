#pragma once

#include "core/common/Error.h"
#include "core/db/Outbox.h"
#include "core/db/Sqlite.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/RecordPage.h"

#include <QVariant>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vms {

// Writes records the org sent into the cache, for one local entity. The caller owns the transaction
// (the sync engine applies pages in transactions that carry the object's watermark).
//
//  - Upserts by Salesforce Id; a record that comes back with the VMS_Client_Id__c of a locally created
//    row (whose push answer was lost) is matched to that row instead of duplicated.
//  - Never goes back in time: a record older (by SystemModstamp) than the cached row is ignored, so a
//    retried sync issue or an overlap re-read cannot undo a newer change.
//  - Never overwrites a field the user changed locally and has not pushed yet (the outbox holds it;
//    the push decides, with conflict detection).
//  - A record that cannot be applied (a value that does not parse, a parent not yet local) is returned
//    as Outcome::Issue with a code and message; the engine keeps it as a sync issue.
//
// It reads records from a RecordPage and writes through SQLite's C API (db/Sqlite.h): a first sync
// applies ~611,000 records, and converting each value to a QVariant/QString for QtSql cost more than
// the write itself. Values are bound as the org sent them (UTF-8 text straight from the page).
class CacheApplier final {
public:
    // Dropped: the record points at a parent the org deleted, so it goes with it (salesforce-org.md).
    // Kept: it would have been dropped, but a local change on it waits to be sent (see remove()).
    enum class Outcome { Applied, Unchanged, Deleted, Issue, Dropped, Kept };
    struct Result {
        Outcome outcome = Outcome::Applied;
        QString code, message;
    };

    // `pageFields`: the slots of the pages apply() will see (RecordPage::fields()); `idField` and
    // `modstampField` name the system fields (OrgMapping::idField(), modstampField()). `childLinks`: the
    // (table, link column) of records that may point at this entity's rows with local changes of their
    // own (OrgMapping::childLinks), which keep their parent in place.
    static vms::Result<std::unique_ptr<CacheApplier>>
    create(sqlite::Connection& db, const EntityMapping& mapping, const QString& pulledAt,
           const std::vector<std::string>& pageFields, const QString& idField, const QString& modstampField,
           const std::vector<std::pair<QString, QString>>& childLinks = {});
    ~CacheApplier();
    CacheApplier(const CacheApplier&) = delete;
    CacheApplier& operator=(const CacheApplier&) = delete;

    // `record` must come from a page with the pageFields given to create().
    Result apply(const RecordView& record);
    // Removes the cached record with this Salesforce Id (deleted on the server, or now another entity's),
    // unless a local change waits on it or on a record pointing at it: a pull never deletes what the user
    // has not sent yet (the row is Kept, and the caller keeps it as a visible sync issue).
    enum class Removal { Absent, Removed, Kept, Failed };
    // The SystemModstamp of the cached row with this Salesforce Id (empty when there is none).
    std::string cachedModstamp(std::string_view sfId);
    Removal remove(std::string_view sfId);
    // The SQL condition (on `table`'s row) that it has no local change waiting, nor any record pointing
    // at it through `childLinks`. Table and column names come from the mapping.
    static QString noPendingCondition(const QString& table,
                                      const std::vector<std::pair<QString, QString>>& childLinks);

    // "2026-03-08T15:30:00.000+0000" -> "2026-03-08T15:30:00.000Z" (empty when it does not parse).
    static std::string normaliseModstamp(std::string_view raw);

    // The value one column gets, as convert() makes it (toVariant() for code that compares it in Qt
    // types: the push's conflict check, tests comparing the cache with the org).
    struct Bound {
        enum class Type : std::uint8_t { Null, Int, Double, Text } type = Type::Null;
        qint64 integer = 0;
        double number = 0;
        std::string_view text; // into the page's arena, or into `owned`
        std::string owned;     // a converted text (a date, a dumped value, a link's href)
        void setNull() { type = Type::Null; }
        void setInt(qint64 v) {
            type = Type::Int;
            integer = v;
        }
        void setDouble(double v) {
            type = Type::Double;
            number = v;
        }
        void setText(std::string_view v) {
            type = Type::Text;
            text = v;
        }
        void setOwned(std::string v) {
            owned = std::move(v);
            type = Type::Text;
            text = owned;
        }
        QVariant toVariant() const;
    };
    // Converts the value in `slot` of a record the org sent (slot < 0: a field the record does not carry,
    // read as null) to the column value of a field of `type`; false, with `problem` saying why, when it
    // does not convert. The one conversion from Salesforce to the cache: apply() writes what it gives, the
    // push's conflict check compares it, and tests compare the cache with the org through it. A record
    // that arrived as JSON is read through RecordPage::fromJson().
    static bool convert(const RecordView& record, int slot, FieldType type, Bound& out, QString& problem);

private:
    CacheApplier(sqlite::Connection& db, const EntityMapping& mapping, const QString& pulledAt);
    Status prepare(const std::vector<std::string>& pageFields, const QString& idField,
                   const QString& modstampField, const std::vector<std::pair<QString, QString>>& childLinks);
    Result applyParticipationLinks(const RecordView& record);
    Result applyOverPending(qint64 localId, std::string_view modstamp);
    void refreshSkills(qint64 volunteerId);
    QStringList pendingColumns(qint64 localId);
    void bindAll(sqlite::Statement& statement, int from, int count, int firstParameter);

    sqlite::Connection& m_db;
    const EntityMapping& m_mapping;
    std::string m_pulledAt;
    bool m_isParticipation = false, m_isEvent = false, m_isVolunteer = false;
    bool m_anyPending = false;
    int m_idSlot = -1, m_modstampSlot = -1;
    std::vector<int> m_fieldSlots; // page slot of each mapping field
    int m_skillsField = -1, m_clientIdField = -1, m_statusField = -1, m_typeField = -1;
    int m_eventSlot = -1, m_contactSlot = -1;
    // Column values of the record being applied: sf_id, system_modstamp, pulled_at, the mapping's
    // fields, then the derived columns (status codes, participation links).
    std::vector<Bound> m_values;
    std::string m_modstamp;
    sqlite::Statement m_upsert, m_findBySf, m_adoptClient, m_delete;
    sqlite::Statement m_eventLookup, m_volunteerLookup, m_studentLookup, m_teacherLookup, m_tombstone;
    sqlite::Statement m_skillsClear, m_skillsAdd, m_exists;
    std::optional<OutboxPullView> m_outbox;
};

} // namespace vms
