#include "common/AppContext.h"

namespace vms {

Result<std::unique_ptr<AppContext>> AppContext::open(const QString& profileArgument) {
    auto profile = Profile::openOrCreate(Profile::resolvePath(profileArgument));
    if (!profile)
        return profile.error();
    auto db = Database::open(profile->databasePath());
    if (!db)
        return db.error();
    return std::unique_ptr<AppContext>(new AppContext(*profile, *db));
}

} // namespace vms
