// KeychainTokenStore against the real OS keychain (scripts/test runs CTest inside dbus-run-session with
// an unlocked gnome-keyring-daemon).

#include "core/auth/KeychainTokenStore.h"

#include <QTest>
#include <QUuid>

using namespace vms;

class TestKeychainTokenStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no session bus: run through scripts/test, which provides one with gnome-keyring");
    }

    void roundTrip() {
        KeychainTokenStore store(QStringLiteral("VMS-test"));
        QVERIFY2(store.probe().ok(),
                 qPrintable(store.probe().ok() ? QString() : store.probe().error().message));
        const QString profile = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString other = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!store.load(profile).value().has_value());

        StoredCredentials c;
        c.refreshToken = "5Aep861-test-refresh-token";
        c.instanceUrl = QStringLiteral("https://acme.my.salesforce.com");
        c.identityUrl =
            QStringLiteral("https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA");
        c.orgId = QStringLiteral("00D000000000001AAA");
        c.userId = QStringLiteral("005000000000001AAA");
        c.loginUrl = QStringLiteral("https://login.salesforce.com");
        c.clientId = QStringLiteral("client");
        QVERIFY(store.save(profile, c).ok());
        StoredCredentials o = c;
        o.refreshToken = "other-profile-token";
        o.userId = QStringLiteral("005000000000002AAA");
        QVERIFY(store.save(other, o).ok());

        auto loaded = store.load(profile);
        QVERIFY(loaded.ok() && loaded->has_value());
        QCOMPARE((*loaded)->refreshToken, c.refreshToken);
        QCOMPARE((*loaded)->identityUrl, c.identityUrl);
        QCOMPARE((*loaded)->userId, c.userId);

        // Rotation overwrites in place.
        c.refreshToken = "5Aep861-rotated";
        QVERIFY(store.save(profile, c).ok());
        QCOMPARE(store.load(profile).value()->refreshToken, QByteArray("5Aep861-rotated"));

        QVERIFY(store.remove(profile).ok());
        QVERIFY(!store.load(profile).value().has_value());
        QVERIFY(store.remove(profile).ok()); // idempotent
        QCOMPARE(store.load(other).value()->refreshToken, QByteArray("other-profile-token"));
        QVERIFY(store.remove(other).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_KeychainTokenStore.moc"
