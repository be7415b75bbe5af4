#include "core/sync/SyncJournal.h"

namespace vms {

namespace {

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

Result<SyncJournal> SyncJournal::open(sqlite::Connection& db) {
    SyncJournal journal(db);
    const std::pair<sqlite::Statement*, const char*> statements[] = {
        {&journal.m_state, "SELECT watermark, last_pull_at FROM sync_state WHERE entity=?"},
        {&journal.m_raiseWatermark,
         "INSERT INTO sync_state(entity, watermark) VALUES(?,?) ON CONFLICT(entity) DO UPDATE SET "
         "watermark=excluded.watermark WHERE excluded.watermark > coalesce(sync_state.watermark,'')"},
        {&journal.m_markPulled,
         "INSERT INTO sync_state(entity, last_pull_at, last_full_at, last_error) VALUES(?,?,?,NULL) "
         "ON CONFLICT(entity) DO UPDATE SET last_pull_at=excluded.last_pull_at, "
         "last_full_at=coalesce(excluded.last_full_at, sync_state.last_full_at), last_error=NULL"},
        {&journal.m_forgetWatermark, "UPDATE sync_state SET watermark=NULL WHERE entity=?"},
        {&journal.m_ranges,
         "SELECT query, range_from, range_to, watermark, done, planned_at FROM sync_ranges "
         "WHERE object=? ORDER BY query, range_from"},
        {&journal.m_saveRange, "INSERT OR IGNORE INTO sync_ranges(object, query, range_from, range_to, "
                               "planned_at) VALUES(?,?,?,?,?)"},
        {&journal.m_updateRange,
         "UPDATE sync_ranges SET watermark=?, done=? WHERE object=? AND query=? AND range_from=?"},
        {&journal.m_clearRanges, "DELETE FROM sync_ranges WHERE object=?"},
        {&journal.m_tombstone, "INSERT OR REPLACE INTO tombstones(sf_id, object, seen_at) VALUES(?,?,?)"},
        {&journal.m_anyIssue, "SELECT 1 FROM sync_issues LIMIT 1"},
        {&journal.m_saveIssue,
         "INSERT INTO sync_issues(entity,sf_id,code,message,payload,first_seen,last_seen) "
         "VALUES(?,?,?,?,?,?,?) ON CONFLICT(entity,sf_id) DO UPDATE SET code=excluded.code, "
         "message=excluded.message, payload=excluded.payload, last_seen=excluded.last_seen, "
         "attempts=sync_issues.attempts+1"},
        {&journal.m_clearIssue, "DELETE FROM sync_issues WHERE entity=? AND sf_id=?"},
        {&journal.m_kept, "SELECT entity, sf_id FROM sync_issues WHERE code='KEPT_FOR_LOCAL_CHANGE'"},
        {&journal.m_toRetry, "SELECT sf_id, payload FROM sync_issues WHERE entity=? AND "
                             "code != 'KEPT_FOR_LOCAL_CHANGE' ORDER BY id"},
        {&journal.m_touchIssue, "UPDATE sync_issues SET attempts=attempts+1, last_seen=?, code=?, message=? "
                                "WHERE entity=? AND sf_id=?"},
        {&journal.m_issues, "SELECT entity, sf_id, code, message FROM sync_issues ORDER BY id LIMIT ?"},
    };
    for (const auto& [into, sql] : statements) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        *into = std::move(st).value();
    }
    return journal;
}

Result<std::vector<std::pair<std::string, std::string>>> SyncJournal::pairs(sqlite::Statement& st) {
    std::vector<std::pair<std::string, std::string>> rows;
    for (;;) {
        const auto step = st.step();
        if (step == sqlite::Statement::StepResult::Done)
            return rows;
        if (step == sqlite::Statement::StepResult::Error)
            return m_db->error(QStringLiteral("sync journal"));
        rows.emplace_back(st.columnText(0), st.columnText(1));
    }
}

Result<SyncJournal::ObjectState> SyncJournal::state(const std::string& object) {
    m_state.bindText(1, object);
    ObjectState state;
    const auto step = m_state.step();
    if (step == sqlite::Statement::StepResult::Error)
        return m_db->error(QStringLiteral("sync journal"));
    if (step == sqlite::Statement::StepResult::Row) {
        state.watermark = std::string(m_state.columnText(0));
        state.lastPull = std::string(m_state.columnText(1));
        m_state.reset();
    }
    return state;
}

Status SyncJournal::raiseWatermark(const std::string& object, std::string_view stamp) {
    m_raiseWatermark.bindText(1, object);
    m_raiseWatermark.bindText(2, stamp);
    return m_raiseWatermark.exec();
}

Status SyncJournal::markPulled(const std::string& object, const std::string& pulledAt, bool full) {
    m_markPulled.bindText(1, object);
    m_markPulled.bindText(2, pulledAt);
    if (full)
        m_markPulled.bindText(3, pulledAt);
    else
        m_markPulled.bindNull(3);
    return m_markPulled.exec();
}

Status SyncJournal::readAgainInFull(const std::string& object) {
    m_forgetWatermark.bindText(1, object);
    if (Status s = m_forgetWatermark.exec(); !s)
        return s;
    return clearRanges(object);
}

Result<std::vector<SyncJournal::Range>> SyncJournal::ranges(const std::string& object) {
    m_ranges.bindText(1, object);
    std::vector<Range> ranges;
    for (;;) {
        const auto step = m_ranges.step();
        if (step == sqlite::Statement::StepResult::Done)
            return ranges;
        if (step == sqlite::Statement::StepResult::Error)
            return m_db->error(QStringLiteral("sync journal"));
        Range r;
        r.entity = std::string(m_ranges.columnText(0));
        r.from = std::string(m_ranges.columnText(1));
        r.to = std::string(m_ranges.columnText(2));
        r.watermark = std::string(m_ranges.columnText(3));
        r.done = m_ranges.columnInt(4) != 0;
        r.plannedAt = std::string(m_ranges.columnText(5));
        ranges.push_back(std::move(r));
    }
}

Status SyncJournal::saveRange(const std::string& object, const std::string& entity, const std::string& from,
                              const std::string& to, const std::string& plannedAt) {
    m_saveRange.bindText(1, object);
    m_saveRange.bindText(2, entity);
    m_saveRange.bindText(3, from);
    m_saveRange.bindText(4, to);
    m_saveRange.bindText(5, plannedAt);
    return m_saveRange.exec();
}

Status SyncJournal::updateRange(const std::string& object, const std::string& entity, const std::string& from,
                                std::string_view watermark, bool done) {
    if (watermark.empty())
        m_updateRange.bindNull(1);
    else
        m_updateRange.bindText(1, watermark);
    m_updateRange.bindInt(2, done ? 1 : 0);
    m_updateRange.bindText(3, object);
    m_updateRange.bindText(4, entity);
    m_updateRange.bindText(5, from);
    return m_updateRange.exec();
}

Status SyncJournal::clearRanges(const std::string& object) {
    m_clearRanges.bindText(1, object);
    return m_clearRanges.exec();
}

Status SyncJournal::tombstone(std::string_view id, const std::string& object, const std::string& seenAt) {
    m_tombstone.bindText(1, id);
    m_tombstone.bindText(2, object);
    m_tombstone.bindText(3, seenAt);
    return m_tombstone.exec();
}

Result<bool> SyncJournal::anyIssues() {
    const auto step = m_anyIssue.step();
    if (step == sqlite::Statement::StepResult::Error)
        return m_db->error(QStringLiteral("sync journal"));
    if (step != sqlite::Statement::StepResult::Row)
        return false;
    m_anyIssue.reset();
    return true;
}

Status SyncJournal::saveIssue(std::string_view entity, std::string_view id, std::string_view code,
                              std::string_view message, std::string_view payload, std::string_view at) {
    m_saveIssue.bindText(1, entity);
    m_saveIssue.bindText(2, id);
    m_saveIssue.bindText(3, code);
    m_saveIssue.bindText(4, message);
    m_saveIssue.bindText(5, payload);
    m_saveIssue.bindText(6, at);
    m_saveIssue.bindText(7, at);
    return m_saveIssue.exec();
}

Status SyncJournal::clearIssue(std::string_view entity, std::string_view id) {
    m_clearIssue.bindText(1, entity);
    m_clearIssue.bindText(2, id);
    return m_clearIssue.exec();
}

Result<std::vector<std::pair<std::string, std::string>>> SyncJournal::keptForLocalChange() {
    return pairs(m_kept);
}

Result<std::vector<std::pair<std::string, std::string>>>
SyncJournal::issuesToRetry(const std::string& entity) {
    m_toRetry.bindText(1, entity);
    return pairs(m_toRetry);
}

Status SyncJournal::touchIssue(const std::string& entity, const std::string& id, const std::string& at,
                               const std::string& code, const std::string& message) {
    m_touchIssue.bindText(1, at);
    m_touchIssue.bindText(2, code);
    m_touchIssue.bindText(3, message);
    m_touchIssue.bindText(4, entity);
    m_touchIssue.bindText(5, id);
    return m_touchIssue.exec();
}

Result<std::vector<SyncJournal::Issue>> SyncJournal::issues(int limit) {
    m_issues.bindInt(1, limit);
    std::vector<Issue> issues;
    for (;;) {
        const auto step = m_issues.step();
        if (step == sqlite::Statement::StepResult::Done)
            return issues;
        if (step == sqlite::Statement::StepResult::Error)
            return m_db->error(QStringLiteral("sync journal"));
        issues.push_back({fromUtf8(m_issues.columnText(0)), fromUtf8(m_issues.columnText(1)),
                          fromUtf8(m_issues.columnText(2)), fromUtf8(m_issues.columnText(3))});
    }
}

Status SyncJournal::startSeen() {
    if (Status s = m_db->exec("CREATE TEMP TABLE IF NOT EXISTS sync_seen (sf_id TEXT PRIMARY KEY) WITHOUT "
                              "ROWID; DELETE FROM sync_seen");
        !s)
        return s;
    auto st = m_db->prepare("INSERT OR IGNORE INTO sync_seen(sf_id) VALUES(?)");
    if (!st)
        return st.error();
    m_seen = std::move(st).value();
    return {};
}

Status SyncJournal::seen(std::string_view id) {
    m_seen.bindText(1, id);
    return m_seen.exec();
}

QString SyncJournal::notSeenCondition(const QString& table) {
    return QStringLiteral("%1.sf_id IS NOT NULL AND %1.sf_id NOT IN (SELECT sf_id FROM sync_seen)")
        .arg(table);
}

} // namespace vms
