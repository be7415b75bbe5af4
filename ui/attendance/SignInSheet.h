#pragma once

#include "core/attendance/AttendanceRoster.h"
#include "core/common/Error.h"

#include <QString>

#include <vector>

namespace vms {

// The paper fallback: a printable sign-in sheet for one event (US Letter PDF). The roster in name order
// with a signature and a time-in column, then blank rows for walk-ins; the event's name, day and time (in
// the display time zone, DisplayTime::zone()) and location at the top of every page.
class SignInSheet final {
public:
    static Status writePdf(const AttendanceEvent& event, const std::vector<RosterRow>& roster,
                           const QString& path, int blankRows = 12,
                           const QDateTime& printedAtUtc = QDateTime::currentDateTimeUtc());
};

} // namespace vms
