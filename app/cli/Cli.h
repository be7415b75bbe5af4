#pragma once

#include "common/Error.h"

#include <QStringList>
#include <QTextStream>

namespace vms::cli {

// vms-cli: parses the command line (cli.md), runs one command against the profile, prints its
// result and returns cli.md's exit code.
class Cli final {
public:
    Cli(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err) {}
    int run(const QStringList& arguments);

private:
    int usageError(const QString& message);
    int fail(const Error& error);
    int cmdStatus(const QString& profileArg, const QStringList& args);
    void printHelp();

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace vms::cli
