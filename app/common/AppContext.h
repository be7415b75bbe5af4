#pragma once

#include "common/Error.h"
#include "db/Database.h"
#include "profile/Profile.h"

#include <memory>
#include <optional>

namespace vms {

// The composition root shared by vms and vms-cli: it creates the long-lived objects once and hands
// them down through constructors. No singletons anywhere else.
class AppContext final {
public:
    // Opens the profile folder and its cache.
    static Result<std::unique_ptr<AppContext>> open(const QString& profileArgument);

    const Profile& profile() const { return m_profile; }
    Database& database() const { return *m_database; }
    std::shared_ptr<Database> sharedDatabase() const { return m_database; }

private:
    AppContext(Profile profile, std::shared_ptr<Database> db)
        : m_profile(std::move(profile))
        , m_database(std::move(db)) {}
    Profile m_profile;
    std::shared_ptr<Database> m_database;
};

} // namespace vms
