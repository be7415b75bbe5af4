#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace vms {

// How a column's cells are typed. The writers use it to choose a cell type (XLSX numbers and dates), an
// alignment (PDF, screen) and a sort comparison.
enum class ColumnType {
    Text,    // QString
    Integer, // qint64
    Hours,   // double, already rounded to 2 decimals
    Date,    // QDate (a local date in the display time zone)
};

struct ReportColumn {
    QString title; // translated, for the screen
    ColumnType type = ColumnType::Text;
    QString name{}; // reports.md's column name, exactly: files use it whatever the language (exactName())

    // The header every file writes: `name`, or the title of a result built without names (tests).
    const QString& exactName() const { return name.isEmpty() ? title : name; }
};

// One row of a report: the cells in column order and the Salesforce Id (or local id) of the row's record,
// the last tie-break of reports.md's sort rule.
struct ReportRow {
    std::vector<QVariant> cells;
    QString recordId;
};

// The picture a report offers: one bar per label. Empty labels = no chart.
struct ChartData {
    QString title;
    QString valueTitle;
    QStringList labels; // "2025-09" when `monthly`
    QList<double> values;
    bool monthly = false; // one bar per month: the screen shows the month's name in the user's language
    bool isEmpty() const { return labels.isEmpty(); }
};

// A period of local dates, both ends inclusive.
struct DateRange {
    QDate from;
    QDate to;
};

// What the user asked for. Empty optional filters mean "all".
struct ReportRequest {
    DateRange period;
    QString periodLabel;      // "School year 2025–26" or "2025-09-01 to 2025-12-31", for titles
    QString districtSfId;     // reports that support it: events of this district
    QString organizationSfId; // reports that support it: volunteers attributed to this organization
    QString eventType;        // reports that support it: events of this Session_Type__c
};

// What every screen, file and vms-cli renders. Built once by ReportEngine; never recomputed per format, so
// the numbers are the same everywhere.
struct ReportResult {
    QString name;  // "volunteer-hours"
    QString title; // "Volunteer Hours" (translated)
    bool hasPersonalData = false;
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    ChartData chart;
    ReportRequest request;
    QStringList filterLines; // human-readable filters for file headers ("Period: ...", "District: ...")
    QString dataAsOf;        // the last good sync, as text; "never synced" when there was none
    QDateTime generatedAtUtc;
};

} // namespace vms
