#include "core/auth/Session.h"
#include "tests/support/AttendanceFixture.h"
#include "tests/support/CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// vms-cli's recruit and activity commands (cli.md), run as a separate process on a seeded profile: the
// ranking with its reasons, who is left out and why, a sign-up and a logged call, each queued.
class TestCliRecruit final
    : public QObject
    , protected CliProfile {
    Q_OBJECT

    AttendanceWorld m_world;
    qint64 m_engineer = 0, m_doNotContact = 0;

    QJsonObject recruitList() {
        const CliRun r = cli({QStringLiteral("recruit"), QStringLiteral("list"), QStringLiteral("--event"),
                              QString::number(m_world.eventId), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private Q_SLOTS:
    void init() {
        QVERIFY(newProfile());
        auto db = openDb();
        m_world = seedAttendanceWorld(db->connection(), 3, 4);
        QSqlQuery q(db->connection());
        QVERIFY(
            exec(q,
                 QStringLiteral("UPDATE events SET requested_skills='Engineering', total_requested_jobs=5 "
                                "WHERE id=?"),
                 {m_world.eventId}));
        m_engineer = m_world.otherVolunteerIds.back();
        QVERIFY(exec(q, QStringLiteral("UPDATE volunteers SET skills='Engineering;Arts' WHERE id=?"),
                     {m_engineer}));
        m_doNotContact = m_world.otherVolunteerIds.front();
        QVERIFY(
            exec(q, QStringLiteral("UPDATE volunteers SET do_not_contact=1 WHERE id=?"), {m_doNotContact}));
        QVERIFY(sessionAs(Role::Coordinator).saveCached(db->connection()).ok());
    }

    void listRanksWithReasonsAndSaysWhoIsLeftOut() {
        const QJsonObject o = recruitList();
        QCOMPARE(o.value(QStringLiteral("event")).toObject().value(QStringLiteral("open_slots")).toInt(), 2);
        const QJsonArray candidates = o.value(QStringLiteral("candidates")).toArray();
        QCOMPARE(candidates.size(), 3); // four not on the roster, one of them Do Not Contact
        const QJsonObject best = candidates.first().toObject();
        QCOMPARE(best.value(QStringLiteral("id")).toInteger(), m_engineer);
        QCOMPARE(best.value(QStringLiteral("rank")).toInt(), 1);
        QVERIFY(best.value(QStringLiteral("reasons"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("Engineering")));
        QStringList why;
        for (const QJsonValue& v : o.value(QStringLiteral("excluded")).toArray())
            why << QStringLiteral("%1:%2")
                       .arg(v.toObject().value(QStringLiteral("id")).toInteger())
                       .arg(v.toObject().value(QStringLiteral("reason")).toString());
        QCOMPARE(why.size(), 5); // the three signed up, the presenter, and the one not to contact
        QVERIFY(why.contains(QStringLiteral("%1:Do Not Contact").arg(m_doNotContact)));
        const CliRun text =
            cli({QStringLiteral("recruit"), QStringLiteral("list"), QStringLiteral("--event"),
                 QStringLiteral("a01000000000001AAA"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("Has the requested skill(s): Engineering")));
        QCOMPARE(cli({QStringLiteral("recruit"), QStringLiteral("list"), QStringLiteral("--event"),
                      QStringLiteral("999999")})
                     .code,
                 2);
    }

    void addSignsUpOnceAndQueues() {
        const CliRun add =
            cli({QStringLiteral("recruit"), QStringLiteral("add"), QStringLiteral("--event"),
                 QString::number(m_world.eventId), QStringLiteral("--contact"), QString::number(m_engineer)});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const qint64 id = add.out.trimmed().toLongLong();
        auto db = openDb();
        QSqlQuery q(db->connection());
        QVERIFY(exec(q, QStringLiteral("SELECT status FROM participations WHERE id=? AND volunteer_id=?"),
                     {id, m_engineer}) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Registered"));
        QCOMPARE(
            scalar(db->connection(),
                   QStringLiteral("SELECT count(*) FROM outbox WHERE entity='participation' AND local_id=?"),
                   {id}),
            1);
        // Now left out, and the open slots one fewer.
        const QJsonObject o = recruitList();
        QCOMPARE(o.value(QStringLiteral("event")).toObject().value(QStringLiteral("open_slots")).toInt(), 1);
        // Twice: refused, nothing changed.
        const CliRun again =
            cli({QStringLiteral("recruit"), QStringLiteral("add"), QStringLiteral("--event"),
                 QString::number(m_world.eventId), QStringLiteral("--contact"), QString::number(m_engineer)});
        QCOMPARE(again.code, 2);
        QVERIFY(again.err.contains(QStringLiteral("already")));
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 1);
    }

    void activityLogAndList() {
        const CliRun log =
            cli({QStringLiteral("activity"), QStringLiteral("log"), QStringLiteral("--contact"),
                 QString::number(m_engineer), QStringLiteral("--type"), QStringLiteral("Call"),
                 QStringLiteral("--subject"), QStringLiteral("Invite to Career Day"),
                 QStringLiteral("--event"), QString::number(m_world.eventId), QStringLiteral("--notes"),
                 QStringLiteral("Call back Tuesday")});
        QVERIFY2(log.code == 0, qPrintable(log.err));
        const qint64 id = log.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        const CliRun list =
            cli({QStringLiteral("activity"), QStringLiteral("list"), QStringLiteral("--contact"),
                 QString::number(m_engineer), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray items = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(items.size(), 1);
        const QJsonObject t = items.first().toObject();
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("task"));
        QCOMPARE(t.value(QStringLiteral("type")).toString(), QStringLiteral("Call"));
        QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
        QCOMPARE(t.value(QStringLiteral("notes")).toString(), QStringLiteral("Call back Tuesday"));
        QCOMPARE(t.value(QStringLiteral("event")).toString(), QStringLiteral("Career Day"));
        QVERIFY(t.value(QStringLiteral("pending")).toBool());
        // A roster member's history has their participation.
        const CliRun roster =
            cli({QStringLiteral("activity"), QStringLiteral("list"), QStringLiteral("--contact"),
                 QString::number(m_world.rosterVolunteerIds.front())});
        QCOMPARE(roster.code, 0);
        QVERIFY(roster.out.contains(QStringLiteral("Career Day [Registered]")));

        QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("log"), QStringLiteral("--contact"),
                      QString::number(m_engineer), QStringLiteral("--type"), QStringLiteral("Fax"),
                      QStringLiteral("--subject"), QStringLiteral("x")})
                     .code,
                 2);
    }

    void aUserMayLookButNotAct() {
        auto db = openDb();
        QVERIFY(sessionAs(Role::User).saveCached(db->connection()).ok());
        QCOMPARE(recruitList().value(QStringLiteral("candidates")).toArray().size(), 3);
        const CliRun add =
            cli({QStringLiteral("recruit"), QStringLiteral("add"), QStringLiteral("--event"),
                 QString::number(m_world.eventId), QStringLiteral("--contact"), QString::number(m_engineer)});
        QCOMPARE(add.code, 6);
        const CliRun log =
            cli({QStringLiteral("activity"), QStringLiteral("log"), QStringLiteral("--contact"),
                 QString::number(m_engineer), QStringLiteral("--type"), QStringLiteral("Email"),
                 QStringLiteral("--subject"), QStringLiteral("Hello")});
        QCOMPARE(log.code, 6);
        QCOMPARE(scalar(db->connection(), QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRecruit)
#include "tst_CliRecruit.moc"
