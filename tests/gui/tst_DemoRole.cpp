// `vms --demo-role`: the real desktop program on the demo org, signed in as the fake org's user for each
// role. The role is the one the org's permission sets give (read back from the profile's cached session),
// and the window comes up; an unknown role is refused before anything starts. The demo runs on its own
// profile only, with its tokens in memory: never the keychain, never a real profile.

#include "core/auth/KeychainTokenStore.h"
#include "core/auth/Session.h"
#include "core/db/Database.h"
#include "core/profile/Profile.h"

#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

class TestDemoRole final : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString err;
    };

    static Run vms(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VMS_GUI_PATH), args);
        Run r;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void signsInWithTheRoleAsked_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("role");
        QTest::newRow("user") << QStringLiteral("user") << QStringLiteral("Uma User") << int(Role::User);
        QTest::newRow("coordinator") << QStringLiteral("coordinator") << QStringLiteral("Jane Coordinator")
                                     << int(Role::Coordinator);
        QTest::newRow("admin") << QStringLiteral("Admin") << QStringLiteral("Alex Admin") << int(Role::Admin);
    }

    void signsInWithTheRoleAsked() {
        QFETCH(QString, option);
        QFETCH(QString, user);
        QFETCH(int, role);
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const QString shot = dir.filePath(QStringLiteral("window.png"));
        const Run r = vms({QStringLiteral("--demo-role"), option, QStringLiteral("--profile"), profile,
                           QStringLiteral("--screenshot"), shot});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!QImage(shot).isNull());

        auto db = Database::open(profile + QStringLiteral("/vms.sqlite"));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const Session session = Session::loadCached((*db)->connection());
        QVERIFY(session.signedIn);
        QCOMPARE(session.userName, user);
        QCOMPARE(int(session.role), role);
        (*db)->releaseThreadConnection();

        // The demo's sign-in lived in memory: the keychain has nothing for its profile.
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            return;
        auto stored = KeychainTokenStore().load(Profile::openOrCreate(profile).value().id());
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QVERIFY(!stored->has_value());
    }

    // A profile someone signed into is never signed into the demo org: the keychain entry, the cached
    // role and the queued changes there stay as they are.
    void refusesARealProfile() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QVERIFY(Profile::openOrCreate(profile).ok());
        {
            auto db = Database::open(profile + QStringLiteral("/vms.sqlite"));
            QVERIFY(db.ok());
            Session real;
            real.signedIn = true;
            real.userName = QStringLiteral("Rita Real");
            real.userId = QStringLiteral("005000000000042AAA");
            real.role = Role::User;
            QVERIFY(real.saveCached((*db)->connection()).ok());
            (*db)->releaseThreadConnection();
        }
        const QString shot = dir.filePath(QStringLiteral("x.png"));
        const Run r = vms({QStringLiteral("--demo"), QStringLiteral("--profile"), profile,
                           QStringLiteral("--screenshot"), shot});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--demo")) && r.err.contains(QStringLiteral("profile")),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(shot));
        auto db = Database::open(profile + QStringLiteral("/vms.sqlite"));
        QVERIFY(db.ok());
        const Session after = Session::loadCached((*db)->connection());
        QCOMPARE(after.userName, QStringLiteral("Rita Real"));
        QCOMPARE(after.role, Role::User);
    }

    // The demo's own profile can be used again (scripts/screenshots runs it once per page).
    void reusesItsOwnProfile() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        for (int run = 0; run < 2; ++run) {
            const Run r = vms({QStringLiteral("--demo"), QStringLiteral("--profile"), profile,
                               QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

    void refusesAnUnknownRole() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const Run r = vms({QStringLiteral("--demo-role"), QStringLiteral("boss"), QStringLiteral("--profile"),
                           profile, QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--demo-role")), qPrintable(r.err));
        // Refused before the profile was opened.
        QVERIFY(!QFileInfo::exists(profile));
    }
};

QTEST_GUILESS_MAIN(TestDemoRole)
#include "tst_DemoRole.moc"
