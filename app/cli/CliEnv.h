#pragma once

#include "app/common/AppContext.h"
#include "core/changes/FieldRules.h"
#include "core/common/Error.h"

#include <QHash>
#include <QTextStream>

#include <memory>

namespace vms::cli {

// What every command gets: the output streams, the global options, and the shared ways to fail so
// exit codes and messages look the same for every command (cli.md).
class CliEnv final {
public:
    CliEnv(QTextStream& outStream, QTextStream& errStream, QString profile)
        : out(outStream)
        , err(errStream)
        , profileArg(std::move(profile)) {}

    QTextStream& out;
    QTextStream& err;
    const QString profileArg;

    // Prints "vms-cli: <message>" and returns the error's exit code (2 with a usage hint).
    int fail(const Error& error);
    int usageError(const QString& message) { return fail(Error::usage(message)); }
    // What the org would refuse (LocalChanges' field checks), one problem a line, each named by its
    // option (column -> option name without "--"): exit 2, "the message says which argument and why".
    int refuseByOrg(const std::vector<FieldProblem>& problems, const QHash<QString, QString>& optionOf);
    // Opens the profile and its cache (once); on failure prints and returns nullptr.
    AppContext* context();
    int contextFailureCode() const { return m_contextFailure; }

private:
    std::unique_ptr<AppContext> m_ctx;
    int m_contextFailure = 0;
};

} // namespace vms::cli
