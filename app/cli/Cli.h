#pragma once

#include <QStringList>
#include <QTextStream>

namespace vms::cli {

// vms-cli: parses the global options (cli.md), dispatches to one command, and returns cli.md's
// exit code.
class Cli final {
public:
    Cli(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err) {}
    int run(const QStringList& arguments);

private:
    void printHelp();
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace vms::cli
