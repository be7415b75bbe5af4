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

// What the words of a text column are. Files keep the data's English words ("Unassigned", "No-Show",
// "Virtual"); the screen shows the program's own, translated words for the kinds it knows.
enum class ColumnWords {
    Data,                // names, free text: shown as they are
    EventStatus,         // an event's Session_Status__c
    ParticipationStatus, // Registered / Attended / No-Show (ReportSql::participationStatusWord)
    District,            // a district name, or "Unassigned"
    Format,              // In-Person / Virtual
};

struct ReportColumn {
    QString title; // translated, for the screen
    ColumnType type = ColumnType::Text;
    QString name{}; // reports.md's column name, exactly: files use it whatever the language (exactName())
    ColumnWords words = ColumnWords::Data;

    // The header every file writes: `name`, or the title of a result built without names (tests).
    const QString& exactName() const { return name.isEmpty() ? title : name; }
};

// Total rows (district-year-end): a group's total follows the group's rows, the grand total ends the report.
// Their label cells read "All" (ReportText::all()).
enum class RowKind { Detail, GroupTotal, GrandTotal };

// One row of a report: the cells in column order and the Salesforce Id (or local id) of the row's record,
// the last tie-break of reports.md's sort rule. `linkId` is the local id of the record the row opens on
// screen (a volunteer, organization or event; ReportDefinition::link says which), 0 when none.
struct ReportRow {
    std::vector<QVariant> cells;
    QString recordId;
    qint64 linkId = 0;
    RowKind kind = RowKind::Detail;
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
    QString districtSfId;     // reports that support it: events of this district (blankFilter(): none)
    QString organizationSfId; // reports that support it: volunteers attributed to this organization
    QString eventType;        // reports that support it: events of this Session_Type__c (blankFilter(): none)
    QString format;           // reports that support it: formatInPerson() or formatVirtual() events
    bool countedOnly = false; // event-attendance: leave cancelled events out, as the counts do
    qint64 eventId = 0;       // event-contacts: the event's local id

    // The filter value that selects events whose field is empty: no district ("Unassigned"), no type.
    static QString blankFilter() { return QStringLiteral("(blank)"); }
    // reports.md's two formats, as files write them: Hybrid and empty count as In-Person.
    static QString formatInPerson() { return QStringLiteral("In-Person"); }
    static QString formatVirtual() { return QStringLiteral("Virtual"); }
};

// A part of a report that starts on a new PDF page with its own heading and chart (district-year-end: one
// per district, then the grand total under the whole report's chart). Rows [firstRow, firstRow + rowCount).
struct ReportSection {
    QString title;
    size_t firstRow = 0;
    size_t rowCount = 0;
    ChartData chart;
};

// What every screen, file and vms-cli renders. Built once by ReportEngine; never recomputed per format, so
// the numbers are the same everywhere.
// Who may export a report (reports.md, salesforce-org.md's roles): aggregate figures anyone may export as
// CSV or PDF (XLSX: Coordinators and Admins); the contact list of one event Coordinators and Admins, in
// every format; every other report that lists people only Admins.
enum class ExportAudience { Everyone, Coordinators, Admins };

struct ReportResult {
    QString name;  // "volunteer-hours"
    QString title; // "Volunteer Hours" (translated)
    ExportAudience audience = ExportAudience::Everyone;
    std::vector<ReportColumn> columns;
    std::vector<ReportRow> rows;
    ChartData chart;
    std::vector<ReportSection> sections; // empty: the PDF is one run of rows under `chart`
    ReportRequest request;
    QStringList filterLines; // human-readable filters for file headers ("Period: ...", "District: ...")
    QString dataAsOf;        // the last good sync, as text; "never synced" when there was none
    QDateTime generatedAtUtc;
};

} // namespace vms
