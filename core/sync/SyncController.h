#pragma once

#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/SyncTypes.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace vms {

class AuthManager;
class Database;

// Runs the SyncEngine for the desktop program, off the GUI thread: each run happens on a worker thread
// with its own QNetworkAccessManager, SalesforceClient and database connection, so the window never
// freezes. Syncs automatically at start (syncSoon), on an interval, and when the network comes back
// (QNetworkInformation where the platform has a backend, else a retry timer after a network failure),
// and on demand. A new local change (OutboxNotifier::queued) is pushed a moment later when online, so a
// burst of marks goes in one push. One run at a time; a request during a run is remembered and run
// after it.
class SyncController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    SyncController(std::shared_ptr<Database> db, AuthManager& auth, OrgMapping mapping,
                   QObject* parent = nullptr);
    ~SyncController() override;

    bool busy() const { return m_busy; }
    bool online() const { return m_online; }
    // 0 disables the interval.
    void setIntervalMinutes(int minutes);
    // How long after a new local change the push starts (later changes in that time go with it).
    void setPushDelayMs(int ms) { m_pushSoon.setInterval(ms); }

public Q_SLOTS:
    void syncNow();
    void syncFull();
    // Sends the outbox without pulling (after local changes).
    void pushNow();
    void cancel();

Q_SIGNALS:
    void started();
    void progress(const QString& text);
    // A pull's records done of its total (0, 0 while pushing or not yet known), for a progress bar.
    void recordsProgress(qint64 done, qint64 total);
    // ok: the run finished; otherwise message says why (and the kind, for online/offline).
    void finished(bool ok, const QString& message, const vms::SyncSummary& summary);
    void onlineChanged(bool online);

private:
    void start(bool full, bool pushOnly = false);
    void onWorkerDone(bool ok, int errorKind, const QString& message, const SyncSummary& summary);
    void setOnline(bool online);

    std::shared_ptr<Database> m_db;
    AuthManager& m_auth;
    OrgMapping m_mapping;
    CancelToken m_cancel;
    QThread* m_thread = nullptr;
    bool m_busy = false;
    bool m_again = false;
    bool m_pushAgain = false;
    bool m_online = true;
    QTimer m_interval, m_retry, m_pushSoon;
};

} // namespace vms

Q_DECLARE_METATYPE(vms::SyncSummary)
