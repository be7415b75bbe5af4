#include "core/reports/CsvWriter.h"

#include "core/common/PrivateFiles.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace vms {

void CsvWriter::appendField(QByteArray& out, const QString& text, bool isText) {
    QString s = text;
    // OWASP "CSV injection": a leading = + - @ TAB or CR makes spreadsheets evaluate the cell.
    if (isText && !s.isEmpty()) {
        const QChar c = s.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            s.prepend(u'\'');
    }
    const bool quote = s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r');
    if (!quote) {
        out += s.toUtf8();
        return;
    }
    out += '"';
    out += s.toUtf8().replace('"', "\"\"");
    out += '"';
}

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
        appendField(buf, result.columns[i].exactName(), true);
    }
    buf += "\r\n";
    for (const ReportRow& row : result.rows) {
        for (size_t i = 0; i < result.columns.size(); ++i) {
            if (i)
                buf += ',';
            const ColumnType type = result.columns[i].type;
            appendField(buf, ReportText::cell(row.cells[i], type), type == ColumnType::Text);
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
