#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QUrl>

namespace vms {

// The hosts VMS talks to (salesforce-org.md, "Hosts VMS talks to"): the one place that decides whether a
// URL may be asked anything. Every request VMS makes is checked here first: the login host before the
// authorize, token and revoke calls (OAuthFlow, TokenSource), the instance before every REST call
// (SalesforceClient), and the instance and identity URLs of every token answer (OAuthTokens).
//
// Host names are compared whole and label by label: "login.salesforce.com.evil.example" and
// "evilsalesforce.com" are foreign. Loopback is decided on the address, never on text, so
// "127.0.0.1.evil.example" is a foreign name and not this computer.
class SalesforceHosts final {
public:
    // 127.0.0.0/8, ::1 and "localhost": the fake org in tests and the demo. Plain http:// is allowed
    // there only.
    static bool isLoopback(const QUrl& url);

    // A login host: https://login.salesforce.com, https://test.salesforce.com, a My Domain
    // (NAME.my.salesforce.com, NAME.sandbox.my.salesforce.com, NAME--SANDBOX.sandbox.my.salesforce.com),
    // a government cloud My Domain (… .my.salesforce.mil), or loopback. ErrorKind::Usage saying why
    // otherwise (vms-cli exit 2).
    static Status checkLoginHost(const QUrl& url);

    // The org's instance URL or identity URL, as a token answer names them: https on salesforce.com,
    // force.com, salesforce.mil or cloudforce.com (or a host under them), or loopback. ErrorKind::Auth
    // saying why otherwise: a sign-in that names such a host is not used.
    static Status checkOrgHost(const QUrl& url);

    // The same origin (scheme, host, port): a server-given absolute URL is used only when it is on the
    // instance itself.
    static bool sameOrigin(const QUrl& a, const QUrl& b);
};

} // namespace vms
