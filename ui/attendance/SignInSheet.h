#pragma once

#include "core/attendance/AttendanceRoster.h"
#include "core/auth/Session.h"
#include "core/common/Error.h"

#include <QString>

#include <vector>

namespace vms {

// The paper fallback: a printable sign-in sheet for one event (US Letter PDF). The roster in name order
// with a signature and a time-in column, then blank rows for walk-ins; the event's name, day and time (in
// the display time zone, DisplayTime::zone()) and location at the top of every page.
//
// It names the event's students (minors) and volunteers, so it is written only for a session that
// Permission::ExportRoster allows (Coordinators and Admins), checked here whatever the caller did, and the
// file is owner-only.
class SignInSheet final {
public:
    static Status writePdf(const Session& session, const AttendanceEvent& event,
                           const std::vector<RosterRow>& roster, const QString& path, int blankRows = 12,
                           const QDateTime& printedAtUtc = QDateTime::currentDateTimeUtc());
};

} // namespace vms
