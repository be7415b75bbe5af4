#pragma once

#include <QString>

namespace vms {

// A cached volunteer as the volunteer page shows it (core/models/VolunteerDetails reads it, by column
// name). Text Salesforce left empty is a null QString; the primary affiliation is a Salesforce Id (the
// org's own key), so a volunteer can arrive before or after the organization it names. A column the page
// does not show has no member here: the schema is Migrations', the org's fields mapping.json's.
struct Volunteer {
    qint64 id = 0;        // local id
    QString sfId;         // Salesforce Id; null until a volunteer added in VMS reaches the org
    bool pending = false; // a local change waits in the outbox
    QString firstName, lastName, email, phone, mobilePhone, title, department;
    QString mailingStreet, mailingCity, mailingState, mailingPostalCode;
    QString primaryAffiliation;
    QString skills, skillsText, interests, recruitmentNotes;
    bool doNotCall = false, doNotContact = false, emailOptOut = false;
    QString gender, birthdate, racialEthnicBackground, ageGroup; // demographic; not shown to a User

    QString displayName() const {
        return firstName.isEmpty() ? lastName : firstName + QLatin1Char(' ') + lastName;
    }
};

} // namespace vms
