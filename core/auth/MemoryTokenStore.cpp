#include "core/auth/MemoryTokenStore.h"

#include <QCoreApplication>

namespace vms {

namespace {
Error brokenError() {
    return Error{ErrorKind::Keychain, QStringLiteral("The token store is unavailable (test switch)."),
                 QStringLiteral("BROKEN")};
}
} // namespace

Status MemoryTokenStore::probe() {
    if (m_broken)
        return brokenError();
    return {};
}

Status MemoryTokenStore::save(const QString& profileId, const StoredCredentials& credentials) {
    if (m_broken)
        return brokenError();
    QMutexLocker lock(&m_mutex);
    m_entries.insert(profileId, credentials);
    return {};
}

Result<std::optional<StoredCredentials>> MemoryTokenStore::load(const QString& profileId) {
    if (m_broken)
        return brokenError();
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(profileId);
    if (it == m_entries.constEnd())
        return std::optional<StoredCredentials>();
    return std::optional<StoredCredentials>(*it);
}

Status MemoryTokenStore::remove(const QString& profileId) {
    if (m_broken)
        return brokenError();
    QMutexLocker lock(&m_mutex);
    m_entries.remove(profileId);
    return {};
}

QString MemoryTokenStore::description() const {
    return QCoreApplication::translate("vms::MemoryTokenStore", "memory (this run only)");
}

} // namespace vms
