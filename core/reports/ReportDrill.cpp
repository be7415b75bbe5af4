#include "core/reports/ReportDrill.h"

namespace vms {

namespace {

// The value of the column named `name` (reports.md's exact name) on `row`, if the report has one.
std::optional<QString> cellNamed(const ReportResult& result, const ReportRow& row, QStringView name) {
    for (size_t c = 0; c < result.columns.size(); ++c)
        if (result.columns[c].exactName() == name)
            return row.cells[c].toString();
    return std::nullopt;
}

QString orBlank(const QString& value) {
    return value.isEmpty() ? ReportRequest::blankFilter() : value;
}

} // namespace

std::optional<ReportDrill> ReportDrill::forRow(const ReportResult& result, size_t rowIndex) {
    const ReportDefinition* def = findReport(result.name);
    if (!def || rowIndex >= result.rows.size())
        return std::nullopt;
    const ReportRow& row = result.rows[rowIndex];
    ReportDrill drill;
    drill.kind = def->link;
    switch (def->link) {
    case RowLink::None:
        return std::nullopt;
    case RowLink::Volunteer:
    case RowLink::Organization:
    case RowLink::Event:
        if (row.linkId <= 0)
            return std::nullopt;
        drill.localId = row.linkId;
        return drill;
    case RowLink::DistrictEvents:
        break;
    }
    // The events a district row counts: the same period and filters, narrowed to the row's district (its
    // record id; none means "Unassigned"), and on a detail row of district-year-end to its program and
    // format. The grand total keeps the report's own filters.
    drill.report = QStringLiteral("event-attendance");
    drill.request = result.request;
    drill.request.periodLabel.clear();
    drill.request.countedOnly = true;
    if (row.kind != RowKind::GrandTotal)
        drill.request.districtSfId = orBlank(row.recordId);
    if (row.kind == RowKind::Detail) {
        if (const auto program = cellNamed(result, row, u"Program"))
            drill.request.eventType = orBlank(*program);
        if (const auto format = cellNamed(result, row, u"Format"))
            drill.request.format = *format;
    }
    return drill;
}

} // namespace vms
