#include "models/DisplayTime.h"

#include <QLocale>

#include <optional>

namespace vms {

QString SchoolYear::code() const {
    return QStringLiteral("%1%2")
        .arg(startYear % 100, 2, 10, QLatin1Char('0'))
        .arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString SchoolYear::label() const {
    return QStringLiteral("%1–%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QTimeZone DisplayTime::zone() {
    // Built once: QTimeZone construction parses the tz database file.
    static const QTimeZone z(QByteArrayLiteral("America/Chicago"));
    return z.isValid() ? z : QTimeZone::utc();
}

QDateTime DisplayTime::local(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone());
}

QString DisplayTime::dateTime(qint64 utcMs) {
    return QLocale().toString(local(utcMs), QStringLiteral("ddd d MMM yyyy, h:mm AP"));
}

QString DisplayTime::time(qint64 utcMs) {
    return QLocale().toString(local(utcMs).time(), QStringLiteral("h:mm AP"));
}

QString DisplayTime::range(qint64 startUtcMs, std::optional<qint64> endUtcMs) {
    QString text = dateTime(startUtcMs);
    if (!endUtcMs || *endUtcMs <= startUtcMs)
        return text;
    const QDateTime s = local(startUtcMs), e = local(*endUtcMs);
    text += QStringLiteral(" – ");
    text += s.date() == e.date() ? time(*endUtcMs) : dateTime(*endUtcMs);
    text += QLatin1Char(' ') + e.timeZoneAbbreviation();
    return text;
}

QString DisplayTime::sortable(qint64 utcMs) {
    return local(utcMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString DisplayTime::date(const QDate& d) {
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

qint64 DisplayTime::startOfLocalDay(const QDate& d) {
    return d.startOfDay(zone()).toMSecsSinceEpoch();
}

SchoolYear DisplayTime::schoolYearStarting(int startYear) {
    SchoolYear y;
    y.startYear = startYear;
    y.beginUtcMs = startOfLocalDay(QDate(startYear, 8, 1));
    y.endUtcMs = startOfLocalDay(QDate(startYear + 1, 8, 1));
    return y;
}

SchoolYear DisplayTime::schoolYearOf(qint64 utcMs) {
    const QDate d = local(utcMs).date();
    return schoolYearStarting(d.month() >= 8 ? d.year() : d.year() - 1);
}

QString DisplayTime::schoolYearCodeOf(qint64 utcMs) {
    const QDate d = local(utcMs).date();
    SchoolYear y;
    y.startYear = d.month() >= 8 ? d.year() : d.year() - 1;
    return y.code();
}

} // namespace vms
