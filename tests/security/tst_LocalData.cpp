// "Remove this computer's data" (core/profile/LocalData) on a real profile folder and the real keychain:
// it counts what has not reached Salesforce, then deletes the cache (with its WAL), the logs, the backups
// and every keychain entry of the profile, and nothing else: the settings stay, and a link out of the
// profile is removed, never followed.

#include "core/auth/KeychainTokenStore.h"
#include "core/changes/LocalChanges.h"
#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/profile/LocalData.h"
#include "core/profile/Profile.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace vms;

namespace {

void touch(const QString& path, const QByteArray& bytes = "x") {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

StoredCredentials credentialsOf(const QString& userId) {
    StoredCredentials c;
    c.refreshToken = "5Aep861-local-data-" + userId.toLatin1();
    c.instanceUrl = QStringLiteral("https://acme.my.salesforce.com");
    c.identityUrl = QStringLiteral("https://login.salesforce.com/id/00D000000000001AAA/") + userId;
    c.orgId = QStringLiteral("00D000000000001AAA");
    c.userId = userId;
    c.loginUrl = QStringLiteral("https://login.salesforce.com");
    c.clientId = QStringLiteral("client");
    return c;
}

// Whether the keychain still holds an entry under `key` (read directly, past the TokenStore).
bool keychainHas(const QString& key) {
    QKeychain::ReadPasswordJob job(QStringLiteral("VMS-test"));
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

class TestLocalData final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run through scripts/test, which provides one with gnome-keyring");
    }

    void removesTheCacheLogsBackupsAndEveryKeychainEntry() {
        QTemporaryDir dir;
        const Profile profile = Profile::openOrCreate(dir.filePath(QStringLiteral("profile"))).value();
        {
            auto db = Database::open(profile.databasePath()).value();
            Session s;
            s.signedIn = true;
            s.role = Role::Coordinator;
            const SystemClock clock;
            LocalChanges changes(db->connection(), s, clock);
            QVERIFY(changes.addVolunteer({QStringLiteral("Walk"), QStringLiteral("In"), {}, {}, {}}).ok());
            QVERIFY(
                changes.addVolunteer({QStringLiteral("Second"), QStringLiteral("Walker"), {}, {}, {}}).ok());
            QCOMPARE(LocalData::unpushedChanges(db->connection()).value(), 2);
            db->releaseThreadConnection();
        }
        touch(profile.logDirectory() + QStringLiteral("/vms.sync.log"));
        touch(profile.path() + QStringLiteral("/backups/vms-2026-11-01.sqlite"));
        touch(profile.databasePath() + QStringLiteral("-wal"));
        // Something outside the profile, linked from inside it: it must survive.
        const QString outside = dir.filePath(QStringLiteral("outside.txt"));
        touch(outside, "keep me");
        QVERIFY(QFile::link(outside, profile.path() + QStringLiteral("/backups/link-out")));
        QVERIFY(QFile::link(dir.path(), profile.logDirectory() + QStringLiteral("/dir-link-out")));

        // Two users signed into this profile in turn: both entries must go.
        KeychainTokenStore store(QStringLiteral("VMS-test"));
        QVERIFY(store.save(profile.id(), credentialsOf(QStringLiteral("005000000000001AAA"))).ok());
        QVERIFY(store.save(profile.id(), credentialsOf(QStringLiteral("005000000000002AAA"))).ok());

        const Status removed = LocalData::remove(profile, store);
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().message));
        for (const QString& path : LocalData::paths(profile))
            QVERIFY2(!QFileInfo::exists(path) && !QFileInfo(path).isSymLink(), qPrintable(path));
        QVERIFY(QFileInfo::exists(profile.settingsPath()));
        QFile kept(outside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        QVERIFY(QFileInfo(dir.path()).isDir());
        QVERIFY(!store.load(profile.id()).value().has_value());
        for (const char* user : {"005000000000001AAA", "005000000000002AAA"})
            QVERIFY2(!keychainHas(KeychainTokenStore::credentialsKey(profile.id(), QLatin1String(user))),
                     user);
        QVERIFY(!keychainHas(KeychainTokenStore::pointerKey(profile.id())));
    }

    void nothingToRemoveIsFine() {
        QTemporaryDir dir;
        const Profile profile = Profile::openOrCreate(dir.filePath(QStringLiteral("empty"))).value();
        KeychainTokenStore store(QStringLiteral("VMS-test"));
        QVERIFY(LocalData::remove(profile, store).ok());
    }
};

QTEST_GUILESS_MAIN(TestLocalData)
#include "tst_LocalData.moc"
