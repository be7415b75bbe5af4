#include "sync/PullWriter.h"

namespace vms {

PullWriter::PullWriter(Result<sqlite::Connection> connection)
    : m_connection(std::move(connection))
    , m_thread([this] { run(); }) {}

PullWriter::~PullWriter() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

Status PullWriter::call(Task task) {
    Status result;
    bool finished = false;
    std::unique_lock lock(m_mutex);
    m_queue.push_back({std::move(task), &result, &finished});
    m_wake.notify_all();
    m_done.wait(lock, [&finished] { return finished; });
    return result;
}

Status PullWriter::post(Task task, size_t maxWaiting) {
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this, maxWaiting] { return m_failure || m_queue.size() < maxWaiting; });
    if (m_failure)
        return *m_failure;
    m_queue.push_back({std::move(task), nullptr, nullptr});
    m_wake.notify_all();
    return {};
}

bool PullWriter::hasWaiting() const {
    std::lock_guard lock(m_mutex);
    return !m_queue.empty();
}

Status PullWriter::takeFailure() {
    std::lock_guard lock(m_mutex);
    if (!m_failure)
        return {};
    Error e = std::move(*m_failure);
    m_failure.reset();
    return e;
}

void PullWriter::run() {
    for (;;) {
        Item item;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and nothing left to run
            item = std::move(m_queue.front());
            m_queue.pop_front();
            // A posted task after a failure is skipped: the pull it belongs to is being abandoned.
            if (!item.result && m_failure) {
                m_done.notify_all();
                continue;
            }
        }
        Status s = m_connection ? item.task(m_connection.value()) : Status(m_connection.error());
        {
            std::lock_guard lock(m_mutex);
            if (item.result) {
                *item.result = std::move(s);
                *item.finished = true;
            } else if (!s && !m_failure) {
                m_failure = s.error();
            }
        }
        m_done.notify_all();
    }
}

} // namespace vms
