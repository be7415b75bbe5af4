#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace vms {

// A token endpoint answer (authorization_code or refresh_token grant). Salesforce sends no expires_in;
// issued_at is a millisecond epoch *string* ("OAuth 2.0 Web Server Flow for Web App Integration").
struct OAuthTokens {
    QByteArray accessToken;
    QByteArray refreshToken; // empty on most refreshes (only rotation sends a new one)
    QString instanceUrl;
    QString identityUrl; // https://login.salesforce.com/id/<org id>/<user id>: read for its ids, never asked
    QString orgId, userId;
    QDateTime issuedAt;
    QString scope;

    // Parses and checks the JSON answer (instance and identity URLs must be https or loopback, ids must be
    // Salesforce ids). ErrorKind::Auth with the OAuth "error" as code when the body is an OAuth error.
    static Result<OAuthTokens> fromJson(const QByteArray& body, bool requireRefreshToken);
};

// What survives between runs, in the OS keychain only (never on disk): everything needed to refresh the
// session without the browser. The access token is deliberately absent: it lives in memory.
struct StoredCredentials {
    QByteArray refreshToken;
    QString instanceUrl, identityUrl, orgId, userId;
    QString loginUrl, clientId; // where and as whom to refresh

    QByteArray toJson() const;
    static Result<StoredCredentials> fromJson(const QByteArray& json);
};

// The body of an OAuth request (token, revoke) or an authorize URL's query: every key and value
// percent-encoded. QUrlQuery leaves '+' as it is, which a token endpoint reads as a space.
QByteArray formEncode(const QList<QPair<QString, QString>>& fields);

} // namespace vms
