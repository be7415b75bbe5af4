#pragma once

#include "reports/ReportResult.h"

#include <QString>
#include <QStringView>

namespace vms {

// How report cells become text, the same for the screen, CSV, PDF and vms-cli.
class ReportText final {
public:
    // Up to 2 decimals, no trailing zeros, no thousands separator: 12.5, 3, 0.25.
    static QString hours(double value);
    static double roundHours(double value);
    // A cell as plain text (dates YYYY-MM-DD, numbers plain).
    static QString cell(const QVariant& value, ColumnType type);
    // Unicode code-point order (reports.md: no locale collation). QString::compare orders UTF-16 code
    // units, which differs from code-point order once characters beyond U+FFFF meet U+E000..U+FFFF.
    static int compareCodePoints(QStringView a, QStringView b);
};

} // namespace vms
