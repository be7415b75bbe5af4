#include "core/auth/OAuthTokens.h"

#include "core/salesforce/SalesforceHosts.h"
#include "core/salesforce/Soql.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QUrl>

#include <nlohmann/json.hpp>

namespace vms {

using nlohmann::json;

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::OAuthTokens)
};

QString str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

Result<OAuthTokens> OAuthTokens::fromJson(const QByteArray& body, bool requireRefreshToken) {
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error{ErrorKind::Network, Tr::tr("The org's token answer is not valid JSON."),
                     QStringLiteral("INVALID_JSON")};
    if (j.contains("error")) {
        const QString code = str(j, "error");
        const QString description = str(j, "error_description");
        return Error{ErrorKind::Auth, description.isEmpty() ? code : description, code};
    }
    OAuthTokens t;
    t.accessToken = str(j, "access_token").toUtf8();
    t.refreshToken = str(j, "refresh_token").toUtf8();
    t.instanceUrl = str(j, "instance_url");
    t.identityUrl = str(j, "id");
    t.scope = str(j, "scope");
    bool ok = false;
    const qint64 issued = str(j, "issued_at").toLongLong(&ok);
    if (ok)
        t.issuedAt = QDateTime::fromMSecsSinceEpoch(issued, QTimeZone::utc());
    if (t.accessToken.isEmpty() || (requireRefreshToken && t.refreshToken.isEmpty()))
        return Error{
            ErrorKind::Auth,
            Tr::tr("The org's token answer has no %1 (is the connected app's scope missing refresh_token?).")
                .arg(t.accessToken.isEmpty() ? QStringLiteral("access token")
                                             : QStringLiteral("refresh token")),
            QStringLiteral("INCOMPLETE_TOKEN_RESPONSE")};
    // salesforce-org.md, "Hosts VMS talks to": both must be Salesforce hosts over https (or loopback for
    // the fake org), or the sign-in is not used at all.
    const QUrl instance(t.instanceUrl, QUrl::StrictMode);
    const QUrl identity(t.identityUrl, QUrl::StrictMode);
    if (Status s = SalesforceHosts::checkOrgHost(instance); !s)
        return s.error();
    if (Status s = SalesforceHosts::checkOrgHost(identity); !s)
        return s.error();
    // Identity URL: .../id/<org id>/<user id> (Salesforce "Identity URLs").
    const QStringList parts = identity.path().split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(parts.size() - 3) != u"id" ||
        !soql::isSalesforceId(parts.at(parts.size() - 2)) || !soql::isSalesforceId(parts.last()))
        return Error{ErrorKind::Auth, Tr::tr("The org's identity URL is not of the form …/id/<org>/<user>."),
                     QStringLiteral("BAD_IDENTITY_URL")};
    t.orgId = parts.at(parts.size() - 2);
    t.userId = parts.last();
    return t;
}

QByteArray StoredCredentials::toJson() const {
    const json j = {{"refresh_token", refreshToken.toStdString()},
                    {"instance_url", instanceUrl.toStdString()},
                    {"identity_url", identityUrl.toStdString()},
                    {"org_id", orgId.toStdString()},
                    {"user_id", userId.toStdString()},
                    {"login_url", loginUrl.toStdString()},
                    {"client_id", clientId.toStdString()}};
    return QByteArray::fromStdString(j.dump());
}

Result<StoredCredentials> StoredCredentials::fromJson(const QByteArray& bytes) {
    const json j = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return Error{ErrorKind::Keychain, Tr::tr("The keychain entry of VMS is damaged."),
                     QStringLiteral("BAD_ENTRY")};
    StoredCredentials c;
    c.refreshToken = str(j, "refresh_token").toUtf8();
    c.instanceUrl = str(j, "instance_url");
    c.identityUrl = str(j, "identity_url");
    c.orgId = str(j, "org_id");
    c.userId = str(j, "user_id");
    c.loginUrl = str(j, "login_url");
    c.clientId = str(j, "client_id");
    if (c.refreshToken.isEmpty() || c.instanceUrl.isEmpty() || c.loginUrl.isEmpty())
        return Error{ErrorKind::Keychain, Tr::tr("The keychain entry of VMS is incomplete."),
                     QStringLiteral("BAD_ENTRY")};
    return c;
}

QByteArray formEncode(const QList<QPair<QString, QString>>& fields) {
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace vms
