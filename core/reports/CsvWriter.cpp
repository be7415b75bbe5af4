#include "core/reports/CsvWriter.h"

#include "core/common/Csv.h"
#include "core/common/PrivateFiles.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vms {

Status CsvWriter::write(const ReportResult& result, const QString& path, const Session& session,
                        CsvPreset preset, const std::atomic_bool* cancel) {
    if (Status s = ReportExport::authorize(session, result, ExportFormat::Csv); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrict(file))
        return ReportExport::writeError(path, file.errorString());

    QByteArray buf;
    constexpr qsizetype kFlushAt = 1 << 18;
    buf.reserve(kFlushAt + 4096);
    if (preset == CsvPreset::ExcelUtf8Bom)
        buf += "\xEF\xBB\xBF";
    for (size_t i = 0; i < result.columns.size(); ++i) {
        if (i)
            buf += ',';
        Csv::appendField(buf, result.columns[i].exactName(), true);
    }
    buf += "\r\n";
    for (const ReportRow& row : result.rows) {
        for (size_t i = 0; i < result.columns.size(); ++i) {
            if (i)
                buf += ',';
            const ColumnType type = result.columns[i].type;
            Csv::appendField(buf, ReportText::cell(row.cells[i], type), type == ColumnType::Text);
        }
        buf += "\r\n";
        if (buf.size() >= kFlushAt) {
            if (isCancelled(cancel)) {
                file.cancelWriting();
                return Error{ErrorKind::Cancelled,
                             QCoreApplication::translate("vms::ReportExport", "The export was cancelled."),
                             {}};
            }
            if (file.write(buf) != buf.size())
                return ReportExport::writeError(path, file.errorString());
            buf.clear();
        }
    }
    if (isCancelled(cancel)) {
        file.cancelWriting();
        return Error{ErrorKind::Cancelled,
                     QCoreApplication::translate("vms::ReportExport", "The export was cancelled."),
                     {}};
    }
    if (file.write(buf) != buf.size() || !file.commit())
        return ReportExport::writeError(path, file.errorString());
    return {};
}

} // namespace vms
