// `vms --demo-role`: the real desktop program on the demo org, signed in as the fake org's user for each
// role. The role is the one the org's permission sets give (read back from the profile's cached session),
// and the window comes up; an unknown role is refused before anything starts.

#include "core/auth/Session.h"
#include "core/db/Database.h"

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
