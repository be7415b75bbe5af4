#pragma once

#include "core/changes/LocalChanges.h"
#include "core/common/Error.h"
#include "core/domain/Status.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace vms {

class Database;

// The event a roster belongs to, as the check-in table needs it.
struct AttendanceEvent {
    qint64 id = 0;
    QString sfId, name, location, status;
    QString schoolSfId;         // empty when the event is not at a school
    QDateTime startUtc, endUtc; // invalid when the org left them empty
    // Hours a new Attended mark gets (the event's duration), when the event has a valid duration.
    std::optional<double> defaultHours() const;
    // Whether the event starts more than a day after `nowUtc`. Attendance says what happened, so a mark
    // that someone came (or did not) on an event still days away is almost always made on the wrong
    // event: the desktop asks first (once per event), vms-cli refuses it (see recordsAttendance).
    bool startsMoreThanADayAfter(const QDateTime& nowUtc) const;
    // "Tue, Nov 24, 2026, 9:00 AM – 11:00 AM CST": event days are shown in the profile's display zone
    // (ProfileSettings, America/Chicago unless set), whatever zone the laptop is set to, because that is
    // where the events happen. Dates and times follow the user's locale (LocaleFormat::displayLocale()).
    QString whenText(const QTimeZone& displayZone) const;
};

// One person on an event's roster.
struct RosterRow {
    qint64 participationId = 0; // local id
    QString participationSfId;
    ParticipantType type = ParticipantType::Other;
    ContactRef contact;        // valid when contactKnown
    bool contactKnown = false; // false for presenters, contacts not cached (yet), ...
    bool teacher = false;      // Participant_Type__c 'Teacher' (or the contact is a cached teacher)
    QString contactSfId;
    QString firstName, lastName, email, detail; // detail: organization (volunteers), grade (students)
    ParticipationStatus status = ParticipationStatus::Unknown;
    QString statusText; // as stored (may be a raw Salesforce spelling)
    std::optional<double> hours;
    QString notes;        // Notes__c
    bool pending = false; // a local change has not reached Salesforce yet

    QString displayName() const;
    // Only volunteers and students count; presenters and others are shown but not counted
    // (salesforce-org.md).
    bool counted() const { return type == ParticipantType::Volunteer || type == ParticipantType::Student; }
    // Only people VMS can mark through LocalChanges.
    bool markable() const { return contactKnown; }
};

struct RosterCounts {
    int registered = 0, attended = 0, noShow = 0, cancelled = 0, pending = 0, notCounted = 0;
};

class AttendanceRoster final {
public:
    // Attended and No-Show say what happened at the event; Registered and Cancelled are planning, fine
    // at any time.
    static bool recordsAttendance(ParticipationStatus status) {
        return status == ParticipationStatus::Attended || status == ParticipationStatus::NoShow;
    }
    static Result<AttendanceEvent> loadEvent(QSqlDatabase db, qint64 eventId);
    static Result<AttendanceEvent> loadEvent(const Database& db, qint64 eventId);
    // The whole roster in one query, sorted by last then first name.
    static Result<std::vector<RosterRow>> load(QSqlDatabase db, qint64 eventId);
    static Result<std::vector<RosterRow>> load(const Database& db, qint64 eventId);
    // One row (after a mark), so the screen need not reload 200 rows per keystroke.
    static Result<std::optional<RosterRow>> loadRow(QSqlDatabase db, qint64 participationId);
    static RosterCounts count(const std::vector<RosterRow>& rows);
    // The hours of the person's participation in the event, if they have one with hours.
    static Result<std::optional<double>> currentHours(QSqlDatabase db, qint64 eventId,
                                                      const ContactRef& contact);

    // The person's participation in the event (local id), if they have one.
    static Result<std::optional<qint64>> participationOf(QSqlDatabase db, qint64 eventId,
                                                         const ContactRef& contact);
    // A participation's notes, for the undo of a notes edit.
    static Result<QString> notesOf(QSqlDatabase db, qint64 participationId);

    // IDs as cli.md takes them: a Salesforce Id (15 or 18 characters) or a local id (123 a volunteer,
    // s123 a student, t123 a teacher).
    static Result<qint64> resolveEvent(QSqlDatabase db, const QString& idText);
    static Result<ContactRef> resolveContact(QSqlDatabase db, const QString& idText);
    static Result<qint64> resolveVolunteer(QSqlDatabase db, const QString& idText);
    static bool looksLikeSalesforceId(const QString& text);
    // Any cached record by either kind of ID: its local id and Salesforce Id (empty until pushed).
    // `table` is one of the cache's tables; `option` names the argument in the message ("--school").
    struct RecordIds {
        qint64 localId = 0;
        QString sfId;
    };
    static Result<RecordIds> resolveRecord(QSqlDatabase db, const QString& table, const QString& option,
                                           const QString& idText);

    // Upcoming and recent events for the event picker: from `fromUtc` on, soonest first.
    static Result<std::vector<AttendanceEvent>> eventsFrom(QSqlDatabase db, const QDateTime& fromUtc,
                                                           int limit);
    static Result<std::vector<AttendanceEvent>> eventsFrom(const Database& db, const QDateTime& fromUtc,
                                                           int limit);
    // The names of the cached organizations a walk-in can be from, by name.
    static Result<QStringList> organizationNames(const Database& db);
};

} // namespace vms
