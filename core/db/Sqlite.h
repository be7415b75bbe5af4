#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace vms::sqlite {

// A thin RAII layer over SQLite's C API, for the one place where QtSql's per-value cost shows: the
// sync's bulk writes (hundreds of thousands of rows on a first sync). QtSql binds every value as a
// QVariant holding a QString (UTF-16, converted back to UTF-8 by SQLite) and copies every result;
// here a value the org sent as UTF-8 is bound straight from the parsed page, without a copy.
//
// Everything else in VMS stays on QtSql. The sync borrows the SQLite connection under its own QtSql
// connection (Connection::forQtConnection), on that connection's thread, so both see one database state;
// only where that is not possible does it open a second connection to the same file, configured as
// Database::configure does. Either way a Connection is used by one thread at a time (QtSql opens its
// connections without SQLite's per-call mutex).

class Statement final {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite. Text is bound without a copy (SQLITE_STATIC): the bytes must
    // stay valid until the statement has run (exec() returned, or step() gave Done or Error).
    void bindNull(int index);
    void bindInt(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindText(int index, std::string_view utf8);

    enum class StepResult { Row, Done, Error };
    // One step. After Done or Error the statement is reset (bindings kept) so it can run again.
    StepResult step();
    // Runs to completion (ignoring any rows), then resets. The error names the statement's SQL.
    Status exec();
    // Resets after rows were read and not all stepped through.
    void reset();

    qint64 columnInt(int column) const;
    bool columnIsNull(int column) const;
    std::string_view columnText(int column) const;

    QString errorText() const;

private:
    friend class Connection;
    Statement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt) {}
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

class Connection final {
public:
    // Opens an existing cache file read-write and configures it like Database::configure (WAL, foreign
    // keys, busy timeout), with synchronous=NORMAL: see SyncEngine::pull for why that is safe there.
    static Result<Connection> open(const QString& path);
    // The SQLite connection under a QtSql one, borrowed (never closed here), when it provably runs on
    // the same SQLite library as this code (see sharedHandle()); else a new connection to the same file
    // (open()). Sharing the connection keeps one view of the data for the caller: a statement it keeps
    // open on `db` does not pin a snapshot older than what was written here.
    static Result<Connection> forQtConnection(const QSqlDatabase& db);
    bool isBorrowed() const { return m_borrowed; }

    Connection() = default;
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    // The database file's path.
    QString path() const;
    // One or more statements without parameters.
    Status exec(const char* sql);
    Status exec(const std::string& sql) { return exec(sql.c_str()); }
    Result<Statement> prepare(std::string_view sql);
    // Rows changed by the last INSERT, UPDATE or DELETE (not counting triggers or cascades).
    qint64 changes() const;
    bool inTransaction() const;
    QString errorText() const;
    Error error(const QString& context) const;

private:
    friend class ProgressCalls;
    explicit Connection(sqlite3* db, bool borrowed = false)
        : m_db(db)
        , m_borrowed(borrowed) {}
    void close();
    sqlite3* m_db = nullptr;
    bool m_borrowed = false;
};

// While it lives, calls `work` about every `instructions` virtual-machine steps of whatever runs on `db`:
// a long single statement (building an index) then still lets its thread do other work, such as taking
// in network answers. `work` must not use `db`.
class ProgressCalls final {
public:
    ProgressCalls(Connection& db, int instructions, std::function<void()> work);
    ~ProgressCalls();
    ProgressCalls(const ProgressCalls&) = delete;
    ProgressCalls& operator=(const ProgressCalls&) = delete;

private:
    sqlite3* m_db;
    std::function<void()> m_work;
};

// How long a write waits for another connection's write transaction before it gives up with "database is
// locked". Far longer than any transaction VMS holds: the sync's pull commits in slices of at most ~0.25 s,
// and at the end of a page when a user's edit is waiting (SyncEngine.cpp, WriteTurn); its longest single
// step, building one index after a first load, takes about a second at `seed` scale.
inline constexpr int kBusyTimeoutMs = 10'000;

// Makes `db` wait for a locked database by trying again every millisecond, up to `timeoutMs`. SQLite's own
// busy handler (sqlite3_busy_timeout) backs off to one try every 100 ms, so a user's edit waiting behind the
// pull would mostly miss the short moments between the pull's slices when the lock is free; trying every
// millisecond gets it in at the first of them.
void retryWhenBusy(sqlite3* db, int timeoutMs = kBusyTimeoutMs);

// Whether a SQLite result code (primary or extended, as a number or as QSqlError::nativeErrorCode() text)
// means another connection held the lock: SQLITE_BUSY or SQLITE_LOCKED.
bool isBusyCode(int code);
bool isBusyCode(const QString& nativeErrorCode);

// The sqlite3* of a QSQLITE connection, or null unless the Qt driver uses this very SQLite library.
// Qt's driver may carry its own copy of SQLite (Qt's official binaries do); a handle from another copy
// must never reach this library's functions. On Debian the driver links the system libsqlite3, as VMS
// does, and the check (which library the driver's plugin resolves sqlite3_open_v2 to) proves it.
sqlite3* sharedHandle(const QSqlDatabase& db);

// UTF-8 of a QString, for binding.
inline std::string utf8(const QString& s) {
    return s.toStdString();
}

} // namespace vms::sqlite
