#include "core/auth/LoginHost.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace vms {

namespace {
// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::LoginHost)
};
} // namespace

bool LoginHost::isLoopback(const QUrl& url) {
    const QString host = url.host().toLower();
    if (host == u"localhost")
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool LoginHost::isSecureOrLoopback(const QUrl& url) {
    if (!url.isValid() || url.host().isEmpty())
        return false;
    return url.scheme() == u"https" || (url.scheme() == u"http" && isLoopback(url));
}

Result<QUrl> LoginHost::validate(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::usage(Tr::tr("The login URL is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Error::usage(Tr::tr("'%1' is not a login URL: use https://login.salesforce.com, "
                                   "https://test.salesforce.com or your My Domain (https://…).")
                                .arg(trimmed));
    if (!url.userInfo().isEmpty())
        return Error::usage(Tr::tr("The login URL must not contain a user name or password."));
    if (url.scheme() == u"http" && !isLoopback(url))
        return Error::usage(Tr::tr("Refusing the plain http:// login URL '%1': only https:// is allowed "
                                   "(http:// only on this computer's loopback address).")
                                .arg(trimmed));
    if (url.hasQuery() || url.hasFragment() || (url.path() != u"" && url.path() != u"/"))
        return Error::usage(
            Tr::tr("The login URL '%1' must be just the host, e.g. https://login.salesforce.com.")
                .arg(trimmed));
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

} // namespace vms
