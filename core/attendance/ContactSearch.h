#pragma once

#include "core/attendance/AttendanceRoster.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace vms {

// A person the check-in type-ahead offers: someone on the roster, or a cached volunteer, student or
// teacher who is not on it yet (marking them creates their participation).
struct ContactMatch {
    ContactRef contact;
    QString name, detail;
    int rosterIndex = -1; // index into the roster when on it
};

// Type-ahead over the roster first, then over all cached volunteers, students and teachers. Every word typed
// must start a word of the person's name (or start their email), ignoring case and accents, so "ada lo",
// "lovelace" and "ada@" all find Ada Lovelace.
class ContactSearch final {
public:
    static bool matches(const QString& firstName, const QString& lastName, const QString& email,
                        const QString& query);
    static std::vector<int> matchRoster(const std::vector<RosterRow>& roster, const QString& query);
    // Cached volunteers and students matching `query` who are not on the roster; at most `limit`. With
    // `studentSchoolSfId`, only that school's students are offered: students come with their school, and
    // scanning one school (indexed) instead of every cached student keeps each keystroke fast at seed scale.
    static Result<std::vector<ContactMatch>> searchCache(QSqlDatabase db,
                                                         const std::vector<RosterRow>& roster,
                                                         const QString& query, int limit,
                                                         const QString& studentSchoolSfId = {});
    // Both, roster first.
    static Result<std::vector<ContactMatch>> search(QSqlDatabase db, const std::vector<RosterRow>& roster,
                                                    const QString& query, int limit,
                                                    const QString& studentSchoolSfId = {});
    static Result<std::vector<ContactMatch>> search(const Database& db, const std::vector<RosterRow>& roster,
                                                    const QString& query, int limit,
                                                    const QString& studentSchoolSfId = {});
    // Lower-case without accents, for matching.
    static QString fold(const QString& text);
};

} // namespace vms
