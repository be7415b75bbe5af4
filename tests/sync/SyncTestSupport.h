#pragma once

#include "Org.h"
#include "core/db/Database.h"
#include "core/salesforce/AccessTokenSource.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/CacheApplier.h"
#include "core/sync/Pusher.h"
#include "core/sync/RecordFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>

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
        const nlohmann::json all = nlohmann::json::parse(org.dumpJson(e.object).toStdString());
        QHash<QString, nlohmann::json> expected;
        for (const nlohmann::json& r : all) {
            if (r.value("IsDeleted", false))
                continue;
            // First matching entity of the object wins (same rule as the engine).
            bool earlier = false;
            for (const EntityMapping& other : mapping.entities()) {
                if (&other == &e)
                    break;
                if (other.object == e.object &&
                    filters[size_t(&other - mapping.entities().data())]->matches(r))
                    earlier = true;
            }
            if (e.table == u"participations" && pointsAtDeleted(r))
                continue;
            if (!earlier && filter->matches(r))
                expected.insert(QString::fromStdString(r["Id"].get<std::string>()), r);
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
            for (const FieldMapping& f : e.fields) {
                QVariant v;
                QString problem;
                const auto sv = it.value().find(f.sfField.toStdString());
                if (sv != it.value().end())
                    CacheApplier::convert(*sv, f.type, v, problem);
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

inline qint64 scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace vms::test
