#pragma once

#include "core/sync/SyncTypes.h"

#include <QElapsedTimer>

#include <optional>

namespace vms {

// How far a pull is and how long it still needs, from its progress reports: records done of the records
// its queries hold (SyncProgress::allDone / allTotal), and the time left at the rate so far. One place
// for the desktop status bar and vms-cli, so both say the same.
class SyncEstimate final {
public:
    SyncEstimate();
    void update(const SyncProgress& progress);

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    // Seconds left at the rate so far; nothing until there is evidence enough for a figure a person can
    // trust (a second of pulling and some records done).
    std::optional<qint64> secondsLeft() const;

private:
    QElapsedTimer m_started;
    qint64 m_done = 0, m_total = 0;
};

} // namespace vms
