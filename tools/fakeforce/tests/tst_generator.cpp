// The data generator: determinism, scale counts, and the realistic mess fake-org.md #18 asks for.

#include "DateTimeUtil.h"
#include "Generator.h"
#include "Org.h"
#include "TestUtil.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace fakeforce;
using namespace fakeforce::test;

namespace {

Org::Options opts(const char* scale, quint64 seed) {
    Org::Options o;
    o.scale = QString::fromLatin1(scale);
    o.seed = seed;
    return o;
}

const QStringList kObjects{QStringLiteral("Account"),
                           QStringLiteral("Contact"),
                           QStringLiteral("npe5__Affiliation__c"),
                           QStringLiteral("Session__c"),
                           QStringLiteral("Session_Participant__c"),
                           QStringLiteral("Class__c"),
                           QStringLiteral("User"),
                           QStringLiteral("PermissionSet"),
                           QStringLiteral("PermissionSetAssignment"),
                           QStringLiteral("Task")};

} // namespace

class TstGenerator final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Org> m_demo;
    QByteArray m_token;

    int count(const QString& soql, bool all = false) {
        const Response r = m_demo->handle(queryRequest(soql, m_token, all));
        if (r.status != 200) {
            qWarning() << soql << r.body;
            return -1;
        }
        return doc(r).object().value(QStringLiteral("totalSize")).toInt();
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo = std::make_unique<Org>(opts("demo", 42));
        m_token = m_demo->issueTokens().accessToken;
    }

    void deterministic() {
        Org a(opts("tiny", 7)), b(opts("tiny", 7)), c(opts("tiny", 8));
        bool anyDifferent = false;
        for (const QString& o : kObjects) {
            QCOMPARE(a.dumpJson(o), b.dumpJson(o));
            anyDifferent = anyDifferent || a.dumpJson(o) != c.dumpJson(o);
        }
        QVERIFY(anyDifferent);
        // reset() regenerates the same data.
        const QByteArray before = a.dumpJson(QStringLiteral("Session_Participant__c"));
        QVERIFY(
            a.insertRecord(QStringLiteral("Contact"), {{QStringLiteral("LastName"), QStringLiteral("Extra")}})
                .size() == 18);
        QVERIFY(a.reset(QStringLiteral("tiny"), 7));
        QCOMPARE(a.dumpJson(QStringLiteral("Session_Participant__c")), before);
        QVERIFY(!a.reset(QStringLiteral("huge"), 7));
    }

    void scaleCounts() {
        const auto want = Generator::countsFor(QStringLiteral("demo"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = 'Student'"), true),
                 want.students);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = 'Teacher'"), true),
                 want.teachers);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = 'Volunteer' OR "
                                      "Contact_Type__c = null"),
                       true),
                 want.volunteers);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Account WHERE Type = 'School'")), want.schools);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Account WHERE Type = 'School District'")),
                 want.districts);
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT() FROM Account WHERE Type NOT IN ('Household','School District','School')")),
            want.organizations);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Session__c"), true), want.events);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM npe5__Affiliation__c"), true), want.affiliations);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Session_Participant__c"), true),
                 want.volunteerParticipations + want.studentParticipations + want.teacherParticipations);
        QCOMPARE(
            count(QStringLiteral(
                      "SELECT COUNT() FROM Session_Participant__c WHERE Participant_Type__c = 'Teacher'"),
                  true),
            want.teacherParticipations);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Task"), true), want.tasks);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Class__c")) > 0);
        Org empty(opts("empty", 1));
        QCOMPARE(empty.rowCount(QStringLiteral("Contact")), 0);
        QCOMPARE(empty.rowCount(QStringLiteral("User")), 3);
    }

    void users() {
        QVERIFY(m_demo->orgId().startsWith("00D"));
        QCOMPARE(m_demo->permissionSets(QStringLiteral("Jane Coordinator"))
                     .contains(QStringLiteral("VMS_Coordinator")),
                 true);
        QCOMPARE(m_demo->permissionSets(QStringLiteral("Alex Admin")).contains(QStringLiteral("VMS_Admin")),
                 true);
        const QStringList uma = m_demo->permissionSets(QStringLiteral("Uma User"));
        QVERIFY(!uma.contains(QStringLiteral("VMS_Admin")) &&
                !uma.contains(QStringLiteral("VMS_Coordinator")));
    }

    void mess() {
        // Names: accents, non-Latin, apostrophes, spreadsheet-formula starts.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Contact WHERE FirstName IN ('José', 'Zoë', 'Siobhán')")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE LastName IN ('王', 'Nguyễn')")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE LastName = 'O\\'Brien'")) > 0);
        for (const char* start : {"=", "+", "-", "@"})
            QVERIFY2(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE LastName LIKE '%1%'")
                               .arg(QLatin1String(start))) > 0,
                     start);
        // Commas, quotes and newlines in text; HTML anchors in links.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Contact WHERE Volunteer_Recruitment_Notes__c LIKE '%,%\"%\n%'")) >
                0);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Account WHERE Description LIKE '%\"gold\"%'")) > 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session__c WHERE Registration_Link__c LIKE '<a href=\"https://%'")) >
                0);
        // Empty types.
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Account WHERE Type = null")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = null")) > 0);
        // Status spellings, raw.
        QSet<QString> statuses;
        const Table& parts = m_demo->table(kParticipant);
        const int statusField = parts.def().fieldIndex(u"Status__c");
        for (std::uint32_t r = 0; r < parts.rowCount(); ++r) {
            bool isNull = true;
            const auto s = parts.text(statusField, r, isNull);
            statuses.insert(QString::fromUtf8(s.data(), qsizetype(s.size())));
        }
        for (const char* s : {"Attended", "attended ", "No Show", "No-Show", "Canceled", "Cancelled",
                              "Successfully Completed", "Completed", "Registered"})
            QVERIFY2(statuses.contains(QString::fromUtf8(s)), s);
        // Missing hours on attended volunteer participations.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session_Participant__c WHERE Participant_Type__c = 'Volunteer' "
                    "AND Status__c = 'Attended' AND Delivery_Hours__c = null")) > 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session_Participant__c WHERE Participant_Type__c = 'Presenter'")) >
                0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session_Participant__c WHERE Participant_Type__c = null")) > 0);
        // DST days and the Aug 1 boundary (UTC instants).
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session__c WHERE Start_Date_and_Time__c >= 2026-03-08T06:00:00Z "
                    "AND Start_Date_and_Time__c < 2026-03-09T05:00:00Z")) >= 2);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session__c WHERE Start_Date_and_Time__c IN (2025-11-02T06:30:00Z, "
                    "2025-11-02T07:30:00Z)")) == 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT() FROM Session__c WHERE Start_Date_and_Time__c = "
                                      "2026-08-01T04:30:00.000+0000")),
                 1);
        // Cancelled events with attended participations; drafts.
        QVERIFY(
            count(QStringLiteral(
                "SELECT COUNT() FROM Session_Participant__c WHERE Session__r.Session_Status__c = 'Cancelled' "
                "AND Status__c IN ('Attended', 'Completed')")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Session__c WHERE Session_Status__c = 'Draft'")) >
                0);
        // Soft-deleted rows: visible to queryAll only.
        for (const char* o : {"Contact", "Session_Participant__c", "npe5__Affiliation__c"}) {
            const int deleted = count(
                QStringLiteral("SELECT COUNT() FROM %1 WHERE IsDeleted = true").arg(QLatin1String(o)), true);
            QVERIFY2(deleted > 0, o);
            QCOMPARE(
                count(QStringLiteral("SELECT COUNT() FROM %1 WHERE IsDeleted = true").arg(QLatin1String(o))),
                0);
        }
        // Primary affiliations that do not resolve; affiliations that ended.
        const Response r = m_demo->handle(queryRequest(
            QStringLiteral(
                "SELECT npsp__Primary_Affiliation__c, npsp__Primary_Affiliation__r.Name FROM Contact WHERE "
                "Contact_Type__c = 'Volunteer' AND npsp__Primary_Affiliation__c != null"),
            m_token));
        int unresolved = 0;
        for (const auto& v : doc(r).object().value(QStringLiteral("records")).toArray())
            unresolved += v.toObject().value(QStringLiteral("npsp__Primary_Affiliation__r")).isNull() ? 1 : 0;
        QVERIFY(unresolved > 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM npe5__Affiliation__c WHERE npe5__Status__c = 'Former' AND "
                    "npe5__EndDate__c < 2025-01-01")) > 0);
        // Dates spread over school years 2223..2627, with "now" in Nov 2026.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session__c WHERE Start_Date_and_Time__c < 2023-08-01T05:00:00Z")) >
                0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT() FROM Session__c WHERE Start_Date_and_Time__c > 2026-11-16T15:00:00Z")) >
                0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT() FROM Contact WHERE SystemModstamp > 2026-11-16T15:00:00Z"),
                  true),
            0);
    }

    // fake-org.md #20: volunteers of each status, teachers on rosters, notes, and two years of calls and
    // emails to volunteers, most of them to active ones.
    void planningData() {
        Org tiny(opts("tiny", 42));
        for (Org* org : {m_demo.get(), &tiny}) {
            Org& o = *org;
            const QByteArray token = o.issueTokens().accessToken;
            auto n = [&](const QString& soql) {
                const Response r = o.handle(queryRequest(soql, token));
                return doc(r).object().value(QStringLiteral("totalSize")).toInt();
            };
            for (const char* s : {"'Active'", "'Inactive'", "'On Hold'", "null"})
                QVERIFY2(
                    n(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = 'Volunteer' AND "
                                     "Volunteer_Status__c = %1")
                          .arg(QLatin1String(s))) > 0,
                    s);
            QVERIFY(n(QStringLiteral(
                        "SELECT COUNT() FROM Session_Participant__c WHERE Participant_Type__c = 'Teacher' "
                        "AND Contact__r.Contact_Type__c = 'Teacher'")) > 0);
            QVERIFY(n(QStringLiteral("SELECT COUNT() FROM Task WHERE Type = 'Call'")) > 0);
            QVERIFY(n(QStringLiteral("SELECT COUNT() FROM Task WHERE Type = 'Email'")) > 0);
        }
        auto n = [&](const QString& soql) {
            return count(soql);
        };
        // Every Task is about a volunteer; the history spans the last two years; many name an event.
        const int tasks = n(QStringLiteral("SELECT COUNT() FROM Task"));
        QCOMPARE(n(QStringLiteral("SELECT COUNT() FROM Task WHERE WhoId != null")), tasks);
        QCOMPARE(n(QStringLiteral("SELECT COUNT() FROM Task WHERE Who.Contact_Type__c = 'Teacher' OR "
                                  "Who.Contact_Type__c = 'Student'")),
                 0);
        QCOMPARE(n(QStringLiteral("SELECT COUNT() FROM Task WHERE Status = 'Completed' AND (ActivityDate < "
                                  "2024-11-10 OR ActivityDate > 2026-11-16)")),
                 0);
        QVERIFY(n(QStringLiteral("SELECT COUNT() FROM Task WHERE ActivityDate < 2025-06-01")) > 0);
        QVERIFY(n(QStringLiteral("SELECT COUNT() FROM Task WHERE Status = 'Not Started'")) > 0);
        const Response what = m_demo->handle(
            queryRequest(QStringLiteral("SELECT WhatId FROM Task WHERE WhatId != null"), m_token));
        int onEvents = 0;
        for (const auto& v : doc(what).object().value(QStringLiteral("records")).toArray())
            onEvents +=
                v.toObject().value(QStringLiteral("WhatId")).toString().startsWith(QStringLiteral("a0B")) ? 1
                                                                                                          : 0;
        QVERIFY(onEvents > tasks / 5);
        QVERIFY(n(QStringLiteral("SELECT COUNT() FROM Task WHERE Description LIKE '%,%\n%'")) > 0);
        // Plausibly many per active volunteer, fewer for the others.
        const int active =
            n(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = 'Volunteer' AND "
                             "(Volunteer_Status__c = 'Active' OR Volunteer_Status__c = null)"));
        const int inactive =
            n(QStringLiteral("SELECT COUNT() FROM Contact WHERE Volunteer_Status__c = 'Inactive'"));
        const int activeTasks =
            n(QStringLiteral("SELECT COUNT() FROM Task WHERE Who.Volunteer_Status__c = 'Active' OR "
                             "Who.Volunteer_Status__c = null"));
        const int inactiveTasks =
            n(QStringLiteral("SELECT COUNT() FROM Task WHERE Who.Volunteer_Status__c = 'Inactive'"));
        QVERIFY2(activeTasks >= 3 * active,
                 qPrintable(QStringLiteral("%1 tasks for %2 active").arg(activeTasks).arg(active)));
        QVERIFY(inactiveTasks < 2 * inactive);
        QVERIFY(n(QStringLiteral("SELECT COUNT() FROM Session_Participant__c WHERE Notes__c LIKE '%\"%'")) >
                0);
        QVERIFY(count(QStringLiteral("SELECT COUNT() FROM Task WHERE IsDeleted = true"), true) > 0);
    }

    // Its time is printed for whoever wonders; speed is the benchmarks' business, never a unit test's (a
    // busy machine or a sanitizer build would fail it for nothing).
    void seedScaleHasItsCounts() {
        QElapsedTimer t;
        t.start();
        Org seed(opts("seed", 42));
        const qint64 ms = t.elapsed();
        qInfo("seed scale generated in %lld ms", static_cast<long long>(ms));
        const auto want = Generator::countsFor(QStringLiteral("seed"));
        QCOMPARE(seed.rowCount(QStringLiteral("npe5__Affiliation__c")), want.affiliations);
        QCOMPARE(seed.rowCount(QStringLiteral("Contact")), want.volunteers + want.teachers + want.students);
        QCOMPARE(seed.rowCount(QStringLiteral("Task")), want.tasks);
    }
};

QTEST_GUILESS_MAIN(TstGenerator)
#include "tst_generator.moc"
