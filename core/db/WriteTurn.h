#pragma once

#include <QString>

namespace vms::WriteTurn {

// Gives a user's edit its turn at the cache's write lock ahead of the sync's next slice.
//
// SQLite keeps no queue for its write lock: whoever asks when it is free gets it. The pull commits in
// short slices and takes the lock again a moment later (once its next page is parsed); a writer waiting
// for the lock retries every millisecond (sqlite::retryWhenBusy), and on a busy machine it can miss those
// moments again and again. So a writer says it is waiting, by holding a shared lock on the file
// "<database>-writers" while it waits; the pull ends its slice at the next page when someone is waiting,
// and before each slice waits until nobody is.
// Works across processes (vms-cli beside the desktop program) and between threads of one. Where the file
// cannot be used (no such lock on the platform, a read-only folder), both sides carry on without it and
// the retries still get the writer in, only less surely.

// Held by a writer while it waits for the write lock (Transaction).
class Waiting final {
public:
    explicit Waiting(const QString& databasePath);
    ~Waiting();
    Waiting(const Waiting&) = delete;
    Waiting& operator=(const Waiting&) = delete;

private:
    int m_fd = -1;
};

// The sync, between two of its transactions: returns once no writer is waiting (or after
// sqlite::kBusyTimeoutMs, should one never stop).
void letWaitingWritersIn(const QString& databasePath);

// The sync, within a transaction: whether a writer is waiting for the lock (so it should commit soon).
bool writersWaiting(const QString& databasePath);

} // namespace vms::WriteTurn
