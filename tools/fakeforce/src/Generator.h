#pragma once

#include <QString>
#include <QStringList>

namespace fakeforce {

class Org;

// Deterministic data at the scales of performance.md (same scale and seed: the same rows, ids and
// timestamps on every machine: the generator uses its own PRNG, not std distributions), with the mess
// fake-org.md #18 asks for.
class Generator final {
public:
    struct Counts {
        int volunteers = 0, organizations = 0, districts = 0, schools = 0, teachers = 0, students = 0,
            events = 0, volunteerParticipations = 0, studentParticipations = 0, affiliations = 0;
        // Added for planning and outreach (fake-org.md #20): teachers on rosters, and the calls and
        // emails to volunteers over the last two years.
        int teacherParticipations = 0, tasks = 0;
    };

    static bool isKnownScale(const QString& scale);
    static QStringList scales();
    static Counts countsFor(const QString& scale);
    // Fills an org whose tables are empty. Users and permission sets are created at every scale.
    static void generate(Org& org, const QString& scale, quint64 seed);
};

} // namespace fakeforce
