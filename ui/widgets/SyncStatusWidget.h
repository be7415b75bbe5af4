#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace vms {

// The sync status area in the status bar. It only shows what it is told; the sync controller owns
// the truth and calls setState() whenever anything changes.
class SyncStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);
    ~SyncStatusWidget() override;

    // online: the org is reachable; busy: a sync is running (progressText says what it does);
    // pendingChanges: local changes waiting in the outbox; lastSync: last good sync (invalid: never);
    // problems: open conflicts plus records that could not be applied.
    void setState(bool online, bool busy, const QString& progressText, qint64 pendingChanges,
                  const QDateTime& lastSync, qint64 problems);
    QString summary() const;
    // A pull's records done of its total: the bar shows how far it is (total 0: busy, amount unknown).
    void setRecordsProgress(qint64 done, qint64 total);

Q_SIGNALS:
    void syncRequested();
    void problemsRequested();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_problems = nullptr;
    QToolButton* m_syncNow = nullptr;
};

} // namespace vms
