#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/LocalChanges.h"
#include "core/db/Meta.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

// The setup check (issue #20) against the fake org with parts of VMS's setup removed through its setup
// switch (fake-org.md item 25), and restored.
class TestOrgSetupCheck final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<OrgTokenSource> m_tokens;
    std::unique_ptr<SalesforceClient> m_client;
    OrgMapping m_mapping;

    Result<OrgSetupReport> check(const QString& user = QStringLiteral("Jane Coordinator")) {
        return OrgSetupCheck::run(*m_client, m_mapping, QString::fromLatin1(m_org->userId(user)),
                                  QStringLiteral("2026-11-20T10:00:00.000Z"));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("tiny");
        m_org = std::make_unique<fakeforce::Org>(o);
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_tokens = std::make_unique<OrgTokenSource>(*m_org);
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        options.maxBackoff = std::chrono::milliseconds(5);
        m_client = std::make_unique<SalesforceClient>(m_nam.get(), QUrl(m_org->instanceUrl()), m_tokens.get(),
                                                      options);
        m_mapping = OrgMapping::loadDefault().value();
    }
    void cleanup() {
        m_client.reset();
        m_nam.reset();
        m_org.reset();
    }

    void completeOrgHasNoFindings() {
        auto report = check();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY2(report->complete(), qPrintable(report->messages().join(u'\n')));
        // One describe per object the mapping reads or writes, and nothing hard-coded: each comes from it.
        for (const QString& object : OrgSetupCheck::objects(m_mapping))
            QVERIFY2(m_org->countRequests(QByteArrayLiteral("GET"),
                                          QStringLiteral("/sobjects/%1/describe").arg(object)) == 1,
                     qPrintable(object));
    }

    // A field and a permission set removed: the check names exactly those, and the field as one a write
    // needs; restored, the findings are gone.
    void removedFieldAndPermissionSetAreNamedThenRestored() {
        QVERIFY(
            m_org->removeField(QStringLiteral("Session_Participant__c"), QStringLiteral("VMS_Client_Id__c")));
        QVERIFY(m_org->removePermissionSet(QStringLiteral("VMS_Coordinator")));
        auto report = check();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->messages(),
                 QStringList({QStringLiteral("Session_Participant__c.VMS_Client_Id__c is missing"),
                              QStringLiteral("The permission set VMS_Coordinator does not exist in the org"),
                              QStringLiteral("No VMS permission set (VMS_Admin, VMS_Coordinator) is assigned "
                                             "to you: you can read, not change")}));
        QCOMPARE(report->fieldsBlockingWrites(),
                 QSet<QString>({QStringLiteral("Session_Participant__c.VMS_Client_Id__c")}));

        // An Admin still holds VMS_Admin: only the missing set and the field are named.
        auto admin = check(QStringLiteral("Alex Admin"));
        QVERIFY(admin.ok());
        QCOMPARE(admin->findings.size(), size_t(2));

        QVERIFY(m_org->restoreField(QStringLiteral("Session_Participant__c"),
                                    QStringLiteral("VMS_Client_Id__c")));
        QVERIFY(m_org->setPermissionSets(QStringLiteral("Jane Coordinator"),
                                         {QStringLiteral("VMS_Coordinator")}));
        auto restored = check();
        QVERIFY(restored.ok());
        QVERIFY2(restored->complete(), qPrintable(restored->messages().join(u'\n')));
    }

    // A field VMS only reads is named but holds no write; every field of the fake org's VMS setup is found.
    void wholeVmsSetupRemoved() {
        m_org->removeVmsSetup();
        auto report = check();
        QVERIFY(report.ok());
        const QStringList messages = report->messages();
        for (const QString& field : fakeforce::Org::vmsSetupFields()) {
            const QString object = field.section(u'.', 0, 0);
            if (!OrgSetupCheck::objects(m_mapping).contains(object))
                continue; // an object this mapping does not use
            bool named = false;
            for (const EntityMapping& e : m_mapping.entities())
                if (e.object == object && e.bySfField(field.section(u'.', 1)))
                    named = true;
            if (named)
                QVERIFY2(messages.contains(field + QStringLiteral(" is missing")), qPrintable(field));
        }
        QVERIFY(messages.contains(QStringLiteral("The permission set VMS_Admin does not exist in the org")));
    }

    // The client id VMS upserts by must be External ID and unique (an upsert by a plain field is refused).
    void upsertKeyMustBeExternalAndUnique() {
        std::vector<std::pair<QString, nlohmann::json>> describes;
        for (const QString& object : OrgSetupCheck::objects(m_mapping)) {
            auto d = m_client->describe(object);
            QVERIFY(d.ok());
            if (object == u"Contact")
                for (nlohmann::json& f : d.value()["fields"])
                    if (f["name"] == "VMS_Client_Id__c")
                        f["unique"] = false;
            describes.emplace_back(object, d.value());
        }
        const auto report = OrgSetupCheck::evaluate(
            m_mapping, describes, {QStringLiteral("VMS_Admin"), QStringLiteral("VMS_Coordinator")},
            {QStringLiteral("VMS_Coordinator")}, QString());
        QCOMPARE(report.messages(),
                 QStringList({QStringLiteral("Contact.VMS_Client_Id__c must be an External ID and unique")}));
        QVERIFY(report.fieldsBlockingWrites().contains(QStringLiteral("Contact.VMS_Client_Id__c")));
    }

    // Kept in the cache's meta for the window to show offline.
    void reportIsKeptInTheCache() {
        auto db = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(OrgSetupCheck::load((*db)->connection())->has_value() == false);
        QVERIFY(m_org->removeField(QStringLiteral("Contact"), QStringLiteral("Volunteer_Status__c")));
        auto report = check();
        QVERIFY(report.ok());
        QVERIFY(OrgSetupCheck::store((*db)->connection(), *report).ok());
        auto kept = OrgSetupCheck::load((*db)->connection());
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->messages(), report->messages());
        QCOMPARE((*kept)->checkedAt, QStringLiteral("2026-11-20T10:00:00.000Z"));

        QVERIFY(Meta((*db)->connection()).set(MetaKey::SetupCheck, QStringLiteral("{not json")).ok());
        QVERIFY(!OrgSetupCheck::load((*db)->connection()).ok());
    }

    // A change that needs a field the org lacks is held with that reason (not sent to be refused), and
    // goes at the first sync after the field is back.
    void writeNeedingMissingFieldWaitsForIt() {
        auto opened = Database::open(m_dir->filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(opened.ok());
        std::shared_ptr<Database> db = *opened;
        FixedClock clock{QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, Qt::UTC)};
        Session jane;
        jane.signedIn = true;
        jane.userName = QStringLiteral("Jane Coordinator");
        jane.userId = QString::fromLatin1(m_org->userId(jane.userName));
        jane.role = Role::Coordinator;
        auto sync = [&] {
            SyncEngine engine(db->connection(), *m_client, m_mapping, clock, jane);
            return engine.run({});
        };
        auto first = sync();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY((*OrgSetupCheck::load(db->connection()))->complete());

        QVERIFY(m_org->removeField(QStringLiteral("Contact"), QStringLiteral("VMS_Client_Id__c")));
        auto walkIn = LocalChanges(db->connection(), jane, clock)
                          .addVolunteer({QStringLiteral("Wanda"), QStringLiteral("Waits"), {}, {}, {}});
        QVERIFY(walkIn.ok());
        // The setup was checked a minute ago and found whole: this push meets the missing field, and the
        // refusal makes the next sync check the setup again.
        clock.advanceSecs(60);
        (void)sync();
        QCOMPARE(m_org->countRequests("PATCH", QStringLiteral("/composite/sobjects/Contact")), 1);
        QVERIFY(!OrgSetupCheck::load(db->connection())->has_value());
        m_org->clearRequestLog();
        clock.advanceSecs(60);
        auto held = sync();
        // Nothing was sent for it: it is kept, saying why.
        QCOMPARE(m_org->countRequests("PATCH", QStringLiteral("/composite/sobjects/Contact")), 0);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 1);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT error_code, last_error FROM outbox")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("SETUP_MISSING"));
        QVERIFY2(q.value(1).toString().contains(QStringLiteral("Contact.VMS_Client_Id__c")),
                 qPrintable(q.value(1).toString()));
        QVERIFY((*OrgSetupCheck::load(db->connection()))
                    ->fieldsBlockingWrites()
                    .contains(QStringLiteral("Contact.VMS_Client_Id__c")));
        if (held)
            QVERIFY(!held->errors.empty());

        QVERIFY(m_org->restoreField(QStringLiteral("Contact"), QStringLiteral("VMS_Client_Id__c")));
        clock.advanceSecs(60);
        auto sent = sync();
        QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().message));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QVERIFY((*OrgSetupCheck::load(db->connection()))->complete());
        QVERIFY(
            scalar(db->connection(),
                   QStringLiteral(
                       "SELECT count(*) FROM volunteers WHERE last_name='Waits' AND sf_id IS NOT NULL")) ==
            1);
    }

    // An org that cannot be reached is an error, not a list of findings.
    void unreachableOrgIsAnError() {
        fakeforce::FaultRule down;
        down.kind = fakeforce::FaultKind::Http503;
        down.remaining = -1;
        m_org->addFault(down);
        auto report = check();
        QVERIFY(!report.ok());
        QCOMPARE(report.error().kind, ErrorKind::Network);
    }
};

QTEST_GUILESS_MAIN(TestOrgSetupCheck)
#include "tst_OrgSetupCheck.moc"
