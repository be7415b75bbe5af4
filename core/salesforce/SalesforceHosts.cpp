#include "core/salesforce/SalesforceHosts.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::SalesforceHosts)
};

QString hostOf(const QUrl& url) {
    return url.host(QUrl::FullyDecoded).toLower();
}

// The host is `domain` or a name under it, compared label by label.
bool isUnder(const QString& host, QLatin1String domain) {
    return host == domain || (host.endsWith(domain) && host.at(host.size() - domain.size() - 1) == u'.');
}

bool isSalesforceLoginHost(const QString& host) {
    if (host == u"login.salesforce.com" || host == u"test.salesforce.com")
        return true;
    // My Domain: NAME.my.salesforce.com, NAME.sandbox.my.salesforce.com and
    // NAME--SANDBOX.sandbox.my.salesforce.com; government cloud: the same under my.salesforce.mil.
    static const QRegularExpression myDomain(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.sandbox)?\\.my\\.salesforce\\.(?:com|mil)$"));
    return myDomain.match(host).hasMatch();
}

bool isSalesforceOrgHost(const QString& host) {
    for (const QLatin1String domain : {QLatin1String("salesforce.com"), QLatin1String("force.com"),
                                       QLatin1String("salesforce.mil"), QLatin1String("cloudforce.com")})
        if (isUnder(host, domain))
            return true;
    return false;
}

} // namespace

bool SalesforceHosts::isLoopback(const QUrl& url) {
    const QString host = hostOf(url);
    if (host == u"localhost")
        return true;
    // An address, or nothing: "127.0.0.1.evil.example" is a name that any DNS server may resolve.
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool SalesforceHosts::sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme() == b.scheme() && hostOf(a) == hostOf(b) &&
           a.port(a.scheme() == u"http" ? 80 : 443) == b.port(b.scheme() == u"http" ? 80 : 443);
}

Status SalesforceHosts::checkLoginHost(const QUrl& url) {
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!url.isValid() || hostOf(url).isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Error::usage(Tr::tr("'%1' is not a login URL: use https://login.salesforce.com, "
                                   "https://test.salesforce.com or your My Domain (https://…).")
                                .arg(shown));
    if (!url.userInfo().isEmpty())
        return Error::usage(Tr::tr("The login URL must not contain a user name or password."));
    if (isLoopback(url))
        return {};
    if (url.scheme() == u"http")
        return Error::usage(Tr::tr("Refusing the plain http:// login URL '%1': only https:// is allowed "
                                   "(http:// only on this computer's loopback address).")
                                .arg(shown));
    if (!isSalesforceLoginHost(hostOf(url)))
        return Error::usage(Tr::tr("'%1' is not a Salesforce login host. Sign in at "
                                   "https://login.salesforce.com, https://test.salesforce.com or your org's "
                                   "My Domain (https://NAME.my.salesforce.com).")
                                .arg(shown));
    return {};
}

Status SalesforceHosts::checkOrgHost(const QUrl& url) {
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const bool trusted = url.isValid() && url.userInfo().isEmpty() &&
                         ((url.scheme() == u"https" && isSalesforceOrgHost(hostOf(url))) ||
                          ((url.scheme() == u"https" || url.scheme() == u"http") && isLoopback(url)));
    if (trusted)
        return {};
    return Error{ErrorKind::Auth,
                 Tr::tr("The org named '%1', which is not a Salesforce host over https; VMS does not talk "
                        "to it.")
                     .arg(shown.isEmpty() ? Tr::tr("(nothing)") : shown),
                 QStringLiteral("UNTRUSTED_HOST")};
}

} // namespace vms
