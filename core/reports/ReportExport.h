#pragma once

#include "core/auth/Session.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QString>

#include <atomic>
#include <optional>

namespace vms {

enum class ExportFormat { Csv, Pdf, Xlsx };

// Who may export what (salesforce-org.md's roles table, reports.md), decided in core so the GUI and vms-cli
// agree, by the report's ExportAudience: reports that list people need ExportPersonal (Admins) in any
// format, except the contact list of one event, which needs ExportRoster (Coordinators and Admins);
// aggregate reports need ExportFull for XLSX and ExportAggregate for CSV/PDF. Viewing on screen needs none.
class ReportExport final {
public:
    static Permission requiredPermission(ExportAudience audience, ExportFormat format);
    static Status authorize(const Session& session, const ReportResult& result, ExportFormat format);
    // Paper is an export too: printing needs what the report's PDF needs.
    static Status authorizePrint(const Session& session, const ReportResult& result);
    static std::optional<ExportFormat> formatFromName(const QString& name);
    static QString formatName(ExportFormat format);
    static QString fileSuffix(ExportFormat format);
    // What a suggested file name says after the report's name: the period ("2025-08-01-to-2026-07-31"),
    // or for a report about one event its name and date ("career-day-2025-09-10").
    static QString fileNamePart(const ReportResult& result);
    // Writes through a temporary file next to `path`, renamed over it only when complete, so a failed
    // or cancelled export leaves no file (QSaveFile is used where the writer can take a QIODevice).
    static Error writeError(const QString& path, const QString& why);
};

// A cancel flag that may be absent.
inline bool isCancelled(const std::atomic_bool* cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace vms
