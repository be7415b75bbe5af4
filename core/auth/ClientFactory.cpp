#include "core/auth/ClientFactory.h"

#include "core/auth/SessionCache.h"
#include "core/auth/TokenSource.h"

namespace vms {

ClientFactory::ClientFactory(QNetworkAccessManager* nam, TokenSource* tokens, const SessionCache* session,
                             SalesforceClientOptions options)
    : m_nam(nam)
    , m_tokens(tokens)
    , m_session(session)
    , m_options(std::move(options)) {}

ClientFactory::~ClientFactory() = default;

QUrl ClientFactory::instanceUrl() const {
    const auto creds = m_tokens->credentials();
    return QUrl(creds ? creds->instanceUrl : m_session->load().instanceUrl);
}

std::unique_ptr<SalesforceClient> ClientFactory::make(QNetworkAccessManager* nam, QObject* parent) const {
    return std::make_unique<SalesforceClient>(nam, instanceUrl(), m_tokens, m_options, parent);
}

SalesforceClient& ClientFactory::client() {
    const auto creds = m_tokens->credentials();
    if (!m_client)
        m_client = make(m_nam);
    else if (creds)
        m_client->setInstanceUrl(QUrl(creds->instanceUrl));
    return *m_client;
}

} // namespace vms
