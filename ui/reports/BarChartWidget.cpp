#include "reports/BarChartWidget.h"

#include "BarChartPainter.h"

#include <QPainter>

namespace vms {

BarChartWidget::BarChartWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("reportChart"));
    setAccessibleName(tr("Report chart"));
    setMinimumHeight(120);
}

BarChartWidget::~BarChartWidget() = default;

void BarChartWidget::setChart(ChartData chart) {
    m_chart = std::move(chart);
    // The chart's numbers, for screen readers that cannot see the bars.
    QStringList parts;
    for (qsizetype i = 0; i < m_chart.labels.size(); ++i)
        parts << QStringLiteral("%1: %2").arg(m_chart.labels.at(i)).arg(m_chart.values.value(i));
    setAccessibleDescription(m_chart.title + QStringLiteral(". ") + parts.join(QStringLiteral("; ")));
    update();
}

QSize BarChartWidget::sizeHint() const {
    return {480, 220};
}

void BarChartWidget::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    BarChartPainter::paint(p, QRectF(rect()).adjusted(8, 8, -8, -8), m_chart, font());
}

} // namespace vms
