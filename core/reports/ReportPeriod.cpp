#include "core/reports/ReportPeriod.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vms {

namespace {
// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::ReportPeriod)
};
} // namespace

DateRange ReportPeriod::schoolYearStarting(int startYear) {
    return {QDate(startYear, 8, 1), QDate(startYear + 1, 7, 31)};
}

Result<DateRange> ReportPeriod::parseSchoolYear(const QString& yyzz) {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}$"));
    if (!shape.match(yyzz).hasMatch())
        return Error::usage(
            Tr::tr("--school-year must be four digits naming two consecutive years, e.g. 2526; got '%1'")
                .arg(yyzz));
    const int first = yyzz.left(2).toInt();
    const int second = yyzz.right(2).toInt();
    if (second != (first + 1) % 100)
        return Error::usage(
            Tr::tr(
                "--school-year '%1' does not name two consecutive years (e.g. 2526 for Aug 2025 - Jul 2026)")
                .arg(yyzz));
    return schoolYearStarting(2000 + first);
}

DateRange ReportPeriod::currentSchoolYear(const Clock& clock, const QTimeZone& zone) {
    const QDate today = clock.nowUtc().toTimeZone(zone).date();
    return schoolYearStarting(today.month() >= 8 ? today.year() : today.year() - 1);
}

Result<QDate> ReportPeriod::parseDate(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !d.isValid())
        return Error::usage(Tr::tr("'%1' is not a date in the form YYYY-MM-DD").arg(text));
    return d;
}

QString ReportPeriod::label(const DateRange& range) {
    if (range.from.month() == 8 && range.from.day() == 1 && range.to == QDate(range.from.year() + 1, 7, 31))
        return Tr::tr("School year %1–%2")
            .arg(range.from.year())
            .arg(range.to.year() % 100, 2, 10, QLatin1Char('0'));
    return Tr::tr("%1 to %2").arg(range.from.toString(Qt::ISODate), range.to.toString(Qt::ISODate));
}

ReportPeriod::UtcRange ReportPeriod::toUtc(const DateRange& range, const QTimeZone& zone) {
    // Midnight exists in every zone VMS is used in; where a zone skips midnight Qt moves forward to the
    // first valid instant, which is the start of that local day anyway.
    const QDateTime from(range.from, QTime(0, 0), zone);
    const QDateTime to(range.to.addDays(1), QTime(0, 0), zone);
    return {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
}

ReportPeriod::OffsetSegments ReportPeriod::offsetsOver(const UtcRange& range, const QTimeZone& zone) {
    OffsetSegments out;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(range.fromMs, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(range.toMs, Qt::UTC);
    out.offsetSecs << zone.offsetFromUtc(from);
    if (zone.hasTransitions()) {
        for (const QTimeZone::OffsetData& t : zone.transitions(from, to)) {
            const qint64 at = t.atUtc.toMSecsSinceEpoch();
            if (at <= range.fromMs || t.offsetFromUtc == out.offsetSecs.last())
                continue;
            out.untilMs << at;
            out.offsetSecs << t.offsetFromUtc;
        }
    }
    return out;
}

} // namespace vms
