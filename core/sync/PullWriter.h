#pragma once

#include "common/Error.h"
#include "db/Sqlite.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace vms {

// The thread that writes a pull into the cache, with its own SQLite connection.
//
// Why a thread: on a first sync the client has two big jobs per page, parsing ~1 MB of JSON and
// writing ~2,000 rows, and the development machine has two cores (shared with the org on loopback).
// The sync engine's thread fetches and parses page N+1 while this one writes page N.
//
// Tasks run one at a time, in the order given, on the connection given (it is used by this thread
// only, from construction to destruction; whoever gave it must not touch it, nor the QtSql connection
// it may be borrowed from, while a task may run — i.e. except between a call() and the next post()). post()
// queues without waiting, for pages; call() waits for its own task, for everything whose answer the engine
// needs. Once a posted task fails, later posted tasks are skipped and post() returns that failure, so the
// producer stops; call() tasks always run (they roll back or commit, and put deferred indexes back), and
// takeFailure() hands the failure over.
class PullWriter final {
public:
    using Task = std::function<Status(sqlite::Connection& db)>;

    // `connection`: the pull's connection, or why there is none (then every task fails with that).
    explicit PullWriter(Result<sqlite::Connection> connection);
    ~PullWriter();
    PullWriter(const PullWriter&) = delete;
    PullWriter& operator=(const PullWriter&) = delete;

    // Runs `task` after every task queued before it, and returns its status.
    Status call(Task task);
    // Queues `task`, first waiting while `maxWaiting` tasks already wait (so a fast producer holds at
    // most that many parsed pages). Returns the first failure of a posted task, if any.
    Status post(Task task, size_t maxWaiting);
    // For a running task: whether another task is already waiting (so the writer is the bottleneck and
    // a transaction may stay open for the next page).
    bool hasWaiting() const;
    // The failure that stopped posted tasks (then cleared), or success.
    Status takeFailure();

private:
    struct Item {
        Task task;
        Status* result = nullptr; // call(): where its status goes
        bool* finished = nullptr; // call(): set when it ran
    };
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // the writer waits for work
    std::condition_variable m_done; // producers wait for room or for their call
    std::deque<Item> m_queue;
    bool m_stop = false;
    std::optional<Error> m_failure;
    Result<sqlite::Connection> m_connection;
    std::thread m_thread;
};

} // namespace vms
