#pragma once

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

// A strict RFC 4180 reader (quotes, doubled quotes, CRLF records, newlines inside quotes). Deliberately not
// AttendanceImport::parseCsv: that one forgives what people's files do (bare LF, a BOM, ragged rows), while
// this one is the judge of the files VMS writes, and flags any record not ended by CRLF.
inline QList<QStringList> parseCsv(const QByteArray& bytes, bool* wellFormed = nullptr) {
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool inQuotes = false, ok = true, fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                ok = false;
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == u'\n') {
            ok = false; // bare LF record end
            row << field;
            rows << row;
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        ok = false; // last record without CRLF
        row << field;
        rows << row;
    }
    if (wellFormed)
        *wellFormed = ok && !inQuotes;
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
