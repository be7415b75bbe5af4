#pragma once

#include "core/reports/ReportExport.h"
#include "core/reports/ReportResult.h"
#include "ui/UiContext.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vms {

class BarChartWidget;
class ReportFileChooser;
class ReportTableModel;
struct ReportDefinition;

// The Reports page: pick a report and its filters, see the table and chart, export (CSV, PDF, XLSX) and
// print with a preview. Every number comes from ReportEngine, the same as vms-cli and the files. Reports
// run on a pool thread with their own connection, so the window never freezes; a newer request cancels an
// older one.
class ReportsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(const UiContext& context, QWidget* parent = nullptr);
    ~ReportsView() override;

    // Tests answer the save dialog through this; the view does not own it.
    void setFileChooser(ReportFileChooser* chooser);
    void setSession(const Session& session);

    // Selects a report by name ("district-summary") and runs it.
    bool selectReport(const QString& name);
    void setSchoolYear(int startYear);
    void setDateRange(const QDate& from, const QDate& to);

    const ReportResult& result() const;
    ReportTableModel* model() const { return m_model; }
    bool isRunning() const { return m_running; }

    // Runs the current report again (the main window asks when the display time zone changed).
    void refresh();

    // Writes the current result; the same call the export buttons make after asking for a path.
    Status exportTo(ExportFormat format, const QString& path);
    // Paints the current result on a printer (the print preview calls it).
    void printTo(QPrinter* printer);

Q_SIGNALS:
    void reportReady();

private:
    void buildUi();
    void loadFilterChoices();
    void updateFilterVisibility();
    void updateExportButtons();
    void exportClicked(ExportFormat format);
    void printClicked();
    const ReportDefinition* currentDefinition() const;
    ReportRequest currentRequest() const;

    UiContext m_context;
    ReportFileChooser* m_chooser = nullptr;
    std::unique_ptr<ReportFileChooser> m_defaultChooser;
    ReportTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QComboBox* m_report = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_organization = nullptr;
    QComboBox* m_eventType = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_status = nullptr;
    BarChartWidget* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_print = nullptr;
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace vms
