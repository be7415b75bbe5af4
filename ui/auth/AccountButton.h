#pragma once

#include <QToolButton>

class QAction;
class QMenu;

namespace vms {

class AuthManager;

// The account menu of the main window: shows who is signed in (user, org, role) and offers Sign out,
// or Sign in… when nobody is. Reads the cached Session, so it works offline.
class AccountButton final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountButton)

public:
    explicit AccountButton(AuthManager& auth, QWidget* parent = nullptr);

    // Re-reads the session (after sign-in, sign-out or a role change).
    void refresh();

Q_SIGNALS:
    void signInRequested();
    // The user chose Sign out and is signed out now (the composition root then offers to remove this
    // computer's data).
    void signedOutByUser();

private:
    void signOut();

    AuthManager& m_auth;
    QMenu* m_menu;
    QAction* m_user;
    QAction* m_org;
    QAction* m_role;
    QAction* m_signIn;
    QAction* m_signOut;
};

} // namespace vms
