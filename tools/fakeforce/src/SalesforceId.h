#pragma once

#include <QByteArray>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace fakeforce {

// Salesforce record ids: a 3-character key prefix naming the object, 12 case-sensitive base-62 characters,
// and (in the 18-character form) a 3-character case-safe checksum. The fake encodes the row number in the
// 12 characters so an id maps back to its row without an index, and ids of one object sort like rows.
namespace sfid {

QByteArray make(const char* prefix3, std::uint64_t number);
// The same 18 characters written into out (no allocation: query pages write hundreds of thousands).
void write(char* out18, const char* prefix3, std::uint64_t number);

struct Parsed final {
    QByteArray prefix;
    std::uint64_t number = 0;
};
// Accepts 15- and 18-character ids (the checksum of an 18-character id must match). nullopt: malformed.
std::optional<Parsed> parse(QStringView id);
// Whether text has the shape of an id at all (15 or 18 alphanumerics); used to tell MALFORMED_ID from
// INVALID_CROSS_REFERENCE_KEY.
bool looksLikeId(QStringView id);
QByteArray checksum(const QByteArray& id15);

} // namespace sfid
} // namespace fakeforce
