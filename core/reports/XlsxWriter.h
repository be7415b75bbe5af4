#pragma once

#include "core/auth/Session.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <atomic>

namespace vms {

// reports.md's XLSX (libxlsxwriter): one sheet named after the report, a bold header row, numbers as
// numbers and dates as Excel dates with a date format, column widths that fit the text.
class XlsxWriter final {
public:
    // Checks the role, then writes to a temporary file beside `path` and renames it into place, so a
    // failure or cancel leaves no file (libxlsxwriter writes only to a named file, not a QIODevice).
    static Status write(const ReportResult& result, const QString& path, const Session& session,
                        const std::atomic_bool* cancel = nullptr);
};

} // namespace vms
