#include "core/domain/Status.h"
#include "tests/support/AttendanceFixture.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// A mark shown on the check-in screen survives the process being killed (SIGKILL: no destructors, no
// flush) right after: it is in the participations table and in the outbox when the cache is reopened.
class TestAttendanceCrash final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void marksShownSurviveSigkill() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vms.sqlite"));
        QStringList names;
        qint64 eventId = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            const AttendanceWorld world = seedAttendanceWorld((*db)->connection(), 60, 0);
            QVERIFY(sessionAs(Role::Coordinator).saveCached((*db)->connection()).ok());
            names = world.rosterNames;
            eventId = world.eventId;
        }

        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        helper.setProcessEnvironment(env);
        helper.start(QStringLiteral(VMS_CRASH_HELPER), QStringList{path, QString::number(eventId)} + names);
        QVERIFY(helper.waitForStarted());
        QList<qint64> shown;
        QByteArray pending;
        // Kill as soon as the 12th mark is shown, while the helper goes on marking.
        while (shown.size() < 12) {
            QVERIFY2(helper.waitForReadyRead(20000), helper.readAllStandardError().constData());
            pending += helper.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                QVERIFY2(line != "DONE", "the helper finished before it could be killed");
                if (line.startsWith("SHOWN "))
                    shown << line.mid(6).toLongLong();
            }
        }
        helper.kill(); // SIGKILL
        QVERIFY(helper.waitForFinished(10000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->quickCheck(), QString());
        for (qint64 id : std::as_const(shown)) {
            QCOMPARE(scalar((*db)->connection(),
                            QStringLiteral("SELECT status_code FROM participations WHERE id=?"), {id}),
                     qint64(ParticipationStatus::Attended));
            QCOMPARE(scalar((*db)->connection(),
                            QStringLiteral("SELECT pending FROM participations WHERE id=?"), {id}),
                     1);
            QCOMPARE(scalar((*db)->connection(),
                            QStringLiteral(
                                "SELECT count(*) FROM outbox WHERE entity='participation' AND local_id=? "
                                "AND state='pending' AND fields LIKE '%\"Attended\"%'"),
                            {id}),
                     1);
        }
        // Nothing half-written either: every Attended row has its outbox entry.
        QCOMPARE(scalar((*db)->connection(),
                        QStringLiteral(
                            "SELECT count(*) FROM participations p WHERE status='Attended' AND NOT EXISTS "
                            "(SELECT 1 FROM outbox o WHERE o.entity='participation' AND o.local_id=p.id)")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestAttendanceCrash)
#include "tst_AttendanceCrash.moc"
