#pragma once

#include "core/auth/Session.h"
#include "core/common/CsvPreset.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QByteArray>

#include <atomic>

namespace vms {

// reports.md's CSV: RFC 4180, UTF-8 (with a BOM for Excel unless the preset says plain), CRLF, a header
// row, plain numbers, and text that a spreadsheet would run as a formula prefixed with '.
class CsvWriter final {
public:
    // Checks the role, then writes atomically (QSaveFile): on any failure or cancel no file is left.
    static Status write(const ReportResult& result, const QString& path, const Session& session,
                        CsvPreset preset = CsvPreset::ExcelUtf8Bom, const std::atomic_bool* cancel = nullptr);
};

} // namespace vms
