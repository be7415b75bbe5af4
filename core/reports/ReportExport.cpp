#include "core/reports/ReportExport.h"

#include <QCoreApplication>
#include <QDir>

namespace vms {

Permission ReportExport::requiredPermission(bool personalData, ExportFormat format) {
    if (personalData)
        return Permission::ExportPersonal;
    return format == ExportFormat::Xlsx ? Permission::ExportFull : Permission::ExportAggregate;
}

Status ReportExport::authorize(const Session& session, const ReportResult& result, ExportFormat format) {
    return session.require(requiredPermission(result.hasPersonalData, format));
}

Status ReportExport::authorizePrint(const Session& session, const ReportResult& result) {
    return authorize(session, result, ExportFormat::Pdf);
}

std::optional<ExportFormat> ReportExport::formatFromName(const QString& name) {
    if (name == u"csv")
        return ExportFormat::Csv;
    if (name == u"pdf")
        return ExportFormat::Pdf;
    if (name == u"xlsx")
        return ExportFormat::Xlsx;
    return std::nullopt;
}

QString ReportExport::formatName(ExportFormat format) {
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("CSV");
    case ExportFormat::Pdf:
        return QStringLiteral("PDF");
    case ExportFormat::Xlsx:
        return QStringLiteral("XLSX");
    }
    return {};
}

QString ReportExport::fileSuffix(ExportFormat format) {
    return formatName(format).toLower();
}

Error ReportExport::writeError(const QString& path, const QString& why) {
    return Error::io(
        QCoreApplication::translate("vms::ReportExport", "Cannot write %1: %2. No file was written.")
            .arg(QDir::toNativeSeparators(path), why));
}

} // namespace vms
