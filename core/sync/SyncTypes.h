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
};

using ProgressCallback = std::function<void(const SyncProgress&)>;

} // namespace vms
