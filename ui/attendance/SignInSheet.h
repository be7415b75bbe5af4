#pragma once

#include "core/attendance/AttendanceRoster.h"
#include "core/auth/Session.h"
#include "core/common/Error.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <vector>

class QFontMetricsF;
class QPagedPaintDevice;

namespace vms {

// The paper fallback: a printable sign-in sheet for one event. The roster in name order with a signature
// and a time-in column, then blank rows for walk-ins; the event's name, day and time (in the display time
// zone, DisplayTime::zone()) and location at the top of every page. It is laid out for whatever page it
// is given: the locale's paper (PaperSize) for the PDF, the printer's page when printed.
//
// It names the event's students (minors) and volunteers, so it is drawn only for a session that
// Permission::ExportRoster allows (Coordinators and Admins), checked here whatever the caller did, and the
// file is owner-only.
class SignInSheet final {
public:
    // Draws the sheet on a PDF writer or a printer, one page after another.
    static Status paint(const Session& session, QPagedPaintDevice& device, const AttendanceEvent& event,
                        const std::vector<RosterRow>& roster, int blankRows = 12,
                        const QDateTime& printedAtUtc = QDateTime::currentDateTimeUtc());
    // The sheet as a PDF file on `paper`, written atomically (never half a file).
    static Status writePdf(const Session& session, const AttendanceEvent& event,
                           const std::vector<RosterRow>& roster, const QString& path,
                           QPageSize::PageSizeId paper, int blankRows = 12,
                           const QDateTime& printedAtUtc = QDateTime::currentDateTimeUtc());

    // A person's name as the sheet prints it in a cell `width` wide: "Last, First" on one line when it
    // fits; else on two lines ("Last," then "First"), each shortened with "…" only if it must be, so the
    // start of the first name is always on paper.
    static QStringList nameLines(const RosterRow& row, const QFontMetricsF& metrics, qreal width);
};

} // namespace vms
