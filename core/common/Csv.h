#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace vms {

// One CSV record and the line it starts on (1-based; a quoted field may run over several lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
    // A line with nothing but spaces: RFC 4180 calls it a record of one empty field, people call it blank.
    bool isBlank() const { return fields.size() == 1 && fields.front().trimmed().isEmpty(); }
};

struct CsvText {
    std::vector<CsvRecord> records;
    // The line a quote that is never closed opened on (0: every quote closes). Everything after it was
    // read as one field.
    int unclosedQuoteLine = 0;
    // RFC 4180 to the letter, as VMS writes its files: every record ended by CRLF, no CR alone, no open
    // quote. Files people bring (the attendance import) need not be strict.
    bool strict = true;
};

// CSV in one place, both ways. parse() reads RFC 4180 records (quoted fields, doubled quotes, newlines
// inside quotes) the forgiving way people's files need (a bare LF ends a record too, a CR outside quotes
// is dropped), with `strict` telling whether the text kept the letter of the RFC; a byte-order mark is
// the caller's to strip. appendField() writes reports.md's CSV.
class Csv final {
public:
    static CsvText parse(const QString& text);
    // One field, quoted when needed, and when it is text defanged so that a spreadsheet does not run it
    // as a formula.
    static void appendField(QByteArray& out, const QString& text, bool isText);
};

} // namespace vms
