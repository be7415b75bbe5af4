#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "core/auth/AuthManager.h"
#include "core/auth/LoginHost.h"
#include "core/auth/OAuthFlow.h"

#include <QCoreApplication>
#include <QProcess>

namespace vms::cli {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("vms::cli::login", s);
}
} // namespace

// login --login-url URL --client-id ID [--redirect-port N] [--open]   (cli.md)
int runLogin(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("login"), args,
                             {{QStringLiteral("login-url"), true},
                              {QStringLiteral("client-id"), true},
                              {QStringLiteral("redirect-port"), true},
                              {QStringLiteral("open"), false}},
                             0);
    if (!opts)
        return env.fail(opts.error());
    if (!opts->has(QStringLiteral("login-url")))
        return env.usageError(tr("login needs --login-url URL (https://login.salesforce.com, "
                                 "https://test.salesforce.com or your My Domain)"));
    if (!opts->has(QStringLiteral("client-id")))
        return env.usageError(tr("login needs --client-id ID (the connected app's consumer key)"));
    auto loginUrl = LoginHost::validate(opts->value(QStringLiteral("login-url")));
    if (!loginUrl)
        return env.fail(Error::usage(QStringLiteral("--login-url: ") + loginUrl.error().message));
    const QString clientId = opts->value(QStringLiteral("client-id")).trimmed();
    if (clientId.isEmpty())
        return env.usageError(tr("--client-id: must not be empty"));
    quint16 port = 1717;
    if (opts->has(QStringLiteral("redirect-port"))) {
        bool ok = false;
        const uint p = opts->value(QStringLiteral("redirect-port")).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return env.usageError(tr("--redirect-port: must be a port number 1–65535, not '%1'")
                                      .arg(opts->value(QStringLiteral("redirect-port"))));
        port = static_cast<quint16>(p);
    }

    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    // Before the user is sent to the browser: without a usable keychain the sign-in could not be kept,
    // and it is never kept anywhere else (exit 7).
    if (Status s = ctx->tokenStore().probe(); !s)
        return env.fail(s.error());

    OAuthFlowOptions flowOptions;
    flowOptions.loginUrl = loginUrl.value();
    flowOptions.clientId = clientId;
    flowOptions.redirectPort = port;
    // cli.md: waits up to 300 s. VMS_LOGIN_TIMEOUT_MS shortens it for tests only.
    if (const int ms = qEnvironmentVariableIntValue("VMS_LOGIN_TIMEOUT_MS"); ms > 0)
        flowOptions.timeout = std::chrono::milliseconds(ms);
    OAuthFlow flow(&ctx->network(), flowOptions);
    if (Status s = flow.start(); !s)
        return env.fail(s.error());
    const QString url = QString::fromLatin1(flow.authorizeUrl().toEncoded());
    env.out << "Sign in at: " << url << "\n";
    env.out.flush();
    if (opts->has(QStringLiteral("open"))) {
        // vms_core never opens a browser; vms-cli has no GUI library, so it asks the desktop to.
        if (!QProcess::startDetached(QStringLiteral("xdg-open"), {url}))
            env.err << tr("Could not open a browser; open the address above yourself.") << "\n";
        env.err.flush();
    }

    auto tokens = flow.waitForResult();
    if (!tokens)
        return env.fail(tokens.error());
    auto session = ctx->auth().completeSignIn(tokens.value(), loginUrl.value(), clientId);
    if (!session)
        return env.fail(session.error());
    env.out << tr("Signed in as %1 (%2)").arg(session->userName, session->userId) << "\n";
    env.out << tr("Org:  %1 (%2)").arg(session->orgId, session->instanceUrl) << "\n";
    env.out << tr("Role: %1").arg(roleName(session->role)) << "\n";
    return 0;
}

} // namespace vms::cli
