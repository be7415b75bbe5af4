#pragma once

#include "core/common/Error.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace vms {

// One line of a volunteer's contact history: a call or an email (a Salesforce Task), or an event they
// were signed up for or attended (a participation).
struct HistoryItem {
    enum class Kind { Task, Participation };
    Kind kind = Kind::Task;
    qint64 localId = 0;    // the task's or the participation's
    QDate date;            // the task's ActivityDate, or the event's day in the display time zone
    qint64 startUtcMs = 0; // the event's start (participations only; 0 when unknown)
    QString type;          // Task: Call, Email, Meeting, Other or empty; participation: the participant type
    QString title;         // Task: its subject; participation: the event's name
    QString status;        // Task: Completed / Not Started; participation: Registered, Attended, ...
    QString notes;         // Task: its description
    qint64 eventId = 0;    // the event it is about (0 for none)
    QString eventName;     // a Task's event, when it names one VMS has
    bool pending = false;  // logged or changed here, not yet in Salesforce
};

// A volunteer's Tasks and participations as one timeline, newest first (the volunteer page and
// `vms-cli activity list`).
class ContactHistory final {
public:
    static Result<std::vector<HistoryItem>> load(QSqlDatabase db, qint64 volunteerId);
};

} // namespace vms
