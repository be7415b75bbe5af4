#pragma once

#include "core/reports/ReportResult.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace vms {

class ReportSql;

// Which filters a report understands (the view shows only these; vms-cli takes them as options).
enum ReportFilter : unsigned {
    FilterNone = 0,
    FilterDistrict = 1u << 0,
    FilterOrganization = 1u << 1,
    FilterEventType = 1u << 2,
    FilterFormat = 1u << 3,
    FilterCountedOnly = 1u << 4, // event-attendance: "counted events only" (no cancelled ones)
    FilterEvent = 1u << 5,       // required: the report is about one event, and takes no period
};

struct SortKey {
    int column = 0;
    bool descending = false;
};

struct ColumnSpec {
    const char* title; // translated in context "vms::Reports"
    ColumnType type;
    ColumnWords words = ColumnWords::Data;
};

// Where a report's chart comes from. The ones built from rows use detail rows only (never totals).
enum class ChartSource {
    None,
    Sql,          // chartSql returns (label, value) rows in display order
    SqlByMonth,   // the same, one row per month labelled "yyyy-MM" (ChartData::monthly)
    CountByMonth, // one bar per month of `chartLabelColumn` (a Date column): number of rows
    SumByMonth,   // one bar per month of `chartLabelColumn`: sum of `chartValueColumn`
    TopValues,    // the ten rows with the largest `chartValueColumn`, labelled by `chartLabelColumn`
    SumByLabel,   // one bar per distinct `chartLabelColumn`, in row order: sum of `chartValueColumn`
    CountByLabel, // one bar per distinct `chartLabelColumn`, in row order: number of rows
};

// What a row on screen opens (reports.md: "a row on screen opens what it counts"): the record whose local
// id the row carries (ReportRow::linkId), or, for a district row, the counted events behind it.
enum class RowLink { None, Volunteer, Organization, Event, DistrictEvents };

// One report, defined once: its name, words, columns, SQL and sort rule. Every screen, file and vms-cli
// output is rendered from what this produces (reports.md: identical numbers everywhere).
struct ReportDefinition {
    const char* name;
    const char* title;
    const char* description;
    std::vector<ColumnSpec> columns;
    ExportAudience audience = ExportAudience::Everyone;
    unsigned filters = FilterNone;
    std::vector<SortKey> sort; // then the name column in code-point order, then the record id
    int nameColumn = 0;
    // The SELECT of the cells in column order, then ReportSql::rowTail(). Named placeholders only.
    QString (*rowsSql)(const ReportSql&) = nullptr;
    RowLink link = RowLink::None;
    // Rows come with totals (RowKind): each group of equal values in this column, which must be the first
    // sort key, ends with its total row; the grand total ends the report. The PDF gives each group a page.
    int totalsColumn = -1;
    ChartSource chartSource = ChartSource::None;
    const char* chartTitle = nullptr;
    const char* chartValueTitle = nullptr;
    int chartLabelColumn = -1;
    int chartValueColumn = -1;
    QString (*chartSql)(const ReportSql&) = nullptr;

    // The report covers a period (every report but the one about a single event).
    bool takesPeriod() const { return !(filters & FilterEvent); }
    QString translatedTitle() const;
    QString translatedDescription() const;
    QStringList translatedColumns() const;
};

const std::vector<ReportDefinition>& reportDefinitions();
const ReportDefinition* findReport(QStringView name);

} // namespace vms
