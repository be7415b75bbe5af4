#pragma once

#include "core/common/Error.h"

#include <QString>

#include <vector>

namespace vms {

class Database;

// A school or a class as the student picker lists it (its students are added together).
struct StudentGroup {
    QString sfId, name;
};

// A cached student as the student picker lists it.
struct StudentEntry {
    qint64 id = 0; // local
    QString firstName, lastName, grade;
};

// The cached schools, classes and students, for adding students from a school's or a class's list at
// check-in (the desktop's student picker).
class StudentDirectory final {
public:
    // Only schools with cached students, by name.
    static Result<std::vector<StudentGroup>> schools(const Database& db);
    static Result<std::vector<StudentGroup>> classesOf(const Database& db, const QString& schoolSfId);
    // A school's students, or one class's (classSfId not empty), by last then first name; at most `limit`.
    static Result<std::vector<StudentEntry>> students(const Database& db, const QString& schoolSfId,
                                                      const QString& classSfId, int limit = 5000);
};

} // namespace vms
