#pragma once

#include "core/reports/ReportResult.h"

#include <QFont>

#include <atomic>

class QPagedPaintDevice;

namespace vms {

// Lays a report out on pages and paints it: title, filters, "Data as of", the chart, then the table with
// its header repeated on every page and "Page N of M" at the foot. The same code paints the PDF and the
// print preview, so what prints is what the PDF holds. Text is drawn as text (selectable, searchable).
// A report with sections (district-year-end) starts each on a new page under its heading and its own
// chart; total rows are bold.
// The column headers are reports.md's exact names (ReportColumn::exactName()) in every language, like the
// CSV and XLSX; the title, filters and page words are in the user's language.
class ReportDocument final {
public:
    explicit ReportDocument(const ReportResult& result);

    // Paints every page on `device` (already set to its page size and orientation) and returns the
    // number of pages, or -1 when cancelled.
    int paint(QPagedPaintDevice& device, const std::atomic_bool* cancel = nullptr) const;

    // Landscape when the table is too wide for portrait.
    bool prefersLandscape() const;

private:
    const ReportResult& m_result;
    QFont m_font;
};

} // namespace vms
