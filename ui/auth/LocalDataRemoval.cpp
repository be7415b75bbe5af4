#include "ui/auth/LocalDataRemoval.h"

#include "core/auth/AuthManager.h"
#include "core/common/LogSink.h"
#include "core/profile/LocalData.h"
#include "ui/MainWindow.h"
#include "ui/auth/AccountButton.h"
#include "ui/auth/LocalDataPrompt.h"

namespace vms {

LocalDataRemoval::LocalDataRemoval(MainWindow& window, AccountButton* account, AuthManager& auth,
                                   Database& cache, Prompter& prompter, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_auth(auth)
    , m_cache(cache)
    , m_prompter(prompter) {
    connect(&window, &MainWindow::removeLocalDataRequested, this, [this] {
        // The menu shows it to Admins only; a role that changed since is checked here.
        if (m_window.session().allows(Permission::Administer))
            ask(false);
    });
    if (account)
        connect(account, &AccountButton::signedOutByUser, this, [this] { ask(true); });
}

void LocalDataRemoval::ask(bool atSignOut) {
    auto unpushed = LocalData::unpushedChanges(m_cache);
    const qint64 count = unpushed ? *unpushed : -1;
    const bool confirmed = atSignOut ? LocalDataPrompt::offerAtSignOut(m_prompter, &m_window, count)
                                     : LocalDataPrompt::confirmRemoval(m_prompter, &m_window, count);
    if (!confirmed)
        return;
    if (!atSignOut)
        (void)m_auth.signOut(true); // revoked at the org when it answers; gone here in any case
    m_requested = true;
    Q_EMIT quitRequested();
}

Status LocalDataRemoval::removeNow(const Profile& profile, TokenStore& tokens) {
    if (!m_requested)
        return {};
    // Nothing may use the cache or the logs while they go.
    LogSink::uninstall();
    return LocalData::remove(m_cache, profile, tokens);
}

} // namespace vms
