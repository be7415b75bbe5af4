#pragma once

#include "core/auth/Session.h"

#include <memory>

class QSettings;

namespace vms {

class Clock;
class Database;
class OrgMapping;
class Profile;
class Prompter;

// What the views need from the composition root, handed down through constructors (no singletons).
// Without a database the main window shows its empty placeholder pages.
struct UiContext {
    std::shared_ptr<Database> database;
    Session session;
    const Clock* clock = nullptr;
    QSettings* settings = nullptr;
    Prompter* prompter = nullptr; // message boxes; tests pass one that answers for the user
    // The org's object and field names (the profile's override or the default); null: the default.
    const OrgMapping* mapping = nullptr;
    // The profile's folder (backups live there); null: no backups (tests without a profile).
    const Profile* profile = nullptr;
};

} // namespace vms
