#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace vms::bench {

// Fills a profile's cache directly with deterministic, plausible records for the desktop views'
// benchmarks and screenshots (volunteers, organizations, districts, schools, events, volunteer
// participations, affiliations). Not a substitute for the fake org's generator: it skips students,
// teachers and most affiliations, which the views do not list.
struct FillScale {
    QString name;
    int volunteers = 0, organizations = 0, districts = 0, schools = 0, events = 0, participations = 0,
        affiliations = 0;
    static std::optional<FillScale> named(const QString& name); // tiny, demo, seed, x10
};

class UiCacheFiller final {
public:
    // `now` anchors the event dates: about three school years before it and a few weeks after.
    static Status fill(QSqlDatabase db, const FillScale& scale, const QDateTime& now, quint32 seed = 42);
    // Caches a signed-in session with `role` so the window opens as that user.
    static Status signIn(QSqlDatabase db, Role role, const QString& userName);
};

} // namespace vms::bench
