#include "tests/support/AttendanceFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// `delete event|organization|participation ID` (cli.md): Admin only (exit 6 otherwise, 5 signed out),
// wants --yes when not run interactively (exit 2, nothing deleted), takes a local id or a Salesforce Id,
// queues the delete for the org and says what went with the record.
class TestCliDelete final : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;
    QString m_profile;
    AttendanceWorld m_world;

    // Run with stdin a pipe: not interactive, as in a script.
    Run cli(const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(VMS_CLI_PATH), QStringList{QStringLiteral("--profile"), m_profile} + args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    std::shared_ptr<Database> openDb() {
        return Database::open(m_profile + QStringLiteral("/vms.sqlite")).value();
    }

    qint64 value(const QString& sql) { return scalar(openDb()->connection(), sql); }

    void signInAs(Role role) {
        auto db = openDb();
        QVERIFY(sessionAs(role).saveCached(db->connection()).ok());
    }

private Q_SLOTS:
    void init() {
        static int n = 0;
        m_profile = m_dir.filePath(QStringLiteral("p%1").arg(++n));
        QCOMPARE(cli({QStringLiteral("status")}).code, 0);
        auto db = openDb();
        m_world = seedAttendanceWorld(db->connection(), 5, 3);
        QVERIFY(sessionAs(Role::Admin).saveCached(db->connection()).ok());
    }

    void deletesAnEventWithItsParticipations() {
        const QString id = QString::number(m_world.eventId);
        const qint64 participations =
            value(QStringLiteral("SELECT count(*) FROM participations WHERE event_id=%1").arg(id));
        QVERIFY(participations > 1);

        // Not interactive and no --yes: nothing deleted, and the message says what would go and how.
        const Run asked = cli({QStringLiteral("delete"), QStringLiteral("event"), id});
        QCOMPARE(asked.code, 2);
        QVERIFY2(asked.err.contains(QStringLiteral("--yes")), qPrintable(asked.err));
        QVERIFY2(asked.err.contains(QStringLiteral("with its %1 participations").arg(participations)),
                 qPrintable(asked.err));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM events WHERE id=%1").arg(id)), 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")), 0);

        const Run done =
            cli({QStringLiteral("delete"), QStringLiteral("event"), id, QStringLiteral("--yes")});
        QVERIFY2(done.code == 0, qPrintable(done.err));
        QVERIFY2(done.out.contains(QStringLiteral("Career Day")), qPrintable(done.out));
        QVERIFY2(done.out.contains(QStringLiteral("%1 participations").arg(participations)),
                 qPrintable(done.out));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM events WHERE id=%1").arg(id)), 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM participations WHERE event_id=%1").arg(id)), 0);
        QCOMPARE(value(QStringLiteral(
                     "SELECT count(*) FROM outbox WHERE operation='delete' AND entity='event' AND "
                     "sf_id='a01000000000001AAA'")),
                 1);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='delete'")), 1);

        // Gone: a second delete names the ID that is not there.
        const Run again =
            cli({QStringLiteral("delete"), QStringLiteral("event"), id, QStringLiteral("--yes")});
        QCOMPARE(again.code, 2);
        QVERIFY2(again.err.contains(QStringLiteral("ID")), qPrintable(again.err));
    }

    void deletesByIdAndSaysSoInJson() {
        const Run org =
            cli({QStringLiteral("delete"), QStringLiteral("organization"),
                 QStringLiteral("001O00000000001AAA"), QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(org.code == 0, qPrintable(org.err));
        const QJsonObject j = QJsonDocument::fromJson(org.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("object")).toString(), QStringLiteral("organization"));
        QCOMPARE(j.value(QStringLiteral("sf_id")).toString(), QStringLiteral("001O00000000001AAA"));
        QCOMPARE(j.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Corp"));
        QCOMPARE(j.value(QStringLiteral("queued")).toBool(), true);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM organizations")), 0);
        // Its volunteers stay.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM volunteers")) > 0, true);

        const qint64 participation =
            value(QStringLiteral("SELECT id FROM participations WHERE volunteer_id=%1")
                      .arg(m_world.rosterVolunteerIds.front()));
        const Run one = cli({QStringLiteral("delete"), QStringLiteral("participation"),
                             QString::number(participation), QStringLiteral("--yes")});
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM participations WHERE id=%1").arg(participation)),
                 0);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox WHERE operation='delete'")), 2);
    }

    void aRecordNeverSentIsSimplyGone() {
        const Run added =
            cli({QStringLiteral("event"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Robotics night"), QStringLiteral("--type"), QStringLiteral("Workshop"),
                 QStringLiteral("--start"), QStringLiteral("2026-12-10T18:00")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run gone = cli({QStringLiteral("delete"), QStringLiteral("event"), added.out.trimmed(),
                              QStringLiteral("--yes"), QStringLiteral("--json")});
        QVERIFY2(gone.code == 0, qPrintable(gone.err));
        QCOMPARE(QJsonDocument::fromJson(gone.out.toUtf8()).object().value(QStringLiteral("queued")).toBool(),
                 false);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    void onlyAnAdminAndBadInputIsExit2() {
        const QString id = QString::number(m_world.eventId);
        for (Role role : {Role::Coordinator, Role::User}) {
            signInAs(role);
            const Run refused =
                cli({QStringLiteral("delete"), QStringLiteral("event"), id, QStringLiteral("--yes")});
            QCOMPARE(refused.code, 6);
            QVERIFY2(refused.err.contains(QStringLiteral("Only an Admin")), qPrintable(refused.err));
        }
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM events WHERE id=%1").arg(id)), 1);
        signInAs(Role::Admin);
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("volunteer"), QStringLiteral("1"),
                      QStringLiteral("--yes")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("event")}).code, 2);
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("event"), QStringLiteral("abc"),
                      QStringLiteral("--yes")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("event"), id, QStringLiteral("--force")}).code,
                 2);
        {
            auto db = openDb();
            QVERIFY(Session::clearCached(db->connection()).ok());
        }
        QCOMPARE(cli({QStringLiteral("delete"), QStringLiteral("event"), id, QStringLiteral("--yes")}).code,
                 5);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM events WHERE id=%1").arg(id)), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDelete)
#include "tst_CliDelete.moc"
