#pragma once

#include <QString>

#include <functional>
#include <map>
#include <vector>

namespace vms {

struct SyncOptions {
    // Re-pull everything and remove local records that no longer exist on the server.
    bool full = false;
    // Pull records whose SystemModstamp is at most this much older than the watermark again: a row
    // committed late by a long server transaction can carry a SystemModstamp older than rows already
    // served, and a strict ">" would skip it forever.
    int overlapSeconds = 600;
    // Past this age a watermark may have missed deletions (the org keeps deleted rows 15 days), so the
    // object is reconciled by Id as with `full`.
    int reconcileAfterDays = 14;
    bool push = true;
    bool pull = true;
    // Query requests open at once. QNetworkAccessManager opens at most 6 connections per host over
    // HTTP/1.1 and queues any further request inside, where it would wait without being sent; and the
    // org counts concurrent requests against a limit shared with every other user of it, so a sync
    // keeps to what one connection pool carries.
    int maxRequestsInFlight = 6;
    // A full pull splits an entity's query into SystemModstamp ranges of about this many records (10
    // pages), read at the same time; each range costs about one partly filled page more.
    qint64 recordsPerRange = 20'000;
};

struct EntityCounts {
    qint64 pulled = 0, deleted = 0, pushed = 0, failed = 0;
};

struct SyncErrorItem {
    QString object, id, code, message;
};

struct SyncSummary {
    std::map<QString, EntityCounts> entities; // by local entity name ("volunteer")
    qint64 conflicts = 0;                     // new conflicts found by this run
    std::vector<SyncErrorItem> errors;        // records the org refused, or that could not be applied
    qint64 durationMs = 0;
    qint64 apiCalls = 0;
    bool pulled = false; // the run pulled too (not a push alone)

    qint64 failed() const {
        qint64 n = 0;
        for (const auto& [entity, c] : entities)
            n += c.failed;
        return n;
    }
};

struct SyncProgress {
    QString phase;   // "push", "pull"
    QString object;  // Salesforce object or local entity
    qint64 done = 0; // records so far in this object
    qint64 total = 0;
    // The whole pull: records applied so far, of the records its queries hold as far as known yet (each
    // object's count is known once its first answer came).
    qint64 allDone = 0;
    qint64 allTotal = 0;
};

using ProgressCallback = std::function<void(const SyncProgress&)>;

} // namespace vms
