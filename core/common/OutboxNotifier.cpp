#include "core/common/OutboxNotifier.h"

#include <QCoreApplication>

namespace vms {

OutboxNotifier& OutboxNotifier::instance() {
    // Never deleted: a QObject destroyed at static-destruction time, after the application object, is
    // undefined behaviour; this one lives as long as the process.
    static OutboxNotifier* const notifier = [] {
        auto* n = new OutboxNotifier;
        if (QCoreApplication* app = QCoreApplication::instance(); app && n->thread() != app->thread())
            n->moveToThread(app->thread());
        return n;
    }();
    return *notifier;
}

void OutboxNotifier::post(bool localChange) {
    if (localChange)
        m_queuedSincePost = true;
    if (m_posted.exchange(true))
        return; // one is on its way; it reports this change too
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_posted = false;
            const bool anyQueued = m_queuedSincePost.exchange(false);
            Q_EMIT changed();
            if (anyQueued)
                Q_EMIT queued();
        },
        Qt::QueuedConnection);
}

} // namespace vms
