#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/changes/FieldRules.h"
#include "core/changes/LocalChanges.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/SyncTestSupport.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

namespace {

// One describe field, as Salesforce answers it.
nlohmann::json describeField(const char* name, const char* type, int length, bool nillable,
                             bool defaultedOnCreate = false, std::vector<std::string> restricted = {}) {
    nlohmann::json f = {{"name", name},
                        {"label", std::string(name) + " label"},
                        {"type", type},
                        {"length", length},
                        {"nillable", nillable},
                        {"createable", true},
                        {"updateable", true},
                        {"defaultedOnCreate", defaultedOnCreate},
                        {"restrictedPicklist", !restricted.empty()}};
    f["picklistValues"] = nlohmann::json::array();
    for (const std::string& v : restricted)
        f["picklistValues"].push_back({{"active", true}, {"value", v}, {"label", v}});
    if (!restricted.empty())
        f["picklistValues"].push_back({{"active", false}, {"value", "Retired"}, {"label", "Retired"}});
    return f;
}

} // namespace

// The org's field rules (describe), cached by the sync and checked by LocalChanges when the user saves.
class TestFieldRules final
    : public QObject
    , protected OrgWorld {
    Q_OBJECT

    QSqlDatabase db() { return m_db->connection(); }

    // The describe runs with an Admin's sync.
    Result<SyncSummary> sync(SyncOptions options = {}) {
        return OrgWorld::sync(options, sessionAs(Role::Admin));
    }
    // Describe calls answered (a call refused for an expired session, then replayed, counts once).
    int describes() const {
        int n = 0;
        for (const fakeforce::RequestLogEntry& e : m_org->requestLog())
            n += e.path.endsWith(QStringLiteral("/describe")) && e.status == 200 ? 1 : 0;
        return n;
    }
    qint64 count(const QString& sql) { return scalar(db(), sql); }

    const EntityMapping& entity(const char* name) { return *m_mapping.entity(QLatin1String(name)); }

    // Replaces the cached rules of `entity` with ones from a describe of these fields.
    void storeDescribe(const char* entityName, const nlohmann::json& fields) {
        const FieldRules rules = FieldRules::fromDescribe(entity(entityName), {{"fields", fields}});
        QVERIFY(FieldRules::store(db(), {rules}, QStringLiteral("2026-11-18T00:00:00.000Z")).ok());
    }

private Q_SLOTS:
    void init() { openWorld(); }
    void cleanup() { closeWorld(); }

    void syncReadsTheOrgsRulesOnceADay() {
        QVERIFY(sync().ok());
        // One describe per object the mapping reads.
        QCOMPARE(describes(), 7);
        auto volunteer = FieldRules::load(db(), QStringLiteral("volunteer"));
        QVERIFY(volunteer.ok());
        const FieldRule* last = volunteer->rule(QStringLiteral("last_name"));
        QVERIFY(last);
        QCOMPARE(last->field, QStringLiteral("LastName"));
        QCOMPARE(last->maxLength, 80);
        QVERIFY(last->requiredOnCreate);
        const FieldRule* first = volunteer->rule(QStringLiteral("first_name"));
        QVERIFY(first && first->maxLength == 40 && !first->requiredOnCreate);
        const FieldRule* doNotCall = volunteer->rule(QStringLiteral("do_not_call"));
        QVERIFY(doNotCall && !doNotCall->requiredOnCreate); // not nillable, but the org fills it in
        auto participation = FieldRules::load(db(), QStringLiteral("participation"));
        QVERIFY(participation.ok());
        const FieldRule* status = participation->rule(QStringLiteral("status"));
        QVERIFY(status && status->restrictedPicklist);
        QVERIFY(status->picklistValues.contains(QStringLiteral("No-Show")));
        QVERIFY(!participation->rule(QStringLiteral("participant_type"))->restrictedPicklist);

        // Within the day: no describe again.
        m_org->clearRequestLog();
        m_clock.advanceSecs(3600);
        m_org->advance(3'600'000);
        QVERIFY(sync().ok());
        QCOMPARE(describes(), 0);
        // A day later, or on a full resync: read again.
        m_clock.advanceSecs(24 * 3600);
        m_org->advance(24 * 3'600'000LL);
        QVERIFY(sync().ok());
        QCOMPARE(describes(), 7);
        QVERIFY(sync({.full = true}).ok());
        QCOMPARE(describes(), 14);
    }

    void aMappingThatChangedReadsTheDescribeAgain() {
        QVERIFY(sync().ok());
        QVERIFY(!FieldRules::fetchedAt(db(), entity("volunteer"))->isEmpty());
        // An admin's override maps the volunteer's title to another field: Contact is described again.
        QFile file(QLatin1String(OrgMapping::kDefaultResource));
        QVERIFY(file.open(QIODevice::ReadOnly));
        nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString());
        for (nlohmann::json& e : json["entities"])
            if (e["entity"] == "volunteer")
                for (nlohmann::json& f : e["fields"])
                    if (f["column"] == "title")
                        f["sf"] = "Department";
        auto changed = OrgMapping::fromJson(QByteArray::fromStdString(json.dump()));
        QVERIFY2(changed.ok(), changed.ok() ? "" : qPrintable(changed.error().message));
        QVERIFY(FieldRules::fetchedAt(db(), *changed->entity(QStringLiteral("volunteer")))->isEmpty());
        m_org->clearRequestLog();
        SyncEngine engine(db(), *m_client, *changed, m_clock, sessionAs(Role::Admin));
        QVERIFY(engine.run({}).ok());
        QCOMPARE(describes(), 1);
        QCOMPARE(FieldRules::load(db(), QStringLiteral("volunteer"))->rule(QStringLiteral("title"))->field,
                 QStringLiteral("Department"));

        // A mapped field the org does not have is kept as such (so it causes no describe at every sync),
        // and checks nothing.
        storeDescribe("volunteer", nlohmann::json::array({describeField("LastName", "string", 80, false)}));
        auto rules = FieldRules::load(db(), QStringLiteral("volunteer"));
        QVERIFY(rules->rule(QStringLiteral("last_name")));
        QVERIFY(!rules->rule(QStringLiteral("title")));
        QVERIFY(!FieldRules::fetchedAt(db(), entity("volunteer"))->isEmpty());
    }

    void aFailedDescribeLeavesTheSyncAlone() {
        fakeforce::FaultRule broken;
        broken.kind = fakeforce::FaultKind::Http500;
        broken.pathContains = QStringLiteral("/describe");
        m_org->addFault(broken);
        auto r = sync();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(r->entities.at(QStringLiteral("volunteer")).pulled > 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM field_rules")), 0);
        m_org->clearFaults();
        QVERIFY(sync().ok());
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM field_rules")) > 0);
    }

    // Issue #13, failure 4: an 86-character last name was accepted, and the org refused it at push.
    void whatTheOrgWouldRefuseIsRefusedAtSave() {
        QVERIFY(sync().ok());
        const qint64 volunteers = count(QStringLiteral("SELECT count(*) FROM volunteers"));
        const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        const NewVolunteer tooLong{QStringLiteral("Ann"), QString(86, u'x'), {}, {}, {}};
        auto problems = changes.checkNewVolunteer(tooLong);
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1u);
        QCOMPARE(problems->front().column, QStringLiteral("last_name"));
        auto added = changes.addVolunteer(tooLong);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().kind, ErrorKind::Usage);
        const QString message = added.error().message;
        QVERIFY2(message.contains(QStringLiteral("LastName")) && message.contains(QStringLiteral("80")) &&
                     message.contains(QStringLiteral("86")),
                 qPrintable(message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteers")), volunteers);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);

        // An edit: Title holds 128 characters in the org.
        const qint64 someone = count(QStringLiteral("SELECT min(id) FROM volunteers"));
        const Status edited =
            changes.editVolunteer(someone, {{QStringLiteral("title"), QString(129, u't')},
                                            {QStringLiteral("department"), QStringLiteral("Ops")}});
        QVERIFY(!edited.ok());
        QVERIFY2(edited.error().message.contains(QStringLiteral("128")), qPrintable(edited.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
        QVERIFY(changes.editVolunteer(someone, {{QStringLiteral("title"), QString(128, u't')}}).ok());

        // What the org accepts is saved and pushed as before.
        auto fine = changes.addVolunteer({QStringLiteral("Ann"), QString(80, u'x'), {}, {}, {}});
        QVERIFY2(fine.ok(), fine.ok() ? "" : qPrintable(fine.error().message));
        auto pushed = sync();
        QVERIFY(pushed.ok());
        QVERIFY(pushed->errors.empty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void aPicklistValueTheOrgLacksIsRefused() {
        QVERIFY(sync().ok());
        // An org whose restricted Status__c has "No Show" but not "No-Show".
        storeDescribe("participation", nlohmann::json::array(
                                           {describeField("Status__c", "picklist", 255, true, false,
                                                          {"Registered", "Attended", "No Show", "Cancelled"}),
                                            describeField("Delivery_Hours__c", "double", 0, true)}));
        const qint64 event = count(QStringLiteral("SELECT min(id) FROM events"));
        const qint64 volunteer = count(QStringLiteral(
            "SELECT min(id) FROM volunteers v WHERE NOT EXISTS (SELECT 1 FROM participations p WHERE "
            "p.volunteer_id = v.id)"));
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto noShow = changes.setAttendance({event,
                                             {ContactRef::Kind::Volunteer, volunteer},
                                             ParticipationStatus::NoShow,
                                             std::nullopt,
                                             false});
        QVERIFY(!noShow.ok());
        QCOMPARE(exitCodeFor(noShow.error().kind), 2);
        QVERIFY2(noShow.error().message.contains(QStringLiteral("Status__c")) &&
                     noShow.error().message.contains(QStringLiteral("No Show")),
                 qPrintable(noShow.error().message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM participations WHERE sf_id IS NULL")), 0);
        auto attended = changes.setAttendance(
            {event, {ContactRef::Kind::Volunteer, volunteer}, ParticipationStatus::Attended, 1.0, false});
        QVERIFY(attended.ok());
        // A mark changing that participation to the refused value is refused too, and leaves it as it was.
        auto later = changes.setAttendance({event,
                                            {ContactRef::Kind::Volunteer, volunteer},
                                            ParticipationStatus::NoShow,
                                            std::nullopt,
                                            false});
        QVERIFY(!later.ok());
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM participations WHERE id=%1").arg(*attended)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Attended"));
    }

    void checksEachKindOfRule() {
        storeDescribe(
            "volunteer",
            nlohmann::json::array(
                {describeField("LastName", "string", 80, false),
                 describeField("Title", "string", 10, false), // required, as an org may make it
                 describeField("DoNotCall", "boolean", 0, false, true),
                 describeField("AccountId", "reference", 18, false),
                 describeField("Volunteer_Skills__c", "multipicklist", 4099, true, false,
                               {"Engineering", "Finance"}),
                 describeField("MailingState", "picklist", 80, true, false, {"Kansas", "Missouri"})}));
        auto rules = FieldRules::load(db(), QStringLiteral("volunteer"));
        QVERIFY(rules.ok());
        auto columns = [](const std::vector<FieldProblem>& problems) {
            QStringList out;
            for (const FieldProblem& p : problems)
                out << p.column;
            out.sort();
            return out;
        };
        using W = FieldRules::Write;
        // Required on create when empty; a flag the org fills in and a reference VMS fills in are not.
        QCOMPARE(columns(rules->check({{QStringLiteral("last_name"), QVariant()},
                                       {QStringLiteral("title"), QString()},
                                       {QStringLiteral("do_not_call"), QVariant()},
                                       {QStringLiteral("account_sf_id"), QVariant()}},
                                      W::Create)),
                 QStringList({QStringLiteral("last_name"), QStringLiteral("title")}));
        // An update may not empty a field the org requires.
        QCOMPARE(columns(rules->check({{QStringLiteral("title"), QVariant()}}, W::Update)),
                 QStringList({QStringLiteral("title")}));
        QVERIFY(rules->check({{QStringLiteral("title"), QStringLiteral("Engineer")}}, W::Update).empty());
        // Length in characters (UTF-16 units, as Salesforce counts): ten accented letters fit in 10.
        QVERIFY(rules->check({{QStringLiteral("title"), QStringLiteral("éééééééééé")}}, W::Update).empty());
        const auto tooLong =
            rules->check({{QStringLiteral("title"), QStringLiteral("Engineering")}}, W::Update);
        QCOMPARE(tooLong.size(), 1u);
        QVERIFY2(tooLong.front().message.contains(QStringLiteral("10")) &&
                     tooLong.front().message.contains(QStringLiteral("11")),
                 qPrintable(tooLong.front().message));
        QVERIFY(tooLong.front().text().startsWith(QStringLiteral("Title label (Title): ")));
        // Restricted picklists, single and multi-select; an inactive value is refused too.
        QVERIFY(
            rules->check({{QStringLiteral("mailing_state"), QStringLiteral("Kansas")}}, W::Update).empty());
        QCOMPARE(
            columns(rules->check({{QStringLiteral("mailing_state"), QStringLiteral("Retired")}}, W::Update)),
            QStringList({QStringLiteral("mailing_state")}));
        QVERIFY(rules->check({{QStringLiteral("skills"), QStringLiteral("Engineering;Finance")}}, W::Update)
                    .empty());
        const auto skills =
            rules->check({{QStringLiteral("skills"), QStringLiteral("Engineering;Law")}}, W::Update);
        QCOMPARE(skills.size(), 1u);
        QVERIFY2(skills.front().message.contains(QStringLiteral("“Law”")),
                 qPrintable(skills.front().message));
        // Columns without a rule are not checked.
        QVERIFY(rules->check({{QStringLiteral("email"), QString(500, u'e')}}, W::Update).empty());
    }

    // Offline before the first sync: nothing is known about the org, and nothing stricter than before is
    // asked.
    void beforeTheFirstSyncNothingIsChecked() {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto problems = changes.checkNewVolunteer({{}, QString(86, u'x'), {}, {}, {}});
        QVERIFY(problems.ok() && problems->empty());
        QVERIFY(changes.addVolunteer({{}, QString(86, u'x'), {}, {}, {}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_FieldRules.moc"
