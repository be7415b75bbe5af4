#include "core/recruit/CandidateRanker.h"

#include <QTest>

using namespace vms;

// The ranking on hand-made facts (issue #19): each reason moves a candidate up (or, a recent contact,
// a little down) and is shown in words; each exclusion holds, with its reason.
class TestCandidateRanker final : public QObject {
    Q_OBJECT

    const QDate m_today{2026, 11, 23};

    static RecruitEvent careerDay() {
        RecruitEvent e;
        e.id = 1;
        e.name = QStringLiteral("Career Day");
        e.sessionType = QStringLiteral("Career Talk");
        e.schoolName = QStringLiteral("Lincoln High");
        e.districtName = QStringLiteral("Kansas City Public Schools");
        e.partnerSfId = QStringLiteral("001000000000ACMEAA");
        e.requestedSkills = {QStringLiteral("Engineering"), QStringLiteral("Finance")};
        e.requested = 5;
        return e;
    }

    static CandidateFacts person(qint64 id, const QString& name) {
        CandidateFacts f;
        f.volunteerId = id;
        f.name = name;
        f.email = name.toLower().remove(u' ') + QStringLiteral("@example.org");
        return f;
    }

    // The place of `id` in the ranking (0-based), -1 when not ranked.
    static int placeOf(const RankedCandidates& r, qint64 id) {
        for (size_t i = 0; i < r.ranked.size(); ++i)
            if (r.ranked[i].facts.volunteerId == id)
                return int(i);
        return -1;
    }

    static QString reasonsOf(const RankedCandidates& r, qint64 id) {
        for (const Candidate& c : r.ranked)
            if (c.facts.volunteerId == id) {
                QStringList texts;
                for (const RankReason& reason : c.reasons)
                    texts << reason.text;
                return texts.join(u'|');
            }
        return {};
    }

    // `better` has one reason more than an otherwise equal `plain`: it ranks first and says why.
    void expectReasonLifts(const CandidateFacts& better, const QString& wording) {
        const CandidateFacts plain = person(2, QStringLiteral("Aaron Plain"));
        const auto r = CandidateRanker::rank(careerDay(), {plain, better}, m_today);
        QCOMPARE(r.ranked.size(), size_t(2));
        QCOMPARE(placeOf(r, better.volunteerId), 0);
        const QString reasons = reasonsOf(r, better.volunteerId);
        QVERIFY2(reasons.contains(wording), qPrintable(reasons));
        QVERIFY(reasonsOf(r, 2).isEmpty());
    }

private Q_SLOTS:
    void requestedSkillsLiftAndAreNamed() {
        CandidateFacts f = person(1, QStringLiteral("Zoe Skills"));
        f.skills = {QStringLiteral("engineering"), QStringLiteral("Arts")};
        expectReasonLifts(f, QStringLiteral("Has the requested skill(s): Engineering"));
        // Two requested skills outrank one.
        CandidateFacts both = person(3, QStringLiteral("Zed Both"));
        both.skills = {QStringLiteral("Finance"), QStringLiteral("Engineering")};
        const auto r = CandidateRanker::rank(careerDay(), {f, both}, m_today);
        QCOMPARE(placeOf(r, 3), 0);
        QVERIFY(reasonsOf(r, 3).contains(QStringLiteral("Engineering, Finance")));
    }

    void sameSchoolBeforeLifts() {
        CandidateFacts f = person(1, QStringLiteral("Zoe School"));
        f.attendedSameSchool = 2;
        f.attendedSameDistrict = 2;
        expectReasonLifts(f, QStringLiteral("Volunteered at Lincoln High before (2 times)"));
        // The school outranks the district alone.
        CandidateFacts district = person(3, QStringLiteral("Ann District"));
        district.attendedSameDistrict = 4;
        const auto r = CandidateRanker::rank(careerDay(), {district, f}, m_today);
        QCOMPARE(placeOf(r, 1), 0);
        QVERIFY(reasonsOf(r, 3).contains(QStringLiteral("Volunteered in Kansas City Public Schools before")));
    }

    void sameDistrictBeforeLifts() {
        CandidateFacts f = person(1, QStringLiteral("Zoe District"));
        f.attendedSameDistrict = 1;
        expectReasonLifts(f, QStringLiteral("Volunteered in Kansas City Public Schools before (1 time)"));
    }

    void sameKindOfEventLifts() {
        CandidateFacts f = person(1, QStringLiteral("Zoe Type"));
        f.attendedSameType = 3;
        expectReasonLifts(f, QStringLiteral("Attended 3 Career Talk events"));
    }

    void partnerOrganizationLifts() {
        CandidateFacts f = person(1, QStringLiteral("Zoe Partner"));
        f.organizationName = QStringLiteral("Acme");
        f.organizationSfId = QStringLiteral("001000000000ACMEAA");
        expectReasonLifts(f, QStringLiteral("Their organization, Acme, is this event's partner"));
    }

    void colleaguesSignedUpLift() {
        CandidateFacts f = person(1, QStringLiteral("Zoe Colleague"));
        f.organizationName = QStringLiteral("Bolt Bank");
        f.colleaguesSignedUp = 2;
        expectReasonLifts(f, QStringLiteral("2 colleagues from Bolt Bank signed up"));
    }

    void recencyLifts() {
        CandidateFacts recent = person(1, QStringLiteral("Zoe Recent"));
        recent.lastVolunteered = m_today.addDays(-20);
        expectReasonLifts(recent, QStringLiteral("Volunteered recently"));
        CandidateFacts lastYear = person(3, QStringLiteral("Ann LastYear"));
        lastYear.lastVolunteered = m_today.addDays(-200);
        CandidateFacts long_ago = person(4, QStringLiteral("Al LongAgo"));
        long_ago.lastVolunteered = m_today.addDays(-900);
        const auto r = CandidateRanker::rank(careerDay(), {long_ago, lastYear, recent}, m_today);
        QCOMPARE(placeOf(r, 1), 0);
        QCOMPARE(placeOf(r, 3), 1);
        QCOMPARE(placeOf(r, 4), 2);
        QVERIFY(reasonsOf(r, 3).contains(QStringLiteral("Volunteered in the last year")));
        QVERIFY(reasonsOf(r, 4).isEmpty());
    }

    void frequencyLifts() {
        CandidateFacts f = person(1, QStringLiteral("Zoe Often"));
        f.attendedCount = 7;
        expectReasonLifts(f, QStringLiteral("Volunteered 7 times"));
        CandidateFacts once = person(3, QStringLiteral("Ann Once"));
        once.attendedCount = 1;
        const auto r = CandidateRanker::rank(careerDay(), {once, f}, m_today);
        QCOMPARE(placeOf(r, 1), 0);
    }

    // Asked in the last two weeks: a little lower, and the coordinator sees when and how.
    void recentContactLowersAndIsShown() {
        CandidateFacts called = person(1, QStringLiteral("Aaa Called"));
        called.lastContacted = m_today.addDays(-3);
        called.lastContactType = QStringLiteral("Call");
        const CandidateFacts other = person(2, QStringLiteral("Zed Other"));
        const auto r = CandidateRanker::rank(careerDay(), {called, other}, m_today);
        QCOMPARE(placeOf(r, 2), 0);
        QCOMPARE(placeOf(r, 1), 1);
        QVERIFY(reasonsOf(r, 1).contains(QStringLiteral("(Call)")));
        // A month ago is no reason.
        called.lastContacted = m_today.addDays(-30);
        QVERIFY(CandidateRanker::score(careerDay(), called, m_today).reasons.empty());
    }

    void signedUpAreExcluded() {
        expectExcluded(&CandidateFacts::signedUp, QStringLiteral("Already signed up"));
    }
    void doNotContactAreExcluded() {
        expectExcluded(&CandidateFacts::doNotContact, QStringLiteral("Do Not Contact"));
    }
    void inactiveAreExcluded() { expectExcluded(&CandidateFacts::inactive, QStringLiteral("Inactive")); }

    // Opted out of email: still a candidate (a call is fine), never in an email.
    void emailOptOutKeepsThemOutOfEmailOnly() {
        CandidateFacts out = person(1, QStringLiteral("Opted Out"));
        out.emailOptOut = true;
        out.skills = {QStringLiteral("Engineering")};
        CandidateFacts noAddress = person(2, QStringLiteral("No Address"));
        noAddress.email.clear();
        const auto r =
            CandidateRanker::rank(careerDay(), {out, noAddress, person(3, QStringLiteral("Ok"))}, m_today);
        QCOMPARE(r.ranked.size(), size_t(3));
        QCOMPARE(placeOf(r, 1), 0);
        QVERIFY(!r.ranked[0].canEmail);
        QVERIFY(!r.ranked[size_t(placeOf(r, 2))].canEmail);
        QVERIFY(r.ranked[size_t(placeOf(r, 3))].canEmail);
    }

    // Reasons come strongest first, and the score is their sum.
    void reasonsAreOrderedAndSummed() {
        CandidateFacts f = person(1, QStringLiteral("Zoe All"));
        f.skills = {QStringLiteral("Finance")};
        f.attendedCount = 3;
        f.attendedSameType = 1;
        const Candidate c = CandidateRanker::score(careerDay(), f, m_today);
        QCOMPARE(c.reasons.size(), size_t(3));
        int sum = 0;
        for (size_t i = 0; i < c.reasons.size(); ++i) {
            sum += c.reasons[i].points;
            if (i > 0)
                QVERIFY(c.reasons[i - 1].points >= c.reasons[i].points);
        }
        QCOMPARE(c.score, sum);
        QVERIFY(c.reasons.front().text.startsWith(QStringLiteral("Has the requested skill")));
    }

private:
    void expectExcluded(bool CandidateFacts::*flag, const QString& why) {
        CandidateFacts f = person(1, QStringLiteral("Best Otherwise"));
        f.skills = {QStringLiteral("Engineering"), QStringLiteral("Finance")};
        f.attendedCount = 10;
        f.*flag = true;
        const auto r = CandidateRanker::rank(careerDay(), {f, person(2, QStringLiteral("Plain"))}, m_today);
        QCOMPARE(placeOf(r, 1), -1);
        QCOMPARE(r.excluded.size(), size_t(1));
        QCOMPARE(r.excluded.front().facts.volunteerId, qint64(1));
        QVERIFY2(r.excluded.front().excludedBecause.contains(why),
                 qPrintable(r.excluded.front().excludedBecause));
    }
};

QTEST_GUILESS_MAIN(TestCandidateRanker)
#include "tst_CandidateRanker.moc"
