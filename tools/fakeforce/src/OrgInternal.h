#pragma once

// Helpers shared by the Org*.cpp files; not part of the library's interface.

#include "Org.h"

#include <QStringList>

#include <nlohmann/json.hpp>

namespace fakeforce::detail {

using json = nlohmann::json;

Response jsonResponse(int status, QByteArray body);
// Salesforce's REST error shape: [{"message": ..., "errorCode": ..., "fields": [...]}]
Response errorResponse(int status, const QByteArray& errorCode, const QString& message,
                       const QStringList& fields = {}, bool withFields = false);
Response oauthError(int status, const QByteArray& error, const QString& description);

// Parses a request body; on failure fills a JSON_PARSER_ERROR response.
bool parseJson(const QByteArray& body, json& out, Response& error);

QString toQString(const json& j); // a JSON string as QString ("" for non-strings)
json variantToJson(const QVariant& v);

// Form / query decoding: application/x-www-form-urlencoded with '+' as space.
QUrlQuery parseForm(const QByteArray& body);
QString formValue(const QUrlQuery& q, const char* key);

} // namespace fakeforce::detail
