#include "core/reports/XlsxWriter.h"

#include "core/common/PrivateFiles.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <xlsxwriter.h>

namespace vms {

namespace {

struct WorkbookCloser {
    void operator()(lxw_workbook* wb) const {
        if (wb)
            workbook_close(wb);
    }
};

QString libError(lxw_error e) {
    return QString::fromUtf8(lxw_strerror(e));
}

} // namespace

Status XlsxWriter::write(const ReportResult& result, const QString& path, const Session& session,
                         const std::atomic_bool* cancel) {
    if (Status s = ReportExport::authorize(session, result, ExportFormat::Xlsx); !s)
        return s;

    // Reserve a unique temporary name in the target folder (same file system, so the rename is atomic);
    // this is also where an unwritable folder is found, before any work.
    QTemporaryFile temp(path + QStringLiteral(".XXXXXX.part"));
    if (!temp.open())
        return ReportExport::writeError(path, temp.errorString());
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    temp.close();

    const size_t ncols = result.columns.size();
    // Widths in characters: the longest text of each column, header included, within sensible bounds.
    std::vector<qsizetype> widths(ncols, 8);
    for (size_t c = 0; c < ncols; ++c)
        widths[c] = std::max<qsizetype>(widths[c], result.columns[c].exactName().size());
    for (const ReportRow& row : result.rows) {
        for (size_t c = 0; c < ncols; ++c) {
            const ColumnType t = result.columns[c].type;
            const qsizetype len = t == ColumnType::Date ? 10 : ReportText::cell(row.cells[c], t).size();
            widths[c] = std::max(widths[c], len);
        }
    }

    lxw_workbook_options options{};
    // Rows are written in order, so constant-memory mode keeps a 200,000-row sheet out of RAM.
    options.constant_memory = LXW_TRUE;
    std::unique_ptr<lxw_workbook, WorkbookCloser> wb(workbook_new_opt(tempName.constData(), &options));
    if (!wb)
        return ReportExport::writeError(
            path, QCoreApplication::translate("vms::ReportExport", "the spreadsheet could not be created"));
    const QByteArray sheetName = result.name.left(31).toUtf8();
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), sheetName.constData());
    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    lxw_format* dateFormat = workbook_add_format(wb.get());
    format_set_num_format(dateFormat, "yyyy-mm-dd");

    for (size_t c = 0; c < ncols; ++c) {
        const double width = static_cast<double>(std::min<qsizetype>(widths[c], 60)) + 2.0;
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);

    lxw_error err = LXW_NO_ERROR;
    for (size_t c = 0; c < ncols && err == LXW_NO_ERROR; ++c)
        err = worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c),
                                     result.columns[c].exactName().toUtf8().constData(), bold);
    lxw_row_t r = 1;
    for (const ReportRow& row : result.rows) {
        if (err != LXW_NO_ERROR)
            break;
        if (isCancelled(cancel)) {
            wb.reset(); // closes (writes) the temporary file, which `temp` then removes
            return Error{ErrorKind::Cancelled,
                         QCoreApplication::translate("vms::ReportExport", "The export was cancelled."),
                         {}};
        }
        for (size_t c = 0; c < ncols && err == LXW_NO_ERROR; ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const QVariant& v = row.cells[c];
            switch (result.columns[c].type) {
            case ColumnType::Text:
                err = worksheet_write_string(ws, r, col, v.toString().toUtf8().constData(), nullptr);
                break;
            case ColumnType::Integer:
                err = worksheet_write_number(ws, r, col, static_cast<double>(v.toLongLong()), nullptr);
                break;
            case ColumnType::Hours:
                // General format: already rounded to 2 decimals, shown without trailing zeros.
                err = worksheet_write_number(ws, r, col, v.toDouble(), nullptr);
                break;
            case ColumnType::Date: {
                const QDate d = v.toDate();
                if (!d.isValid())
                    break;
                lxw_datetime dt{};
                dt.year = d.year();
                dt.month = d.month();
                dt.day = d.day();
                err = worksheet_write_datetime(ws, r, col, &dt, dateFormat);
                break;
            }
            }
        }
        ++r;
    }
    if (err != LXW_NO_ERROR)
        return ReportExport::writeError(path, libError(err));
    const lxw_error closed = workbook_close(wb.release());
    if (closed != LXW_NO_ERROR)
        return ReportExport::writeError(path, libError(closed));
    // libxlsxwriter creates the file anew with the umask's mode; owner-only before it takes its name.
    if (!PrivateFiles::restrict(QFile::decodeName(tempName)))
        return ReportExport::writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    // rename(2) replaces an existing file atomically; QFile::rename would refuse to.
    if (std::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0)
        return ReportExport::writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

} // namespace vms
