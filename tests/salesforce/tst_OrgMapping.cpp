// The object/field mapping as data: the embedded default matches salesforce-org.md and the local schema,
// every default query is one the fake org (which implements the documented schema) accepts, and a bad
// override is refused with a message that says why.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/db/Database.h"
#include "core/salesforce/OrgMapping.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/Soql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <nlohmann/json.hpp>

using namespace vms;

namespace {

class StaticToken final : public AccessTokenSource {
public:
    explicit StaticToken(QByteArray token)
        : m_token(std::move(token)) {}
    QByteArray accessToken() const override { return m_token; }
    void refreshAccessToken(const QByteArray&, QObject*, RefreshCallback done) override {
        done(Error{ErrorKind::Auth, QStringLiteral("no refresh in this test"), {}});
    }

private:
    QByteArray m_token;
};

QByteArray defaultJson() {
    QFile f(QString::fromLatin1(OrgMapping::kDefaultResource));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOrgMapping final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultLoadsInDependencyOrder() {
        auto m = OrgMapping::loadDefault();
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QStringList names;
        for (const EntityMapping& e : m->entities())
            names << e.entity;
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("organization"), QStringLiteral("district"), QStringLiteral("school"),
                         QStringLiteral("class"), QStringLiteral("volunteer"), QStringLiteral("teacher"),
                         QStringLiteral("student"), QStringLiteral("affiliation"), QStringLiteral("event"),
                         QStringLiteral("participation"), QStringLiteral("activity")}));
        const EntityMapping* v = m->entity(QStringLiteral("volunteer"));
        QVERIFY(v);
        QCOMPARE(v->object, QStringLiteral("Contact"));
        QCOMPARE(v->bySfField(QStringLiteral("FirstName"))->column, QStringLiteral("first_name"));
        QCOMPARE(v->bySfField(QStringLiteral("Volunteer_Skills__c"))->column, QStringLiteral("skills"));
        QCOMPARE(v->bySfField(QStringLiteral("Volunteer_Skills__c"))->type, FieldType::MultiPicklist);
        QCOMPARE(v->bySfField(QStringLiteral("DoNotCall"))->type, FieldType::Bool);
        QCOMPARE(
            m->entity(QStringLiteral("event"))->bySfField(QStringLiteral("Start_Date_and_Time__c"))->type,
            FieldType::DateTimeMs);
        QCOMPARE(m->adminPermissionSet(), QStringLiteral("VMS_Admin"));
        QCOMPARE(m->coordinatorPermissionSet(), QStringLiteral("VMS_Coordinator"));
        QCOMPARE(m->roleForPermissionSets({QStringLiteral("Other"), QStringLiteral("VMS_Coordinator")}),
                 Role::Coordinator);
        QCOMPARE(m->roleForPermissionSets({QStringLiteral("VMS_Coordinator"), QStringLiteral("VMS_Admin")}),
                 Role::Admin);
        QCOMPARE(m->roleForPermissionSets({}), Role::User);

        // Writes, in dependency order: an organization before the walk-in that points at it, an event and a
        // volunteer before the attendance that points at them, and before a logged call or email.
        QCOMPARE(m->writes().size(), size_t(5));
        QCOMPARE(m->writes().front().entity, QStringLiteral("organization"));
        QCOMPARE(m->writes().at(1).entity, QStringLiteral("volunteer"));
        QCOMPARE(m->writes().at(3).entity, QStringLiteral("participation"));
        QCOMPARE(m->writes().back().entity, QStringLiteral("activity"));
        const WriteMapping* p = m->write(QStringLiteral("participation"));
        QVERIFY(p);
        QCOMPARE(p->object, QStringLiteral("Session_Participant__c"));
        QCOMPARE(p->clientIdField, QStringLiteral("VMS_Client_Id__c"));
        QCOMPARE(p->clientIdColumn, QStringLiteral("client_id"));
        QVERIFY(p->upsertByClientId);
        QVERIFY(p->canDelete);
        QCOMPARE(p->createField(QStringLiteral("status"))->sfField, QStringLiteral("Status__c"));
        QCOMPARE(p->createField(QStringLiteral("delivery_hours"))->sfField,
                 QStringLiteral("Delivery_Hours__c"));
        QCOMPARE(p->createField(QStringLiteral("event_sf_id"))->sfField, QStringLiteral("Session__c"));
        QCOMPARE(p->createField(QStringLiteral("contact_sf_id"))->sfField, QStringLiteral("Contact__c"));
        QCOMPARE(p->createField(QStringLiteral("participant_type"))->sfField,
                 QStringLiteral("Participant_Type__c"));
        QVERIFY(p->updateField(QStringLiteral("status")));
        QVERIFY(!p->updateField(QStringLiteral("event_sf_id"))); // an attendance never moves event
        QCOMPARE(p->references.size(), size_t(4));
        QCOMPARE(p->references.front().entity, QStringLiteral("event"));
        QCOMPARE(p->references.front().link, QStringLiteral("event_id"));
        QVERIFY(p->references.front().master);
        const WriteMapping* w = m->write(QStringLiteral("volunteer"));
        QVERIFY(w && w->upsertByClientId);
        QVERIFY(w->constants.contains({QStringLiteral("Contact_Type__c"), QStringLiteral("Volunteer")}));
        // A walk-in sends everything it can be given before its first push, notes and organization too.
        for (const char* c : {"first_name", "last_name", "email", "phone", "title", "department",
                              "recruitment_notes", "primary_affiliation"})
            QVERIFY2(w->createField(QLatin1String(c)), c);
        QCOMPARE(w->createField(QStringLiteral("primary_affiliation"))->sfField,
                 QStringLiteral("npsp__Primary_Affiliation__c"));
        QStringList editable;
        for (const FieldMapping& f : w->update)
            editable << f.sfField;
        QCOMPARE(editable.size(), 17);
        for (const char* f :
             {"Email", "Phone", "MobilePhone", "Title", "Department", "MailingStreet", "MailingCity",
              "MailingState", "MailingPostalCode", "Volunteer_Skills_Text__c",
              "Volunteer_Recruitment_Notes__c", "DoNotCall", "HasOptedOutOfEmail", "Volunteer_Status__c",
              "Volunteer_Skills__c", "Volunteer_Interests__c", "npsp__Primary_Affiliation__c"})
            QVERIFY2(editable.contains(QLatin1String(f)), f);
        // Where a volunteer's children may wait with changes of their own.
        const auto children = m->childLinks(QStringLiteral("volunteer"));
        QCOMPARE(children.size(), size_t(2));
        QCOMPARE(children.front(),
                 (std::pair{QStringLiteral("participations"), QStringLiteral("volunteer_id")}));
        QCOMPARE(children.back(), (std::pair{QStringLiteral("activities"), QStringLiteral("volunteer_id")}));
    }

    // Every mapped column exists in the local schema (core/db/Migrations.cpp).
    void columnsExistInTheCache() {
        auto m = OrgMapping::loadDefault();
        QVERIFY(m.ok());
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase conn = (*db)->connection();
        auto check = [&](const QString& table, const std::vector<FieldMapping>& fields) {
            const QSqlRecord rec = conn.record(table);
            QVERIFY2(!rec.isEmpty(), qPrintable(table));
            for (const FieldMapping& f : fields)
                QVERIFY2(rec.indexOf(f.column) >= 0, qPrintable(table + u'.' + f.column));
        };
        for (const EntityMapping& e : m->entities())
            check(e.table, e.fields);
        for (const WriteMapping& w : m->writes()) {
            const QString table = m->entity(w.entity)->table;
            check(table, w.create);
            check(table, w.update);
            const QSqlRecord rec = conn.record(table);
            for (const WriteReference& r : w.references)
                QVERIFY2(rec.indexOf(r.link) >= 0, qPrintable(table + u'.' + r.link));
        }
    }

    // Every default query is valid SOQL over fields the org has.
    void defaultQueriesRunAgainstTheOrg() {
        auto m = OrgMapping::loadDefault();
        QVERIFY(m.ok());
        fakeforce::Org org;
        fakeforce::FakeNetworkAccessManager nam(&org);
        StaticToken token(org.issueTokens().accessToken);
        SalesforceClient client(&nam, QUrl(org.instanceUrl()), &token);
        for (const EntityMapping& e : m->entities()) {
            const QString soql =
                e.soql(QStringLiteral("SystemModstamp >= ") +
                       soql::dateTimeLiteral(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc())));
            qint64 rows = 0;
            auto r = client.queryAll(soql, [&](const QueryPage& p) {
                rows += static_cast<qint64>(p.records.size());
                for (const auto& rec : p.records)
                    for (const QString& f : e.selectFields())
                        if (!rec.contains(f.toStdString()))
                            return Status(Error::internal(e.entity + QStringLiteral(": no ") + f));
                return Status{};
            });
            QVERIFY2(r.ok(), qPrintable(e.entity + u' ' + (r.ok() ? QString() : r.error().message)));
            QVERIFY2(rows > 0, qPrintable(e.entity));
        }
    }

    void overrideFileIsUsedAndValidated() {
        QTemporaryDir dir;
        auto doc = nlohmann::json::parse(defaultJson().toStdString());
        doc["permissionSets"]["admin"] = "Custom_Admin";
        doc["entities"][4]["object"] = "Volunteer__c";
        const QString path = dir.filePath(QStringLiteral("mapping.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(doc.dump()));
        f.close();
        auto m = OrgMapping::load(path);
        QVERIFY(m.ok());
        QCOMPARE(m->adminPermissionSet(), QStringLiteral("Custom_Admin"));
        QCOMPARE(m->entity(QStringLiteral("volunteer"))->object, QStringLiteral("Volunteer__c"));
        QVERIFY(m->entity(QStringLiteral("volunteer"))->soql().contains(u" FROM Volunteer__c"));

        auto bad = doc;
        bad["entities"][0]["fields"][0]["sf"] = "Name, (SELECT Id FROM Contacts)";
        auto r = OrgMapping::fromJson(QByteArray::fromStdString(bad.dump()), QStringLiteral("override.json"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QVERIFY(r.error().message.contains(u"override.json"));
        QVERIFY(r.error().message.contains(u"API name"));

        auto missing = doc;
        missing["entities"].erase(9);
        QVERIFY(!OrgMapping::fromJson(QByteArray::fromStdString(missing.dump())).ok());
        // A record VMS creates needs a client id (a replay must not duplicate it).
        auto noClientId = doc;
        noClientId["writes"][3].erase("clientId");
        QVERIFY(!OrgMapping::fromJson(QByteArray::fromStdString(noClientId.dump())).ok());
        // Without an External ID it is created, then looked up by it: allowed (Task).
        auto lookUp = doc;
        lookUp["writes"][3]["clientId"]["upsert"] = false;
        auto looked = OrgMapping::fromJson(QByteArray::fromStdString(lookUp.dump()));
        QVERIFY(looked.ok());
        QVERIFY(!looked->write(QStringLiteral("participation"))->upsertByClientId);
        // A column the org is never read for cannot be written.
        auto unread = doc;
        unread["writes"][0]["update"].push_back("not_a_column");
        QVERIFY(!OrgMapping::fromJson(QByteArray::fromStdString(unread.dump())).ok());
        // Parents first: walk-ins listed before the organizations they point at are refused.
        auto order = doc;
        std::swap(order["writes"][0], order["writes"][1]);
        auto misordered = OrgMapping::fromJson(QByteArray::fromStdString(order.dump()));
        QVERIFY(!misordered.ok());
        QVERIFY(misordered.error().message.contains(u"after"));
        QVERIFY(!OrgMapping::fromJson("not json").ok());
        QVERIFY(!OrgMapping::loadFile(dir.filePath(QStringLiteral("absent.json"))).ok());
    }

    void soqlLiterals() {
        QCOMPARE(soql::quote(QStringLiteral("O'Brien \\ \"x\"\n")),
                 QStringLiteral("'O\\'Brien \\\\ \\\"x\\\"\\n'"));
        QVERIFY(soql::isSalesforceId(QStringLiteral("005000000000001AAA")));
        QVERIFY(soql::isSalesforceId(QStringLiteral("005000000000001")));
        QVERIFY(!soql::isSalesforceId(QStringLiteral("005' OR Id != '")));
        QVERIFY(!soql::isSalesforceId(QStringLiteral("005000000000001AA")));
        QCOMPARE(soql::dateTimeLiteral(QDateTime(QDate(2026, 3, 8), QTime(15, 30), QTimeZone::utc())),
                 QStringLiteral("2026-03-08T15:30:00.000Z"));
    }
};

QTEST_GUILESS_MAIN(TestOrgMapping)
#include "tst_OrgMapping.moc"
