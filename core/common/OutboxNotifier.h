#pragma once

#include <QObject>

#include <atomic>

namespace vms {

// Tells whoever listens in this process that the outbox changed, from whichever thread changed it (the
// GUI's marks, the sync worker's push). Signals are delivered on the thread the notifier lives in (the
// application's main thread) through its event loop, after the change's transaction had a chance to
// commit; several changes in a row give one signal. A process without an event loop (vms-cli) never
// receives them, and needs none.
class OutboxNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxNotifier)

public:
    // The process's notifier: a plain message hub, created on first use on the main thread.
    static OutboxNotifier& instance();

Q_SIGNALS:
    // Anything changed: counts and lists are worth reading again.
    void changed();
    // A new local change was queued: worth pushing soon.
    void queued();

private:
    OutboxNotifier() = default;
    friend class Outbox;
    void post(bool localChange);
    std::atomic<bool> m_posted{false};
    std::atomic<bool> m_queuedSincePost{false};
};

} // namespace vms
