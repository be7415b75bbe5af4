#include "core/profile/DisplayTime.h"

#include "core/common/LocaleFormat.h"
#include "core/profile/ProfileSettings.h"

#include <QLocale>

#include <mutex>
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

namespace {
// The list loaders read the zone on pool threads while the GUI thread may set it, hence the lock. The
// zone is built once per change: QTimeZone construction parses the tz database file.
std::mutex& zoneLock() {
    static std::mutex lock;
    return lock;
}
QTimeZone& currentZone() {
    static QTimeZone zone = ProfileSettings::defaultTimeZone();
    return zone;
}
} // namespace

QTimeZone DisplayTime::zone() {
    const std::lock_guard guard(zoneLock());
    return currentZone();
}

void DisplayTime::setZone(const QTimeZone& zone) {
    const std::lock_guard guard(zoneLock());
    currentZone() = zone.isValid() ? zone : ProfileSettings::defaultTimeZone();
}

QDateTime DisplayTime::local(qint64 utcMs) {
    return QDateTime::fromMSecsSinceEpoch(utcMs, zone());
}

QString DisplayTime::dateTime(qint64 utcMs) {
    const QLocale locale = LocaleFormat::displayLocale();
    return locale.toString(local(utcMs), LocaleFormat::mediumDateTime(locale));
}

QString DisplayTime::time(qint64 utcMs) {
    const QLocale locale = LocaleFormat::displayLocale();
    return locale.toString(local(utcMs).time(), LocaleFormat::shortTime(locale));
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
    const QLocale locale = LocaleFormat::displayLocale();
    return locale.toString(d, LocaleFormat::mediumDate(locale, false));
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
