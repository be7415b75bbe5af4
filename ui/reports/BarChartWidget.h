#pragma once

#include "reports/ReportResult.h"

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
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartData m_chart;
};

} // namespace vms
