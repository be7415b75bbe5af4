#include "core/db/WriteTurn.h"

#include "core/db/Sqlite.h"

#include <chrono>
#include <thread>

#if __has_include(<sys/file.h>)
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#define VMS_HAVE_FLOCK 1
#endif

namespace vms::WriteTurn {

namespace {

// The turn file of a database file; -1 when there is none to use (an in-memory database, no flock).
int openTurnFile(const QString& databasePath) {
#ifdef VMS_HAVE_FLOCK
    if (databasePath.isEmpty() || databasePath.startsWith(u':'))
        return -1;
    const QByteArray path = (databasePath + QStringLiteral("-writers")).toLocal8Bit();
    return ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
#else
    Q_UNUSED(databasePath);
    return -1;
#endif
}

} // namespace

Waiting::Waiting(const QString& databasePath)
    : m_fd(openTurnFile(databasePath)) {
#ifdef VMS_HAVE_FLOCK
    // Waits only while the sync holds the exclusive lock, which it never keeps.
    if (m_fd >= 0)
        while (::flock(m_fd, LOCK_SH) != 0 && errno == EINTR) {
        }
#endif
}

Waiting::~Waiting() {
#ifdef VMS_HAVE_FLOCK
    if (m_fd >= 0)
        ::close(m_fd); // releases the lock
#endif
}

void letWaitingWritersIn(const QString& databasePath) {
#ifdef VMS_HAVE_FLOCK
    const int fd = openTurnFile(databasePath);
    if (fd < 0)
        return;
    // Not a blocking flock: a writer that never gets the lock must not stop the sync for good.
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::milliseconds(sqlite::kBusyTimeoutMs);
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0 && std::chrono::steady_clock::now() < giveUp)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ::close(fd);
#else
    Q_UNUSED(databasePath);
#endif
}

bool writersWaiting(const QString& databasePath) {
#ifdef VMS_HAVE_FLOCK
    const int fd = openTurnFile(databasePath);
    if (fd < 0)
        return false;
    const bool waiting = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
    ::close(fd);
    return waiting;
#else
    Q_UNUSED(databasePath);
    return false;
#endif
}

} // namespace vms::WriteTurn
