#include "app/gui/WindowWiring.h"

#include "app/common/AppContext.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/auth/Session.h"
#include "core/common/OutboxNotifier.h"
#include "core/db/CacheStats.h"
#include "core/db/Database.h"
#include "core/sync/SyncController.h"
#include "ui/MainWindow.h"
#include "ui/admin/AdminView.h"
#include "ui/auth/AccountButton.h"
#include "ui/auth/SignInDialog.h"
#include "ui/sync/FirstSyncDialog.h"
#include "ui/sync/ProblemsDialog.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QApplication>

namespace vms {

WindowWiring::WindowWiring(AppContext& context, MainWindow& window, SyncController& sync, const Clock& clock,
                           QSettings& settings)
    : m_context(context)
    , m_window(window)
    , m_sync(sync)
    , m_clock(clock)
    , m_settings(settings) {
    // Sign-in (issue #4): the account menu, and the sign-in dialog it opens.
    m_account = new AccountButton(context.auth());
    window.setAccountWidget(m_account);
    connect(m_account, &AccountButton::signInRequested, this, &WindowWiring::openSignIn);
    // The window follows the sign-in live: a sign-out (also one the org forces by revoking), a new
    // sign-in, or a role the org changed (read at every sync) takes effect at once, without a restart.
    window.follow(context.auth());
    connect(&context.auth(), &AuthManager::signedIn, &sync, &SyncController::syncNow);

    // The sync, off the GUI thread: its state in the status bar and on the Admin page.
    connect(&sync, &SyncController::started, this, [this] {
        m_syncText = QApplication::translate("main", "Syncing…");
        showSyncState();
    });
    connect(&sync, &SyncController::progress, this, [this](const QString& text) {
        m_syncText = text;
        showSyncState();
    });
    connect(&sync, &SyncController::recordsProgress, window.syncStatus(),
            &SyncStatusWidget::setRecordsProgress);
    // A profile with no data yet: its first sync gets a dialog of its own (once a run), until a sync has
    // completed once.
    connect(&sync, &SyncController::started, this, [this] {
        const auto stats = readCacheStats(m_context.database().connection());
        if (m_firstSyncOffered || !stats || !stats->lastSync.isEmpty())
            return;
        m_firstSyncOffered = true;
        auto* dialog = new FirstSyncDialog(m_sync, &m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(&sync, &SyncController::finished, this,
            [this](bool ok, const QString& message, const SyncSummary& summary) {
                m_syncText = !ok ? message
                             : summary.failed() > 0
                                 ? QApplication::translate("main", "Salesforce did not take every change; "
                                                                   "see the sync problems.")
                                 : QString();
                showSyncState();
                // Every page follows what arrived and what was sent (marks stop showing as waiting). A failed
                // sync may still have committed some pages of data.
                m_window.notifyDataChanged();
            });
    if (AdminView* admin = window.adminView()) {
        connect(&sync, &SyncController::started, admin,
                [admin] { admin->setSyncState(true, QApplication::translate("main", "Syncing…")); });
        connect(&sync, &SyncController::progress, admin,
                [admin](const QString& text) { admin->setSyncState(true, text); });
        connect(&sync, &SyncController::finished, admin,
                [admin](bool ok, const QString& message, const SyncSummary&) {
                    admin->setSyncState(false, ok ? QString() : message);
                });
    }

    // What the window asks of the sync.
    connect(window.syncStatus(), &SyncStatusWidget::syncRequested, &sync, &SyncController::syncNow);
    connect(&window, &MainWindow::syncNowRequested, &sync, &SyncController::syncNow);
    connect(&window, &MainWindow::fullResyncRequested, &sync, &SyncController::syncFull);
    connect(&window, &MainWindow::syncCancelRequested, &sync, &SyncController::cancel);
    // A new interval from the Settings dialog applies now, not at the next start.
    connect(&window, &MainWindow::syncIntervalChanged, &sync, &SyncController::setIntervalMinutes);
    connect(window.syncStatus(), &SyncStatusWidget::problemsRequested, this, &WindowWiring::openProblems);
    // The Admin page scheduled a restore: the program closes, and its next start restores.
    connect(&window, &MainWindow::quitForRestoreRequested, this, [this] {
        m_window.close();
        QApplication::quit();
    });

    // Local changes, and the push's confirmations, change the counts between syncs.
    connect(&OutboxNotifier::instance(), &OutboxNotifier::changed, this, &WindowWiring::showSyncState);
    showSyncState();
}

WindowWiring::~WindowWiring() = default;

void WindowWiring::showSyncState() {
    auto stats = readCacheStats(m_context.database().connection());
    if (!stats)
        return;
    m_window.syncStatus()->setState(m_sync.online(), m_sync.busy(), m_syncText, stats->pendingChanges,
                                    QDateTime::fromString(stats->lastSync, Qt::ISODateWithMs),
                                    stats->problems());
}

void WindowWiring::openSignIn() {
    SignInDialog::Hooks hooks;
    hooks.useRunOnlyStore = [this] {
        m_context.setTokenStore(std::make_unique<MemoryTokenStore>());
    };
    SignInDialog dialog(m_context.auth(), &m_context.network(), m_settings, hooks, &m_window);
    dialog.exec();
}

void WindowWiring::openProblems() {
    ProblemsDialog dialog(m_context.sharedDatabase(), Session::loadCached(m_context.database().connection()),
                          m_clock, &m_window);
    connect(&dialog, &ProblemsDialog::resolved, &m_sync, &SyncController::syncNow);
    // "Open the record" closes the list and shows the record, where the refused value is fixed.
    connect(&dialog, &ProblemsDialog::recordRequested, &m_window, [this, &dialog](const QString& page) {
        dialog.accept();
        m_window.showPageNamed(page);
    });
    dialog.exec();
    showSyncState();
}

} // namespace vms
