#pragma once

#include "core/db/Database.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

#ifndef VMS_CLI_PATH
#error "a test that runs vms-cli defines VMS_CLI_PATH (tests/*/CMakeLists.txt) and depends on vms-cli"
#endif

namespace vms::test {

// How a vms-cli run ended: its exit code (-1 when it crashed or ran out of time) and what it printed.
struct CliRun {
    int code = -1;
    QString out, err;
};

// vms-cli run as a separate process, as a user or a script runs it, in `environment` (this process's when
// empty).
inline CliRun runCli(const QStringList& args, const QProcessEnvironment& environment = {},
                     int timeoutMs = 60000) {
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(QStringLiteral(VMS_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A profile for the tests that run vms-cli: made by vms-cli itself, in a folder of its own, so it has what
// vms-cli gives a profile (folder modes, the cache's schema); the test then opens the cache to seed it. A
// test class derives from it beside QObject and calls newProfile() in init().
class CliProfile {
protected:
    // false when vms-cli could not make the profile.
    bool newProfile() {
        static int n = 0;
        m_profile = m_dir.filePath(QStringLiteral("p%1").arg(++n));
        return cli({QStringLiteral("status")}).code == 0;
    }
    CliRun cli(const QStringList& args) const {
        return runCli(QStringList{QStringLiteral("--profile"), m_profile} + args);
    }
    std::shared_ptr<Database> openDb() const {
        return Database::open(m_profile + QStringLiteral("/vms.sqlite")).value();
    }

    QTemporaryDir m_dir;
    QString m_profile;
};

} // namespace vms::test
