#pragma once

#include "core/common/Error.h"

#include <QObject>

namespace vms {

class AccountButton;
class AuthManager;
class Database;
class MainWindow;
class Profile;
class Prompter;
class TokenStore;

// "Remove this computer's data" in the desktop program (core/profile/LocalData): File ▸ Remove This
// Computer's Data… (Admins only, checked again here) and the offer right after Sign out (anyone). It asks,
// saying how many changes have not reached Salesforce, signs out (revoking at the org when it answers) and
// asks the program to quit; the files go in removeNow(), which main() calls once the event loop is over
// and nothing uses the cache any more.
class LocalDataRemoval final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalDataRemoval)

public:
    LocalDataRemoval(MainWindow& window, AccountButton* account, AuthManager& auth, Database& cache,
                     Prompter& prompter, QObject* parent = nullptr);

    // The user confirmed: removeNow() will delete the data.
    bool requested() const { return m_requested; }
    // Deletes the profile's data when it was requested (nothing otherwise).
    Status removeNow(const Profile& profile, TokenStore& tokens);

Q_SIGNALS:
    // The user confirmed and is signed out: the program should close, then call removeNow().
    void quitRequested();

private:
    void ask(bool atSignOut);

    MainWindow& m_window;
    AuthManager& m_auth;
    Database& m_cache;
    Prompter& m_prompter;
    bool m_requested = false;
};

} // namespace vms
