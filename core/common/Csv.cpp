#include "core/common/Csv.h"

namespace vms {

CsvText Csv::parse(const QString& text) {
    CsvText out;
    QStringList fields;
    QString field;
    bool inQuotes = false, fieldStarted = false;
    int line = 1, recordLine = 1, quoteLine = 0;
    auto endRecord = [&] {
        fields << field;
        out.records.push_back({recordLine, fields});
        fields.clear();
        field.clear();
        fieldStarted = false;
    };
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
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == u',') {
            fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                out.strict = false; // a CR alone
        } else if (c == u'\n') {
            if (i == 0 || text.at(i - 1) != u'\r')
                out.strict = false; // a bare LF
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !fields.isEmpty()) {
        out.strict = false; // the last record has no CRLF
        endRecord();
    }
    if (inQuotes) {
        out.unclosedQuoteLine = quoteLine;
        out.strict = false;
    }
    return out;
}

void Csv::appendField(QByteArray& out, const QString& text, bool isText) {
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

} // namespace vms
