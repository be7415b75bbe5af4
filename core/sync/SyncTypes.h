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
    // Query requests open at once. Over a real network each costs a round trip (~150 ms) the org spends
    // mostly waiting, so a first sync's ~330 pages take 330 / N round trips. The client sends past
    // QNetworkAccessManager's 6 connections per host on managers of its own (SalesforceClient's
    // maxConnections). Salesforce's concurrent API request limit counts only requests that run 20 s or
    // longer ("Salesforce Developer Limits"), which a 2,000-record page is not; 12 keeps a sync a modest
    // share of the org even so, and the memory for pages fetched ahead bounded (QueryPool).
    int maxRequestsInFlight = 12;
    // A full pull splits an entity's query into SystemModstamp ranges of about this many records (15
    // pages), read at the same time; each range costs about one partly filled page more, a long one read
    // from both ends one more again. (At seed and 150 ms per call, 20,000 took 11.5-11.8 s with 1.24 calls
    // per page, at the budget's edge of 1.25; 30,000 12.5-13.1 s with 1.21; 40,000 14.7 s.)
    qint64 recordsPerRange = 30'000;
    // A range whose first page says it holds more records than this is read from both ends at once (its
    // pages come one round trip after another, and the plan cannot know how the records spread over the
    // stamps, so some ranges come out long); each costs about one page more.
    qint64 twoEndedFromRecords = 6'000;
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
