#include "ui/reports/BarChartWidget.h"

#include "core/reports/ReportText.h"
#include "export/BarChartPainter.h"

#include <QDate>
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
    m_shown = m_chart;
    const QLocale locale = this->locale();
    if (locale.language() != QLocale::C) {
        for (QString& label : m_shown.labels) {
            const QDate month =
                m_shown.monthly ? QDate::fromString(label + QStringLiteral("-01"), Qt::ISODate) : QDate();
            if (month.isValid())
                label = locale.toString(month, QStringLiteral("MMM yyyy"));
            else if (label == ReportText::unassigned())
                label = ReportText::unassignedDisplay();
        }
    }
    // The chart's numbers, for screen readers that cannot see the bars.
    QStringList parts;
    for (qsizetype i = 0; i < m_shown.labels.size(); ++i)
        parts << tr("%1: %2").arg(m_shown.labels.at(i),
                                  ReportText::screenHours(m_shown.values.value(i), locale));
    setAccessibleDescription(m_shown.title + QStringLiteral(". ") + parts.join(QStringLiteral("; ")));
    update();
}

QSize BarChartWidget::sizeHint() const {
    // Room for about eight bars; longer charts say how many more there are (BarChartPainter).
    return {480, 170};
}

void BarChartWidget::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().text().color());
    BarChartPainter::paint(p, QRectF(rect()).adjusted(8, 8, -8, -8), m_shown, font(), 1.0, locale());
}

} // namespace vms
