#pragma once

#include "core/changes/FieldRules.h"
#include "core/common/Error.h"
#include "core/domain/Status.h"
#include "core/domain/Volunteer.h"
#include "core/recruit/ContactHistory.h"
#include "core/sync/RefusedChanges.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace vms {

class Database;

// One of the volunteer's organizations, as the volunteer page lists them.
struct VolunteerAffiliation {
    qint64 organizationId = 0; // local, 0 when the Account is not a cached organization
    QString name;              // shown name (AccountName::display), never the raw Id
    QString role, status, startDate, endDate;
    bool primary = false;
};

// One event the volunteer took part in.
struct VolunteerEventRow {
    qint64 eventId = 0;
    QString eventName;
    std::optional<qint64> startUtcMs;
    ParticipationStatus status = ParticipationStatus::Unknown;
    std::optional<double> hours;
};

// An organization a volunteer's primary organization can be: every cached one, also one added here
// offline a minute ago (its Salesforce Id follows once the org has it).
struct OrganizationChoice {
    qint64 id = 0;
    QString name;
    bool inOrg = true; // false while it has not reached Salesforce
};

// Everything the volunteer page shows about one volunteer, read in one place (no SQL in ui/).
struct VolunteerDetails {
    Volunteer volunteer;
    QString status;            // Volunteer_Status__c as stored; empty means Active
    qint64 organizationId = 0; // the primary organization's local id; 0: none, or not an organization
    QString organizationName;  // the primary affiliation as shown (organization, school, district or text)
    std::optional<RefusedChange> refusal; // the org refused the record's last change
    FieldRules rules; // with a refusal: the org's rules for volunteers, which name its fields
    std::vector<VolunteerAffiliation> affiliations;
    std::vector<VolunteerEventRow> participations; // newest first
    std::vector<HistoryItem> contactHistory;       // calls, emails and events, newest first

    // Nothing when there is no such volunteer.
    static Result<std::optional<VolunteerDetails>> load(const Database& db, qint64 localId);
};

// What the volunteer page offers to pick from: the org's values (its describe, as the sync keeps it),
// else the values the cache holds, so picking works before the first sync too. Read when editing starts,
// not with every page: the distinct skills and interests and every organization cost ten times what the
// page itself does (66 M instructions at seed against 7 M).
struct VolunteerChoices {
    QStringList statuses;                          // Active, Inactive, On Hold
    QStringList skills;                            // Volunteer_Skills__c's values
    QStringList interests;                         // Volunteer_Interests__c's values
    std::vector<OrganizationChoice> organizations; // by name

    static Result<VolunteerChoices> load(const Database& db);
    // The values of a multi-select as stored ("A;B; C"), trimmed, in order, without empties.
    static QStringList split(const QString& multiSelect);
};

} // namespace vms
