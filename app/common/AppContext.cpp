#include "app/common/AppContext.h"

#include "core/auth/AuthManager.h"
#include "core/auth/KeychainTokenStore.h"
#include "core/common/Logging.h"
#include "core/profile/Backup.h"
#include "core/salesforce/OrgMapping.h"

#include <QNetworkAccessManager>

namespace vms {

AppContext::AppContext(Profile profile, std::shared_ptr<Database> db)
    : m_profile(std::move(profile))
    , m_database(std::move(db)) {}

AppContext::~AppContext() {
    waitForDailyBackup();
}

void AppContext::startDailyBackup() {
    if (m_dailyBackup.joinable())
        return;
    m_dailyBackup = std::thread([profile = m_profile] {
        const SystemClock clock;
        if (auto made = Backup::dailyIfDue(profile, clock); !made)
            qCWarning(lcDb).noquote() << "the daily copy of the cache failed:" << made.error().message;
    });
}

void AppContext::waitForDailyBackup() {
    if (m_dailyBackup.joinable())
        m_dailyBackup.join();
}

QNetworkAccessManager& AppContext::network() {
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return *m_network;
}

TokenStore& AppContext::tokenStore() {
    if (!m_tokenStore)
        m_tokenStore = std::make_unique<KeychainTokenStore>();
    return *m_tokenStore;
}

void AppContext::setTokenStore(std::unique_ptr<TokenStore> store) {
    m_tokenStore = std::move(store);
    if (m_auth)
        m_auth->setTokenStore(m_tokenStore.get());
}

const OrgMapping& AppContext::mapping() {
    if (!m_mapping) {
        // An admin may point the profile at another org's mapping (settings.ini: salesforce/mapping_file).
        auto loaded = OrgMapping::load(settings().mappingFile());
        if (!loaded) {
            qCWarning(lcApp).noquote() << loaded.error().message << "- using the default mapping";
            loaded = OrgMapping::loadDefault();
        }
        m_mapping = std::make_unique<OrgMapping>(std::move(loaded).value());
    }
    return *m_mapping;
}

AuthManager& AppContext::auth() {
    if (!m_auth) {
        AuthManager::Options options;
        // Interactive calls (whoami, sign-in): give up sooner than the sync engine would.
        options.client.maxAttempts = 3;
        options.client.requestTimeout = std::chrono::seconds(30);
        m_auth = std::make_unique<AuthManager>(&network(), &tokenStore(), m_profile.id(), m_database,
                                               mapping(), options);
    }
    return *m_auth;
}

SalesforceClient& AppContext::salesforce() {
    return auth().client();
}

Result<std::unique_ptr<AppContext>> AppContext::open(const QString& profileArgument) {
    auto profile = Profile::openOrCreate(Profile::resolvePath(profileArgument));
    if (!profile)
        return profile.error();
    auto db = Database::open(profile->databasePath());
    if (!db)
        return db.error();
    return std::unique_ptr<AppContext>(new AppContext(*profile, *db));
}

} // namespace vms
