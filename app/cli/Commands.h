#pragma once

#include <QStringList>

namespace vms::cli {

class CliEnv;

// One function per top-level command; each lives in commands/<Name>.cpp and parses its own options.
int runStatus(CliEnv& env, const QStringList& args);
int runReport(CliEnv& env, const QStringList& args);
// True when the command line runs a command that paints (report PDFs): main() then starts a
// QGuiApplication instead of a QCoreApplication.
bool commandNeedsGui(const QStringList& args);
int runLogin(CliEnv& env, const QStringList& args);
int runLogout(CliEnv& env, const QStringList& args);
int runWhoami(CliEnv& env, const QStringList& args);
int runAttendance(CliEnv& env, const QStringList& args);
int runVolunteer(CliEnv& env, const QStringList& args);
int runEvent(CliEnv& env, const QStringList& args);
int runOrganization(CliEnv& env, const QStringList& args);
int runSync(CliEnv& env, const QStringList& args);
int runHealth(CliEnv& env, const QStringList& args);
int runConflicts(CliEnv& env, const QStringList& args);
int runAudit(CliEnv& env, const QStringList& args);
int runBackup(CliEnv& env, const QStringList& args);
int runActivity(CliEnv& env, const QStringList& args);
int runRecruit(CliEnv& env, const QStringList& args);
int runDelete(CliEnv& env, const QStringList& args);

} // namespace vms::cli
