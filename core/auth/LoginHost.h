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

    // Checks a login URL typed by a user or given to vms-cli against the login hosts salesforce-org.md
    // allows (SalesforceHosts::checkLoginHost: Salesforce's login hosts and My Domains over https, plain
    // http:// only on loopback). Returns the normalised origin (scheme://host[:port], no path, query or
    // credentials); ErrorKind::Usage saying why otherwise.
    static Result<QUrl> validate(const QString& url);
};

} // namespace vms
