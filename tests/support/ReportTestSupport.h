#pragma once

#include "core/common/Csv.h"
#include "core/reports/ReportResult.h"
#include "core/reports/ReportText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace vms::test {

inline QList<QStringList> resultText(const ReportResult& r) {
    QList<QStringList> out;
    for (const ReportRow& row : r.rows) {
        QStringList cells;
        for (size_t i = 0; i < r.columns.size(); ++i)
            cells << ReportText::cell(row.cells[i], r.columns[i].type);
        out << cells;
    }
    return out;
}

inline QStringList resultHeader(const ReportResult& r) {
    QStringList out;
    for (const ReportColumn& c : r.columns)
        out << c.title;
    return out;
}

// The rows of a CSV file VMS wrote, read by core's one CSV reader; *wellFormed says whether the file kept
// RFC 4180 to the letter (every record ended by CRLF, every quote closed), which VMS's files must.
inline QList<QStringList> parseCsv(const QByteArray& bytes, bool* wellFormed = nullptr) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const CsvText csv = Csv::parse(text);
    QList<QStringList> rows;
    for (const CsvRecord& record : csv.records)
        rows << record.fields;
    if (wellFormed)
        *wellFormed = csv.strict;
    return rows;
}

inline QJsonObject dumpXlsx(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("python3"), {QStringLiteral(VMS_XLSX_DUMP), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {{QStringLiteral("error"), QString::fromUtf8(p.readAllStandardError())}};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// The text a cell of the XLSX dump stands for, rendered as the CSV would.
inline QString xlsxCellText(const QJsonObject& cell) {
    const QString kind = cell.value(QStringLiteral("kind")).toString();
    if (kind == u"number")
        return ReportText::hours(cell.value(QStringLiteral("value")).toDouble());
    return cell.value(QStringLiteral("value")).toString();
}

} // namespace vms::test
