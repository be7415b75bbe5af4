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

class SalesforceClient;
namespace sqlite {
class Connection;
}

// Brings the local cache and the org into agreement: pushes the outbox, then pulls every object in
// dependency order. Runs on whatever thread owns `db` and `client` (the GUI uses a worker thread;
// vms-cli its main thread) and blocks until done.
//
// Durability: pulled pages are applied whole, in transactions that also carry the object's new
// watermark (the highest SystemModstamp applied), so a crash or failure at any point resumes from what
// was committed — nothing is skipped and nothing is lost. Local changes leave the outbox only once the
// org has confirmed them.
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

private:
    struct ObjectPull;
    Status pullObject(sqlite::Connection& db, const QString& object, SyncSummary& summary,
                      const SyncOptions& options, const CancelToken& cancel,
                      const ProgressCallback& progress);
    Status retrySyncIssues(sqlite::Connection& db, SyncSummary& summary);
    // The setup check (OrgSetupCheck) when it is due, kept for the push that follows; its describe answers
    // go to `described` for the field rules.
    Status checkSetup(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                      std::vector<std::pair<QString, nlohmann::json>>& described);
    Status refreshFieldRules(SyncSummary& summary, const SyncOptions& options, const CancelToken& cancel,
                             const std::vector<std::pair<QString, nlohmann::json>>& described);
    Status releaseKeptRows(sqlite::Connection& db, SyncSummary& summary);
    QString now() const;

    QSqlDatabase m_db;
    SalesforceClient& m_client;
    OrgMapping m_mapping;
    const Clock& m_clock;
    Session m_session;
    QSet<QString> m_forceFull; // objects to pull in full this run
};

} // namespace vms
