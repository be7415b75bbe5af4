#include "core/reports/ReportText.h"

#include "core/common/LocaleFormat.h"
#include "core/domain/Status.h"

#include <QCoreApplication>

#include <cmath>

namespace vms {

double ReportText::roundHours(double value) {
    return std::round(value * 100.0) / 100.0;
}

QString ReportText::hours(double value) {
    QString s = QString::number(roundHours(value), 'f', 2);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    if (s == u"-0")
        s = QStringLiteral("0");
    return s;
}

QString ReportText::cell(const QVariant& value, ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Hours:
        return hours(value.toDouble());
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QString ReportText::screenHours(double value, const QLocale& locale) {
    if (locale.language() == QLocale::C)
        return hours(value);
    const auto cents = static_cast<qint64>(std::llround(std::abs(roundHours(value)) * 100.0));
    const int decimals = cents % 100 == 0 ? 0 : (cents % 10 == 0 ? 1 : 2);
    return locale.toString(roundHours(value), 'f', decimals);
}

QString ReportText::screenCell(const QVariant& value, ColumnType type, const QLocale& locale) {
    if (locale.language() == QLocale::C)
        return cell(value, type);
    switch (type) {
    case ColumnType::Text:
        return value.toString();
    case ColumnType::Integer:
        return locale.toString(value.toLongLong());
    case ColumnType::Hours:
        return screenHours(value.toDouble(), locale);
    case ColumnType::Date: {
        const QDate d = value.toDate();
        return d.isValid() ? locale.toString(d, LocaleFormat::numericDate(locale)) : QString();
    }
    }
    return value.toString();
}

QString ReportText::unassigned() {
    return QStringLiteral("Unassigned");
}

QString ReportText::unassignedDisplay() {
    return QCoreApplication::translate("vms::ReportText", "Unassigned");
}

QString ReportText::all() {
    return QStringLiteral("All");
}

QString ReportText::allDisplay() {
    return QCoreApplication::translate("vms::ReportText", "All");
}

QString ReportText::formatDisplay(const QString& format) {
    if (format == ReportRequest::formatInPerson())
        return QCoreApplication::translate("vms::ReportText", "In-Person");
    if (format == ReportRequest::formatVirtual())
        return QCoreApplication::translate("vms::ReportText", "Virtual");
    return format;
}

QString ReportText::displayWord(const QString& text, ColumnWords words, RowKind kind) {
    if (kind != RowKind::Detail && text == all())
        return allDisplay();
    switch (words) {
    case ColumnWords::Data:
        break;
    case ColumnWords::EventStatus: {
        const EventStatus status = normaliseEventStatus(text);
        return status == EventStatus::Unknown ? text : eventStatusDisplayName(status);
    }
    case ColumnWords::ParticipationStatus:
        switch (normaliseParticipationStatus(text)) {
        case ParticipationStatus::Registered:
            return QCoreApplication::translate("vms::ReportText", "Registered");
        case ParticipationStatus::Attended:
            return QCoreApplication::translate("vms::ReportText", "Attended");
        case ParticipationStatus::NoShow:
            return QCoreApplication::translate("vms::ReportText", "No-Show");
        case ParticipationStatus::Cancelled:
            return QCoreApplication::translate("vms::ReportText", "Cancelled");
        case ParticipationStatus::Unknown:
            break;
        }
        break;
    case ColumnWords::District:
        if (text == unassigned())
            return unassignedDisplay();
        break;
    case ColumnWords::Format:
        return formatDisplay(text);
    }
    return text;
}

int ReportText::compareCodePoints(QStringView a, QStringView b) {
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x == y)
            continue;
        // Surrogates (D800-DFFF) encode code points above FFFF, so they must sort after E000-FFFF.
        auto fix = [](char16_t c) -> int {
            if (c >= 0xD800 && c <= 0xDFFF)
                return c + 0x2000;
            if (c >= 0xE000)
                return c - 0x800;
            return c;
        };
        return fix(x) < fix(y) ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

} // namespace vms
