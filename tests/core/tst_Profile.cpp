#include "core/db/Database.h"
#include "core/profile/Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vms;

namespace {
int modeOf(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}
} // namespace

class TestProfile final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void folderAndFileModes() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/profile"));
        auto profile = Profile::openOrCreate(path);
        QVERIFY(profile.ok());
        QCOMPARE(modeOf(profile->path()), 0700);
        auto db = Database::open(profile->databasePath());
        QVERIFY(db.ok());
        QCOMPARE(modeOf(profile->databasePath()), 0600);
        // Still owner-only after QSettings has rewritten it.
        QCOMPARE(modeOf(profile->settingsPath()), 0600);
        {
            QSettings settings(profile->settingsPath(), QSettings::IniFormat);
            settings.setValue(QStringLiteral("sync/intervalMinutes"), 30);
        }
        QCOMPARE(modeOf(profile->settingsPath()), 0600);
    }

    void existingFolderTightened() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loose"));
        QVERIFY(QDir().mkpath(path));
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0755) == 0);
        QVERIFY(Profile::openOrCreate(path).ok());
        QCOMPARE(modeOf(path), 0700);
    }

    void fileIsNotAFolder() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("afile"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto profile = Profile::openOrCreate(path);
        QVERIFY(!profile.ok());
        QCOMPARE(profile.error().kind, ErrorKind::Usage);
    }

    void environmentVariableChoosesProfile() {
        qputenv("VMS_PROFILE", "/tmp/from-env-profile");
        QCOMPARE(Profile::resolvePath(QString()), QStringLiteral("/tmp/from-env-profile"));
        QCOMPARE(Profile::resolvePath(QStringLiteral("/tmp/explicit")), QStringLiteral("/tmp/explicit"));
        qunsetenv("VMS_PROFILE");
    }

    // A file that is not a SQLite database is refused with a clear error and left byte-for-byte alone.
    void corruptDatabaseNeverOverwritten_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("this is not a database, it is a shopping list\n");
        QByteArray damaged("SQLite format 3");
        damaged.append('\0');
        damaged.append(QByteArray(4080, '\xAB'));
        QTest::newRow("damaged header") << damaged;
    }
    void corruptDatabaseNeverOverwritten() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vms.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, ErrorKind::Database);
        QVERIFY2(db.error().message.contains(QStringLiteral("untouched")), qPrintable(db.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_Profile.moc"
