#pragma once

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/CacheApplier.h"
#include "core/sync/Pusher.h"
#include "core/sync/RecordFilter.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <nlohmann/json.hpp>

namespace vms::test {

// Tokens straight from the fake org, as if the user had signed in; a refresh asks the org for new ones.
class OrgTokenSource final : public AccessTokenSource {
public:
    explicit OrgTokenSource(fakeforce::Org& org)
        : m_org(org) {
        m_token = m_org.issueTokens().accessToken;
    }
    QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) override {
        // Requests in flight together all see the same expired token; only the first asks for a new one.
        if (m_token == rejected) {
            ++refreshes;
            m_token = m_org.issueTokens().accessToken;
        }
        const QByteArray t = m_token;
        QTimer::singleShot(0, context, [done, t] { done(t); });
    }
    int refreshes = 0; // new tokens issued

private:
    fakeforce::Org& m_org;
    QByteArray m_token;
};

// Compares the whole local cache with the fake org: every live org record routed to an entity must be
// cached with the same values (or be kept as a sync issue, with a reason), and nothing else may be
// cached. Returns a description of the first differences; empty when they agree.
inline QStringList compareCacheWithOrg(QSqlDatabase db, fakeforce::Org& org, const OrgMapping& mapping) {
    QStringList diffs;
    // Ids the org holds as deleted: a participation pointing at one goes with it.
    QSet<std::string> deleted;
    for (const EntityMapping& e : mapping.entities())
        for (const nlohmann::json& r : nlohmann::json::parse(org.dumpJson(e.object).toStdString()))
            if (r.value("IsDeleted", false))
                deleted.insert(r["Id"].get<std::string>());
    auto pointsAtDeleted = [&](const nlohmann::json& r) {
        for (const char* f : {"Session__c", "Contact__c"}) {
            const auto it = r.find(f);
            if (it != r.end() && it->is_string() && deleted.contains(it->get<std::string>()))
                return true;
        }
        return false;
    };
    // Parsed once: the routing below asks every record about every earlier entity.
    std::vector<decltype(RecordFilter::parse(QString()))> filters;
    for (const EntityMapping& e : mapping.entities())
        filters.push_back(RecordFilter::parse(e.filter));
    for (const EntityMapping& e : mapping.entities()) {
        const auto& filter = filters[size_t(&e - mapping.entities().data())];
        const QByteArray dump = org.dumpJson(e.object);
        const nlohmann::json all = nlohmann::json::parse(dump.toStdString());
        // The same records read as the pull reads them (a page of the fields the filters and the mapping
        // name), so routing and values go through RecordFilter and CacheApplier::convert as in a sync.
        QStringList pageFields;
        for (const EntityMapping& other : mapping.entities())
            if (other.object == e.object) {
                pageFields << filters[size_t(&other - mapping.entities().data())]->fields();
                for (const FieldMapping& f : other.fields)
                    pageFields << f.sfField;
            }
        pageFields.removeDuplicates();
        RecordPage page(pageFields);
        if (!page.parse(QByteArray(R"({"records":)") + dump + '}'))
            return {
                QStringLiteral("%1: the org's records do not read as a page: %2").arg(e.object, page.why())};
        auto filterSlots = [&page](const RecordFilter& f) {
            std::vector<int> slots;
            for (const QString& field : f.fields())
                slots.push_back(page.slot(field));
            return slots;
        };
        QHash<QString, int> expected; // Salesforce Id -> the record's index in `all` and `page`
        for (int i = 0; i < static_cast<int>(all.size()); ++i) {
            const nlohmann::json& r = all[static_cast<size_t>(i)];
            if (r.value("IsDeleted", false))
                continue;
            const RecordView record(page, i);
            // First matching entity of the object wins (same rule as the engine).
            bool earlier = false;
            for (const EntityMapping& other : mapping.entities()) {
                if (&other == &e)
                    break;
                const auto& otherFilter = filters[size_t(&other - mapping.entities().data())];
                if (other.object == e.object && otherFilter->matches(record, filterSlots(*otherFilter)))
                    earlier = true;
            }
            if (e.table == u"participations" && pointsAtDeleted(r))
                continue;
            if (!earlier && filter->matches(record, filterSlots(*filter)))
                expected.insert(QString::fromStdString(r["Id"].get<std::string>()), i);
        }
        QHash<QString, QVariantMap> local;
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 WHERE sf_id IS NOT NULL").arg(e.table));
        while (q.next()) {
            QVariantMap row;
            const QSqlRecord rec = q.record();
            for (int i = 0; i < rec.count(); ++i)
                row.insert(rec.fieldName(i), rec.value(i));
            local.insert(row.value(QStringLiteral("sf_id")).toString(), row);
        }
        QSet<QString> issues;
        q.prepare(QStringLiteral("SELECT sf_id FROM sync_issues WHERE entity=?"));
        q.addBindValue(e.entity);
        q.exec();
        while (q.next())
            issues.insert(q.value(0).toString());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!local.contains(it.key())) {
                if (!issues.contains(it.key()))
                    diffs << QStringLiteral("%1 %2 missing locally").arg(e.entity, it.key());
                continue;
            }
            const QVariantMap& row = local[it.key()];
            const RecordView record(page, it.value());
            for (const FieldMapping& f : e.fields) {
                QVariant v;
                const int slot = page.slot(f.sfField);
                CacheApplier::Bound converted;
                QString problem;
                if (record.value(slot).kind != RecordPage::Kind::Missing &&
                    CacheApplier::convert(record, slot, f.type, converted, problem))
                    v = converted.toVariant();
                if (!Pusher::sameValue(v, row.value(f.column)) &&
                    !(f.type == FieldType::Bool && !v.toBool() && !row.value(f.column).toBool()))
                    diffs << QStringLiteral("%1 %2 %3: org '%4' local '%5'")
                                 .arg(e.entity, it.key(), f.column, v.toString(),
                                      row.value(f.column).toString());
            }
            if (diffs.size() > 20)
                return diffs;
        }
        for (auto it = local.begin(); it != local.end(); ++it)
            if (!expected.contains(it.key()))
                diffs << QStringLiteral("%1 %2 cached but not (or no longer) in the org")
                             .arg(e.entity, it.key());
        if (diffs.size() > 20)
            return diffs;
    }
    return diffs;
}

// How OrgWorld::openWorld sets up the fake org and the client.
struct WorldOptions {
    QString scale = QStringLiteral("tiny");
    int queryBatchSize = 0; // 0: the client's own
};

// The set-up every test against the in-process fake org starts from: the org (its clock frozen), the
// network to it, tokens, a client that retries without waiting, an empty cache in a folder of its own and
// the default mapping. A test class derives from it beside QObject, so the members are the test's own, and
// calls openWorld() in init() and closeWorld() in cleanup().
class OrgWorld {
protected:
    void openWorld(const WorldOptions& options = {}) {
        m_dir = std::make_unique<QTemporaryDir>();
        fakeforce::Org::Options o;
        o.scale = options.scale;
        m_org = std::make_unique<fakeforce::Org>(o);
        m_org->setClockFrozen(true);
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_tokens = std::make_unique<OrgTokenSource>(*m_org);
        SalesforceClientOptions client;
        client.baseBackoff = std::chrono::milliseconds(1);
        client.maxBackoff = std::chrono::milliseconds(5);
        if (options.queryBatchSize > 0)
            client.queryBatchSize = options.queryBatchSize;
        m_client = std::make_unique<SalesforceClient>(m_nam.get(), QUrl(m_org->instanceUrl()), m_tokens.get(),
                                                      client);
        auto db = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite")));
        if (!db)
            qFatal("cannot open the test cache: %s", qPrintable(db.error().message));
        m_db = *db;
        auto mapping = OrgMapping::loadDefault();
        if (!mapping)
            qFatal("cannot load the default mapping: %s", qPrintable(mapping.error().message));
        m_mapping = *mapping;
    }
    void closeWorld() {
        m_client.reset();
        m_db.reset();
        m_nam.reset();
        m_org.reset();
    }

    Result<SyncSummary> sync(SyncOptions options = {},
                             const Session& session = sessionAs(Role::Coordinator)) {
        SyncEngine engine(m_db->connection(), *m_client, m_mapping, m_clock, session);
        return engine.run(options);
    }
    LocalChanges changes(Role role = Role::Coordinator) {
        return LocalChanges(m_db->connection(), sessionAs(role), m_clock);
    }
    // The first column of the first row, as a number (-1: no row) or as text.
    qint64 count(const QString& sql, const QVariantList& binds = {}) {
        return scalar(m_db->connection(), sql, binds);
    }
    QString text(const QString& sql, const QVariantList& binds = {}) {
        QSqlQuery q(m_db->connection());
        return exec(q, sql, binds) && q.next() ? q.value(0).toString() : QString();
    }
    // Every sync scenario ends here: the cache holds what the org holds.
    void expectCacheEqualsOrg() {
        const QStringList diffs = compareCacheWithOrg(m_db->connection(), *m_org, m_mapping);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<OrgTokenSource> m_tokens;
    std::unique_ptr<SalesforceClient> m_client;
    std::shared_ptr<Database> m_db;
    OrgMapping m_mapping;
    FixedClock m_clock{QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, Qt::UTC)};
};

} // namespace vms::test
