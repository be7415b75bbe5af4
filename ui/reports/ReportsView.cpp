#include "ui/reports/ReportsView.h"

#include "core/common/Clock.h"
#include "core/common/LocaleFormat.h"
#include "core/models/AsyncLoad.h"
#include "core/profile/DisplayTime.h"
#include "core/profile/ProfileSettings.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportChoices.h"
#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportDrill.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportTableModel.h"
#include "core/reports/ReportText.h"
#include "core/reports/XlsxWriter.h"
#include "export/ReportDocument.h"
#include "export/ReportPdfWriter.h"
#include "ui/reports/BarChartWidget.h"
#include "ui/reports/ReportDialogs.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SortArrowStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFont>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace vms {

QString QtReportDialogs::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                      const QString& filter) {
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString QtReportDialogs::presetName(QWidget* parent, const QString& title, const QString& label,
                                    const QString& initial) {
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial);
}

namespace {

constexpr int kCustomRange = -1;
constexpr int kCurrentYear = -2;

struct RunOutcome {
    std::optional<ReportResult> result;
    Error error;
    qint64 ms = 0;
};

// The screen's sort proxy, which also sets total rows in bold (the model is QtCore only).
class ReportSortProxy final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex& index, int role) const override {
        if (role == Qt::FontRole &&
            QSortFilterProxyModel::data(index, ReportTableModel::RowKindRole).toInt() !=
                static_cast<int>(RowKind::Detail)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QSortFilterProxyModel::data(index, role);
    }
};

// Selects the item whose data is `value`; a value the box does not offer (an organization no longer in
// the cache, a hand-edited preset) is added rather than silently replaced by "all".
void selectValue(QComboBox* combo, const QString& value) {
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

} // namespace

ReportsView::ReportsView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_defaultDialogs(std::make_unique<QtReportDialogs>()) {
    setObjectName(QStringLiteral("reportsPage"));
    m_dialogs = m_defaultDialogs.get();
    buildUi();
    loadFilterChoices();
    loadPresets();
    updateFilterVisibility();
    refresh();
}

ReportsView::~ReportsView() {
    if (m_cancel)
        m_cancel->store(true);
}

void ReportsView::setDialogs(ReportDialogs* dialogs) {
    m_dialogs = dialogs ? dialogs : m_defaultDialogs.get();
}

void ReportsView::setSession(const Session& session) {
    m_context.session = session;
    updateExportButtons();
    updatePresetButtons();
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

    m_form = new QFormLayout;
    m_report = new QComboBox;
    m_report->setObjectName(QStringLiteral("reportCombo"));
    m_report->setAccessibleName(tr("Report"));
    for (const ReportDefinition& d : reportDefinitions())
        m_report->addItem(d.translatedTitle(), QString::fromLatin1(d.name));
    m_form->addRow(tr("&Report:"), m_report);
    m_description = new QLabel;
    m_description->setObjectName(QStringLiteral("reportDescription"));
    m_description->setWordWrap(true);
    m_form->addRow(QString(), m_description);

    // Presets: a saved report, period and filters (reports.md), shared with vms-cli's --preset.
    auto* presetRow = new QHBoxLayout;
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    m_preset->setAccessibleName(tr("Saved preset"));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto smallButton = [&](const QString& text, const char* name, const QString& accessible) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(accessible);
        presetRow->addWidget(b);
        return b;
    };
    presetRow->addWidget(m_preset);
    m_savePreset = smallButton(tr("&Save as preset…"), "savePresetButton", tr("Save as a preset"));
    m_renamePreset = smallButton(tr("Re&name…"), "renamePresetButton", tr("Rename the preset"));
    m_deletePreset = smallButton(tr("De&lete"), "deletePresetButton", tr("Delete the preset"));
    presetRow->addStretch(1);
    auto* presetLabel = new QLabel(tr("Pre&set:"));
    presetLabel->setBuddy(m_preset);
    m_form->addRow(presetLabel, presetRow);

    auto* periodRow = new QHBoxLayout;
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("periodCombo"));
    m_period->setAccessibleName(tr("Period"));
    const QTimeZone zone = DisplayTime::zone();
    const SystemClock systemClock;
    const Clock& clock = m_context.clock ? *m_context.clock : static_cast<const Clock&>(systemClock);
    const int current = ReportPeriod::currentSchoolYear(clock, zone).from.year();
    // "Current school year" moves on by itself: a preset saved with it is always this year's.
    m_period->addItem(
        tr("Current school year (%1)").arg(ReportPeriod::label(ReportPeriod::schoolYearStarting(current))),
        kCurrentYear);
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
    m_form->addRow(periodLabel, periodRow);

    // event-contacts: one event of the period, found by typing part of its name or date.
    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("eventFilter"));
    m_event->setAccessibleName(tr("Event"));
    m_event->setEditable(true);
    m_event->setInsertPolicy(QComboBox::NoInsert);
    m_event->completer()->setFilterMode(Qt::MatchContains);
    m_event->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_event->setMinimumContentsLength(40);
    m_form->addRow(tr("E&vent:"), m_event);

    m_district = new QComboBox;
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_district->setAccessibleName(tr("District filter"));
    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_organization->setAccessibleName(tr("Organization filter"));
    m_eventType = new QComboBox;
    m_eventType->setObjectName(QStringLiteral("eventTypeFilter"));
    m_eventType->setAccessibleName(tr("Event type filter"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("formatFilter"));
    m_format->setAccessibleName(tr("Format filter"));
    m_countedOnly = new QCheckBox(tr("Counted events only (leave cancelled events out)"));
    m_countedOnly->setObjectName(QStringLiteral("countedOnlyCheck"));
    m_countedOnly->setAccessibleName(tr("Counted events only"));
    // The filters two to a row, so the table keeps the height of the window.
    auto* filters = new QGridLayout;
    const auto addFilter = [filters](int row, int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label, row, column * 2);
        filters->addWidget(field, row, column * 2 + 1);
    };
    addFilter(0, 0, tr("&District:"), m_district);
    addFilter(0, 1, tr("&Organization:"), m_organization);
    addFilter(1, 0, tr("Event &type:"), m_eventType);
    auto* formatLabel = new QLabel(tr("&Format:"));
    formatLabel->setBuddy(m_format);
    filters->addWidget(formatLabel, 1, 2);
    filters->addWidget(m_format, 1, 3);
    // On its own row: beside the format its words (longer in Spanish) would widen the whole window.
    filters->addWidget(m_countedOnly, 2, 1, 1, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    m_form->addRow(filters);
    layout->addLayout(m_form);

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
    m_back = button(tr("◀ &Back"), "drillBackButton", tr("Back to the report before"));
    m_back->setVisible(false);
    m_csv = button(tr("Export &CSV…"), "exportCsvButton", tr("Export as CSV"));
    m_pdf = button(tr("Export &PDF…"), "exportPdfButton", tr("Export as PDF"));
    m_xlsx = button(tr("Export &XLSX…"), "exportXlsxButton", tr("Export as Excel workbook"));
    m_print = button(tr("P&rint…"), "printButton", tr("Print with preview"));
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_chart = new BarChartWidget;
    m_model = new ReportTableModel(this);
    m_proxy = new ReportSortProxy(this);
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
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside it
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    m_drillHint = new QLabel;
    m_drillHint->setObjectName(QStringLiteral("drillHint"));
    m_drillHint->setWordWrap(true);
    tableLayout->addWidget(m_drillHint);
    splitter->addWidget(m_chart);
    splitter->addWidget(tableBox);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterVisibility();
        refresh();
    });
    // A report picked by hand starts afresh: Back is for drill-downs.
    connect(m_report, &QComboBox::activated, this, [this] {
        m_history.clear();
        m_back->setVisible(false);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateFilterVisibility();
        refresh();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        updateFilterVisibility();
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        updateFilterVisibility();
        refresh();
    });
    for (QComboBox* c : {m_event, m_district, m_organization, m_eventType, m_format})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_countedOnly, &QCheckBox::toggled, this, [this] { refresh(); });
    connect(m_preset, &QComboBox::activated, this, [this] {
        if (!m_context.settings)
            return;
        if (const auto preset = ReportPresets(*m_context.settings).find(selectedPresetName()))
            applyPreset(*preset);
        updatePresetButtons();
    });
    connect(m_savePreset, &QPushButton::clicked, this, &ReportsView::savePresetClicked);
    connect(m_renamePreset, &QPushButton::clicked, this, &ReportsView::renamePresetClicked);
    connect(m_deletePreset, &QPushButton::clicked, this, &ReportsView::deletePresetClicked);
    connect(m_back, &QPushButton::clicked, this, &ReportsView::goBack);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid())
            openRow(static_cast<size_t>(source.row()));
    });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportClicked(ExportFormat::Csv); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportClicked(ExportFormat::Pdf); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportClicked(ExportFormat::Xlsx); });
    connect(m_print, &QPushButton::clicked, this, &ReportsView::printClicked);
}

void ReportsView::loadFilterChoices() {
    const QSignalBlocker b1(m_district), b2(m_organization), b3(m_eventType), b4(m_format);
    m_district->addItem(tr("All districts"), QString());
    m_district->addItem(ReportText::unassignedDisplay(), ReportRequest::blankFilter());
    m_organization->addItem(tr("All organizations"), QString());
    m_eventType->addItem(tr("All event types"), QString());
    m_eventType->addItem(tr("(no type)"), ReportRequest::blankFilter());
    m_format->addItem(tr("Any format"), QString());
    m_format->addItem(ReportText::formatDisplay(ReportRequest::formatInPerson()),
                      ReportRequest::formatInPerson());
    m_format->addItem(ReportText::formatDisplay(ReportRequest::formatVirtual()),
                      ReportRequest::formatVirtual());
    if (!m_context.database)
        return;
    // Small lists (districts, event types; organizations are a few thousand names at most), read once.
    const Database& db = *m_context.database;
    for (const ReportChoice& c : ReportChoices::districts(db))
        m_district->addItem(c.label, c.value);
    for (const ReportChoice& c : ReportChoices::organizations(db))
        m_organization->addItem(c.label, c.value);
    for (const ReportChoice& c : ReportChoices::eventTypes(db))
        m_eventType->addItem(c.label, c.value);
}

void ReportsView::loadEventChoices() {
    // Only a report about one event needs the list; it follows the period (thousands of events a year).
    const ReportDefinition* def = currentDefinition();
    if (!def || !(def->filters & FilterEvent) || !m_context.database)
        return;
    const DateRange period = currentPeriod();
    if (m_event->count() > 0 && period.from == m_eventPeriod.from && period.to == m_eventPeriod.to)
        return;
    m_eventPeriod = period;
    const QSignalBlocker block(m_event);
    const QString kept = m_event->currentData().toString();
    m_event->clear();
    const QTimeZone zone = DisplayTime::zone();
    const std::vector<ReportChoice> events = ReportChoices::events(*m_context.database, period, zone);
    for (const ReportChoice& c : events)
        m_event->addItem(c.label, c.value);
    // Keep the event chosen before; else the next one from today, else the last of the period.
    int pick = m_event->findData(kept);
    if (pick < 0 && !events.empty()) {
        const SystemClock systemClock;
        const Clock& clock = m_context.clock ? *m_context.clock : static_cast<const Clock&>(systemClock);
        const QString today = clock.nowUtc().toTimeZone(zone).date().toString(Qt::ISODate);
        pick = static_cast<int>(events.size()) - 1;
        for (int i = 0; i < static_cast<int>(events.size()); ++i)
            if (events[static_cast<size_t>(i)].label.left(10) >= today) {
                pick = i;
                break;
            }
    }
    m_event->setCurrentIndex(pick);
}

void ReportsView::loadPresets(const QString& select) {
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("(no preset)"), QString());
    if (m_context.settings)
        for (const ReportPreset& p : ReportPresets(*m_context.settings).list())
            m_preset->addItem(p.name, p.name);
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(select)));
    updatePresetButtons();
}

const ReportDefinition* ReportsView::currentDefinition() const {
    return findReport(m_report->currentData().toString());
}

void ReportsView::updateFilterVisibility() {
    const ReportDefinition* def = currentDefinition();
    const unsigned filters = def ? def->filters : 0u;
    const auto show = [](QWidget* w, bool on) {
        w->setEnabled(on);
        w->setToolTip(on ? QString() : tr("This report does not use this filter."));
    };
    show(m_district, filters & FilterDistrict);
    show(m_organization, filters & FilterOrganization);
    show(m_eventType, filters & FilterEventType);
    show(m_format, filters & FilterFormat);
    show(m_countedOnly, filters & FilterCountedOnly);
    m_form->setRowVisible(m_event, filters & FilterEvent);
    if (def) {
        m_description->setText(def->translatedDescription());
        m_drillHint->setText(
            def->link == RowLink::None
                ? QString()
                : (def->link == RowLink::DistrictEvents
                       ? tr("Double-click a row (or press Enter) to see the events it counts.")
                       : tr("Double-click a row (or press Enter) to open it.")));
    }
    const bool custom = m_period->currentData().toInt() == kCustomRange;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    loadEventChoices();
}

DateRange ReportsView::currentPeriod() const {
    const int year = m_period->currentData().toInt();
    if (year == kCustomRange)
        return {m_from->date(), m_to->date()};
    if (year == kCurrentYear) {
        const SystemClock systemClock;
        const Clock& clock = m_context.clock ? *m_context.clock : static_cast<const Clock&>(systemClock);
        return ReportPeriod::currentSchoolYear(clock, DisplayTime::zone());
    }
    return ReportPeriod::schoolYearStarting(year);
}

ReportRequest ReportsView::currentRequest() const {
    ReportRequest r;
    r.period = currentPeriod();
    r.districtSfId = m_district->currentData().toString();
    r.organizationSfId = m_organization->currentData().toString();
    r.eventType = m_eventType->currentData().toString();
    r.format = m_format->currentData().toString();
    r.countedOnly = m_countedOnly->isChecked();
    r.eventId = m_event->currentData().toLongLong();
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

bool ReportsView::selectEvent(qint64 localId) {
    const int i = m_event->findData(QString::number(localId));
    if (i < 0)
        return false;
    if (i == m_event->currentIndex())
        refresh();
    else
        m_event->setCurrentIndex(i);
    return true;
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
    if ((def->filters & FilterEvent) && request.eventId <= 0) {
        m_running = false;
        m_model->clear();
        m_chart->setChart({});
        m_status->setText(tr("Choose an event: there is none in this period."));
        updateExportButtons();
        Q_EMIT reportReady();
        return;
    }
    m_running = true;
    updateExportButtons();
    m_status->setText(tr("Running…"));
    const QString name = QString::fromLatin1(def->name);
    loadAsync(
        this, m_context.database,
        [name, request, zone = DisplayTime::zone(), cancel = m_cancel](auto db) {
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
                m_chart->setVisible(!out.result->chart.isEmpty() || !out.result->chart.title.isEmpty());
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
    const ExportAudience audience = def ? def->audience : ExportAudience::Everyone;
    const auto apply = [&](QPushButton* b, ExportFormat format) {
        const Permission needed = ReportExport::requiredPermission(audience, format);
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
    const Permission printNeeds = ReportExport::requiredPermission(audience, ExportFormat::Pdf);
    const bool printAllowed = m_context.session.allows(printNeeds);
    m_print->setEnabled(printAllowed && haveRows);
    m_print->setToolTip(printAllowed ? tr("Print with preview")
                                     : m_context.session.refusalReason(printNeeds));
}

void ReportsView::updatePresetButtons() {
    const Permission needed = Permission::ManageReportPresets;
    const bool allowed = m_context.session.allows(needed) && m_context.settings;
    const bool selected = !selectedPresetName().isEmpty();
    const QString why = m_context.session.refusalReason(needed);
    m_savePreset->setEnabled(allowed);
    m_savePreset->setToolTip(allowed ? tr("Save this report, period and filters under a name.") : why);
    m_renamePreset->setEnabled(allowed && selected);
    m_deletePreset->setEnabled(allowed && selected);
    m_renamePreset->setToolTip(allowed ? QString() : why);
    m_deletePreset->setToolTip(allowed ? QString() : why);
    m_preset->setEnabled(m_preset->count() > 1);
}

QString ReportsView::selectedPresetName() const {
    return m_preset->currentData().toString();
}

void ReportsView::showError(const QString& title, const Error& error) {
    if (m_context.prompter)
        m_context.prompter->error(this, title, error.message);
    m_status->setText(error.message);
}

ReportPreset ReportsView::currentPreset() const {
    ReportPreset p;
    const ReportDefinition* def = currentDefinition();
    if (!def)
        return p;
    p.report = QString::fromLatin1(def->name);
    const int year = m_period->currentData().toInt();
    const PresetPeriod period = year == kCurrentYear   ? PresetPeriod::currentSchoolYear()
                                : year == kCustomRange ? PresetPeriod::range({m_from->date(), m_to->date()})
                                                       : PresetPeriod::schoolYear(year);
    p.period = period.toText();
    const ReportRequest r = currentRequest();
    if (def->filters & FilterDistrict)
        p.districtSfId = r.districtSfId;
    if (def->filters & FilterOrganization)
        p.organizationSfId = r.organizationSfId;
    if (def->filters & FilterEventType)
        p.eventType = r.eventType;
    if (def->filters & FilterFormat)
        p.format = r.format;
    if (def->filters & FilterCountedOnly)
        p.countedOnly = r.countedOnly;
    if ((def->filters & FilterEvent) && r.eventId > 0 && m_context.database)
        p.event = ReportChoices::eventKey(*m_context.database, r.eventId);
    return p;
}

bool ReportsView::applyPreset(const ReportPreset& preset) {
    if (Status s = ReportPresets::check(preset); !s) {
        showError(tr("Cannot use this preset"), s.error());
        return false;
    }
    const ReportDefinition* def = findReport(preset.report);
    qint64 eventId = 0;
    if ((def->filters & FilterEvent) && m_context.database) {
        auto resolved = ReportChoices::resolveEvent(*m_context.database, preset.event);
        if (!resolved) {
            showError(tr("Cannot use this preset"), resolved.error());
            return false;
        }
        eventId = *resolved;
    }
    {
        const QSignalBlocker b1(m_report), b2(m_period), b3(m_from), b4(m_to), b5(m_district),
            b6(m_organization), b7(m_eventType), b8(m_format), b9(m_countedOnly), b10(m_event);
        m_report->setCurrentIndex(m_report->findData(preset.report));
        const auto period = PresetPeriod::parse(preset.period);
        if (period && period->kind() == PresetPeriod::Kind::CurrentSchoolYear) {
            m_period->setCurrentIndex(m_period->findData(kCurrentYear));
        } else if (period) {
            const DateRange range = period->resolve(SystemClock(), DisplayTime::zone());
            const int listed =
                period->kind() == PresetPeriod::Kind::SchoolYear ? m_period->findData(range.from.year()) : -1;
            if (listed >= 0) {
                m_period->setCurrentIndex(listed);
            } else {
                m_from->setDate(range.from);
                m_to->setDate(range.to);
                m_period->setCurrentIndex(m_period->findData(kCustomRange));
            }
        }
        selectValue(m_district, preset.districtSfId);
        selectValue(m_organization, preset.organizationSfId);
        selectValue(m_eventType, preset.eventType);
        selectValue(m_format, preset.format);
        m_countedOnly->setChecked(preset.countedOnly);
        updateFilterVisibility();
        if (eventId > 0) {
            const QString value = QString::number(eventId);
            if (m_event->findData(value) < 0) {
                // An event outside the period shown: offer it anyway, it is what the preset names.
                const ReportChoice choice =
                    ReportChoices::event(*m_context.database, eventId, DisplayTime::zone());
                m_event->addItem(choice.label, choice.value);
            }
            m_event->setCurrentIndex(m_event->findData(value));
        }
    }
    refresh();
    return true;
}

void ReportsView::openRow(size_t row) {
    const auto drill = ReportDrill::forRow(m_model->result(), row);
    if (!drill)
        return;
    switch (drill->kind) {
    case RowLink::None:
        return;
    case RowLink::Volunteer:
        Q_EMIT volunteerRequested(drill->localId);
        return;
    case RowLink::Organization:
        Q_EMIT organizationRequested(drill->localId);
        return;
    case RowLink::Event:
        Q_EMIT eventRequested(drill->localId);
        return;
    case RowLink::DistrictEvents:
        break;
    }
    // The events behind a district row, in this view: the same period, the row's filters.
    m_history.push_back(currentPreset());
    m_back->setVisible(true);
    m_back->setToolTip(tr("Back to %1").arg(m_model->result().title));
    const ReportRequest& r = drill->request;
    {
        const QSignalBlocker b1(m_report), b2(m_district), b3(m_eventType), b4(m_format), b5(m_countedOnly);
        m_report->setCurrentIndex(m_report->findData(drill->report));
        selectValue(m_district, r.districtSfId);
        selectValue(m_eventType, r.eventType);
        selectValue(m_format, r.format);
        m_countedOnly->setChecked(r.countedOnly);
        updateFilterVisibility();
    }
    refresh();
}

void ReportsView::goBack() {
    if (m_history.empty())
        return;
    const ReportPreset previous = m_history.back();
    m_history.pop_back();
    m_back->setVisible(!m_history.empty());
    applyPreset(previous);
}

void ReportsView::savePresetClicked() {
    if (!m_context.settings)
        return;
    ReportPresets presets(*m_context.settings);
    const QString name =
        m_dialogs->presetName(this, tr("Save as preset"),
                              tr("Name of the preset (report, period and filters):"), selectedPresetName());
    if (name.trimmed().isEmpty())
        return;
    ReportPreset preset = currentPreset();
    preset.name = name.trimmed();
    bool replace = false;
    if (const auto existing = presets.find(preset.name)) {
        if (!m_context.prompter ||
            !m_context.prompter->confirm(this, tr("Replace the preset?"),
                                         tr("There is already a preset named '%1'.").arg(existing->name),
                                         tr("It will then run this report, period and filters."),
                                         tr("Replace")))
            return;
        preset.name = existing->name;
        replace = true;
    }
    if (Status s = presets.save(m_context.session, preset, replace); !s) {
        showError(tr("Cannot save the preset"), s.error());
        return;
    }
    loadPresets(preset.name);
    m_status->setText(tr("Saved the preset '%1'.").arg(preset.name));
}

void ReportsView::renamePresetClicked() {
    const QString from = selectedPresetName();
    if (from.isEmpty() || !m_context.settings)
        return;
    const QString to = m_dialogs->presetName(this, tr("Rename the preset"), tr("New name:"), from);
    if (to.trimmed().isEmpty() || to.trimmed() == from)
        return;
    if (Status s = ReportPresets(*m_context.settings).rename(m_context.session, from, to); !s) {
        showError(tr("Cannot rename the preset"), s.error());
        return;
    }
    loadPresets(to.trimmed());
    m_status->setText(tr("Renamed the preset '%1' to '%2'.").arg(from, to.trimmed()));
}

void ReportsView::deletePresetClicked() {
    const QString name = selectedPresetName();
    if (name.isEmpty() || !m_context.settings)
        return;
    if (!m_context.prompter ||
        !m_context.prompter->confirm(this, tr("Delete the preset?"), tr("Delete the preset '%1'?").arg(name),
                                     tr("The report itself and its data stay; only the saved name goes."),
                                     tr("Delete")))
        return;
    if (Status s = ReportPresets(*m_context.settings).remove(m_context.session, name); !s) {
        showError(tr("Cannot delete the preset"), s.error());
        return;
    }
    loadPresets();
    m_status->setText(tr("Deleted the preset '%1'.").arg(name));
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
        QDir(folder).filePath(QStringLiteral("%1-%2.%3").arg(r.name, ReportExport::fileNamePart(r), suffix));
    const QString path =
        m_dialogs->saveFileName(this, tr("Export %1").arg(r.title), suggested,
                                tr("%1 files (*.%2)").arg(ReportExport::formatName(format), suffix));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = exportTo(format, path);
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        showError(tr("Export failed"), s.error());
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
