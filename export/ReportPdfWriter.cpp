#include "export/ReportPdfWriter.h"

#include "core/common/PrivateFiles.h"
#include "core/reports/ReportExport.h"
#include "export/PaperSize.h"
#include "export/ReportDocument.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>

namespace vms {

QPageSize::PageSizeId ReportPdfWriter::pageSizeFor(const QLocale& locale) {
    return PaperSize::forLocale(locale);
}

Status ReportPdfWriter::write(const ReportResult& result, const QString& path, const Session& session,
                              const std::atomic_bool* cancel, std::optional<QPageSize::PageSizeId> pageSize) {
    if (Status s = ReportExport::authorize(session, result, ExportFormat::Pdf); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file))
        return ReportExport::writeError(path, file.errorString());
    const ReportDocument doc(result);
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(result.title);
        pdf.setCreator(QStringLiteral("VMS"));
        pdf.setResolution(300);
        pdf.setPageLayout(QPageLayout(QPageSize(pageSize.value_or(pageSizeFor(QLocale::system()))),
                                      doc.prefersLandscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(36, 36, 36, 36), QPageLayout::Point));
        pages = doc.paint(pdf, cancel);
    }
    if (pages < 0) {
        file.cancelWriting();
        return Error{ErrorKind::Cancelled,
                     QCoreApplication::translate("vms::ReportExport", "The export was cancelled."),
                     {}};
    }
    if (pages == 0) {
        file.cancelWriting();
        return ReportExport::writeError(
            path, QCoreApplication::translate("vms::ReportExport", "the PDF could not be drawn"));
    }
    if (!file.commit())
        return ReportExport::writeError(path, file.errorString());
    return {};
}

} // namespace vms
