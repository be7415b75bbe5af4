#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

} // namespace vms::test
