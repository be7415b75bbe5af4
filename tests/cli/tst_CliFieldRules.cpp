#include "Org.h"
#include "core/changes/FieldRules.h"
#include "core/salesforce/OrgMapping.h"
#include "tests/support/AttendanceFixture.h"
#include "tests/support/CliRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

// vms-cli refuses what Salesforce would refuse (its describe, as the sync keeps it) with exit 2, naming
// the option, the field and the limit (cli.md: "the message says which argument and why").
class TestCliFieldRules final
    : public QObject
    , protected CliProfile {
    Q_OBJECT

    AttendanceWorld m_world;

    // The fake org's describe of `object`, changed by `tweak`, kept for `entity` as the sync keeps it.
    void storeRules(const char* entity, const char* object,
                    const std::function<void(nlohmann::json& fields)>& tweak = {}) {
        fakeforce::Org org;
        fakeforce::Request request = fakeforce::requestFromTarget(
            "GET", QByteArray("/services/data/v60.0/sobjects/") + object + "/describe");
        request.setHeader("authorization", "Bearer " + org.issueTokens().accessToken);
        const fakeforce::Response answer = org.handle(request);
        QCOMPARE(answer.status, 200);
        nlohmann::json describe = nlohmann::json::parse(answer.body.toStdString());
        if (tweak)
            tweak(describe["fields"]);
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        const FieldRules rules = FieldRules::fromDescribe(*mapping->entity(QLatin1String(entity)), describe);
        QVERIFY(FieldRules::store(openDb()->connection(), {rules}, QStringLiteral("2026-11-24T15:00:00.000Z"))
                    .ok());
    }

private Q_SLOTS:
    void init() {
        QVERIFY(newProfile());
        auto db = openDb();
        m_world = seedAttendanceWorld(db->connection(), 5, 3);
        QVERIFY(sessionAs(Role::Coordinator).saveCached(db->connection()).ok());
    }

    void addRefusesALastNameTooLong() {
        storeRules("volunteer", "Contact");
        const qint64 before =
            scalar(openDb()->connection(), QStringLiteral("SELECT count(*) FROM volunteers"));
        const CliRun r = cli({QStringLiteral("volunteer"), QStringLiteral("add"), QStringLiteral("--first"),
                              QStringLiteral("Ann"), QStringLiteral("--last"), QString(86, u'x')});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--last: ")) && r.err.contains(QStringLiteral("LastName")) &&
                     r.err.contains(QStringLiteral("at most 80 characters")) &&
                     r.err.contains(QStringLiteral("86")),
                 qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(scalar(openDb()->connection(), QStringLiteral("SELECT count(*) FROM volunteers")), before);
        // 80 characters is what the org takes.
        const CliRun ok = cli({QStringLiteral("volunteer"), QStringLiteral("add"), QStringLiteral("--first"),
                               QStringLiteral("Ann"), QStringLiteral("--last"), QString(80, u'x')});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
    }

    void editRefusesATitleTooLong() {
        storeRules("volunteer", "Contact");
        const QString id = QString::number(m_world.rosterVolunteerIds.front());
        const CliRun r =
            cli({QStringLiteral("volunteer"), QStringLiteral("edit"), id, QStringLiteral("--title"),
                 QString(129, u't'), QStringLiteral("--department"), QStringLiteral("Ops")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--title: ")) && r.err.contains(QStringLiteral("(Title)")) &&
                     r.err.contains(QStringLiteral("128")),
                 qPrintable(r.err));
        QCOMPARE(scalar(openDb()->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void attendanceRefusesAStatusThePicklistLacks() {
        // An org whose restricted Status__c says "No Show", not "No-Show".
        storeRules("participation", "Session_Participant__c", [](nlohmann::json& fields) {
            for (nlohmann::json& f : fields)
                if (f["name"] == "Status__c") {
                    nlohmann::json kept = nlohmann::json::array();
                    for (const nlohmann::json& v : f["picklistValues"])
                        if (v["value"] != "No-Show")
                            kept.push_back(v);
                    f["picklistValues"] = kept;
                }
        });
        const QStringList mark = {
            QStringLiteral("attendance"), QStringLiteral("set"),
            QStringLiteral("--event"),    QString::number(m_world.eventId),
            QStringLiteral("--contact"),  QString::number(m_world.rosterVolunteerIds.front()),
            QStringLiteral("--status")};
        const CliRun r = cli(mark + QStringList{QStringLiteral("No-Show")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Status__c")) && r.err.contains(QStringLiteral("“No-Show”")),
                 qPrintable(r.err));
        QCOMPARE(scalar(openDb()->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
        const CliRun attended = cli(mark + QStringList{QStringLiteral("Attended")});
        QVERIFY2(attended.code == 0, qPrintable(attended.err));
    }

    // Never synced: nothing is known of the org, and nothing stricter than before is asked.
    void withoutRulesNothingMoreIsChecked() {
        const CliRun r = cli({QStringLiteral("volunteer"), QStringLiteral("add"), QStringLiteral("--first"),
                              QStringLiteral("Ann"), QStringLiteral("--last"), QString(86, u'x')});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFieldRules)
#include "tst_CliFieldRules.moc"
