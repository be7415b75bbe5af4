#pragma once

#include "core/auth/Session.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QString>

#include <atomic>
#include <optional>

namespace vms {

enum class ExportFormat { Csv, Pdf, Xlsx };

// Who may export what (salesforce-org.md's roles table), decided in core so the GUI and vms-cli agree:
// reports with personal data (volunteer names) need ExportPersonal in any format; otherwise XLSX needs
// ExportFull and CSV/PDF ExportAggregate. Viewing on screen needs none of these.
class ReportExport final {
public:
    static Permission requiredPermission(bool personalData, ExportFormat format);
    static Status authorize(const Session& session, const ReportResult& result, ExportFormat format);
    // Paper is an export too: printing needs what the report's PDF needs.
    static Status authorizePrint(const Session& session, const ReportResult& result);
    static std::optional<ExportFormat> formatFromName(const QString& name);
    static QString formatName(ExportFormat format);
    static QString fileSuffix(ExportFormat format);
    // Writes through a temporary file next to `path`, renamed over it only when complete, so a failed
    // or cancelled export leaves no file (QSaveFile is used where the writer can take a QIODevice).
    static Error writeError(const QString& path, const QString& why);
};

// A cancel flag that may be absent.
inline bool isCancelled(const std::atomic_bool* cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace vms
