#pragma once

#include "core/reports/ReportResult.h"

#include <QWidget>

namespace vms {

// Shows a report's chart on screen with the same drawing the PDF uses (export/BarChartPainter).
class BarChartWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarChartWidget)

public:
    explicit BarChartWidget(QWidget* parent = nullptr);
    ~BarChartWidget() override;

    void setChart(ChartData chart);
    const ChartData& chart() const { return m_chart; }
    // The chart as painted: month labels ("2025-09") as the locale names them ("sept 2025"), and
    // "Unassigned" translated. The same as chart() in the "C" locale.
    const ChartData& shownChart() const { return m_shown; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartData m_chart;
    ChartData m_shown;
};

} // namespace vms
