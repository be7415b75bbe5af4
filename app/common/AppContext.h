#pragma once

#include "core/common/Error.h"
#include "core/db/Database.h"
#include "core/profile/Profile.h"
#include "core/profile/ProfileSettings.h"

#include <memory>
#include <optional>
#include <thread>

class QNetworkAccessManager;

namespace vms {

class AuthManager;
class SalesforceClient;
class TokenStore;

// The composition root shared by vms and vms-cli: it creates the long-lived objects once and hands
// them down through constructors. No singletons anywhere else.
class AppContext final {
public:
    // Opens the profile folder and its cache.
    static Result<std::unique_ptr<AppContext>> open(const QString& profileArgument);

    const Profile& profile() const { return m_profile; }
    Database& database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }
    // The profile's settings.ini, read fresh (the GUI may have changed it since the last call).
    ProfileSettings settings() const { return ProfileSettings(m_profile); }

    // Sign-in and the org, created on first use on the calling (main) thread: the network access manager,
    // the token store (the OS keychain; the GUI may swap in a MemoryTokenStore for "this run only"), the
    // AuthManager (session, role, token refresh for every SalesforceClient) and the main thread's
    // SalesforceClient. The sync worker makes its own client with auth().makeClient(itsOwnNam).
    QNetworkAccessManager& network();
    TokenStore& tokenStore();
    AuthManager& auth();
    SalesforceClient& salesforce();
    // Replaces the token store (GUI: "stay signed in for this run only"). The context owns it.
    void setTokenStore(std::unique_ptr<TokenStore> store);
    // The automatic daily copy of the cache (Backup::dailyIfDue) on a thread of its own, so the window never
    // waits for it; a failure is logged, never shown as an error. waitForDailyBackup() (and the destructor)
    // wait for it to end.
    void startDailyBackup();
    void waitForDailyBackup();
    ~AppContext();
    AppContext(const AppContext&) = delete;
    AppContext& operator=(const AppContext&) = delete;

private:
    AppContext(Profile profile, std::shared_ptr<Database> db);
    Profile m_profile;
    std::shared_ptr<Database> m_database;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenStore> m_tokenStore;
    std::unique_ptr<AuthManager> m_auth;
    std::thread m_dailyBackup;
};

} // namespace vms
