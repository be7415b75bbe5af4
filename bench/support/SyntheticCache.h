#pragma once

#include "core/common/Error.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace vms::bench {

// Volumes of performance.md's data scales.
struct SyntheticScale {
    QString name;
    qint64 volunteers = 0, organizations = 0, districts = 0, schools = 0, students = 0, events = 0,
           volunteerParticipations = 0, studentParticipations = 0, affiliations = 0;

    // tiny, demo, seed, x10; nullopt-like empty name for anything else.
    static SyntheticScale named(const QString& name);
};

// Fills a profile's cache directly with deterministic synthetic records at a given scale, fast: every table
// is one INSERT ... SELECT over a recursive counter inside SQLite (no per-row round trips), in one
// transaction. For benchmarks of reports, lists and views until (and besides) a real sync from the fake
// org. Same scale + same seed = byte-for-byte the same rows.
//
// Events spread evenly over `schoolYears` school years starting Aug 1 of `firstYear` (default 2022-23 to
// 2025-26), at day times in America/Chicago; ~85% completed, 5% cancelled, 3% drafts; 70% In-Person, 10%
// each Virtual, Hybrid and no format. Volunteers have emails, phones, skills and opt-outs. Volunteer
// participations are ~80% attended with 0.5-4.5 hours (5% missing); affiliations have mixed start/end dates.
class SyntheticCache final {
public:
    struct Options {
        int firstYear = 2022;
        int schoolYears = 4;
        quint32 seed = 1;
    };

    // `db` must be an open, migrated, empty VMS cache (Database::open).
    static Status fill(QSqlDatabase db, const SyntheticScale& scale, const Options& options);
    static Status fill(QSqlDatabase db, const SyntheticScale& scale) {
        return fill(std::move(db), scale, Options{});
    }
};

} // namespace vms::bench
