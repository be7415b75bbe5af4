#include "core/reports/ReportExport.h"

#include <QCoreApplication>
#include <QDir>

namespace vms {

Permission ReportExport::requiredPermission(ExportAudience audience, ExportFormat format) {
    switch (audience) {
    case ExportAudience::Admins:
        return Permission::ExportPersonal;
    case ExportAudience::Coordinators:
        return Permission::ExportRoster;
    case ExportAudience::Everyone:
        break;
    }
    return format == ExportFormat::Xlsx ? Permission::ExportFull : Permission::ExportAggregate;
}

Status ReportExport::authorize(const Session& session, const ReportResult& result, ExportFormat format) {
    return session.require(requiredPermission(result.audience, format));
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

QString ReportExport::fileNamePart(const ReportResult& result) {
    if (result.request.eventId <= 0)
        return QStringLiteral("%1-to-%2")
            .arg(result.request.period.from.toString(Qt::ISODate),
                 result.request.period.to.toString(Qt::ISODate));
    // Letters and digits of the event's label (any script), the rest as single dashes.
    QString out;
    for (const QChar c : result.request.periodLabel.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(80);
}

Error ReportExport::writeError(const QString& path, const QString& why) {
    return Error::io(
        QCoreApplication::translate("vms::ReportExport", "Cannot write %1: %2. No file was written.")
            .arg(QDir::toNativeSeparators(path), why));
}

} // namespace vms
