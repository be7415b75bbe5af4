#pragma once

#include "core/auth/Session.h"
#include "core/common/CsvPreset.h"
#include "core/common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace vms {

class Profile;

// Where users sign in (salesforce-org.md, "OAuth for a desktop app").
enum class LoginHostChoice { Production, Sandbox, CustomDomain };

struct LoginHostSetting {
    LoginHostChoice choice = LoginHostChoice::Production;
    // The org's My Domain as the user typed it ("acme.my.salesforce.com"); remembered even while another
    // choice is made, so switching back does not lose it.
    QString customDomain;

    // The login URL this stands for; ErrorKind::Usage saying why when the My Domain is not acceptable.
    Result<QUrl> url() const;
    bool operator==(const LoginHostSetting&) const = default;
};

// The one place that names each setting of a profile, knows its default and validates it. Settings live
// in the profile's settings.ini (Profile::settingsPath()), which admins may edit by hand: a value that is
// missing, malformed or out of bounds reads as its default (with a warning in the log), never as an error
// and never as a crash. Setters refuse invalid values and write nothing then.
//
// Two kinds of setting (salesforce-org.md: Admin administers settings):
//  - personal preferences anyone may change: language, CSV preset, display time zone (salesforce-org.md:
//    America/Chicago "unless the user sets another zone");
//  - organisation settings only an Admin may change (or anyone on a profile that has never signed in,
//    to set it up): login host, sync interval. mayChangeOrganisationSettings() is
//    that rule; the sign-in dialog still records the host a user picks when signing in.
class ProfileSettings final {
public:
    // Reads and writes the profile's settings.ini through its own QSettings (vms-cli, AppContext).
    explicit ProfileSettings(const Profile& profile);
    explicit ProfileSettings(const QString& iniPath);
    // Shares the caller's QSettings (the GUI keeps one for the whole run), so both see every change.
    explicit ProfileSettings(QSettings& shared);
    ProfileSettings(ProfileSettings&&) noexcept;
    ProfileSettings& operator=(ProfileSettings&&) noexcept;
    ~ProfileSettings();

    // Defaults and bounds.
    static constexpr int kDefaultSyncIntervalMinutes = 15;
    // 0 turns the interval off; otherwise at least 5 minutes, so the org's daily API budget is not spent
    // on syncs nobody waits for, and at most a day.
    static constexpr int kMinSyncIntervalMinutes = 5;
    static constexpr int kMaxSyncIntervalMinutes = 24 * 60;
    static constexpr quint16 kDefaultRedirectPort = 1717;
    static QByteArray defaultTimeZoneId(); // America/Chicago: the program is in Kansas City
    static QTimeZone defaultTimeZone();
    static constexpr CsvPreset kDefaultCsvPreset = CsvPreset::ExcelUtf8Bom;
    // Language codes VMS has a translation for; "" (the default) follows the system.
    static QStringList supportedLanguages();

    // The checks, usable before anything is written (the settings dialog shows their messages inline).
    // A My Domain with or without https://; https only, except plain http to this computer (LoginHost).
    static Result<QUrl> customDomainUrl(const QString& domain);
    // An IANA time zone id this system lists (QTimeZone::availableTimeZoneIds(): "America/Chicago",
    // "Europe/Madrid", "UTC"), not Qt's fixed "UTC+05:00" offsets.
    static Result<QTimeZone> timeZoneFromId(const QString& ianaId);
    static bool isQtOffsetId(const QByteArray& id);
    static Status checkSyncInterval(int minutes);
    static Status checkLanguage(const QString& language);

    // Forbidden (saying why) unless the cached role is Admin or the profile has never signed in.
    static Status authorizeOrganisationChange(const Session& cached);
    static bool mayChangeOrganisationSettings(const Session& cached) {
        return authorizeOrganisationChange(cached).ok();
    }

    // Organisation settings.
    LoginHostSetting loginHost() const;
    Status setLoginHost(const LoginHostSetting& host);
    int syncIntervalMinutes() const; // 0 = off
    Status setSyncIntervalMinutes(int minutes);

    // Personal preferences.
    QByteArray displayTimeZoneId() const;
    QTimeZone displayTimeZone() const;
    Status setDisplayTimeZone(const QString& ianaId);
    QString language() const; // "", "en" or "es"
    Status setLanguage(const QString& language);
    CsvPreset csvPreset() const;
    void setCsvPreset(CsvPreset preset);

    // After a successful sign-in (`after`): remembers its login host and client id for the next one, but
    // only when the signed-in role may change organisation settings, or nobody had signed into the
    // profile before (`before`, the cached session from before the sign-in). Anyone else's choice would
    // pre-fill the next person's sign-in, so it is not kept: Forbidden then, and nothing is written.
    Status rememberSignIn(const LoginHostSetting& host, const QString& clientId, const Session& before,
                          const Session& after);

    // Remembered from the last sign-in, and the admin's override of the org mapping (no dialog for these).
    QString clientId() const;
    void setClientId(const QString& clientId);
    quint16 redirectPort() const;
    QString mappingFile() const;

    // Writes pending changes to disk; Io error when the file cannot be written.
    Status save();

private:
    QVariant read(const char* key) const;
    void warnInvalid(const char* key, const QVariant& value, const QString& fallback) const;

    std::unique_ptr<QSettings> m_owned;
    QSettings* m_settings = nullptr;
};

} // namespace vms
