#pragma once

#include "ui/UiContext.h"

#include <QWidget>

#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace vms {

// The Admin page (issue #20; Admins only, MainWindow hides it from everyone else): the health of this
// computer's VMS and of the org's setup (what `vms-cli health` shows), sync problems and a full resync,
// the audit log with filters and CSV export, backups of the local cache, and "Remove this computer's
// data". Reads the cache only when shown (refresh()); the sync, the problems dialog and the removal
// belong to the composition root, which the signals ask.
class AdminView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminView)

public:
    explicit AdminView(const UiContext& context, QWidget* parent = nullptr);
    ~AdminView() override;

    void setSession(const Session& session);
    // Shows one tab by name: "health", "audit" or "backups" (for screenshots); false for another name.
    bool showTab(const QString& name);
    // Reads the health figures, the kept setup check, the audit log and the backups again.
    void refresh();

    // The file the audit log is exported to; the default asks with a file dialog. Tests answer it.
    using SavePathHook = std::function<QString(QWidget* parent, const QString& suggested)>;
    void setSavePathHook(SavePathHook hook) { m_savePath = std::move(hook); }

public Q_SLOTS:
    // The sync controller's state: whether a run is going on, and what it says.
    void setSyncState(bool running, const QString& text);

Q_SIGNALS:
    void problemsRequested();
    void fullResyncRequested();
    void syncCancelRequested();
    void removeLocalDataRequested();
    // A restore is scheduled (Backup::scheduleRestore): the program should close; its next start restores.
    void quitForRestoreRequested();

protected:
    // Read each time the page comes on screen: it is small, and an Admin expects what is true now.
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHealthTab();
    QWidget* buildAuditTab();
    QWidget* buildBackupTab();
    void refreshHealth();
    void refreshAudit();
    void refreshBackups();
    void exportAudit();
    void createBackup();
    void restoreBackup();

    UiContext m_context;
    SavePathHook m_savePath;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_health = nullptr;
    QLabel* m_setupSummary = nullptr;
    QListWidget* m_setupFindings = nullptr;
    QPushButton* m_resync = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_syncText = nullptr;
    QLineEdit* m_auditUser = nullptr;
    QLineEdit* m_auditRecord = nullptr;
    QDateEdit* m_auditFrom = nullptr;
    QDateEdit* m_auditTo = nullptr;
    QTableWidget* m_auditTable = nullptr;
    QLabel* m_auditStatus = nullptr;
    QListWidget* m_backups = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_backupStatus = nullptr;
};

} // namespace vms
