#pragma once

#include "core/reports/ReportResult.h"

#include <QString>
#include <QStringView>

#include <vector>

namespace vms {

class ReportSql;

// Which optional filters a report understands (the view shows only these; vms-cli has none yet).
enum ReportFilter : unsigned {
    FilterNone = 0,
    FilterDistrict = 1u << 0,
    FilterOrganization = 1u << 1,
    FilterEventType = 1u << 2,
};

struct SortKey {
    int column = 0;
    bool descending = false;
};

struct ColumnSpec {
    const char* title; // translated in context "vms::Reports"
    ColumnType type;
};

// Where a report's chart comes from.
enum class ChartSource {
    None,
    Sql,          // chartSql returns (label, value) rows in display order
    SqlByMonth,   // the same, one row per month labelled "yyyy-MM" (ChartData::monthly)
    CountByMonth, // one bar per month of `chartLabelColumn` (a Date column): number of rows
    SumByMonth,   // one bar per month of `chartLabelColumn`: sum of `chartValueColumn`
    TopValues,    // the ten rows with the largest `chartValueColumn`, labelled by `chartLabelColumn`
    SumByLabel,   // one bar per distinct `chartLabelColumn`: sum of `chartValueColumn`
};

// One report, defined once: its name, words, columns, SQL and sort rule. Every screen, file and vms-cli
// output is rendered from what this produces (reports.md: identical numbers everywhere).
struct ReportDefinition {
    const char* name;
    const char* title;
    const char* description;
    std::vector<ColumnSpec> columns;
    // Rows include personal data (volunteer names): exporting them needs Permission::ExportPersonal.
    bool personalData = false;
    unsigned filters = FilterNone;
    std::vector<SortKey> sort; // then the name column in code-point order, then the record id
    int nameColumn = 0;
    // SELECT of the cells in column order, then the record id. Named placeholders only (ReportSql).
    QString (*rowsSql)(const ReportSql&) = nullptr;
    ChartSource chartSource = ChartSource::None;
    const char* chartTitle = nullptr;
    const char* chartValueTitle = nullptr;
    int chartLabelColumn = -1;
    int chartValueColumn = -1;
    QString (*chartSql)(const ReportSql&) = nullptr;

    QString translatedTitle() const;
    QString translatedDescription() const;
    QStringList translatedColumns() const;
};

const std::vector<ReportDefinition>& reportDefinitions();
const ReportDefinition* findReport(QStringView name);

} // namespace vms
