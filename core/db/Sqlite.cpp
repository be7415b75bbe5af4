#include "core/db/Sqlite.h"

#include <QSqlDriver>
#include <QVariant>

#include <chrono>
#include <cstdint>
#include <sqlite3.h>
#include <thread>
#include <utility>

#if __has_include(<dlfcn.h>)
#include <dlfcn.h>
#define VMS_HAVE_DLFCN 1
#endif

namespace vms::sqlite {

namespace {

QString messageOf(sqlite3* db) {
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no database");
}

// sqlite3_busy_handler's callback: `attempt` is 0 at the first retry of each wait, so the wait's start is
// kept per thread (a connection is used by one thread at a time, and a thread waits on one at a time).
int retryEveryMillisecond(void* timeoutMs, int attempt) {
    using Clock = std::chrono::steady_clock;
    thread_local Clock::time_point waitingSince;
    const Clock::time_point now = Clock::now();
    if (attempt == 0)
        waitingSince = now;
    if (now - waitingSince >= std::chrono::milliseconds(reinterpret_cast<std::intptr_t>(timeoutMs)))
        return 0; // give up: the statement fails with SQLITE_BUSY
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 1;
}

} // namespace

// ---- Statement -----------------------------------------------------------------------------------------

Statement::~Statement() {
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::bindNull(int index) {
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindInt(int index, qint64 value) {
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindDouble(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bindText(int index, std::string_view utf8) {
    // An empty view may carry a null data pointer, which SQLite would store as NULL: keep it text.
    sqlite3_bind_text(m_stmt, index, utf8.data() ? utf8.data() : "", static_cast<int>(utf8.size()),
                      SQLITE_STATIC);
}

Statement::StepResult Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    // sqlite3_reset returns the step's error again; the message stays readable until the next call.
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE ? StepResult::Done : StepResult::Error;
}

Status Statement::exec() {
    for (;;) {
        switch (step()) {
        case StepResult::Row:
            continue;
        case StepResult::Done:
            return {};
        case StepResult::Error:
            return Error::database(
                QStringLiteral("%1 (%2)").arg(errorText(), QString::fromUtf8(sqlite3_sql(m_stmt))));
        }
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
}

qint64 Statement::columnInt(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::columnIsNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view Statement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!text)
        return {};
    return {text, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))};
}

QString Statement::errorText() const {
    return messageOf(m_db);
}

// ---- Connection ----------------------------------------------------------------------------------------

Result<Connection> Connection::open(const QString& path) {
    sqlite3* db = nullptr;
    const QByteArray file = path.toUtf8();
    const int rc =
        sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection c(db); // closes db on every return below, even when opening failed
    if (rc != SQLITE_OK)
        return Error::database(QStringLiteral("Cannot open the local cache %1: %2").arg(path, messageOf(db)));
    retryWhenBusy(db);
    sqlite3_extended_result_codes(db, 1);
    if (Status s = c.exec("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; "
                          "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000");
        !s)
        return s.error();
    return c;
}

Result<Connection> Connection::forQtConnection(const QSqlDatabase& db) {
    if (sqlite3* handle = sharedHandle(db))
        return Connection(handle, true);
    return open(db.databaseName());
}

void Connection::close() {
    if (m_db && !m_borrowed)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

ProgressCalls::ProgressCalls(Connection& db, int instructions, std::function<void()> work)
    : m_db(db.m_db)
    , m_work(std::move(work)) {
    if (m_db)
        sqlite3_progress_handler(
            m_db, instructions,
            [](void* self) {
                static_cast<ProgressCalls*>(self)->m_work();
                return 0; // go on with the statement
            },
            this);
}

ProgressCalls::~ProgressCalls() {
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

Connection::~Connection() {
    close();
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_borrowed(other.m_borrowed) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_borrowed = other.m_borrowed;
    }
    return *this;
}

Status Connection::exec(const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString why = message ? QString::fromUtf8(message) : messageOf(m_db);
    sqlite3_free(message);
    return Error::database(QStringLiteral("%1 (%2)").arg(why, QString::fromUtf8(sql)));
}

Result<Statement> Connection::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK)
        return Error::database(QStringLiteral("%1 (%2)").arg(
            messageOf(m_db), QString::fromUtf8(sql.data(), static_cast<qsizetype>(sql.size()))));
    return Statement(m_db, stmt);
}

qint64 Connection::changes() const {
    return sqlite3_changes64(m_db);
}

QString Connection::path() const {
    const char* file = m_db ? sqlite3_db_filename(m_db, "main") : nullptr;
    return file ? QString::fromUtf8(file) : QString();
}

bool Connection::inTransaction() const {
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

QString Connection::errorText() const {
    return messageOf(m_db);
}

Error Connection::error(const QString& context) const {
    return Error::database(QStringLiteral("%1: %2").arg(context, messageOf(m_db)));
}

void retryWhenBusy(sqlite3* db, int timeoutMs) {
    sqlite3_busy_handler(db, &retryEveryMillisecond,
                         reinterpret_cast<void*>(static_cast<std::intptr_t>(timeoutMs))); // NOLINT
}

bool isBusyCode(int code) {
    const int primary = code & 0xff;
    return primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
}

bool isBusyCode(const QString& nativeErrorCode) {
    bool ok = false;
    const int code = nativeErrorCode.toInt(&ok);
    return ok && isBusyCode(code);
}

sqlite3* sharedHandle(const QSqlDatabase& db) {
#ifdef VMS_HAVE_DLFCN
    const QSqlDriver* driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant v = driver->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* handle = *static_cast<sqlite3* const*>(v.constData());
    if (!handle)
        return nullptr;
    // The driver object's code lives in the QSQLITE plugin: find that library by the driver's vtable,
    // then ask the dynamic linker what sqlite3_open_v2 means there. The same address as in this process's
    // global scope (where VMS's own libsqlite3 is) means the same library, hence the same SQLite state.
    Dl_info info{};
    if (dladdr(*reinterpret_cast<void* const*>(driver), &info) == 0 || !info.dli_fname)
        return nullptr;
    void* plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!plugin)
        return nullptr;
    void* theirs = dlsym(plugin, "sqlite3_open_v2");
    dlclose(plugin);
    void* ours = dlsym(RTLD_DEFAULT, "sqlite3_open_v2");
    return theirs && theirs == ours ? handle : nullptr;
#else
    Q_UNUSED(db);
    return nullptr;
#endif
}

} // namespace vms::sqlite
