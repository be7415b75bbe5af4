#include "core/auth/LoginHost.h"

#include "core/salesforce/SalesforceHosts.h"

#include <QCoreApplication>

namespace vms {

namespace {
// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::LoginHost)
};
} // namespace

Result<QUrl> LoginHost::validate(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error::usage(Tr::tr("The login URL is empty."));
    const QUrl url(trimmed, QUrl::StrictMode);
    if (Status s = SalesforceHosts::checkLoginHost(url); !s)
        return s.error();
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
