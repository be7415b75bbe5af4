#pragma once

#include "core/auth/TokenStore.h"

#include <QHash>
#include <QMutex>

namespace vms {

// Credentials in this process's memory only: for tests, and for the GUI's "stay signed in for this run
// only" when the OS keychain is unusable. Nothing is ever written to disk.
class MemoryTokenStore final : public TokenStore {
public:
    Status probe() override;
    Status save(const QString& profileId, const StoredCredentials& credentials) override;
    Result<std::optional<StoredCredentials>> load(const QString& profileId) override;
    Status remove(const QString& profileId) override;
    QString description() const override;

    // For tests: make every call fail as a locked keychain would.
    void setBroken(bool broken) { m_broken = broken; }

private:
    mutable QMutex m_mutex;
    QHash<QString, StoredCredentials> m_entries;
    bool m_broken = false;
};

} // namespace vms
