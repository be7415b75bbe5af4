#pragma once

#include "Org.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace fakeforce::test {

inline QStringList strings(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* s : items)
        out << QString::fromUtf8(s);
    return out;
}

inline QString api(const QString& rest) {
    return QStringLiteral("/services/data/v60.0/") + rest;
}

inline Request request(const QByteArray& method, const QString& path, const QByteArray& token,
                       const QByteArray& body = {}) {
    Request r;
    r.method = method;
    const qsizetype q = path.indexOf(u'?');
    r.path = q < 0 ? path : path.left(q);
    if (q >= 0)
        r.query = QUrlQuery(path.mid(q + 1));
    if (!token.isEmpty())
        r.setHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        r.setHeader("Content-Type", "application/json");
    r.body = body;
    return r;
}

inline Request queryRequest(const QString& soql, const QByteArray& token, bool all = false) {
    Request r = request("GET", api(all ? QStringLiteral("queryAll") : QStringLiteral("query")), token);
    r.query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    return r;
}

inline QJsonDocument doc(const Response& r) {
    return QJsonDocument::fromJson(r.body);
}

inline QString errorCode(const Response& r) {
    return doc(r).array().at(0).toObject().value(QStringLiteral("errorCode")).toString();
}

inline QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace fakeforce::test
