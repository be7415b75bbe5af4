#include "export/BarChartPainter.h"

#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vms {

void BarChartPainter::paint(QPainter& painter, const QRectF& rect, const ChartData& chart,
                            const QFont& baseFont, double unit, const QLocale& locale) {
    painter.save();
    QFont titleFont = baseFont;
    titleFont.setBold(true);
    titleFont.setPointSizeF(baseFont.pointSizeF() * 1.15);
    QFont font = baseFont;
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF fm(font, painter.device());

    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), titleMetrics.height());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, chart.title);

    const QRectF area = rect.adjusted(0, titleMetrics.height() + 4 * unit, 0, 0);
    if (chart.labels.isEmpty()) {
        painter.setFont(font);
        painter.drawText(
            area, Qt::AlignCenter,
            QCoreApplication::translate("vms::BarChartPainter", "Nothing to chart for these filters."));
        painter.restore();
        return;
    }

    const double rowGap = 2 * unit;
    const double minBar = fm.height() + rowGap;
    const auto count = static_cast<int>(chart.labels.size());
    const int fits = std::max(1, static_cast<int>(area.height() / minBar));
    const bool truncated = count > fits;
    const int shown = truncated ? std::max(1, fits - 1) : count;
    const double step = std::min(area.height() / (truncated ? shown + 1 : shown), fm.height() * 2.2);

    double maxValue = 0;
    double labelWidth = 0;
    double valueWidth = 0;
    for (int i = 0; i < shown; ++i) {
        maxValue = std::max(maxValue, chart.values.value(i));
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(chart.labels.at(i)));
        valueWidth = std::max(valueWidth,
                              fm.horizontalAdvance(ReportText::screenHours(chart.values.value(i), locale)));
    }
    labelWidth = std::min(labelWidth + 6 * unit, area.width() * 0.35);
    valueWidth += 6 * unit;
    const double barLeft = area.left() + labelWidth;
    const double barSpan = std::max(1.0, area.width() - labelWidth - valueWidth);

    painter.setFont(font);
    const QColor barColor(0x2b, 0x6c, 0xb0);
    for (int i = 0; i < shown; ++i) {
        const double y = area.top() + i * step;
        const QRectF labelRect(area.left(), y, labelWidth - 6 * unit, step);
        painter.setPen(Qt::black);
        painter.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                         fm.elidedText(chart.labels.at(i), Qt::ElideRight, labelRect.width()));
        const double value = chart.values.value(i);
        const double w = maxValue > 0 ? barSpan * value / maxValue : 0;
        const QRectF bar(barLeft, y + step * 0.15, std::max(w, value > 0 ? 1.0 * unit : 0.0), step * 0.7);
        painter.fillRect(bar, barColor);
        painter.drawText(QRectF(bar.right() + 4 * unit, y, valueWidth, step),
                         Qt::AlignLeft | Qt::AlignVCenter, ReportText::screenHours(value, locale));
    }
    painter.setPen(QPen(Qt::darkGray, 0.5 * unit));
    painter.drawLine(QPointF(barLeft, area.top()), QPointF(barLeft, area.top() + shown * step));
    if (truncated) {
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(area.left(), area.top() + shown * step, area.width(), step),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QCoreApplication::translate("vms::BarChartPainter", "… and %n more (see the table)",
                                                     "", count - shown));
    }
    painter.restore();
}

} // namespace vms
