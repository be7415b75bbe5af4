#include "core/db/Database.h"

#include "core/common/Logging.h"
#include "core/db/DeferredIndexes.h"
#include "core/db/Migrations.h"
#include "core/db/Sqlite.h"
#include "core/db/WriteTurn.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <memory>

namespace vms {

std::atomic<quint64> Database::s_nextInstance{1};

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Database)
};

constexpr char kSqliteMagic[] = "SQLite format 3";

// A non-empty file that does not start with SQLite's magic header is not ours to touch.
Status checkIsSqliteOrEmpty(const QString& path) {
    QFile f(path);
    if (!f.exists() || f.size() == 0)
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error::database(Tr::tr("Cannot read the local cache %1: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (!head.startsWith(QByteArray(kSqliteMagic)))
        return Error::database(
            Tr::tr("The local cache %1 is not a VMS database (it may be corrupt). It was left "
                   "untouched; move it aside to start a fresh cache.")
                .arg(path),
            QStringLiteral("NOTADB"));
    return {};
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_instance(s_nextInstance++) {}

Database::~Database() {
    // Connections of other threads are their own to close; close this thread's if it is open.
    releaseThreadConnection();
}

Result<std::shared_ptr<Database>> Database::open(const QString& path) {
    if (Status s = checkIsSqliteOrEmpty(path); !s)
        return s.error();
    const bool existed = QFileInfo::exists(path);
    std::shared_ptr<Database> db(new Database(path));
    QSqlDatabase conn = db->connection();
    if (!conn.isOpen())
        return Error::database(
            Tr::tr("Cannot open the local cache %1: %2").arg(path, conn.lastError().text()));
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Reading the schema touches every page header SQLite needs; a damaged file fails here.
    QSqlQuery probe(conn);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error::database(QStringLiteral("The local cache %1 is damaged (%2). It was left untouched.")
                                   .arg(path, probe.lastError().text()),
                               QStringLiteral("CORRUPT"));
    probe.finish();
    // Indexes a first sync set aside and did not get to put back (it was killed): back first, so
    // migrations and queries find the schema they expect.
    // Not a reason to refuse the cache: without them queries are only slower, and the next sync retries.
    if (Migrations::currentVersion(conn) >= 1) {
        auto raw = sqlite::Connection::forQtConnection(conn);
        const Status restored = raw ? DeferredIndexes::restore(raw.value()) : Status(raw.error());
        if (!restored)
            qCWarning(lcDb) << "cannot rebuild deferred indexes:" << restored.error().message;
    }
    if (Status s = Migrations::migrate(conn); !s)
        return s.error();
    return db;
}

QString Database::connectionName() const {
    return QStringLiteral("vms-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

QSqlDatabase Database::connection() const {
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqlite::kBusyTimeoutMs));
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    if (Status s = configure(db); !s)
        qCWarning(lcDb) << "cannot configure connection:" << s.error().message;
    return db;
}

void Database::releaseThreadConnection() const {
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::configure(QSqlDatabase& db) {
    QSqlQuery q(db);
    // WAL lets the GUI read while the sync thread writes. synchronous=FULL syncs the WAL at every
    // commit, so an attendance mark shown on screen survives a power cut, not only a process crash;
    // in WAL mode that costs one fsync per transaction, and sync applies a whole page per transaction.
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL",
                               "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Error::database(q.lastError().text());
    }
    // Waiting for the lock: a retry every millisecond where the handle is ours to reach (sqlite::
    // retryWhenBusy says why), else SQLite's own handler with the same limit (QSQLITE_BUSY_TIMEOUT).
    if (sqlite3* handle = sqlite::sharedHandle(db))
        sqlite::retryWhenBusy(handle);
    return {};
}

QString Database::quickCheck() const {
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    return problems.join(u'\n');
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    QSqlQuery begin(m_db);
    {
        // Ahead of the sync's next slice (WriteTurn).
        const WriteTurn::Waiting waiting(m_db.databaseName());
        m_begun = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (m_begun)
        return;
    const QSqlError why = begin.lastError();
    qCWarning(lcDb) << "cannot begin a write transaction:" << why.text();
    if (sqlite::isBusyCode(why.nativeErrorCode()))
        m_beginError = Error::busy(
            Tr::tr("The local cache stayed busy: another VMS program kept writing to it for more than %1 "
                   "seconds. Nothing was saved; try again.")
                .arg(sqlite::kBusyTimeoutMs / 1000));
    else
        m_beginError =
            Error::database(Tr::tr("Cannot start saving: %1").arg(why.text()), why.nativeErrorCode());
}

Transaction::~Transaction() {
    if (m_begun && !m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
    if (!m_begun)
        return m_beginError;
    m_done = true;
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString why = commit.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error::database(QStringLiteral("Cannot save: %1").arg(why));
    }
    return {};
}

} // namespace vms
