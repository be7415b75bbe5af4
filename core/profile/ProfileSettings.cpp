#include "core/profile/ProfileSettings.h"

#include "core/auth/LoginHost.h"
#include "core/common/Logging.h"
#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QSettings>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::ProfileSettings)
};

// Every key of settings.ini that is a setting (window geometry and column widths are the views' own).
// The auth/ and sync/ spellings predate this class and stay, so existing profiles keep their settings.
constexpr char kLoginHostKey[] = "auth/login_host";
constexpr char kCustomDomainKey[] = "auth/my_domain";
constexpr char kClientIdKey[] = "auth/client_id";
constexpr char kRedirectPortKey[] = "auth/redirect_port";
constexpr char kTimeZoneKey[] = "display/time_zone";
constexpr char kSyncIntervalKey[] = "sync/intervalMinutes";
constexpr char kLanguageKey[] = "ui/language";
constexpr char kCsvPresetKey[] = "export/csv_preset";
constexpr char kMappingFileKey[] = "salesforce/mapping_file";

// How choices are spelled in the file: words an admin editing it by hand can read.
constexpr char16_t kProduction[] = u"production";
constexpr char16_t kSandbox[] = u"sandbox";
constexpr char16_t kCustom[] = u"custom";
constexpr char16_t kExcel[] = u"excel";
constexpr char16_t kPlain[] = u"plain";

QString normalised(const QVariant& value) {
    return value.toString().trimmed().toLower();
}

} // namespace

Result<QUrl> LoginHostSetting::url() const {
    switch (choice) {
    case LoginHostChoice::Production:
        return LoginHost::production();
    case LoginHostChoice::Sandbox:
        return LoginHost::sandbox();
    case LoginHostChoice::CustomDomain:
        break;
    }
    return ProfileSettings::customDomainUrl(customDomain);
}

ProfileSettings::ProfileSettings(const Profile& profile)
    : ProfileSettings(profile.settingsPath()) {}

ProfileSettings::ProfileSettings(const QString& iniPath)
    : m_owned(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_owned.get()) {}

ProfileSettings::ProfileSettings(QSettings& shared)
    : m_settings(&shared) {}

ProfileSettings::ProfileSettings(ProfileSettings&&) noexcept = default;
ProfileSettings& ProfileSettings::operator=(ProfileSettings&&) noexcept = default;
ProfileSettings::~ProfileSettings() = default;

QByteArray ProfileSettings::defaultTimeZoneId() {
    return QByteArrayLiteral("America/Chicago");
}

QTimeZone ProfileSettings::defaultTimeZone() {
    // A system without tz data still shows times, in UTC, rather than invalid dates.
    const QTimeZone zone(defaultTimeZoneId());
    return zone.isValid() ? zone : QTimeZone::utc();
}

QStringList ProfileSettings::supportedLanguages() {
    return {QStringLiteral("en"), QStringLiteral("es")};
}

Result<QUrl> ProfileSettings::customDomainUrl(const QString& domain) {
    QString text = domain.trimmed();
    if (text.isEmpty())
        return Error::usage(Tr::tr("Enter your org's My Domain address."));
    // People type the host alone ("acme.my.salesforce.com"); https is the only scheme meant then.
    if (!text.contains(u"://"))
        text.prepend(QStringLiteral("https://"));
    return LoginHost::validate(text);
}

Result<QTimeZone> ProfileSettings::timeZoneFromId(const QString& ianaId) {
    const QString id = ianaId.trimmed();
    if (id.isEmpty())
        return Error::usage(Tr::tr("Enter a time zone, e.g. America/Chicago."));
    // Only the zones the system lists: QTimeZone would also take any POSIX TZ rule ("Chicago" is UTC
    // called "Chicago"), and Qt's own "UTC+05:00" ids, which are no place and keep no daylight saving.
    const QByteArray bytes = id.toUtf8();
    if (isQtOffsetId(bytes) || !QTimeZone::isTimeZoneIdAvailable(bytes))
        return Error::usage(
            Tr::tr("'%1' is not a time zone this computer knows; use an IANA name such as America/Chicago.")
                .arg(id));
    const QTimeZone zone(bytes);
    if (!zone.isValid())
        return Error::usage(
            Tr::tr("'%1' is not a time zone this computer knows; use an IANA name such as America/Chicago.")
                .arg(id));
    return zone;
}

bool ProfileSettings::isQtOffsetId(const QByteArray& id) {
    return id.size() > 3 && id.startsWith("UTC") && (id[3] == '+' || id[3] == '-');
}

Status ProfileSettings::checkSyncInterval(int minutes) {
    if (minutes == 0 || (minutes >= kMinSyncIntervalMinutes && minutes <= kMaxSyncIntervalMinutes))
        return {};
    return Error::usage(Tr::tr("Sync every %1 to %2 minutes, or 0 for never; got %3.")
                            .arg(kMinSyncIntervalMinutes)
                            .arg(kMaxSyncIntervalMinutes)
                            .arg(minutes));
}

Status ProfileSettings::checkLanguage(const QString& language) {
    if (language.isEmpty() || supportedLanguages().contains(language))
        return {};
    return Error::usage(Tr::tr("'%1' is not a language VMS has; use %2, or nothing to follow the system.")
                            .arg(language, supportedLanguages().join(QStringLiteral(", "))));
}

Status ProfileSettings::authorizeOrganisationChange(const Session& cached) {
    // First run: nobody has signed in, so there is no Admin yet to ask, and the login host must be set
    // before anyone can sign in at all.
    const bool neverSignedIn = !cached.signedIn && cached.userId.isEmpty() && cached.userName.isEmpty();
    if (neverSignedIn || cached.allows(Permission::Administer))
        return {};
    return Error::forbidden(Tr::tr("Only an Admin can change the login host and the sync interval; "
                                   "this profile's role is %1.")
                                .arg(roleDisplayName(cached.role)));
}

QVariant ProfileSettings::read(const char* key) const {
    return m_settings->value(QLatin1String(key));
}

void ProfileSettings::warnInvalid(const char* key, const QVariant& value, const QString& fallback) const {
    qCWarning(lcApp).noquote() << QStringLiteral("%1: %2 = '%3' is not valid; using %4")
                                      .arg(m_settings->fileName(), QLatin1String(key), value.toString(),
                                           fallback);
}

LoginHostSetting ProfileSettings::loginHost() const {
    LoginHostSetting host;
    const QVariant storedChoice = read(kLoginHostKey);
    const QString choice = normalised(storedChoice);
    // Before this class the sign-in dialog stored its list index: 0, 1, 2.
    if (choice == kSandbox || choice == u"1")
        host.choice = LoginHostChoice::Sandbox;
    else if (choice == kCustom || choice == u"2")
        host.choice = LoginHostChoice::CustomDomain;
    else if (!choice.isEmpty() && choice != kProduction && choice != u"0")
        warnInvalid(kLoginHostKey, storedChoice, QString::fromUtf16(kProduction));

    const QVariant storedDomain = read(kCustomDomainKey);
    const QString domain = storedDomain.toString().trimmed();
    if (!domain.isEmpty()) {
        if (customDomainUrl(domain))
            host.customDomain = domain;
        else
            warnInvalid(kCustomDomainKey, storedDomain, QStringLiteral("no My Domain"));
    }
    if (host.choice == LoginHostChoice::CustomDomain && host.customDomain.isEmpty()) {
        warnInvalid(kLoginHostKey, storedChoice, QStringLiteral("production (no valid My Domain is set)"));
        host.choice = LoginHostChoice::Production;
    }
    return host;
}

Status ProfileSettings::setLoginHost(const LoginHostSetting& host) {
    const QString domain = host.customDomain.trimmed();
    const bool domainValid = !domain.isEmpty() && customDomainUrl(domain).ok();
    if (host.choice == LoginHostChoice::CustomDomain && !domainValid)
        return customDomainUrl(domain).error();
    const char16_t* choice = host.choice == LoginHostChoice::Sandbox        ? kSandbox
                             : host.choice == LoginHostChoice::CustomDomain ? kCustom
                                                                            : kProduction;
    m_settings->setValue(QLatin1String(kLoginHostKey), QString::fromUtf16(choice));
    // With another choice a half-typed My Domain is not worth keeping; a valid one is, for next time.
    if (domainValid)
        m_settings->setValue(QLatin1String(kCustomDomainKey), domain);
    else
        m_settings->remove(QLatin1String(kCustomDomainKey));
    return {};
}

QByteArray ProfileSettings::displayTimeZoneId() const {
    const QVariant stored = read(kTimeZoneKey);
    if (stored.toString().trimmed().isEmpty())
        return defaultTimeZoneId();
    auto zone = timeZoneFromId(stored.toString());
    if (!zone) {
        warnInvalid(kTimeZoneKey, stored, QString::fromLatin1(defaultTimeZoneId()));
        return defaultTimeZoneId();
    }
    return zone->id();
}

QTimeZone ProfileSettings::displayTimeZone() const {
    const QByteArray id = displayTimeZoneId();
    if (id == defaultTimeZoneId())
        return defaultTimeZone();
    return QTimeZone(id);
}

Status ProfileSettings::setDisplayTimeZone(const QString& ianaId) {
    auto zone = timeZoneFromId(ianaId);
    if (!zone)
        return zone.error();
    m_settings->setValue(QLatin1String(kTimeZoneKey), QString::fromUtf8(zone->id()));
    return {};
}

int ProfileSettings::syncIntervalMinutes() const {
    const QVariant stored = read(kSyncIntervalKey);
    if (!stored.isValid())
        return kDefaultSyncIntervalMinutes;
    bool isNumber = false;
    const int minutes = stored.toString().trimmed().toInt(&isNumber);
    if (!isNumber || !checkSyncInterval(minutes)) {
        warnInvalid(kSyncIntervalKey, stored, QString::number(kDefaultSyncIntervalMinutes));
        return kDefaultSyncIntervalMinutes;
    }
    return minutes;
}

Status ProfileSettings::setSyncIntervalMinutes(int minutes) {
    if (Status s = checkSyncInterval(minutes); !s)
        return s;
    m_settings->setValue(QLatin1String(kSyncIntervalKey), minutes);
    return {};
}

QString ProfileSettings::language() const {
    const QVariant stored = read(kLanguageKey);
    const QString language = normalised(stored);
    if (!checkLanguage(language)) {
        warnInvalid(kLanguageKey, stored, QStringLiteral("the system's language"));
        return {};
    }
    return language;
}

Status ProfileSettings::setLanguage(const QString& language) {
    if (Status s = checkLanguage(language); !s)
        return s;
    m_settings->setValue(QLatin1String(kLanguageKey), language);
    return {};
}

CsvPreset ProfileSettings::csvPreset() const {
    const QVariant stored = read(kCsvPresetKey);
    const QString preset = normalised(stored);
    if (preset == kPlain)
        return CsvPreset::PlainUtf8;
    if (!preset.isEmpty() && preset != kExcel)
        warnInvalid(kCsvPresetKey, stored, QString::fromUtf16(kExcel));
    return kDefaultCsvPreset;
}

void ProfileSettings::setCsvPreset(CsvPreset preset) {
    m_settings->setValue(QLatin1String(kCsvPresetKey),
                         QString::fromUtf16(preset == CsvPreset::PlainUtf8 ? kPlain : kExcel));
}

Status ProfileSettings::rememberSignIn(const LoginHostSetting& host, const QString& clientId,
                                       const Session& before, const Session& after) {
    if (!after.signedIn)
        return Error{ErrorKind::Auth, Tr::tr("Nothing is remembered from a sign-in that did not succeed."),
                     QStringLiteral("NOT_SIGNED_IN")};
    if (Status mayBefore = authorizeOrganisationChange(before); !mayBefore) {
        if (Status mayNow = authorizeOrganisationChange(after); !mayNow)
            return mayNow;
    }
    if (Status s = setLoginHost(host); !s)
        return s;
    setClientId(clientId);
    return save();
}

QString ProfileSettings::clientId() const {
    return read(kClientIdKey).toString().trimmed();
}

void ProfileSettings::setClientId(const QString& clientId) {
    m_settings->setValue(QLatin1String(kClientIdKey), clientId.trimmed());
}

quint16 ProfileSettings::redirectPort() const {
    const QVariant stored = read(kRedirectPortKey);
    if (!stored.isValid())
        return kDefaultRedirectPort;
    bool isNumber = false;
    const int port = stored.toString().trimmed().toInt(&isNumber);
    if (!isNumber || port < 1 || port > 65535) {
        warnInvalid(kRedirectPortKey, stored, QString::number(kDefaultRedirectPort));
        return kDefaultRedirectPort;
    }
    return static_cast<quint16>(port);
}

QString ProfileSettings::mappingFile() const {
    return read(kMappingFileKey).toString().trimmed();
}

Status ProfileSettings::save() {
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError)
        return Error::io(Tr::tr("Cannot save the settings to %1.").arg(m_settings->fileName()));
    return {};
}

} // namespace vms
