#pragma once

#include <QStringList>

namespace vms::cli {

class CliEnv;

// One function per top-level command; each lives in commands/<Name>.cpp and parses its own options.
int runStatus(CliEnv& env, const QStringList& args);

} // namespace vms::cli
