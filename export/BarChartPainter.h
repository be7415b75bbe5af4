#pragma once

#include "core/reports/ReportResult.h"

#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace vms {

// Draws a report's chart as horizontal bars (labels left, value at the bar's end). One drawing for the
// screen, the PDF and print, with no chart library: bars keep their labels readable whether they are
// months or long organization names.
class BarChartPainter final {
public:
    // `unit` converts points to the painter's device units (1 on screen pixels, dpi/72 on a PDF). Values
    // are written in `locale` (the screen's); the "C" locale, for files, writes them plain (12.5).
    static void paint(QPainter& painter, const QRectF& rect, const ChartData& chart, const QFont& baseFont,
                      double unit = 1.0, const QLocale& locale = QLocale::c());
};

} // namespace vms
