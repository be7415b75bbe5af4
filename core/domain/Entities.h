#pragma once

#include <QString>

#include <optional>

namespace vms {

// Plain value types for the cached Salesforce records. Text that Salesforce left empty is a null
// QString; numbers Salesforce may omit are optional. References to other records are Salesforce Ids
// (the org's own keys), so a record can arrive before or after the record it points at.

struct SyncedRecord {
    qint64 id = 0;          // local id
    QString sfId;           // Salesforce Id; null until a locally created record is pushed
    QString systemModstamp; // as last pulled, ISO UTC with milliseconds
    bool pending = false;   // a local change waits in the outbox
    QString localModifiedAt;
    QString pulledAt;
};

struct Organization : SyncedRecord {
    QString name, type, description, parentSfId;
    QString billingStreet, billingCity, billingState, billingPostalCode, billingCountry;
    QString lastActivityDate;
};

struct District : SyncedRecord {
    QString name, schoolCode;
};

struct School : SyncedRecord {
    QString name, districtSfId, connectorAccountName, schoolCode;
};

struct SchoolClass : SyncedRecord {
    QString name, schoolSfId;
    std::optional<double> classYear;
};

struct Volunteer : SyncedRecord {
    QString clientId; // VMS_Client_Id__c for volunteers added in VMS
    QString accountSfId, firstName, lastName, middleName;
    QString email, alternateEmail, homeEmail, workEmail, preferredEmail;
    QString phone, homePhone, mobilePhone, workPhone, preferredPhone;
    QString primaryAffiliation, title, department;
    QString gender, birthdate, racialEthnicBackground, ageGroup, highestEducation; // demographic
    QString skills, skillsText, interests, recruitmentNotes;
    QString firstVolunteerDate, lastVolunteerDate;
    std::optional<double> attendedSessionsCount;
    bool doNotCall = false, doNotContact = false, emailOptOut = false;
    QString mailingStreet, mailingCity, mailingState, mailingPostalCode, mailingCountry;

    QString displayName() const {
        return firstName.isEmpty() ? lastName : firstName + QLatin1Char(' ') + lastName;
    }
};

struct Teacher : SyncedRecord {
    QString accountSfId, firstName, lastName, email, phone, schoolSfId, department;
};

struct Student : SyncedRecord {
    QString accountSfId, firstName, lastName, localStudentId, currentGrade, schoolSfId, classSfId;
};

struct Affiliation : SyncedRecord {
    QString organizationSfId, contactSfId, role;
    bool isPrimary = false;
    QString status, startDate, endDate;
};

struct Event : SyncedRecord {
    QString name, sessionType, format;
    std::optional<qint64> startUtcMs, endUtcMs;
    QString status, location, description, cancellationReason;
    std::optional<double> nonScheduledStudents;
    QString districtSfId, schoolSfId, parentAccountSfId, requestedSkills;
    std::optional<double> totalRequestedJobs, availableSlots;
    QString host, registrationUrl;
};

struct Participation : SyncedRecord {
    QString clientId; // VMS_Client_Id__c
    QString name;
    qint64 eventId = 0;
    QString eventSfId, contactSfId;
    std::optional<qint64> volunteerId, studentId, teacherId;
    QString participantType, status;
    std::optional<double> deliveryHours;
    QString ageGroup, email, title;
};

} // namespace vms
