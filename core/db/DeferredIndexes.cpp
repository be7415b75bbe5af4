#include "core/db/DeferredIndexes.h"

#include "core/db/Sqlite.h"
#include "core/db/WriteTurn.h"

#include <functional>
#include <utility>
#include <vector>

namespace vms::DeferredIndexes {

namespace {

constexpr std::string_view kKeyPrefix = "deferred_index.";
constexpr std::string_view kCreate = "CREATE INDEX ";

Status inTransaction(sqlite::Connection& db, const std::function<Status()>& work) {
    WriteTurn::letWaitingWritersIn(db.path());
    if (Status s = db.exec("BEGIN IMMEDIATE"); !s)
        return s;
    Status s = work();
    if (s)
        s = db.exec("COMMIT");
    if (!s)
        (void)db.exec("ROLLBACK");
    return s;
}

} // namespace

Status defer(sqlite::Connection& db, const std::string& table) {
    auto list = db.prepare("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name=? AND "
                           "substr(sql, 1, 13) = 'CREATE INDEX '");
    if (!list)
        return list.error();
    sqlite::Statement q = std::move(list).value();
    q.bindText(1, table);
    std::vector<std::pair<std::string, std::string>> indexes;
    while (q.step() == sqlite::Statement::StepResult::Row)
        indexes.emplace_back(q.columnText(0), q.columnText(1));
    if (indexes.empty())
        return {};
    return inTransaction(db, [&]() -> Status {
        auto keep = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        if (!keep)
            return keep.error();
        sqlite::Statement k = std::move(keep).value();
        for (const auto& [name, sql] : indexes) {
            const std::string key = std::string(kKeyPrefix) + name;
            k.bindText(1, key);
            k.bindText(2, sql);
            if (Status s = k.exec(); !s)
                return s;
            // The name comes from sqlite_master (our own schema); quoted as an identifier all the same.
            std::string quoted;
            for (const char c : name)
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            if (Status s = db.exec("DROP INDEX \"" + quoted + "\""); !s)
                return s;
        }
        return {};
    });
}

Status restore(sqlite::Connection& db, int* rebuilt) {
    if (rebuilt)
        *rebuilt = 0;
    auto list =
        db.prepare("SELECT key, value FROM meta WHERE substr(key, 1, 15) = 'deferred_index.' ORDER BY key");
    if (!list)
        return list.error();
    sqlite::Statement q = std::move(list).value();
    std::vector<std::pair<std::string, std::string>> indexes;
    while (q.step() == sqlite::Statement::StepResult::Row)
        indexes.emplace_back(q.columnText(0), q.columnText(1));
    if (indexes.empty())
        return {};
    auto forget = db.prepare("DELETE FROM meta WHERE key=?");
    if (!forget)
        return forget.error();
    sqlite::Statement f = std::move(forget).value();
    // One transaction per index (its CREATE and forgetting it): each holds the write lock only as long as
    // one index takes to build, so a user's edit waiting for the lock gets in between two of them.
    for (const auto& [key, sql] : indexes) {
        // Only what defer() stored is run; "IF NOT EXISTS" makes a repeat harmless.
        if (sql.compare(0, kCreate.size(), kCreate) != 0)
            return Error::database(QStringLiteral("Unexpected deferred index statement for %1")
                                       .arg(QString::fromStdString(key)));
        std::string statement = sql;
        statement.insert(kCreate.size(), "IF NOT EXISTS ");
        Status s = inTransaction(db, [&]() -> Status {
            if (Status c = db.exec(statement); !c)
                return c;
            f.bindText(1, key);
            return f.exec();
        });
        if (!s)
            return s;
        if (rebuilt)
            ++*rebuilt;
    }
    return {};
}

} // namespace vms::DeferredIndexes
