#include "DateTimeUtil.h"

#include <QList>

#include <cstdio>
#include <cstring>

namespace fakeforce::dt {

// Howard Hinnant's civil-from-days algorithms: exact for the proleptic Gregorian calendar.
std::int32_t daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(std::int32_t z, int& y, int& m, int& d) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = yoe + era * 400;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2 ? 1 : 0;
}

qint64 makeMs(int y, int mo, int d, int h, int mi, int s) {
    return qint64(daysFromCivil(y, mo, d)) * kDayMs + qint64(h) * 3'600'000 + qint64(mi) * 60'000 +
           qint64(s) * 1000;
}

static void put(char* p, int v, int width) {
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
}

void writeDate(char* out, std::int32_t days) {
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    put(out, y, 4);
    out[4] = '-';
    put(out + 5, m, 2);
    out[7] = '-';
    put(out + 8, d, 2);
}

void writeDateTime(char* out, qint64 ms) {
    qint64 days = ms / kDayMs;
    qint64 rem = ms % kDayMs;
    if (rem < 0) {
        rem += kDayMs;
        --days;
    }
    writeDate(out, std::int32_t(days));
    out[10] = 'T';
    put(out + 11, int(rem / 3'600'000), 2);
    out[13] = ':';
    put(out + 14, int(rem / 60'000 % 60), 2);
    out[16] = ':';
    put(out + 17, int(rem / 1000 % 60), 2);
    out[19] = '.';
    put(out + 20, int(rem % 1000), 3);
    std::memcpy(out + 23, "+0000", 5);
}

QByteArray formatDateTime(qint64 ms) {
    qint64 days = ms / kDayMs;
    qint64 rem = ms % kDayMs;
    if (rem < 0) {
        rem += kDayMs;
        --days;
    }
    int y = 0, m = 0, d = 0;
    civilFromDays(std::int32_t(days), y, m, d);
    const int h = int(rem / 3'600'000), mi = int(rem / 60'000 % 60), s = int(rem / 1000 % 60),
              f = int(rem % 1000);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d+0000", y, m, d, h, mi, s, f);
    return QByteArray(buf);
}

QByteArray formatDate(std::int32_t days) {
    int y = 0, m = 0, d = 0;
    civilFromDays(days, y, m, d);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return QByteArray(buf);
}

namespace {

bool digits(QStringView t, qsizetype pos, int n, int& out) {
    if (pos + n > t.size())
        return false;
    out = 0;
    for (int i = 0; i < n; ++i) {
        const QChar c = t[pos + i];
        if (!c.isDigit() || c.unicode() > '9')
            return false;
        out = out * 10 + (c.unicode() - '0');
    }
    return true;
}

bool validDate(int y, int m, int d) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1] || y < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

} // namespace

std::optional<std::int32_t> parseDate(QStringView t) {
    int y = 0, m = 0, d = 0;
    if (t.size() != 10 || !digits(t, 0, 4, y) || t[4] != u'-' || !digits(t, 5, 2, m) || t[7] != u'-' ||
        !digits(t, 8, 2, d) || !validDate(y, m, d))
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::optional<qint64> parseDateTime(QStringView t) {
    if (t.size() < 19)
        return std::nullopt;
    const auto date = parseDate(t.first(10));
    int h = 0, mi = 0, s = 0;
    if (!date || (t[10] != u'T' && t[10] != u't' && t[10] != u' ') || !digits(t, 11, 2, h) || t[13] != u':' ||
        !digits(t, 14, 2, mi) || t[16] != u':' || !digits(t, 17, 2, s) || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    qsizetype pos = 19;
    int ms = 0;
    if (pos < t.size() && t[pos] == u'.') {
        ++pos;
        int n = 0;
        while (pos < t.size() && t[pos].isDigit() && t[pos].unicode() <= '9') {
            if (n < 3)
                ms = ms * 10 + (t[pos].unicode() - '0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 3; ++i)
            ms *= 10;
    }
    qint64 offsetMin = 0;
    if (pos < t.size()) {
        const QChar z = t[pos];
        if (z == u'Z' || z == u'z') {
            ++pos;
        } else if (z == u'+' || z == u'-') {
            int oh = 0, om = 0;
            if (!digits(t, pos + 1, 2, oh))
                return std::nullopt;
            qsizetype p = pos + 3;
            if (p < t.size() && t[p] == u':')
                ++p;
            if (!digits(t, p, 2, om))
                return std::nullopt;
            offsetMin = (oh * 60 + om) * (z == u'-' ? -1 : 1);
            pos = p + 2;
        } else {
            return std::nullopt;
        }
    }
    if (pos != t.size())
        return std::nullopt;
    return qint64(*date) * kDayMs + qint64(h) * 3'600'000 + qint64(mi) * 60'000 + qint64(s) * 1000 + ms -
           offsetMin * 60'000;
}

static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
static const char* const kWeekdays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};

std::optional<qint64> parseHttpDate(QStringView t) {
    // "Sun, 08 Mar 2026 15:30:00 GMT"
    const qsizetype comma = t.indexOf(u',');
    QStringView rest = comma >= 0 ? t.mid(comma + 1).trimmed() : t.trimmed();
    const auto parts = rest.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 4)
        return std::nullopt;
    bool ok = false;
    const int d = parts[0].toInt(&ok);
    if (!ok)
        return std::nullopt;
    int m = 0;
    for (int i = 0; i < 12; ++i)
        if (parts[1].compare(QLatin1String(kMonths[i]), Qt::CaseInsensitive) == 0)
            m = i + 1;
    const int y = parts[2].toInt(&ok);
    if (!ok || m == 0 || !validDate(y, m, d))
        return std::nullopt;
    int h = 0, mi = 0, s = 0;
    const QStringView tm = parts[3];
    if (tm.size() != 8 || !digits(tm, 0, 2, h) || !digits(tm, 3, 2, mi) || !digits(tm, 6, 2, s))
        return std::nullopt;
    return makeMs(y, m, d, h, mi, s);
}

QByteArray formatHttpDate(qint64 ms) {
    const qint64 days = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
    const qint64 rem = ms - days * kDayMs;
    int y = 0, m = 0, d = 0;
    civilFromDays(std::int32_t(days), y, m, d);
    const int wd = int(((days % 7) + 7) % 7);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kWeekdays[wd], d, kMonths[m - 1], y,
                  int(rem / 3'600'000), int(rem / 60'000 % 60), int(rem / 1000 % 60));
    return QByteArray(buf);
}

int chicagoOffsetHours(qint64 utcMs) {
    const qint64 days = utcMs >= 0 ? utcMs / kDayMs : (utcMs - kDayMs + 1) / kDayMs;
    int y = 0, m = 0, d = 0;
    civilFromDays(std::int32_t(days), y, m, d);
    // Weekday of the 1st of a month: 1970-01-01 was a Thursday (index 4 with Sunday = 0).
    auto nthSunday = [](int year, int month, int n) {
        const std::int32_t first = daysFromCivil(year, month, 1);
        const int wd = int(((first + 4) % 7 + 7) % 7);
        return first + (7 - wd) % 7 + 7 * (n - 1);
    };
    // DST starts 02:00 CST (08:00 UTC) and ends 02:00 CDT (07:00 UTC).
    const qint64 start = qint64(nthSunday(y, 3, 2)) * kDayMs + 8 * 3'600'000;
    const qint64 end = qint64(nthSunday(y, 11, 1)) * kDayMs + 7 * 3'600'000;
    return utcMs >= start && utcMs < end ? -5 : -6;
}

} // namespace fakeforce::dt
