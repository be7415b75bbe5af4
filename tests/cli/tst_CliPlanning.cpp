#include "tests/support/AttendanceFixture.h"
#include "tests/support/CliRun.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vms;
using namespace vms::test;

// `event add|edit|cancel` and `organization add|edit` (cli.md): queued offline, the new local id printed
// and usable at once, times in the display zone unless they carry an offset, exit 2 naming the option,
// 6 for a User, 5 when signed out.
class TestCliPlanning final
    : public QObject
    , protected CliProfile {
    Q_OBJECT

    AttendanceWorld m_world;

    QVariant value(const QString& sql) {
        auto db = openDb();
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    // `event add` with a name, a type, a start and an end, any of them replaced by `replace`'s.
    static QStringList eventAdd(const QStringList& more = {}) {
        QStringList args{QStringLiteral("event"), QStringLiteral("add")};
        const QList<std::pair<QString, QString>> defaults = {
            {QStringLiteral("--name"), QStringLiteral("Robotics night")},
            {QStringLiteral("--type"), QStringLiteral("Workshop")},
            {QStringLiteral("--start"), QStringLiteral("2026-12-10T18:00")},
            {QStringLiteral("--end"), QStringLiteral("2026-12-10 20:30")}};
        for (const auto& [option, value] : defaults)
            if (!more.contains(option))
                args << option << value;
        return args + more;
    }

private Q_SLOTS:
    void init() {
        QVERIFY(newProfile());
        auto db = openDb();
        m_world = seedAttendanceWorld(db->connection(), 5, 3);
        QVERIFY(sessionAs(Role::Coordinator).saveCached(db->connection()).ok());
    }

    void eventAddEditCancel() {
        const CliRun added = cli(eventAdd({QStringLiteral("--slots"), QStringLiteral("6"),
                                           QStringLiteral("--location"), QStringLiteral("Gym")}));
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QVERIFY(id.toLongLong() > 0);
        QCOMPARE(value(QStringLiteral("SELECT status FROM events WHERE id=%1").arg(id)).toString(),
                 QStringLiteral("Draft"));
        // 18:00 in America/Chicago (the default display zone) in December is 00:00 UTC the next day.
        QCOMPARE(value(QStringLiteral("SELECT start_utc FROM events WHERE id=%1").arg(id)).toLongLong(),
                 QDateTime(QDate(2026, 12, 11), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(value(QStringLiteral("SELECT total_requested_jobs FROM events WHERE id=%1").arg(id)).toInt(),
                 6);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='event'")).toInt(), 1);

        // Usable as --event at once.
        const CliRun mark =
            cli({QStringLiteral("attendance"), QStringLiteral("set"), QStringLiteral("--event"), id,
                 QStringLiteral("--contact"), QString::number(m_world.rosterVolunteerIds.front()),
                 QStringLiteral("--status"), QStringLiteral("Registered")});
        QVERIFY2(mark.code == 0, qPrintable(mark.err));

        // Rescheduled with an explicit offset, and published.
        const CliRun edited = cli({QStringLiteral("event"), QStringLiteral("edit"), id,
                                   QStringLiteral("--start"), QStringLiteral("2026-12-11T17:00:00Z"),
                                   QStringLiteral("--end"), QStringLiteral("2026-12-11T19:00:00Z"),
                                   QStringLiteral("--status"), QStringLiteral("Published")});
        QVERIFY2(edited.code == 0, qPrintable(edited.err));
        QCOMPARE(value(QStringLiteral("SELECT start_utc FROM events WHERE id=%1").arg(id)).toLongLong(),
                 QDateTime(QDate(2026, 12, 11), QTime(17, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(value(QStringLiteral("SELECT status FROM events WHERE id=%1").arg(id)).toString(),
                 QStringLiteral("Published"));

        // A cancellation needs a reason (the org's rule), said before anything is saved.
        const CliRun noReason = cli({QStringLiteral("event"), QStringLiteral("cancel"), id});
        QCOMPARE(noReason.code, 2);
        QVERIFY2(noReason.err.contains(QStringLiteral("--reason")), qPrintable(noReason.err));
        const CliRun viaStatus = cli({QStringLiteral("event"), QStringLiteral("edit"), id,
                                      QStringLiteral("--status"), QStringLiteral("Cancelled")});
        QCOMPARE(viaStatus.code, 2);
        QVERIFY2(viaStatus.err.contains(QStringLiteral("--reason: ")), qPrintable(viaStatus.err));
        const CliRun cancelled = cli({QStringLiteral("event"), QStringLiteral("cancel"), id,
                                      QStringLiteral("--reason"), QStringLiteral("Snow day")});
        QVERIFY2(cancelled.code == 0, qPrintable(cancelled.err));
        QCOMPARE(
            value(QStringLiteral("SELECT cancellation_reason FROM events WHERE id=%1").arg(id)).toString(),
            QStringLiteral("Snow day"));
        // Still one entry per record: the edits merged into the create.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='event'")).toInt(), 1);
    }

    void eventBadInputIsExit2NamingTheOption() {
        const CliRun missing =
            cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("X"), QStringLiteral("--type"), QStringLiteral("Workshop")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("--start")), qPrintable(missing.err));
        const CliRun badTime = cli(eventAdd({QStringLiteral("--start"), QStringLiteral("tomorrow")}));
        QCOMPARE(badTime.code, 2);
        QVERIFY2(badTime.err.contains(QStringLiteral("--start: 'tomorrow'")), qPrintable(badTime.err));
        const CliRun backwards = cli(eventAdd({QStringLiteral("--end"), QStringLiteral("2026-12-10T17:00")}));
        QCOMPARE(backwards.code, 2);
        QVERIFY2(backwards.err.contains(QStringLiteral("--end: ")), qPrintable(backwards.err));
        const CliRun slots = cli(eventAdd({QStringLiteral("--slots"), QStringLiteral("-1")}));
        QCOMPARE(slots.code, 2);
        const CliRun school = cli(eventAdd({QStringLiteral("--school"), QStringLiteral("999")}));
        QCOMPARE(school.code, 2);
        QVERIFY2(school.err.contains(QStringLiteral("--school")), qPrintable(school.err));
        const CliRun unknown = cli({QStringLiteral("event"), QStringLiteral("edit"), QStringLiteral("999"),
                                    QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(unknown.code, 2);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    }

    void organizationAddAndEdit() {
        const CliRun added =
            cli({QStringLiteral("organization"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Riverside Robotics"), QStringLiteral("--type"), QStringLiteral("Business"),
                 QStringLiteral("--city"), QStringLiteral("Kansas City")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = added.out.trimmed();
        QCOMPARE(
            value(QStringLiteral("SELECT billing_city FROM organizations WHERE id=%1").arg(id)).toString(),
            QStringLiteral("Kansas City"));
        const CliRun edited = cli({QStringLiteral("organization"), QStringLiteral("edit"), id,
                                   QStringLiteral("--description"), QStringLiteral("Robots")});
        QVERIFY2(edited.code == 0, qPrintable(edited.err));
        QCOMPARE(
            value(QStringLiteral("SELECT description FROM organizations WHERE id=%1").arg(id)).toString(),
            QStringLiteral("Robots"));
        // A walk-in can name it at once.
        const CliRun walkIn =
            cli({QStringLiteral("volunteer"), QStringLiteral("add"), QStringLiteral("--first"),
                 QStringLiteral("Ada"), QStringLiteral("--last"), QStringLiteral("Lovelace"),
                 QStringLiteral("--organization"), QStringLiteral("Riverside Robotics")});
        QVERIFY2(walkIn.code == 0, qPrintable(walkIn.err));
        const CliRun blank = cli({QStringLiteral("organization"), QStringLiteral("edit"), id,
                                  QStringLiteral("--name"), QStringLiteral(" ")});
        QCOMPARE(blank.code, 2);
        QVERIFY2(blank.err.contains(QStringLiteral("--name: ")), qPrintable(blank.err));
        // A parent not yet in Salesforce cannot be named.
        const CliRun parent =
            cli({QStringLiteral("organization"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Riverside Robotics North"), QStringLiteral("--parent"), id});
        QCOMPARE(parent.code, 2);
        QVERIFY2(parent.err.contains(QStringLiteral("--parent")), qPrintable(parent.err));
    }

    void volunteerSet() {
        const CliRun org = cli({QStringLiteral("organization"), QStringLiteral("add"),
                                QStringLiteral("--name"), QStringLiteral("Northland Labs")});
        QVERIFY2(org.code == 0, qPrintable(org.err));
        const QString volunteer = QString::number(m_world.rosterVolunteerIds.front());
        const CliRun set =
            cli({QStringLiteral("volunteer"), QStringLiteral("set"), volunteer, QStringLiteral("--status"),
                 QStringLiteral("On Hold"), QStringLiteral("--skills"), QStringLiteral("Law;Finance"),
                 QStringLiteral("--interests"), QStringLiteral("Mentoring"), QStringLiteral("--organization"),
                 QStringLiteral("northland labs")});
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QCOMPARE(value(QStringLiteral("SELECT volunteer_status FROM volunteers WHERE id=%1").arg(volunteer))
                     .toString(),
                 QStringLiteral("On Hold"));
        QCOMPARE(value(QStringLiteral("SELECT organization_id FROM volunteers WHERE id=%1").arg(volunteer))
                     .toString(),
                 org.out.trimmed());
        QCOMPARE(
            value(
                QStringLiteral("SELECT count(*) FROM volunteer_skills WHERE volunteer_id=%1").arg(volunteer))
                .toInt(),
            2);
        const CliRun unknown = cli({QStringLiteral("volunteer"), QStringLiteral("set"), volunteer,
                                    QStringLiteral("--organization"), QStringLiteral("Nobody Inc")});
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("--organization")), qPrintable(unknown.err));
        const CliRun nothing = cli({QStringLiteral("volunteer"), QStringLiteral("set"), volunteer});
        QCOMPARE(nothing.code, 2);
    }

    void rolesAndSignIn() {
        auto db = openDb();
        QVERIFY(sessionAs(Role::User).saveCached(db->connection()).ok());
        QCOMPARE(cli(eventAdd()).code, 6);
        QCOMPARE(cli({QStringLiteral("organization"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("X")})
                     .code,
                 6);
        QVERIFY(Session::clearCached(db->connection()).ok());
        QCOMPARE(cli(eventAdd()).code, 5);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliPlanning)
#include "tst_CliPlanning.moc"
