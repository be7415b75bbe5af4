#pragma once

#include "core/reports/ReportResult.h"

#include <QLocale>
#include <QString>
#include <QStringView>

namespace vms {

// How report cells become text, the same for the screen, CSV, PDF and vms-cli.
class ReportText final {
public:
    // Up to 2 decimals, no trailing zeros, no thousands separator: 12.5, 3, 0.25.
    static QString hours(double value);
    static double roundHours(double value);
    // A cell as plain text (dates YYYY-MM-DD, numbers plain): files, vms-cli.
    static QString cell(const QVariant& value, ColumnType type);
    // A cell as the screen shows it: numbers and dates in `locale` ("1.234,5", "14/10/2025"). The "C"
    // locale (none configured) gives the plain form of cell().
    static QString screenCell(const QVariant& value, ColumnType type, const QLocale& locale);
    // hours() in `locale`: "12,5" in Spanish; plain in the "C" locale.
    static QString screenHours(double value, const QLocale& locale);
    // reports.md's district of an event that has none. A value in the data (files keep it exactly);
    // the screen shows it translated (unassignedDisplay()).
    static QString unassigned();
    static QString unassignedDisplay();
    // The label cells of a total row (district-year-end), a value in the data like unassigned().
    static QString all();
    static QString allDisplay();
    // A text cell's words as the screen shows them: the program's own translated words for the data words
    // `words` names, and "All" on a total row.
    static QString displayWord(const QString& text, ColumnWords words, RowKind kind = RowKind::Detail);
    // In-Person / Virtual (ReportRequest::formatInPerson(), formatVirtual()), translated.
    static QString formatDisplay(const QString& format);
    // Unicode code-point order (reports.md: no locale collation). QString::compare orders UTF-16 code
    // units, which differs from code-point order once characters beyond U+FFFF meet U+E000..U+FFFF.
    static int compareCodePoints(QStringView a, QStringView b);
};

} // namespace vms
