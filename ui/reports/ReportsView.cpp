#include "ui/reports/ReportsView.h"

#include "core/common/Clock.h"
#include "core/common/LocaleFormat.h"
#include "core/models/AsyncLoad.h"
#include "core/models/DisplayTime.h"
#include "core/profile/ProfileSettings.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportTableModel.h"
#include "core/reports/XlsxWriter.h"
#include "export/ReportDocument.h"
#include "export/ReportPdfWriter.h"
#include "ui/reports/BarChartWidget.h"
#include "ui/reports/ReportFileChooser.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SortArrowStyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace vms {

QString DialogReportFileChooser::saveFileName(QWidget* parent, const QString& title,
                                              const QString& suggestedPath, const QString& filter) {
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

namespace {

constexpr int kCustomRange = -1;

struct RunOutcome {
    std::optional<ReportResult> result;
    Error error;
    qint64 ms = 0;
};

} // namespace

ReportsView::ReportsView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_defaultChooser(std::make_unique<DialogReportFileChooser>()) {
    setObjectName(QStringLiteral("reportsPage"));
    m_chooser = m_defaultChooser.get();
    buildUi();
    loadFilterChoices();
    updateFilterVisibility();
    refresh();
}

ReportsView::~ReportsView() {
    if (m_cancel)
        m_cancel->store(true);
}

void ReportsView::setFileChooser(ReportFileChooser* chooser) {
    m_chooser = chooser ? chooser : m_defaultChooser.get();
}

void ReportsView::setSession(const Session& session) {
    m_context.session = session;
    updateExportButtons();
}

const ReportResult& ReportsView::result() const {
    return m_model->result();
}

void ReportsView::buildUi() {
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Reports"));
    heading->setObjectName(QStringLiteral("reportsPageTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    layout->addWidget(heading);

    auto* form = new QFormLayout;
    m_report = new QComboBox;
    m_report->setObjectName(QStringLiteral("reportCombo"));
    m_report->setAccessibleName(tr("Report"));
    for (const ReportDefinition& d : reportDefinitions())
        m_report->addItem(d.translatedTitle(), QString::fromLatin1(d.name));
    form->addRow(tr("&Report:"), m_report);
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    form->addRow(QString(), m_description);

    auto* periodRow = new QHBoxLayout;
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    const QTimeZone zone = DisplayTime::zone();
    const SystemClock systemClock;
    const Clock& clock = m_context.clock ? *m_context.clock : static_cast<const Clock&>(systemClock);
    const int current = ReportPeriod::currentSchoolYear(clock, zone).from.year();
    for (int y = current; y >= current - 5; --y)
        m_period->addItem(ReportPeriod::label(ReportPeriod::schoolYearStarting(y)), y);
    m_period->addItem(tr("Date range…"), kCustomRange);
    m_from = new QDateEdit(QDate(current, 8, 1));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setAccessibleName(tr("From date"));
    // The user's numeric date with a four-digit year ("10/14/2025", "14/10/2025").
    const QString dateFormat = LocaleFormat::numericDate(LocaleFormat::displayLocale());
    m_from->setDisplayFormat(dateFormat);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate(current + 1, 7, 31));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setAccessibleName(tr("To date"));
    m_to->setDisplayFormat(dateFormat);
    m_to->setCalendarPopup(true);
    periodRow->addWidget(m_period);
    periodRow->addWidget(new QLabel(tr("from")));
    periodRow->addWidget(m_from);
    periodRow->addWidget(new QLabel(tr("to")));
    periodRow->addWidget(m_to);
    periodRow->addStretch(1);
    // A row of several widgets has no buddy of its own: without one the label shows its '&' literally.
    auto* periodLabel = new QLabel(tr("&Period:"));
    periodLabel->setBuddy(m_period);
    form->addRow(periodLabel, periodRow);

    m_district = new QComboBox;
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_district->setAccessibleName(tr("District filter"));
    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_organization->setAccessibleName(tr("Organization filter"));
    m_eventType = new QComboBox;
    m_eventType->setObjectName(QStringLiteral("eventTypeFilter"));
    m_eventType->setAccessibleName(tr("Event type filter"));
    form->addRow(tr("&District:"), m_district);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("Event &type:"), m_eventType);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    buttons->addWidget(m_status, 1);
    const auto button = [&](const QString& text, const char* name, const QString& accessible) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(accessible);
        buttons->addWidget(b);
        return b;
    };
    m_csv = button(tr("Export &CSV…"), "exportCsvButton", tr("Export as CSV"));
    m_pdf = button(tr("Export &PDF…"), "exportPdfButton", tr("Export as PDF"));
    m_xlsx = button(tr("Export &XLSX…"), "exportXlsxButton", tr("Export as Excel workbook"));
    m_print = button(tr("P&rint…"), "printButton", tr("Print with preview"));
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_chart = new BarChartWidget;
    m_model = new ReportTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReportTableModel::SortRole);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Report rows"));
    m_table->setModel(m_proxy);
    // The screen may sort by any column; files always use reports.md's order (the model's own order).
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    SortArrowStyle::apply(m_table->horizontalHeader()); // ▲ ascending, ▼ descending, as in every list
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside it
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterVisibility();
        refresh();
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterVisibility();
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { refresh(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { refresh(); });
    for (QComboBox* c : {m_district, m_organization, m_eventType})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportClicked(ExportFormat::Csv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportClicked(ExportFormat::Pdf); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportClicked(ExportFormat::Xlsx); });
    connect(m_print, &QPushButton::clicked, this, &ReportsView::printClicked);
}

void ReportsView::loadFilterChoices() {
    const QSignalBlocker b1(m_district), b2(m_organization), b3(m_eventType);
    m_district->addItem(tr("All districts"), QString());
    m_organization->addItem(tr("All organizations"), QString());
    m_eventType->addItem(tr("All event types"), QString());
    if (!m_context.database)
        return;
    // Small lists (districts, event types; organizations are a few thousand names at most), read once.
    QSqlDatabase db = m_context.database->connection();
    const auto fill = [&db](QComboBox* combo, const QString& sql) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql))
            return;
        while (q.next())
            combo->addItem(q.value(0).toString(), q.value(1).toString());
    };
    fill(m_district,
         QStringLiteral("SELECT name, sf_id FROM districts WHERE sf_id IS NOT NULL ORDER BY name"));
    fill(m_organization,
         QStringLiteral("SELECT name, sf_id FROM organizations WHERE sf_id IS NOT NULL ORDER BY name"));
    fill(m_eventType, QStringLiteral("SELECT DISTINCT session_type, session_type FROM events "
                                     "WHERE session_type IS NOT NULL AND session_type <> '' ORDER BY 1"));
}

const ReportDefinition* ReportsView::currentDefinition() const {
    return findReport(m_report->currentData().toString());
}

void ReportsView::updateFilterVisibility() {
    const ReportDefinition* def = currentDefinition();
    const unsigned filters = def ? def->filters : 0u;
    const auto show = [](QComboBox* c, bool on) {
        c->setEnabled(on);
        c->setToolTip(on ? QString() : tr("This report does not use this filter."));
    };
    show(m_district, filters & FilterDistrict);
    show(m_organization, filters & FilterOrganization);
    show(m_eventType, filters & FilterEventType);
    if (def)
        m_description->setText(def->translatedDescription());
    const bool custom = m_period->currentData().toInt() == kCustomRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

ReportRequest ReportsView::currentRequest() const {
    ReportRequest r;
    const int year = m_period->currentData().toInt();
    r.period = year == kCustomRange ? DateRange{m_from->date(), m_to->date()}
                                    : ReportPeriod::schoolYearStarting(year);
    r.districtSfId = m_district->currentData().toString();
    r.organizationSfId = m_organization->currentData().toString();
    r.eventType = m_eventType->currentData().toString();
    return r;
}

bool ReportsView::selectReport(const QString& name) {
    const int i = m_report->findData(name);
    if (i < 0)
        return false;
    if (i == m_report->currentIndex())
        refresh();
    else
        m_report->setCurrentIndex(i);
    return true;
}

void ReportsView::setSchoolYear(int startYear) {
    const int i = m_period->findData(startYear);
    if (i >= 0)
        m_period->setCurrentIndex(i);
}

void ReportsView::setDateRange(const QDate& from, const QDate& to) {
    {
        const QSignalBlocker b1(m_from), b2(m_to), b3(m_period);
        m_from->setDate(from);
        m_to->setDate(to);
        m_period->setCurrentIndex(m_period->findData(kCustomRange));
    }
    updateFilterVisibility();
    refresh();
}

void ReportsView::refresh() {
    const ReportDefinition* def = currentDefinition();
    if (!def || !m_context.database)
        return;
    const ReportRequest request = currentRequest();
    if (request.period.from > request.period.to) {
        m_status->setText(tr("The start date is after the end date."));
        return;
    }
    if (m_cancel)
        m_cancel->store(true); // an older run still going is no longer wanted
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    m_running = true;
    updateExportButtons();
    m_status->setText(tr("Running…"));
    const QString name = QString::fromLatin1(def->name);
    loadAsync(
        this, m_context.database,
        [name, request, zone = DisplayTime::zone(), cancel = m_cancel](QSqlDatabase db) {
            RunOutcome out;
            QElapsedTimer t;
            t.start();
            auto r = ReportEngine(db, zone).run(name, request, cancel.get());
            out.ms = t.elapsed();
            if (r)
                out.result = std::move(r).value();
            else
                out.error = r.error();
            return out;
        },
        [this, generation](RunOutcome out) {
            if (generation != m_generation)
                return; // superseded
            m_running = false;
            if (!out.result) {
                m_model->clear();
                m_chart->setChart({});
                m_status->setText(out.error.message);
            } else {
                const size_t rows = out.result->rows.size();
                const QString asOf = out.result->dataAsOf;
                m_chart->setChart(out.result->chart);
                m_model->setResult(std::move(*out.result));
                m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
                m_proxy->sort(-1);
                m_table->resizeColumnsToContents();
                m_status->setText(tr("%n row(s) in %1 ms · data as of %2", "", static_cast<int>(rows))
                                      .arg(locale().toString(out.ms), asOf));
            }
            updateExportButtons();
            Q_EMIT reportReady();
        });
}

void ReportsView::updateExportButtons() {
    const ReportDefinition* def = currentDefinition();
    const bool haveRows = !m_running && def && m_model->result().name == QLatin1String(def->name);
    const auto apply = [&](QPushButton* b, ExportFormat format) {
        const Permission needed = ReportExport::requiredPermission(def && def->personalData, format);
        const bool allowed = m_context.session.allows(needed);
        b->setEnabled(allowed && haveRows);
        // Say why a button is off, in the words of the role rules.
        b->setToolTip(allowed ? tr("Save this report as %1.").arg(ReportExport::formatName(format))
                              : m_context.session.refusalReason(needed));
    };
    apply(m_csv, ExportFormat::Csv);
    apply(m_pdf, ExportFormat::Pdf);
    apply(m_xlsx, ExportFormat::Xlsx);
    // Paper is an export too: printing a report with names needs what its PDF needs.
    const Permission printNeeds =
        ReportExport::requiredPermission(def && def->personalData, ExportFormat::Pdf);
    const bool printAllowed = m_context.session.allows(printNeeds);
    m_print->setEnabled(printAllowed && haveRows);
    m_print->setToolTip(printAllowed ? tr("Print with preview")
                                     : m_context.session.refusalReason(printNeeds));
}

Status ReportsView::exportTo(ExportFormat format, const QString& path) {
    const ReportResult& r = m_model->result();
    switch (format) {
    case ExportFormat::Csv:
        // Read at each export, so a preset changed in the Settings dialog applies to the next file.
        return CsvWriter::write(r, path, m_context.session,
                                m_context.settings ? ProfileSettings(*m_context.settings).csvPreset()
                                                   : ProfileSettings::kDefaultCsvPreset);
    case ExportFormat::Xlsx:
        return XlsxWriter::write(r, path, m_context.session);
    case ExportFormat::Pdf:
        return ReportPdfWriter::write(r, path, m_context.session, nullptr,
                                      ReportPdfWriter::pageSizeFor(LocaleFormat::displayLocale()));
    }
    return Error::internal(QStringLiteral("unknown format"));
}

void ReportsView::exportClicked(ExportFormat format) {
    const ReportResult& r = m_model->result();
    if (r.name.isEmpty())
        return;
    const QString suffix = ReportExport::fileSuffix(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("%1-%2-to-%3.%4")
                                  .arg(r.name, r.request.period.from.toString(Qt::ISODate),
                                       r.request.period.to.toString(Qt::ISODate), suffix));
    const QString path =
        m_chooser->saveFileName(this, tr("Export %1").arg(r.title), suggested,
                                tr("%1 files (*.%2)").arg(ReportExport::formatName(format), suffix));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = exportTo(format, path);
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        if (m_context.prompter)
            m_context.prompter->error(this, tr("Export failed"), s.error().message);
        m_status->setText(s.error().message);
        return;
    }
    m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ReportsView::printTo(QPrinter* printer) {
    // Checked again here, where the names are painted, whatever enabled the button.
    if (!ReportExport::authorizePrint(m_context.session, m_model->result()))
        return;
    const ReportDocument doc(m_model->result());
    printer->setPageOrientation(doc.prefersLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait);
    doc.paint(*printer);
}

void ReportsView::printClicked() {
    if (Status s = ReportExport::authorizePrint(m_context.session, m_model->result()); !s) {
        if (m_context.prompter)
            m_context.prompter->error(this, tr("Print"), s.error().message);
        m_status->setText(s.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(ReportPdfWriter::pageSizeFor(LocaleFormat::displayLocale())));
    printer.setDocName(m_model->result().title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setObjectName(QStringLiteral("reportPrintPreview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, &ReportsView::printTo);
    preview.exec();
}

} // namespace vms
