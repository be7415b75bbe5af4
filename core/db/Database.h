#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace vms {

// The profile's SQLite cache. One named QSqlDatabase connection per thread (QtSql connections must
// not cross threads), each configured the same way: WAL, foreign keys, a busy timeout.
class Database final {
public:
    // Opens (creating if absent) and migrates the cache at `path`. A file that exists but is not a
    // SQLite database is refused with a clear error and never touched.
    static Result<std::shared_ptr<Database>> open(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    // This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes this thread's connection (call before a worker thread ends).
    void releaseThreadConnection() const;

    // SQLite's quick_check; empty when fine.
    QString quickCheck() const;

private:
    explicit Database(QString path);
    QString connectionName() const;
    static Status configure(QSqlDatabase& db);

    QString m_path;
    quint64 m_instance;
    static std::atomic<quint64> s_nextInstance;
};

// A write transaction, RAII: rolls back unless commit() succeeded. It takes SQLite's write lock as it begins
// (BEGIN IMMEDIATE), waiting up to sqlite::kBusyTimeoutMs for another connection's transaction, and ahead of
// the sync's next slice (WriteTurn; the pull commits in short slices). A deferred BEGIN would read first and
// then fail at its first write, without waiting, whenever another connection had written meanwhile
// ("database is locked"): a user's edit must never fail because a sync is writing.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool begun() const { return m_begun; }
    // Why it did not begin: ErrorKind::Busy when another writer kept the lock past the wait.
    const Error& beginError() const { return m_beginError; }
    Status commit();

private:
    QSqlDatabase m_db;
    Error m_beginError;
    bool m_begun = false;
    bool m_done = false;
};

} // namespace vms
