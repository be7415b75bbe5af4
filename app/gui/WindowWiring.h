#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace vms {

class AccountButton;
class AppContext;
class Clock;
class MainWindow;
class SyncController;

// The desktop program's wiring, in one place and by signals only: the sync (SyncController) with the
// status bar, the Admin page and the pages that ask for a sync; the sign-in (AuthManager) with the sync
// and the account menu; the outbox's changed() with the counts; the window's requests (sign in, sync
// problems, full resync, cancel, quit for a restore) with what answers them. It lives in app/gui, not
// beside AppContext in app/common: it includes ui/, which vms-cli never links.
class WindowWiring final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowWiring)

public:
    // Every argument outlives this object: main() owns them all, and this one after them.
    WindowWiring(AppContext& context, MainWindow& window, SyncController& sync, const Clock& clock,
                 QSettings& settings);
    ~WindowWiring() override;

    // The status bar's counts and the sync's last message, read again from the cache.
    void showSyncState();
    // The account menu in the window's tool bar (the window owns it).
    AccountButton* account() const { return m_account; }

private:
    void openSignIn();
    void openProblems();

    AppContext& m_context;
    MainWindow& m_window;
    SyncController& m_sync;
    const Clock& m_clock;
    QSettings& m_settings;
    QString m_syncText;              // what the sync said last (empty: nothing worth saying)
    bool m_firstSyncOffered = false; // the first-sync dialog is offered once a run
    AccountButton* m_account = nullptr;
};

} // namespace vms
