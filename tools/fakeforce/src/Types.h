#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <cstdint>

namespace fakeforce {

// One HTTP request as both front ends (the in-process QNetworkAccessManager and the loopback server)
// hand it to Org::handle. Header names are stored lower-case so lookups need not care how a client
// spelled them.
struct Request final {
    QByteArray method; // "GET", "POST", "PATCH", "DELETE", ...
    QString path;      // decoded path, no query string
    QUrlQuery query;   // decoded query items
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Where the request was sent: "https://login.salesforce.com", "http://127.0.0.1:8765". Token answers
    // name the identity URL on this (login) host. Empty: the org's instance URL.
    QString base;

    QByteArray header(const QByteArray& lowerName) const {
        for (const auto& h : headers)
            if (h.first == lowerName)
                return h.second;
        return {};
    }
    void setHeader(const QByteArray& name, const QByteArray& value) {
        headers.append({name.toLower(), value});
    }
};

// How the transport should misbehave while delivering a response (fault injection).
enum class Delivery : std::uint8_t {
    Normal,
    CloseMidBody,  // send the headers and part of the body, then close the connection
    TruncatedBody, // a complete HTTP response whose (JSON) body is cut short
    DropResponse,  // the request was carried out, but the connection closes before any response byte
};

struct Response final {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;

    QByteArray header(const QByteArray& name) const {
        for (const auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
    void setHeader(const QByteArray& name, const QByteArray& value) {
        for (auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        headers.append({name, value});
    }
};

enum class FaultKind : std::uint8_t {
    Http500,
    Http503,
    Http503Html, // 503 with an HTML maintenance page, as a load balancer sends it
    Delay,       // answer normally after delayMs
    CloseMidBody,
    TruncatedJson,
    DropResponse,         // commit the write, then lose the response
    RequestLimitExceeded, // 403 REQUEST_LIMIT_EXCEEDED "TotalRequests Limit exceeded." (the daily budget)
    // 403 REQUEST_LIMIT_EXCEEDED "ConcurrentRequests (Concurrent API Requests) Limit exceeded.": too many
    // calls at once; the same call succeeds once others have finished.
    ConcurrentLimitExceeded,
    ExpireAccessToken, // the access token presented is expired just before the request is checked
};

// A fault switch. It fires on requests whose path contains pathContains (empty: any API or OAuth request)
// and whose method equals method (empty: any), for the next `remaining` matching requests (-1: until
// removed).
struct FaultRule final {
    FaultKind kind = FaultKind::Http500;
    int remaining = -1;
    QString pathContains;
    QByteArray method;
    int delayMs = 0;
};

struct RequestLogEntry final {
    QByteArray method;
    QString path;
    QString query;
    int status = 0;
    qint64 atMs = 0;  // org clock
    int inFlight = 1; // requests in flight (this one included) when it was served
};

// "500", "503", "503html", "delay", "close", "truncate", "drop", "limit", "expire-token" (control API names).
bool faultKindFromName(const QString& name, FaultKind& kind);
QString faultKindName(FaultKind kind);

// Builds a Request from a method and an encoded request target ("/services/data/v60.0/query?q=...").
// A '+' in the query string decodes to a space, as Salesforce's servers do: a client that sends a raw '+'
// (say in a datetime offset) gets the same MALFORMED_QUERY it would get from the real org.
Request requestFromTarget(const QByteArray& method, const QByteArray& target);

} // namespace fakeforce
