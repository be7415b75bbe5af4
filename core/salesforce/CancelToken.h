#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>

namespace vms {

// A cancel switch shared between whoever runs a long operation (the sync engine on its worker thread)
// and whoever may stop it (the GUI's Cancel button, on another thread). Copies share one flag, so the
// GUI can keep a copy and call cancel() from any thread; SalesforceClient polls it while a request or
// a backoff wait is in flight (every kPollMs), so a cancel aborts the transfer promptly rather than
// after the next page.
class CancelToken final {
public:
    static constexpr int kPollMs = 25;

    CancelToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    // Re-arms the switch for the next run (same shared flag).
    void reset() const { m_flag->store(false, std::memory_order_relaxed); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace vms
