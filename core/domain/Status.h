#pragma once

#include <QString>
#include <QStringView>

namespace vms {

// Salesforce data spells statuses many ways ("Attended", " completed", "No Show", "Canceled", ...).
// This file is the one place that turns those spellings into meaning; nothing else compares raw
// status strings.

// The numeric values are stored in the cache (status_code/type_code columns): never renumber.
enum class ParticipationStatus { Unknown = 0, Registered = 1, Attended = 2, NoShow = 3, Cancelled = 4 };
enum class EventStatus { Unknown = 0, Draft = 1, Requested = 2, Confirmed = 3, Completed = 4, Cancelled = 5 };
enum class ParticipantType { Other = 0, Volunteer = 1, Student = 2, Presenter = 3 };

ParticipationStatus normaliseParticipationStatus(QStringView raw);
EventStatus normaliseEventStatus(QStringView raw);
ParticipantType normaliseParticipantType(QStringView raw);

// True for events that never count in reports: Cancelled/Canceled and Draft (reports.md).
bool eventIsExcludedFromCounts(QStringView rawStatus);
bool eventIsCancelled(QStringView rawStatus);
bool eventIsDraft(QStringView rawStatus);

// The word the GUI shows for an event status, translated ("Completed", "Completado"); "Other" for Unknown.
QString eventStatusDisplayName(EventStatus s);

// The four spellings VMS itself writes to the restricted Status__c picklist.
QString participationStatusToSalesforce(ParticipationStatus s);
// Parses user input (CLI, CSV import): accepts the same spellings as the normaliser.
ParticipationStatus parseParticipationStatus(QStringView userText);

} // namespace vms
