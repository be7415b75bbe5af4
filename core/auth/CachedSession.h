#pragma once

#include "core/auth/Session.h"

namespace vms {

class Database;

// Session::loadCached on this thread's connection to the profile's cache: for the views, which hold the
// profile's Database but no connection of their own.
Session loadCachedSession(const Database& db);

} // namespace vms
