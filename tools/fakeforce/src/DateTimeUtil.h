#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <limits>
#include <optional>

namespace fakeforce {

// Date and datetime helpers on plain integers (days and milliseconds since the Unix epoch, UTC).
// The store keeps these integers rather than QDateTime: they are 4/8 bytes per cell and compare fast,
// which matters with millions of rows.
namespace dt {

constexpr qint64 kNullDateTime = std::numeric_limits<qint64>::min();
constexpr std::int32_t kNullDate = std::numeric_limits<std::int32_t>::min();
constexpr qint64 kDayMs = 86'400'000;

std::int32_t daysFromCivil(int y, int m, int d);
void civilFromDays(std::int32_t days, int& y, int& m, int& d);
qint64 makeMs(int y, int mo, int d, int h = 0, int mi = 0, int s = 0);

// Salesforce's REST format: 2026-03-08T15:30:00.000+0000
QByteArray formatDateTime(qint64 ms);
// The same 28 characters into out, without allocating.
void writeDateTime(char* out28, qint64 ms);
void writeDate(char* out10, std::int32_t days);
// 2026-03-08
QByteArray formatDate(std::int32_t days);
// Accepts 2026-03-08T15:30:00Z, 2026-03-08T15:30:00.000+0000, +05:00, and no zone (UTC).
std::optional<qint64> parseDateTime(QStringView text);
std::optional<std::int32_t> parseDate(QStringView text);
// RFC 7231 IMF-fixdate, as sent in If-Unmodified-Since: "Sun, 08 Mar 2026 15:30:00 GMT".
std::optional<qint64> parseHttpDate(QStringView text);
QByteArray formatHttpDate(qint64 ms);

// Offset of America/Chicago from UTC in hours (-5 in daylight time, -6 otherwise) at a UTC instant,
// by the US rule since 2007 (second Sunday in March 02:00 local to first Sunday in November 02:00).
int chicagoOffsetHours(qint64 utcMs);

} // namespace dt
} // namespace fakeforce
