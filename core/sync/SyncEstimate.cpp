#include "core/sync/SyncEstimate.h"

#include <algorithm>

namespace vms {

SyncEstimate::SyncEstimate() {
    m_started.start();
}

void SyncEstimate::update(const SyncProgress& progress) {
    if (progress.phase != u"pull")
        return;
    m_done = progress.allDone;
    m_total = std::max(progress.allTotal, progress.allDone);
}

std::optional<qint64> SyncEstimate::secondsLeft() const {
    constexpr qint64 kMinEvidenceMs = 1000;
    const qint64 elapsed = m_started.elapsed();
    if (elapsed < kMinEvidenceMs || m_done <= 0 || m_total <= 0)
        return std::nullopt;
    const double perRecordMs = static_cast<double>(elapsed) / static_cast<double>(m_done);
    const double leftMs = perRecordMs * static_cast<double>(m_total - m_done);
    return static_cast<qint64>(leftMs / 1000.0 + 0.5);
}

} // namespace vms
