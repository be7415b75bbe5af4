#pragma once

#include "core/sync/SyncEstimate.h"

#include <QDialog>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vms {

class SyncController;
struct SyncSummary;

// The first sync of a profile that has no data yet, which at a real org's scale takes a while: records
// received of the records the org holds, the time left at the rate so far, Cancel (what arrived stays,
// each range keeping its watermark) and Resume (carries on where it stopped, with no gap; the next start
// of the program does the same). Closing the dialog leaves the sync running, shown in the status bar.
class FirstSyncDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstSyncDialog)

public:
    explicit FirstSyncDialog(SyncController& sync, QWidget* parent = nullptr);
    ~FirstSyncDialog() override;

    // Escape or the window's close button: the dialog goes, the sync goes on.
    void reject() override;

private:
    void onStarted();
    void onRecords(qint64 done, qint64 total);
    void onFinished(bool ok, const QString& message, const SyncSummary& summary);
    void showTimeLeft();

    SyncController& m_sync;
    std::optional<SyncEstimate> m_estimate; // of the run under way
    bool m_cancelling = false;
    QLabel* m_counts = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_timeLeft = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace vms
