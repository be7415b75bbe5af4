#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>

namespace fakeforce {

class Org;

// A QNetworkAccessManager that answers requests for the fake org's hosts in-process, from an Org, and
// passes every other request to the real network stack. Replies behave like Qt's HTTP replies: they
// finish from the event loop (never inside get()/post()), carry the status and reason attributes and the
// raw headers, set the same QNetworkReply::NetworkError codes for HTTP errors, and turn the Org's
// delivery faults into what a socket would show (RemoteHostClosedError after partial data, a truncated
// body, a lost response). Redirects (the OAuth authorize 302) are not followed: read the Location header.
class FakeNetworkAccessManager final : public QNetworkAccessManager {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetworkAccessManager)

public:
    explicit FakeNetworkAccessManager(Org* org, QObject* parent = nullptr);
    ~FakeNetworkAccessManager() override;

    // Hosts answered in-process besides the org's instance URL host (default: login.fake.salesforce.com,
    // login.salesforce.com, test.salesforce.com).
    void addHost(const QString& host) { m_hosts.insert(host.toLower()); }
    Org* org() const { return m_org; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoingData) override;

private:
    Org* m_org;
    QSet<QString> m_hosts;
};

} // namespace fakeforce
