#include "core/domain/Status.h"

#include <QTest>

using namespace vms;

class TestStatusNormaliser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void participation_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<int>("expected");
        const int attended = static_cast<int>(ParticipationStatus::Attended);
        const int noShow = static_cast<int>(ParticipationStatus::NoShow);
        const int cancelled = static_cast<int>(ParticipationStatus::Cancelled);
        const int registered = static_cast<int>(ParticipationStatus::Registered);
        const int unknown = static_cast<int>(ParticipationStatus::Unknown);
        // Every spelling salesforce-org.md lists, plus stray spaces and odd case.
        QTest::newRow("Attended") << "Attended" << attended;
        QTest::newRow("attended lower") << "attended" << attended;
        QTest::newRow("attended padded") << "  Attended " << attended;
        QTest::newRow("Completed") << "Completed" << attended;
        QTest::newRow("COMPLETED") << "COMPLETED" << attended;
        QTest::newRow("Successfully Completed") << "Successfully Completed" << attended;
        QTest::newRow("successfully  completed") << "successfully  completed" << attended;
        QTest::newRow("No-Show") << "No-Show" << noShow;
        QTest::newRow("No Show") << "No Show" << noShow;
        QTest::newRow("no show padded") << " no show" << noShow;
        QTest::newRow("NO_SHOW") << "NO_SHOW" << noShow;
        QTest::newRow("Cancelled") << "Cancelled" << cancelled;
        QTest::newRow("Canceled") << "Canceled" << cancelled;
        QTest::newRow("canceled padded") << "canceled " << cancelled;
        QTest::newRow("Registered") << "Registered" << registered;
        QTest::newRow("Scheduled") << "Scheduled" << registered;
        QTest::newRow("Confirmed") << "Confirmed" << registered;
        QTest::newRow("empty") << "" << unknown;
        QTest::newRow("null") << QString() << unknown;
        QTest::newRow("garbage") << "Attendedx" << unknown;
    }
    void participation() {
        QFETCH(QString, raw);
        QFETCH(int, expected);
        QCOMPARE(static_cast<int>(normaliseParticipationStatus(raw)), expected);
    }

    void eventExclusion_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("excluded");
        QTest::newRow("Cancelled") << "Cancelled" << true;
        QTest::newRow("Canceled") << "Canceled" << true;
        QTest::newRow("cancelled padded") << " cancelled  " << true;
        QTest::newRow("Draft") << "Draft" << true;
        QTest::newRow("DRAFT padded") << " DRAFT" << true;
        QTest::newRow("Completed") << "Completed" << false;
        QTest::newRow("Confirmed") << "Confirmed" << false;
        QTest::newRow("empty") << "" << false;
    }
    void eventExclusion() {
        QFETCH(QString, raw);
        QFETCH(bool, excluded);
        QCOMPARE(eventIsExcludedFromCounts(raw), excluded);
    }

    void participantType() {
        QCOMPARE(normaliseParticipantType(u"Volunteer"), ParticipantType::Volunteer);
        QCOMPARE(normaliseParticipantType(u" volunteer "), ParticipantType::Volunteer);
        QCOMPARE(normaliseParticipantType(u"STUDENT"), ParticipantType::Student);
        QCOMPARE(normaliseParticipantType(u"Presenter"), ParticipantType::Presenter);
        QCOMPARE(normaliseParticipantType(u""), ParticipantType::Other);
    }

    void writesOnlyFourSpellings() {
        QCOMPARE(participationStatusToSalesforce(ParticipationStatus::Attended), QStringLiteral("Attended"));
        QCOMPARE(participationStatusToSalesforce(ParticipationStatus::NoShow), QStringLiteral("No-Show"));
        QCOMPARE(participationStatusToSalesforce(ParticipationStatus::Cancelled),
                 QStringLiteral("Cancelled"));
        QCOMPARE(participationStatusToSalesforce(ParticipationStatus::Registered),
                 QStringLiteral("Registered"));
        QVERIFY(participationStatusToSalesforce(ParticipationStatus::Unknown).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusNormaliser)
#include "tst_StatusNormaliser.moc"
