// vms-cli's Admin commands (cli.md): `audit list` and `backup create|list|restore`, run as a separate
// process on a seeded profile: what they print, and the exit code for each role, for a signed-out profile
// and for bad input. Also the automatic daily copy a command makes when it opens the profile.

#include "core/auth/Session.h"
#include "core/db/Database.h"
#include "core/db/Meta.h"
#include "core/db/Migrations.h"
#include "tests/support/CliRun.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestCliAdmin final
    : public QObject
    , protected CliProfile {
    Q_OBJECT

    void setSession(Role role, bool signedIn = true) {
        auto db = openDb();
        Session s;
        s.signedIn = signedIn;
        s.userName = QStringLiteral("Alex Admin");
        s.userId = QStringLiteral("005000000000001AAA");
        s.orgId = QStringLiteral("00D000000000001AAA");
        s.role = role;
        QVERIFY(s.saveCached(db->connection()).ok());
    }

    QString backupsFolder() const { return m_profile + QStringLiteral("/backups"); }
    QStringList backups() const {
        return QDir(backupsFolder()).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    }

private Q_SLOTS:
    void init() {
        QVERIFY(newProfile()); // vms-cli makes the profile and its cache
        auto db = openDb();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO events(sf_id,name,start_utc,end_utc) VALUES('a01000000000001AAA',"
                           "'Career Day',1790000000000,1790007200000)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name) VALUES("
                                      "'003000000000001AAA','Ada','Lovelace')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name) VALUES("
                                      "'003000000000002AAA','Grace','Hopper')")));
        setSession(Role::Coordinator);
    }

    void dailyCopyWhenAProfileWithDataIsOpened() {
        // The seeded cache has never synced and has nothing queued: no copy yet.
        QCOMPARE(cli({QStringLiteral("status")}).code, 0);
        QVERIFY(backups().isEmpty());
        // A queued change makes it worth keeping: the next command makes the day's copy, once.
        QCOMPARE(cli({QStringLiteral("attendance"), QStringLiteral("set"), QStringLiteral("--event"),
                      QStringLiteral("a01000000000001AAA"), QStringLiteral("--contact"),
                      QStringLiteral("003000000000001AAA"), QStringLiteral("--status"),
                      QStringLiteral("attended")})
                     .code,
                 0);
        QCOMPARE(cli({QStringLiteral("status")}).code, 0);
        QCOMPARE(backups().size(), 1);
        QVERIFY(backups().front().endsWith(QStringLiteral("-daily.sqlite")));
        QCOMPARE(cli({QStringLiteral("status")}).code, 0);
        QCOMPARE(backups().size(), 1);
    }

    void auditListForAnAdmin() {
        QCOMPARE(
            cli({QStringLiteral("attendance"), QStringLiteral("set"), QStringLiteral("--event"),
                 QStringLiteral("a01000000000001AAA"), QStringLiteral("--contact"),
                 QStringLiteral("003000000000002AAA"), QStringLiteral("--status"), QStringLiteral("no-show")})
                .code,
            0);
        setSession(Role::Admin);
        CliRun r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries.first().toObject();
        QStringList keys = e.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("action"), QStringLiteral("at"), QStringLiteral("entity"),
                                    QStringLiteral("field"), QStringLiteral("id"), QStringLiteral("local_id"),
                                    QStringLiteral("new"), QStringLiteral("old"), QStringLiteral("record"),
                                    QStringLiteral("user")}));
        QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("Alex Admin"));
        QCOMPARE(e.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(e.value(QStringLiteral("entity")).toString(), QStringLiteral("participation"));
        QCOMPARE(e.value(QStringLiteral("new")).toString(), QStringLiteral("No-Show"));
        QVERIFY(e.value(QStringLiteral("old")).isNull());
        QVERIFY(e.value(QStringLiteral("at")).toString().endsWith(u'Z'));

        r = cli({QStringLiteral("audit"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Alex Admin  create  participation")), qPrintable(r.out));
        // Filters: a user who changed nothing, a day before anything happened, a record by its id.
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--user"),
                 QStringLiteral("Someone Else")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("No audit entries."));
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--until"),
                 QStringLiteral("2001-01-01"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 0);
        r = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
                 QStringLiteral("2001-01-01"), QStringLiteral("--record"),
                 e.value(QStringLiteral("local_id")).toString(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void auditListExitCodes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QStringList list{QStringLiteral("audit"), QStringLiteral("list")};
        QTest::newRow("coordinator") << list << int(Role::Coordinator) << true << 6 << "Only an Admin";
        QTest::newRow("user") << list << int(Role::User) << true << 6 << "Only an Admin";
        QTest::newRow("signed out") << list << int(Role::Admin) << false << 5 << "Not signed in";
        QTest::newRow("bad date") << list +
                                         QStringList{QStringLiteral("--since"), QStringLiteral("yesterday")}
                                  << int(Role::Admin) << true << 2 << "--since";
        QTest::newRow("until before since")
            << list + QStringList{QStringLiteral("--since"), QStringLiteral("2026-02-01"),
                                  QStringLiteral("--until"), QStringLiteral("2026-01-01")}
            << int(Role::Admin) << true << 2 << "--until";
        QTest::newRow("unknown record")
            << list + QStringList{QStringLiteral("--record"), QStringLiteral("003000000000099AAA")}
            << int(Role::Admin) << true << 2 << "003000000000099AAA";
        QTest::newRow("unknown option") << list + QStringList{QStringLiteral("--users"), QStringLiteral("x")}
                                        << int(Role::Admin) << true << 2 << "--users";
        QTest::newRow("no subcommand")
            << QStringList{QStringLiteral("audit")} << int(Role::Admin) << true << 2 << "list";
    }
    void auditListExitCodes() {
        QFETCH(QStringList, args);
        QFETCH(int, role);
        QFETCH(bool, signedIn);
        QFETCH(int, code);
        QFETCH(QString, says);
        setSession(static_cast<Role>(role), signedIn);
        const CliRun r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void backupCreateListRestore() {
        setSession(Role::Admin);
        CliRun r = cli({QStringLiteral("backup"), QStringLiteral("create")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Copied the local cache to ")), qPrintable(r.out));
        const QString out =
            m_dir.filePath(QStringLiteral("copy-%1.sqlite").arg(QFileInfo(m_profile).fileName()));
        r = cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        QVERIFY(QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral("-wal")));

        r = cli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray copies = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(copies.size(), 1); // the profile's own folder; --out went elsewhere
        QCOMPARE(copies.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("manual"));
        QVERIFY(copies.first().toObject().value(QStringLiteral("bytes")).toInteger() > 0);
        r = cli({QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("manual")));

        // A change queued after the copy survives its restore.
        r = cli({QStringLiteral("attendance"), QStringLiteral("set"), QStringLiteral("--event"),
                 QStringLiteral("a01000000000001AAA"), QStringLiteral("--contact"),
                 QStringLiteral("003000000000001AAA"), QStringLiteral("--status"),
                 QStringLiteral("attended")});
        QCOMPARE(r.code, 0);
        const QString participation = r.out.trimmed();
        r = cli({QStringLiteral("backup"), QStringLiteral("restore"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Queued changes kept: 1")), qPrintable(r.out));
        r = cli({QStringLiteral("attendance"), QStringLiteral("list"), QStringLiteral("--event"),
                 QStringLiteral("a01000000000001AAA"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Attended")), qPrintable(r.out));
        auto db = openDb();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE local_id=%1").arg(participation)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void backupExitCodes() {
        setSession(Role::Admin);
        const QString good =
            m_dir.filePath(QStringLiteral("good-%1.sqlite").arg(QFileInfo(m_profile).fileName()));
        QCOMPARE(
            cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"), good}).code, 0);

        // Not a VMS cache, or from a newer VMS: exit 2, saying why, nothing replaced.
        const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
        f.close();
        CliRun r = cli({QStringLiteral("backup"), QStringLiteral("restore"), text});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not a VMS cache")), qPrintable(r.err));
        const QString newer =
            m_dir.filePath(QStringLiteral("newer-%1.sqlite").arg(QFileInfo(m_profile).fileName()));
        QVERIFY(QFile::copy(good, newer));
        {
            const QString name = QStringLiteral("newer");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(newer);
                QVERIFY(raw.open());
                QSqlQuery q(raw);
                QVERIFY(
                    q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1)));
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        r = cli({QStringLiteral("backup"), QStringLiteral("restore"), newer});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("newer VMS")), qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore")}).code, 2);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("frobnicate")}).code, 2);

        // A folder that cannot be written: exit 2 and no file (cli.md).
        const QString blocker =
            m_dir.filePath(QStringLiteral("blocker-%1").arg(QFileInfo(m_profile).fileName()));
        QFile b(blocker);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.close();
        r = cli({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--out"),
                 blocker + QStringLiteral("/copy.sqlite")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No file was written")), qPrintable(r.err));

        // Roles and sign-in.
        for (Role role : {Role::Coordinator, Role::User}) {
            setSession(role);
            for (const QStringList& args :
                 {QStringList{QStringLiteral("backup"), QStringLiteral("create")},
                  QStringList{QStringLiteral("backup"), QStringLiteral("list")},
                  QStringList{QStringLiteral("backup"), QStringLiteral("restore"), good}}) {
                r = cli(args);
                QCOMPARE(r.code, 6);
                QVERIFY2(r.err.contains(QStringLiteral("Only an Admin")), qPrintable(r.err));
            }
        }
        setSession(Role::Admin, false);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("create")}).code, 5);
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("restore"), good}).code, 5);
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "tst_CliAdmin.moc"
