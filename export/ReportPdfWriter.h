#pragma once

#include "core/auth/Session.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QLocale>
#include <QPageSize>

#include <atomic>
#include <optional>

namespace vms {

// reports.md's PDF, written atomically (QSaveFile). Needs a QGuiApplication (fonts); vms-cli runs one on
// the offscreen platform when there is no display.
class ReportPdfWriter final {
public:
    // The locale's paper (PaperSize): Letter in the US, Canada, Mexico..., else A4.
    static QPageSize::PageSizeId pageSizeFor(const QLocale& locale);

    static Status write(const ReportResult& result, const QString& path, const Session& session,
                        const std::atomic_bool* cancel = nullptr,
                        std::optional<QPageSize::PageSizeId> pageSize = std::nullopt);
};

} // namespace vms
