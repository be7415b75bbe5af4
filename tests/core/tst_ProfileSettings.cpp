// ProfileSettings: defaults, a round trip through settings.ini, every invalid value an admin could write
// by hand (each reads as its default, with a warning, never a crash), the bounds, and who may change the
// organisation settings.

#include "core/profile/Profile.h"
#include "core/profile/ProfileSettings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

namespace {

Session sessionOf(Role role, bool signedIn = true) {
    Session s;
    s.signedIn = signedIn;
    s.userName = QStringLiteral("Pat Example");
    s.userId = QStringLiteral("005000000000001AAA");
    s.role = role;
    return s;
}

} // namespace

class TestProfileSettings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    // A settings.ini as an admin would type it.
    QString handWritten(const QByteArray& text) {
        const QString path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void defaultsWithoutAFile() {
        const ProfileSettings s(m_dir.filePath(QStringLiteral("missing.ini")));
        QCOMPARE(s.loginHost().choice, LoginHostChoice::Production);
        QCOMPARE(s.loginHost().customDomain, QString());
        QCOMPARE(s.loginHost().url().value(), QUrl(QStringLiteral("https://login.salesforce.com")));
        QCOMPARE(s.displayTimeZoneId(), QByteArray("America/Chicago"));
        QCOMPARE(s.displayTimeZone().id(), QByteArray("America/Chicago"));
        QCOMPARE(s.syncIntervalMinutes(), 15);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.csvPreset(), CsvPreset::ExcelUtf8Bom);
        QCOMPARE(s.redirectPort(), quint16(1717));
        QCOMPARE(s.clientId(), QString());
        QCOMPARE(s.mappingFile(), QString());
    }

    void roundTripThroughTheFile() {
        auto profile = Profile::openOrCreate(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(profile.ok());
        {
            ProfileSettings s(*profile);
            QVERIFY(
                s.setLoginHost({LoginHostChoice::CustomDomain, QStringLiteral(" acme.my.salesforce.com ")})
                    .ok());
            QVERIFY(s.setDisplayTimeZone(QStringLiteral("Europe/Madrid")).ok());
            QVERIFY(s.setSyncIntervalMinutes(0).ok());
            QVERIFY(s.setLanguage(QStringLiteral("es")).ok());
            s.setCsvPreset(CsvPreset::PlainUtf8);
            s.setClientId(QStringLiteral("vms-app"));
            QVERIFY(s.save().ok());
        }
        const ProfileSettings again(*profile);
        QCOMPARE(again.loginHost(),
                 (LoginHostSetting{LoginHostChoice::CustomDomain, QStringLiteral("acme.my.salesforce.com")}));
        QCOMPARE(again.loginHost().url().value(), QUrl(QStringLiteral("https://acme.my.salesforce.com")));
        QCOMPARE(again.displayTimeZone().id(), QByteArray("Europe/Madrid"));
        QCOMPARE(again.syncIntervalMinutes(), 0);
        QCOMPARE(again.language(), QStringLiteral("es"));
        QCOMPARE(again.csvPreset(), CsvPreset::PlainUtf8);
        QCOMPARE(again.clientId(), QStringLiteral("vms-app"));

        // Readable for an admin who opens the file.
        QFile ini(profile->settingsPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        for (const char* line : {"login_host=custom", "my_domain=acme.my.salesforce.com",
                                 "time_zone=Europe/Madrid", "csv_preset=plain", "language=es"})
            QVERIFY2(text.contains(line), line);
    }

    void theOtherChoicesRoundTripToo() {
        ProfileSettings s(m_dir.filePath(QStringLiteral("choices.ini")));
        QVERIFY(s.setLoginHost({LoginHostChoice::Sandbox, QString()}).ok());
        QVERIFY(s.setLanguage(QString()).ok());
        s.setCsvPreset(CsvPreset::ExcelUtf8Bom);
        QVERIFY(s.save().ok());
        const ProfileSettings again(m_dir.filePath(QStringLiteral("choices.ini")));
        QCOMPARE(again.loginHost().choice, LoginHostChoice::Sandbox);
        QCOMPARE(again.loginHost().url().value(), QUrl(QStringLiteral("https://test.salesforce.com")));
        QCOMPARE(again.language(), QString());
        QCOMPARE(again.csvPreset(), CsvPreset::ExcelUtf8Bom);
    }

    void sharedQSettingsSeesEveryChange() {
        QSettings file(m_dir.filePath(QStringLiteral("shared.ini")), QSettings::IniFormat);
        ProfileSettings writer(file);
        const ProfileSettings reader(file);
        QVERIFY(writer.setSyncIntervalMinutes(30).ok());
        QCOMPARE(reader.syncIntervalMinutes(), 30);
    }

    void valuesWrittenBeforeThisClassStillRead() {
        // The sign-in dialog used to store its list index, and the interval as a number.
        const ProfileSettings s(handWritten("[auth]\nlogin_host=1\n[sync]\nintervalMinutes=45\n"));
        QCOMPARE(s.loginHost().choice, LoginHostChoice::Sandbox);
        QCOMPARE(s.syncIntervalMinutes(), 45);
        const ProfileSettings custom(handWritten("[auth]\nlogin_host=2\nmy_domain=acme.my.salesforce.com\n"));
        QCOMPARE(custom.loginHost().choice, LoginHostChoice::CustomDomain);
    }

    void handWrittenValidValuesAreTolerant() {
        const ProfileSettings s(
            handWritten("[auth]\nlogin_host = SANDBOX \n[display]\ntime_zone = Asia/Tokyo\n"
                        "[ui]\nlanguage=ES\n[export]\ncsv_preset=Plain\n"));
        QCOMPARE(s.loginHost().choice, LoginHostChoice::Sandbox);
        QCOMPARE(s.displayTimeZoneId(), QByteArray("Asia/Tokyo"));
        QCOMPARE(s.language(), QStringLiteral("es"));
        QCOMPARE(s.csvPreset(), CsvPreset::PlainUtf8);
    }

    void everyInvalidValueReadsAsItsDefault_data() {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("warned"); // the key the log names, "" when no warning is due
        const auto row = [](const char* name, const char* ini, const char* warned) {
            QTest::newRow(name) << QByteArray(ini) << QString::fromLatin1(warned);
        };
        row("unknown login host", "[auth]\nlogin_host=staging\n", "auth/login_host");
        row("custom without a domain", "[auth]\nlogin_host=custom\n", "auth/login_host");
        row("custom over plain http", "[auth]\nlogin_host=custom\nmy_domain=http://acme.example.com\n",
            "auth/my_domain");
        row("custom with a path", "[auth]\nlogin_host=custom\nmy_domain=https://acme.example.com/login\n",
            "auth/my_domain");
        row("custom with credentials", "[auth]\nlogin_host=custom\nmy_domain=https://u:p@acme.example.com\n",
            "auth/my_domain");
        row("unknown zone", "[display]\ntime_zone=Mars/Olympus_Mons\n", "display/time_zone");
        row("lower-case zone", "[display]\ntime_zone=america/chicago\n", "display/time_zone");
        row("Qt offset zone", "[display]\ntime_zone=UTC+05:00\n", "display/time_zone");
        row("path as zone", "[display]\ntime_zone=../../etc/passwd\n", "display/time_zone");
        row("city as zone", "[display]\ntime_zone=Chicago\n", "display/time_zone");
        row("empty zone", "[display]\ntime_zone=\n", "");
        row("interval not a number", "[sync]\nintervalMinutes=often\n", "sync/intervalMinutes");
        row("interval negative", "[sync]\nintervalMinutes=-5\n", "sync/intervalMinutes");
        row("interval too short", "[sync]\nintervalMinutes=1\n", "sync/intervalMinutes");
        row("interval too long", "[sync]\nintervalMinutes=1441\n", "sync/intervalMinutes");
        row("interval overflows", "[sync]\nintervalMinutes=99999999999999999999\n", "sync/intervalMinutes");
        row("interval fractional", "[sync]\nintervalMinutes=7.5\n", "sync/intervalMinutes");
        row("unknown language", "[ui]\nlanguage=fr\n", "ui/language");
        row("language as locale", "[ui]\nlanguage=es_MX\n", "ui/language");
        row("unknown csv preset", "[export]\ncsv_preset=tsv\n", "export/csv_preset");
        row("port zero", "[auth]\nredirect_port=0\n", "auth/redirect_port");
        row("port too big", "[auth]\nredirect_port=70000\n", "auth/redirect_port");
        row("port not a number", "[auth]\nredirect_port=http\n", "auth/redirect_port");
        row("not an ini at all", "\x01\x02\xff\xfe garbage = = [[[\n\n=\n[", "");
        row("a list where one value goes", "[display]\ntime_zone=Europe/Madrid, Europe/Paris\n", "");
    }

    void everyInvalidValueReadsAsItsDefault() {
        QFETCH(QByteArray, ini);
        QFETCH(QString, warned);
        const ProfileSettings s(handWritten(ini));
        if (!warned.isEmpty())
            QTest::ignoreMessage(
                QtWarningMsg, QRegularExpression(QRegularExpression::escape(warned + QStringLiteral(" = "))));
        // Reading everything must give the defaults, whatever the file holds (and QTest fails the row if
        // the expected warning was not logged).
        QCOMPARE(s.loginHost().choice, LoginHostChoice::Production);
        QCOMPARE(s.loginHost().url().value(), QUrl(QStringLiteral("https://login.salesforce.com")));
        QCOMPARE(s.displayTimeZone().id(), QByteArray("America/Chicago"));
        QCOMPARE(s.syncIntervalMinutes(), 15);
        QCOMPARE(s.language(), QString());
        QCOMPARE(s.csvPreset(), CsvPreset::ExcelUtf8Bom);
        QCOMPARE(s.redirectPort(), quint16(1717));
    }

    void syncIntervalBounds() {
        QVERIFY(ProfileSettings::checkSyncInterval(0).ok());
        QVERIFY(!ProfileSettings::checkSyncInterval(ProfileSettings::kMinSyncIntervalMinutes - 1).ok());
        QVERIFY(ProfileSettings::checkSyncInterval(ProfileSettings::kMinSyncIntervalMinutes).ok());
        QVERIFY(ProfileSettings::checkSyncInterval(ProfileSettings::kMaxSyncIntervalMinutes).ok());
        QVERIFY(!ProfileSettings::checkSyncInterval(ProfileSettings::kMaxSyncIntervalMinutes + 1).ok());
        QVERIFY(!ProfileSettings::checkSyncInterval(-1).ok());
        QCOMPARE(ProfileSettings::checkSyncInterval(-1).error().kind, ErrorKind::Usage);
        QVERIFY(ProfileSettings::kMinSyncIntervalMinutes <= ProfileSettings::kDefaultSyncIntervalMinutes);
    }

    void settersRefuseInvalidValuesAndKeepTheOldOne() {
        ProfileSettings s(m_dir.filePath(QStringLiteral("refuse.ini")));
        QVERIFY(s.setSyncIntervalMinutes(20).ok());
        QCOMPARE(s.setSyncIntervalMinutes(2).error().kind, ErrorKind::Usage);
        QCOMPARE(s.syncIntervalMinutes(), 20);

        QVERIFY(s.setDisplayTimeZone(QStringLiteral("Europe/Madrid")).ok());
        const auto badZone = s.setDisplayTimeZone(QStringLiteral("Nowhere/Special"));
        QVERIFY(!badZone.ok());
        QVERIFY(badZone.error().message.contains(QStringLiteral("Nowhere/Special")));
        QVERIFY(!s.setDisplayTimeZone(QString()).ok());
        QCOMPARE(s.displayTimeZoneId(), QByteArray("Europe/Madrid"));

        QVERIFY(s.setLanguage(QStringLiteral("es")).ok());
        QVERIFY(!s.setLanguage(QStringLiteral("de")).ok());
        QCOMPARE(s.language(), QStringLiteral("es"));

        QVERIFY(s.setLoginHost({LoginHostChoice::Sandbox, QString()}).ok());
        const auto http = s.setLoginHost({LoginHostChoice::CustomDomain, QStringLiteral("http://acme.test")});
        QVERIFY(!http.ok());
        QVERIFY(http.error().message.contains(QStringLiteral("http://")));
        QVERIFY(!s.setLoginHost({LoginHostChoice::CustomDomain, QString()}).ok());
        QCOMPARE(s.loginHost().choice, LoginHostChoice::Sandbox);
    }

    void loginHostIsHttpsOnlyExceptLoopback() {
        QCOMPARE(ProfileSettings::customDomainUrl(QStringLiteral("acme.my.salesforce.com")).value(),
                 QUrl(QStringLiteral("https://acme.my.salesforce.com")));
        QVERIFY(!ProfileSettings::customDomainUrl(QStringLiteral("http://acme.my.salesforce.com")).ok());
        QCOMPARE(ProfileSettings::customDomainUrl(QStringLiteral("http://127.0.0.1:8443")).value(),
                 QUrl(QStringLiteral("http://127.0.0.1:8443")));
        QVERIFY(ProfileSettings::customDomainUrl(QStringLiteral("http://localhost:9000")).ok());
        QVERIFY(!ProfileSettings::customDomainUrl(QStringLiteral("ftp://acme.example.com")).ok());
        QVERIFY(!ProfileSettings::customDomainUrl(QStringLiteral("   ")).ok());
    }

    void timeZonesAreIanaIds() {
        QCOMPARE(ProfileSettings::timeZoneFromId(QStringLiteral("America/New_York"))->id(),
                 QByteArray("America/New_York"));
        QVERIFY(ProfileSettings::timeZoneFromId(QStringLiteral("UTC")).ok());
        QVERIFY(!ProfileSettings::timeZoneFromId(QStringLiteral("UTC-06:00")).ok());
        // QTimeZone alone would take these as POSIX rules: UTC named "Chicago", UTC-3 named "XYZ".
        QVERIFY(!ProfileSettings::timeZoneFromId(QStringLiteral("Chicago")).ok());
        QVERIFY(!ProfileSettings::timeZoneFromId(QStringLiteral("XYZ3")).ok());
        QVERIFY(!ProfileSettings::timeZoneFromId(QString()).ok());
    }

    void onlyAnAdminOrAFirstRunChangesOrganisationSettings() {
        QVERIFY(ProfileSettings::mayChangeOrganisationSettings(Session{}));
        QVERIFY(ProfileSettings::mayChangeOrganisationSettings(sessionOf(Role::Admin)));
        // Signed out, nobody is an Admin any more (the role goes with the sign-in, issue #15).
        QVERIFY(!ProfileSettings::mayChangeOrganisationSettings(sessionOf(Role::Admin, false)));
        for (Role role : {Role::User, Role::Coordinator}) {
            const Status refused = ProfileSettings::authorizeOrganisationChange(sessionOf(role));
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
            QVERIFY(refused.error().message.contains(roleDisplayName(role)));
            // Signing out does not turn a profile back into a first run.
            QVERIFY(!ProfileSettings::mayChangeOrganisationSettings(sessionOf(role, false)));
        }
    }
};

QTEST_GUILESS_MAIN(TestProfileSettings)
#include "tst_ProfileSettings.moc"
