#pragma once

#include "core/reports/ReportExport.h"
#include "core/reports/ReportPresets.h"
#include "core/reports/ReportResult.h"
#include "ui/UiContext.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace vms {

class BarChartWidget;
class ReportDialogs;
class ReportTableModel;
struct ReportDefinition;

// The Reports page: pick a report and its filters (or a saved preset), see the table and chart, open what
// a row counts, export (CSV, PDF, XLSX) and print with a preview. Every number comes from ReportEngine, the
// same as vms-cli and the files. Reports run on a pool thread with their own connection, so the window
// never freezes; a newer request cancels an older one. Records a row opens are asked for through signals
// the main window answers, so this view knows nothing of the other views.
class ReportsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    explicit ReportsView(const UiContext& context, QWidget* parent = nullptr);
    ~ReportsView() override;

    // Tests answer the save and preset-name dialogs through this; the view does not own it.
    void setDialogs(ReportDialogs* dialogs);
    void setSession(const Session& session);

    // Selects a report by name ("district-summary") and runs it.
    bool selectReport(const QString& name);
    void setSchoolYear(int startYear);
    void setDateRange(const QDate& from, const QDate& to);
    // event-contacts: the event, by local id.
    bool selectEvent(qint64 localId);

    const ReportResult& result() const;
    ReportTableModel* model() const { return m_model; }
    bool isRunning() const { return m_running; }

    // Runs the current report again (the main window asks when the display time zone changed).
    void refresh();

    // Writes the current result; the same call the export buttons make after asking for a path.
    Status exportTo(ExportFormat format, const QString& path);
    // Paints the current result on a printer (the print preview calls it).
    void printTo(QPrinter* printer);

    // What is on screen as a preset (without a name), and the other way round; false (with the reason
    // shown) when the preset cannot be applied.
    ReportPreset currentPreset() const;
    bool applyPreset(const ReportPreset& preset);
    // Opens what row `row` of the result (reports.md's order, not the screen's sort) counts.
    void openRow(size_t row);

Q_SIGNALS:
    void reportReady();
    void volunteerRequested(qint64 localId);
    void organizationRequested(qint64 localId);
    void eventRequested(qint64 localId);

private:
    void buildUi();
    void loadFilterChoices();
    void loadEventChoices();
    void loadPresets(const QString& select = {});
    void updateFilterVisibility();
    void updateExportButtons();
    void updatePresetButtons();
    void exportClicked(ExportFormat format);
    void printClicked();
    void savePresetClicked();
    void renamePresetClicked();
    void deletePresetClicked();
    void goBack();
    const ReportDefinition* currentDefinition() const;
    ReportRequest currentRequest() const;
    DateRange currentPeriod() const;
    QString selectedPresetName() const;
    void showError(const QString& title, const Error& error);

    UiContext m_context;
    ReportDialogs* m_dialogs = nullptr;
    std::unique_ptr<ReportDialogs> m_defaultDialogs;
    ReportTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_report = nullptr;
    QComboBox* m_preset = nullptr;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_event = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_organization = nullptr;
    QComboBox* m_eventType = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_countedOnly = nullptr;
    QLabel* m_description = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_drillHint = nullptr;
    BarChartWidget* m_chart = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_savePreset = nullptr;
    QPushButton* m_renamePreset = nullptr;
    QPushButton* m_deletePreset = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_csv = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_print = nullptr;
    // Where a drill-down came from, so Back returns there.
    std::vector<ReportPreset> m_history;
    DateRange m_eventPeriod; // the period m_event's choices were loaded for
    bool m_running = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace vms
