#pragma once

#include "core/salesforce/SalesforceClient.h"

#include <memory>

class QNetworkAccessManager;
class QObject;

namespace vms {

class SessionCache;
class TokenSource;

// SalesforceClients for the signed-in instance, authenticated by the TokenSource. A client belongs to the
// thread of its QNetworkAccessManager, so each thread makes its own (the sync worker with make()); the
// creating thread's one is client().
class ClientFactory final {
public:
    ClientFactory(QNetworkAccessManager* nam, TokenSource* tokens, const SessionCache* session,
                  SalesforceClientOptions options);
    ~ClientFactory();
    ClientFactory(const ClientFactory&) = delete;
    ClientFactory& operator=(const ClientFactory&) = delete;

    std::unique_ptr<SalesforceClient> make(QNetworkAccessManager* nam, QObject* parent = nullptr) const;
    // The creating thread's client, pointed again at the instance of the current credentials each time.
    SalesforceClient& client();

private:
    // The credentials' instance, else the cached Session's (signed out, reading only).
    QUrl instanceUrl() const;

    QNetworkAccessManager* m_nam;
    TokenSource* m_tokens;
    const SessionCache* m_session;
    SalesforceClientOptions m_options;
    std::unique_ptr<SalesforceClient> m_client;
};

} // namespace vms
