#pragma once

#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/SyncTypes.h"

#include <QSet>
#include <QSqlDatabase>

#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

namespace vms {

class QueryPool;
class SalesforceClient;
class SyncJournal;
namespace sqlite {
class Connection;
}

// Brings the local cache and the org into agreement: pushes the outbox, then pulls every object in
// dependency order. Runs on whatever thread owns `db` and `client` (the GUI uses a worker thread;
// vms-cli its main thread) and blocks until done.
//
// Parallel pull: the objects' queries run at the same time (at most SyncOptions::maxRequestsInFlight
// requests open, QueryPool), and a full pull splits each entity's query into SystemModstamp ranges read
// at the same time, a long range from both ends at once (ObjectPull::Stream::partner); pages are still
// written one at a time on this thread, objects in dependency order.
//
// Durability: pulled pages are applied whole, in transactions that also carry their watermark (an
// incremental pull: the object's highest SystemModstamp applied; a first load: its range's, in
// sync_ranges), so a crash or failure at any point resumes from what was committed — nothing is skipped
// and nothing is lost. Local changes leave the outbox only once the org has confirmed them.
//
// The bookkeeping tables (watermarks, ranges, tombstones, sync issues, seen ids) are SyncJournal's: this
// class holds no SQL on them.
//
// The pull writes through SQLite's C API on the connection under `db` itself (db/Sqlite.h), on this
// thread, so whoever holds `db` sees its writes as before; a transaction may stay open while the next
// page is on its way (at most ~0.5 s, and only while pages come quickly).
class SyncEngine final {
public:
    SyncEngine(QSqlDatabase db, SalesforceClient& client, OrgMapping mapping, const Clock& clock,
               Session session);

    Result<SyncSummary> run(const SyncOptions& options, const CancelToken& cancel = {},
                            const ProgressCallback& progress = {});

    // The two halves, for tests and for "push now" after a mark.
    Status push(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress);
    Status pull(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                const ProgressCallback& progress);
    // The most query requests the last pull had in flight at once.
    int peakRequestsInFlight() const { return m_peakRequestsInFlight; }

private:
    struct ObjectPull;
    struct PullRequest;
    Status pullAll(sqlite::Connection& db, SyncJournal& journal, QueryPool& pool, SyncSummary& summary,
                   const SyncOptions& options, const CancelToken& cancel, const ProgressCallback& progress);
    Status retrySyncIssues(sqlite::Connection& db, SyncJournal& journal, SyncSummary& summary);
    // The setup check (OrgSetupCheck) when it is due, kept for the push that follows; its describe answers
    // go to `described` for the field rules.
    Status checkSetup(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                      std::vector<std::pair<QString, nlohmann::json>>& described);
    Status refreshFieldRules(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                             const std::vector<std::pair<QString, nlohmann::json>>& described);
    Status releaseKeptRows(sqlite::Connection& db, SyncJournal& journal, SyncSummary& summary);
    QString now() const;

    QSqlDatabase m_db;
    SalesforceClient& m_client;
    OrgMapping m_mapping;
    const Clock& m_clock;
    Session m_session;
    QSet<QString> m_forceFull; // objects to pull in full this run
    qint64 m_recordsDone = 0;  // records the pull applied so far, all objects
    int m_peakRequestsInFlight = 0;
};

} // namespace vms
