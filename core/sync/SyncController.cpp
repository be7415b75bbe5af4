#include "core/sync/SyncController.h"

#include "core/auth/AuthManager.h"
#include "core/common/Logging.h"
#include "core/db/Database.h"
#include "core/db/Outbox.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncEstimate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QThread>

namespace vms {

SyncController::SyncController(std::shared_ptr<Database> db, AuthManager& auth, OrgMapping mapping,
                               QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_auth(auth)
    , m_mapping(std::move(mapping)) {
    qRegisterMetaType<vms::SyncSummary>();
    m_interval.setInterval(15 * 60 * 1000);
    connect(&m_interval, &QTimer::timeout, this, &SyncController::syncNow);
    m_interval.start();
    // After a network failure, try again every minute until the org answers.
    m_retry.setInterval(60 * 1000);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    // A local change waits a moment, so the marks of a busy minute go together; offline it waits for
    // the retry (or the network coming back), which pushes it too.
    m_pushSoon.setSingleShot(true);
    m_pushSoon.setInterval(2000);
    connect(&m_pushSoon, &QTimer::timeout, this, &SyncController::pushNow);
    connect(&OutboxNotifier::instance(), &OutboxNotifier::queued, this, [this] {
        if (m_online && m_auth.hasCredentials())
            m_pushSoon.start();
    });
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Online && !m_online)
                        syncNow(); // the network came back
                });
    }
}

SyncController::~SyncController() {
    m_cancel.cancel();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void SyncController::setIntervalMinutes(int minutes) {
    if (minutes <= 0) {
        m_interval.stop();
        return;
    }
    m_interval.start(minutes * 60 * 1000);
}

void SyncController::syncNow() {
    start(false);
}

void SyncController::syncFull() {
    start(true);
}

void SyncController::pushNow() {
    if (!m_auth.hasCredentials())
        return; // nothing to report: the change waits for a sign-in
    start(false, true);
}

void SyncController::cancel() {
    m_cancel.cancel();
}

void SyncController::setOnline(bool online) {
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void SyncController::start(bool full, bool pushOnly) {
    if (m_busy) {
        // Run after this one: a sync (which pushes too), or a push alone.
        (pushOnly ? m_pushAgain : m_again) = true;
        return;
    }
    m_pushSoon.stop(); // this run takes what is queued
    if (!m_auth.hasCredentials()) {
        Q_EMIT finished(false, tr("Not signed in."), {});
        return;
    }
    m_busy = true;
    m_cancel.reset();
    Q_EMIT started();

    // Everything the run needs is copied for the worker; it touches no object of this thread but the
    // thread-safe AuthManager::refreshAccessToken (through its client) and the Database's per-thread
    // connections.
    m_thread = QThread::create([this, full, pushOnly, db = m_db, mapping = m_mapping, cancel = m_cancel] {
        QNetworkAccessManager nam;
        std::unique_ptr<SalesforceClient> client = m_auth.makeClient(&nam);
        // The role is read from the org at every sync. It is cached on the GUI thread (noteRole, below),
        // where a sign-out happens too, so a sign-out during the run can never be undone by it.
        Session session = m_auth.session();
        // Not for a push alone: the role decides nothing there.
        std::optional<Role> role;
        if (!pushOnly)
            if (auto fromOrg = AuthManager::roleFor(*client, mapping, session.userId, cancel); fromOrg) {
                session.role = *fromOrg;
                role = *fromOrg;
            }
        SystemClock clock;
        SyncSummary summary;
        bool ok = false;
        int kind = 0;
        QString message;
        {
            SyncEngine engine(db->connection(), *client, mapping, clock, session);
            SyncOptions options;
            options.full = full;
            options.pull = !pushOnly;
            SyncEstimate estimate;
            auto result = engine.run(options, cancel, [this, &estimate](const SyncProgress& p) {
                estimate.update(p);
                QString text;
                if (p.phase == u"push") {
                    text = tr("Sending %1…").arg(p.object);
                } else {
                    const QLocale locale;
                    text = tr("Receiving records: %1 of %2")
                               .arg(locale.toString(estimate.done()), locale.toString(estimate.total()));
                    if (const auto left = estimate.secondsLeft())
                        text += u' ' + (*left >= 120 ? tr("(about %1 min left)").arg((*left + 30) / 60)
                                                     : tr("(about %1 s left)").arg(*left));
                }
                const qint64 done = p.phase == u"push" ? 0 : estimate.done();
                const qint64 total = p.phase == u"push" ? 0 : estimate.total();
                QMetaObject::invokeMethod(
                    this,
                    [this, text, done, total] {
                        Q_EMIT progress(text);
                        Q_EMIT recordsProgress(done, total);
                    },
                    Qt::QueuedConnection);
            });
            if (result) {
                ok = true;
                summary = *result;
            } else {
                kind = static_cast<int>(result.error().kind);
                message = result.error().message;
            }
        }
        client.reset();
        db->releaseThreadConnection();
        QMetaObject::invokeMethod(
            this,
            [this, ok, kind, message, summary, role, userId = session.userId] {
                if (role)
                    (void)m_auth.noteRole(userId, *role);
                onWorkerDone(ok, kind, message, summary);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void SyncController::onWorkerDone(bool ok, int errorKind, const QString& message,
                                  const SyncSummary& summary) {
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    m_busy = false;
    const bool networkFailure = !ok && errorKind == static_cast<int>(ErrorKind::Network);
    setOnline(!networkFailure);
    if (networkFailure)
        m_retry.start();
    else
        m_retry.stop();
    qCInfo(lcSync).noquote() << (ok ? QStringLiteral("sync finished in %1 ms").arg(summary.durationMs)
                                    : QStringLiteral("sync failed: %1").arg(message));
    Q_EMIT finished(ok, message, summary);
    if (m_again) {
        m_again = m_pushAgain = false;
        syncNow();
    } else if (m_pushAgain) {
        m_pushAgain = false;
        pushNow();
    }
}

} // namespace vms
