#pragma once

#include "core/common/Error.h"

#include <QUrl>

namespace vms {

// Where users sign in: Production, Sandbox, or the org's own My Domain (salesforce-org.md, "OAuth for
// a desktop app").
class LoginHost final {
public:
    static QUrl production() { return QUrl(QStringLiteral("https://login.salesforce.com")); }
    static QUrl sandbox() { return QUrl(QStringLiteral("https://test.salesforce.com")); }

    // Checks a login URL typed by a user or given to vms-cli: https:// for any host, plain http:// only for
    // loopback (127.0.0.0/8, ::1, localhost) so tokens never cross a network in clear text. Returns the
    // normalised origin (scheme://host[:port], no path, query or credentials); ErrorKind::Usage saying why
    // otherwise.
    static Result<QUrl> validate(const QString& url);
    // True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopback(const QUrl& url);
    // The same rule for any URL the org hands back (instance URL, identity URL).
    static bool isSecureOrLoopback(const QUrl& url);
};

} // namespace vms
