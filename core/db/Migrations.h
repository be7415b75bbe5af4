#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>

namespace vms {

// Ordered schema migrations keyed by PRAGMA user_version. Version N's steps turn a version N-1
// database into version N; a database newer than this build is refused rather than guessed at.
class Migrations final {
public:
    static int latestVersion();
    static int currentVersion(QSqlDatabase& db);
    // Migrates up to `target` (default: latest), each version in its own transaction.
    static Status migrate(QSqlDatabase& db, int target = -1);
};

} // namespace vms
