#include "core/common/LocaleFormat.h"

#include <QRegularExpression>

namespace vms {

QLocale LocaleFormat::displayLocale() {
    const QLocale locale;
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString LocaleFormat::mediumDate(const QLocale& locale, bool withWeekday) {
    QString f = locale.dateFormat(QLocale::LongFormat);
    if (!withWeekday) {
        // "dddd, d 'de' MMMM 'de' yyyy" -> "d 'de' MMMM 'de' yyyy"; a trailing weekday goes the same way.
        static const QRegularExpression leading(QStringLiteral("d{3,4}[,\\s]*"));
        static const QRegularExpression trailing(QStringLiteral("[,\\s]*d{3,4}"));
        f.remove(f.startsWith(QStringLiteral("ddd")) ? leading : trailing);
    }
    // Abbreviated names: "dddd" -> "ddd", "MMMM" -> "MMM" (the order matters: do not shorten twice).
    f.replace(QStringLiteral("dddd"), QStringLiteral("ddd"));
    f.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return f.trimmed();
}

QString LocaleFormat::shortTime(const QLocale& locale) {
    QString f = locale.timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    f.remove(seconds);
    return f;
}

QString LocaleFormat::mediumDateTime(const QLocale& locale) {
    return mediumDate(locale) + QStringLiteral(", ") + shortTime(locale);
}

QString LocaleFormat::numericDate(const QLocale& locale) {
    QString f = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression year(QStringLiteral("y+"));
    f.replace(year, QStringLiteral("yyyy"));
    return f;
}

} // namespace vms
