#pragma once

#include "core/common/Error.h"
#include "core/db/Sqlite.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vms {

// The sync's bookkeeping, and the only code that holds SQL on its tables (docs/architecture.md, "Who owns
// which tables"; scripts/check-sync-journal-owner): where each object's pull ended (sync_state), a first
// load's ranges with their own watermarks (sync_ranges), records deleted in the org (tombstones), records
// that could not be applied or are kept for a local change (sync_issues), and the ids a reconciling pull
// has seen (the temporary sync_seen). Its statements are prepared once and kept: a first sync writes
// through them hundreds of thousands of times. Writes go into the caller's transaction.
class SyncJournal final {
public:
    // Prepares every statement on `db`, which must outlive the journal.
    static Result<SyncJournal> open(sqlite::Connection& db);

    // -- sync_state: per object --
    struct ObjectState {
        std::string watermark; // the highest SystemModstamp committed (empty: never pulled)
        std::string lastPull;  // when the last pull of it ended (ISO UTC; empty: never)
    };
    Result<ObjectState> state(const std::string& object);
    // Moves the object's watermark forward to `stamp` (never back).
    Status raiseWatermark(const std::string& object, std::string_view stamp);
    // The object's pull ended at `pulledAt` (a full one also sets last_full_at), with no error.
    Status markPulled(const std::string& object, const std::string& pulledAt, bool full);
    // The next pull reads all of `object` again, and a first load of it under way starts over.
    Status readAgainInFull(const std::string& object);

    // -- sync_ranges: a first load's ranges, each with its watermark --
    struct Range {
        std::string entity, from, to, watermark, plannedAt;
        bool done = false;
    };
    Result<std::vector<Range>> ranges(const std::string& object);
    Status saveRange(const std::string& object, const std::string& entity, const std::string& from,
                     const std::string& to, const std::string& plannedAt);
    Status updateRange(const std::string& object, const std::string& entity, const std::string& from,
                       std::string_view watermark, bool done);
    Status clearRanges(const std::string& object);

    // -- tombstones --
    Status tombstone(std::string_view id, const std::string& object, const std::string& seenAt);

    // -- sync_issues --
    Result<bool> anyIssues();
    // Saves (or updates, counting the attempt) a record that could not be applied or is kept.
    Status saveIssue(std::string_view entity, std::string_view id, std::string_view code,
                     std::string_view message, std::string_view payload, std::string_view at);
    Status clearIssue(std::string_view entity, std::string_view id);
    // (entity, id) of the rows kept for a local change (KEPT_FOR_LOCAL_CHANGE).
    Result<std::vector<std::pair<std::string, std::string>>> keptForLocalChange();
    // (id, payload) of an entity's records to apply again, oldest first (not the kept rows).
    Result<std::vector<std::pair<std::string, std::string>>> issuesToRetry(const std::string& entity);
    Status touchIssue(const std::string& entity, const std::string& id, const std::string& at,
                      const std::string& code, const std::string& message);
    struct Issue {
        QString entity, id, code, message;
    };
    Result<std::vector<Issue>> issues(int limit);

    // -- sync_seen: the ids a reconciling pull has seen --
    Status startSeen();
    Status seen(std::string_view id);
    // SQL condition on `table`'s rows: an org id the pull has not seen.
    static QString notSeenCondition(const QString& table);

    SyncJournal(SyncJournal&&) noexcept = default;
    SyncJournal& operator=(SyncJournal&&) noexcept = default;

private:
    explicit SyncJournal(sqlite::Connection& db)
        : m_db(&db) {}
    Result<std::vector<std::pair<std::string, std::string>>> pairs(sqlite::Statement& st);

    sqlite::Connection* m_db;
    sqlite::Statement m_state, m_raiseWatermark, m_markPulled, m_forgetWatermark, m_ranges, m_saveRange,
        m_updateRange, m_clearRanges, m_tombstone, m_anyIssue, m_saveIssue, m_clearIssue, m_kept, m_toRetry,
        m_touchIssue, m_issues, m_seen;
};

} // namespace vms
