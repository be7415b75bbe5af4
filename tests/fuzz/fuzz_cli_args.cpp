// Fuzz target: what vms-cli reads from its command line. The input is split at NUL bytes into arguments
// and given to the option parser with the specs of real commands, and each argument is read as a login
// URL and as report dates. Checks: a parse that succeeds names only declared options, each once, and
// takes no more positionals than allowed; an accepted login URL is a bare origin that the host rules
// accept, never plain http off this computer. Never a crash.

#include "FuzzCheck.h"
#include "app/cli/CommandLine.h"
#include "core/auth/LoginHost.h"
#include "core/reports/ReportPeriod.h"
#include "core/salesforce/SalesforceHosts.h"

#include <QCoreApplication>

#include <cstdint>

using namespace vms;
using namespace vms::cli;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QStringList args;
    for (const QByteArray& part : bytes.split('\0'))
        args << QString::fromLocal8Bit(part);
    if (args.size() > 64)
        return 0;

    const QList<OptionSpec> login = {{QStringLiteral("login-url"), true},
                                     {QStringLiteral("client-id"), true},
                                     {QStringLiteral("redirect-port"), true},
                                     {QStringLiteral("open"), false}};
    const QList<OptionSpec> report = {
        {QStringLiteral("school-year"), true}, {QStringLiteral("from"), true},
        {QStringLiteral("to"), true},          {QStringLiteral("format"), true},
        {QStringLiteral("out"), true},         {QStringLiteral("district"), true}};
    for (const auto& [spec, maxPositionals] : {std::pair{login, 0}, std::pair{report, 1}}) {
        auto parsed = parseOptions(QStringLiteral("fuzz"), args, spec, maxPositionals);
        if (!parsed) {
            FUZZ_CHECK(parsed.error().kind == ErrorKind::Usage,
                       "a bad command line that is not a usage error");
            continue;
        }
        FUZZ_CHECK(parsed->positionals.size() <= maxPositionals, "too many positionals accepted");
        const auto declared = [&spec = spec](const QString& name, bool takesValue) {
            for (const OptionSpec& s : spec)
                if (s.name == name && s.takesValue == takesValue)
                    return true;
            return false;
        };
        for (auto it = parsed->values.cbegin(); it != parsed->values.cend(); ++it)
            FUZZ_CHECK(declared(it.key(), true), "a value for an undeclared option");
        for (const QString& flag : parsed->flags)
            FUZZ_CHECK(declared(flag, false), "an undeclared flag");
    }

    for (const QString& arg : std::as_const(args)) {
        if (auto url = LoginHost::validate(arg); url) {
            FUZZ_CHECK(url->path().isEmpty() && !url->hasQuery() && !url->hasFragment() &&
                           url->userInfo().isEmpty(),
                       "an accepted login URL is not a bare origin");
            FUZZ_CHECK(SalesforceHosts::checkLoginHost(*url).ok(),
                       "the origin of an accepted URL is refused");
            FUZZ_CHECK(url->scheme() == u"https" || SalesforceHosts::isLoopback(*url),
                       "plain http accepted off this computer");
        }
        (void)ReportPeriod::parseSchoolYear(arg);
        (void)ReportPeriod::parseDate(arg);
    }
    return 0;
}
