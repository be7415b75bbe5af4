#pragma once

#include "core/auth/Session.h"
#include "core/profile/ProfileSettings.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSettings;

namespace vms {

class AuthManager;
class OAuthFlow;

// Sign-in: pick the login host (Production, Sandbox or the org's My Domain) and the connected app's client
// id (both remembered in the profile's settings after a successful sign-in by an Admin, or the profile's
// first), then "Open browser" starts the OAuth flow (core/auth's OAuthFlow) and opens the system browser;
// the dialog shows it is waiting until the browser comes back, the flow times out, or the user cancels. When
// the OS keychain is unusable it offers to stay signed in for this run only (nothing is written anywhere).
class SignInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    // Seams for tests and the composition root: how to open a URL (QDesktopServices by default), how to
    // ask "stay signed in for this run only?" (a message box by default), and how to switch the
    // AuthManager to an in-memory token store when the answer is yes.
    struct Hooks {
        std::function<bool(const QUrl&)> openBrowser;
        std::function<bool(const QString& why)> askRunOnly;
        std::function<void()> useRunOnlyStore;
    };

    SignInDialog(AuthManager& auth, QNetworkAccessManager* nam, QSettings& settings, Hooks hooks = {},
                 QWidget* parent = nullptr);
    ~SignInDialog() override;

    // The login URL the current choice stands for; empty (and the reason in the error label) when invalid.
    QUrl loginUrl() const;
    bool isWaiting() const { return m_flow != nullptr; }
    const Session& session() const { return m_session; }

protected:
    void reject() override;

private:
    LoginHostSetting hostFromForm() const;
    void validate();
    void startSignIn();
    void onFlowFinished();
    void setWaiting(bool waiting);
    void showError(const QString& message);

    AuthManager& m_auth;
    QNetworkAccessManager* m_nam;
    ProfileSettings m_settings;
    Hooks m_hooks;
    Session m_session;
    Session m_before;
    std::unique_ptr<OAuthFlow> m_flow;

    QComboBox* m_host = nullptr;
    QLineEdit* m_customDomain = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_signIn = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace vms
