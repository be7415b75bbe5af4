#pragma once

#include "core/attendance/AttendanceRoster.h"
#include "core/changes/LocalChanges.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace vms {

class Database;

// One data row of an attendance CSV, after validation against the cache.
struct ImportRow {
    int line = 0;    // 1-based line number in the file (the header is line 1)
    QString who;     // the person as resolved, else as written
    QString status;  // as written
    QString hours;   // as written
    bool ok = false; // valid: will be imported when the user confirms
    QString message; // why the row is rejected (empty when ok)
    AttendanceMark mark;
};

struct ImportPreview {
    QString fileError; // the whole file is unusable (no header, unknown column, ...)
    std::vector<ImportRow> rows;
    int goodRows() const;
    std::vector<AttendanceMark> goodMarks() const;
};

// Attendance CSV import (docs/attendance-import.md): parse and validate every row against the cache
// and the event, writing nothing. The caller shows the preview and, on confirmation, passes
// goodMarks() to LocalChanges::setAttendanceBatch.
class AttendanceImport final {
public:
    static ImportPreview preview(QSqlDatabase db, qint64 eventId, const QString& csvText);
    // The file must be UTF-8 (with or without a BOM): bytes that are not are a file error naming their
    // line, never replaced.
    static Result<ImportPreview> previewFile(QSqlDatabase db, qint64 eventId, const QString& path);
    static Result<ImportPreview> previewFile(const Database& db, qint64 eventId, const QString& path);
    // The offset of the first byte of `bytes` (from `from`) that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray& bytes, qsizetype from = 0);
};

} // namespace vms
