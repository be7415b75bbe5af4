#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QPointer>

#include <functional>

class QObject;

namespace vms {

// Where SalesforceClient gets the bearer token, and who renews it. core/auth's TokenSource implements
// it (refresh_token grant, keychain); tests may implement it directly.
//
// Salesforce token responses carry no expires_in (OAuth 2.0 Web Server Flow doc), so a client cannot know
// in advance when an access token dies: it learns from a 401 INVALID_SESSION_ID and must then refresh and
// retry once (REST API Developer Guide, "Status Codes and Error Responses").
class AccessTokenSource {
public:
    using RefreshCallback = std::function<void(Result<QByteArray>)>;

    virtual ~AccessTokenSource() = default;

    // The current access token; empty when there is none yet. Thread-safe.
    virtual QByteArray accessToken() const = 0;

    // Asks for a token to replace `rejected` (the token a 401 refused). Thread-safe, callable from any
    // thread. Contract:
    //  - at most one refresh is in flight at a time; a caller arriving while one runs joins it;
    //  - when the current token already differs from `rejected` (someone refreshed meanwhile), `done`
    //    gets the current token without a new refresh;
    //  - `done` runs later (never synchronously inside this call) on `context`'s thread, and not at all
    //    if `context` is destroyed first;
    //  - a refusal (invalid_grant: revoked or expired refresh token) yields ErrorKind::Auth, after the
    //    implementation has signed the user out.
    virtual void refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) = 0;

protected:
    AccessTokenSource() = default;
    AccessTokenSource(const AccessTokenSource&) = default;
    AccessTokenSource& operator=(const AccessTokenSource&) = default;
};

} // namespace vms
