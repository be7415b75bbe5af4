#pragma once

#include "core/domain/Entities.h"
#include "core/domain/Status.h"

#include <QVariant>

#include <tuple>
#include <utility>
#include <vector>

namespace vms {

// Column <-> member mapping for each cached entity: the one place that says which column holds
// which field. Repository<T> and tests read it; the Salesforce field mapping lives in
// core/salesforce/mapping.json and names these same columns.

template <typename T, typename M>
struct Column {
    const char* name;
    M T::*member;
};

template <typename T, typename M>
constexpr Column<T, M> col(const char* name, M T::*member) {
    return {name, member};
}

// Columns computed from others when a row is written (normalised status codes). Default: none.
using DerivedColumns = std::vector<std::pair<const char*, QVariant>>;

template <typename T>
struct EntityTable; // specialised below: table name, columns(), optionally derived(const T&)

template <typename T>
DerivedColumns derivedColumns(const T& value) {
    if constexpr (requires { EntityTable<T>::derived(value); })
        return EntityTable<T>::derived(value);
    else
        return {};
}

template <typename T>
constexpr auto syncedColumns() {
    return std::make_tuple(
        col<T, QString>("sf_id", &T::sfId), col<T, QString>("system_modstamp", &T::systemModstamp),
        col<T, bool>("pending", &T::pending), col<T, QString>("local_modified_at", &T::localModifiedAt),
        col<T, QString>("pulled_at", &T::pulledAt));
}

template <>
struct EntityTable<Organization> {
    static constexpr const char* table = "organizations";
    static auto columns() {
        using T = Organization;
        return std::tuple_cat(
            syncedColumns<T>(),
            std::make_tuple(col("name", &T::name), col("type", &T::type), col("description", &T::description),
                            col("parent_sf_id", &T::parentSfId), col("billing_street", &T::billingStreet),
                            col("billing_city", &T::billingCity), col("billing_state", &T::billingState),
                            col("billing_postal_code", &T::billingPostalCode),
                            col("billing_country", &T::billingCountry),
                            col("last_activity_date", &T::lastActivityDate)));
    }
};

template <>
struct EntityTable<District> {
    static constexpr const char* table = "districts";
    static auto columns() {
        using T = District;
        return std::tuple_cat(syncedColumns<T>(),
                              std::make_tuple(col("name", &T::name), col("school_code", &T::schoolCode)));
    }
};

template <>
struct EntityTable<School> {
    static constexpr const char* table = "schools";
    static auto columns() {
        using T = School;
        return std::tuple_cat(syncedColumns<T>(),
                              std::make_tuple(col("name", &T::name), col("district_sf_id", &T::districtSfId),
                                              col("connector_account_name", &T::connectorAccountName),
                                              col("school_code", &T::schoolCode)));
    }
};

template <>
struct EntityTable<SchoolClass> {
    static constexpr const char* table = "classes";
    static auto columns() {
        using T = SchoolClass;
        return std::tuple_cat(syncedColumns<T>(),
                              std::make_tuple(col("name", &T::name), col("school_sf_id", &T::schoolSfId),
                                              col("class_year", &T::classYear)));
    }
};

template <>
struct EntityTable<Volunteer> {
    static constexpr const char* table = "volunteers";
    static auto columns() {
        using T = Volunteer;
        return std::tuple_cat(
            syncedColumns<T>(),
            std::make_tuple(
                col("client_id", &T::clientId), col("account_sf_id", &T::accountSfId),
                col("first_name", &T::firstName), col("last_name", &T::lastName),
                col("middle_name", &T::middleName), col("email", &T::email),
                col("alternate_email", &T::alternateEmail), col("home_email", &T::homeEmail),
                col("work_email", &T::workEmail), col("preferred_email", &T::preferredEmail),
                col("phone", &T::phone), col("home_phone", &T::homePhone),
                col("mobile_phone", &T::mobilePhone), col("work_phone", &T::workPhone),
                col("preferred_phone", &T::preferredPhone),
                col("primary_affiliation", &T::primaryAffiliation), col("title", &T::title),
                col("department", &T::department), col("gender", &T::gender), col("birthdate", &T::birthdate),
                col("racial_ethnic_background", &T::racialEthnicBackground), col("age_group", &T::ageGroup),
                col("highest_education", &T::highestEducation), col("skills", &T::skills),
                col("skills_text", &T::skillsText), col("interests", &T::interests),
                col("recruitment_notes", &T::recruitmentNotes),
                col("first_volunteer_date", &T::firstVolunteerDate),
                col("last_volunteer_date", &T::lastVolunteerDate),
                col("attended_sessions_count", &T::attendedSessionsCount), col("do_not_call", &T::doNotCall),
                col("do_not_contact", &T::doNotContact), col("email_opt_out", &T::emailOptOut),
                col("mailing_street", &T::mailingStreet), col("mailing_city", &T::mailingCity),
                col("mailing_state", &T::mailingState), col("mailing_postal_code", &T::mailingPostalCode),
                col("mailing_country", &T::mailingCountry)));
    }
};

template <>
struct EntityTable<Teacher> {
    static constexpr const char* table = "teachers";
    static auto columns() {
        using T = Teacher;
        return std::tuple_cat(
            syncedColumns<T>(),
            std::make_tuple(col("account_sf_id", &T::accountSfId), col("first_name", &T::firstName),
                            col("last_name", &T::lastName), col("email", &T::email), col("phone", &T::phone),
                            col("school_sf_id", &T::schoolSfId), col("department", &T::department)));
    }
};

template <>
struct EntityTable<Student> {
    static constexpr const char* table = "students";
    static auto columns() {
        using T = Student;
        return std::tuple_cat(
            syncedColumns<T>(),
            std::make_tuple(col("account_sf_id", &T::accountSfId), col("first_name", &T::firstName),
                            col("last_name", &T::lastName), col("local_student_id", &T::localStudentId),
                            col("current_grade", &T::currentGrade), col("school_sf_id", &T::schoolSfId),
                            col("class_sf_id", &T::classSfId)));
    }
};

template <>
struct EntityTable<Affiliation> {
    static constexpr const char* table = "affiliations";
    static auto columns() {
        using T = Affiliation;
        return std::tuple_cat(syncedColumns<T>(),
                              std::make_tuple(col("organization_sf_id", &T::organizationSfId),
                                              col("contact_sf_id", &T::contactSfId), col("role", &T::role),
                                              col("is_primary", &T::isPrimary), col("status", &T::status),
                                              col("start_date", &T::startDate),
                                              col("end_date", &T::endDate)));
    }
};

template <>
struct EntityTable<Event> {
    static constexpr const char* table = "events";
    static auto columns() {
        using T = Event;
        return std::tuple_cat(
            syncedColumns<T>(),
            std::make_tuple(col("name", &T::name), col("session_type", &T::sessionType),
                            col("format", &T::format), col("start_utc", &T::startUtcMs),
                            col("end_utc", &T::endUtcMs), col("status", &T::status),
                            col("location", &T::location), col("description", &T::description),
                            col("cancellation_reason", &T::cancellationReason),
                            col("non_scheduled_students", &T::nonScheduledStudents),
                            col("district_sf_id", &T::districtSfId), col("school_sf_id", &T::schoolSfId),
                            col("parent_account_sf_id", &T::parentAccountSfId),
                            col("requested_skills", &T::requestedSkills),
                            col("total_requested_jobs", &T::totalRequestedJobs),
                            col("available_slots", &T::availableSlots), col("host", &T::host),
                            col("registration_url", &T::registrationUrl)));
    }
    static DerivedColumns derived(const Event& e) {
        return {{"status_code", static_cast<int>(normaliseEventStatus(e.status))}};
    }
};

template <>
struct EntityTable<Participation> {
    static constexpr const char* table = "participations";
    static auto columns() {
        using T = Participation;
        return std::tuple_cat(
            syncedColumns<T>(),
            std::make_tuple(col("client_id", &T::clientId), col("name", &T::name),
                            col("event_id", &T::eventId), col("event_sf_id", &T::eventSfId),
                            col("contact_sf_id", &T::contactSfId), col("volunteer_id", &T::volunteerId),
                            col("student_id", &T::studentId), col("teacher_id", &T::teacherId),
                            col("participant_type", &T::participantType), col("status", &T::status),
                            col("delivery_hours", &T::deliveryHours), col("age_group", &T::ageGroup),
                            col("email", &T::email), col("title", &T::title)));
    }
    static DerivedColumns derived(const Participation& p) {
        return {{"status_code", static_cast<int>(normaliseParticipationStatus(p.status))},
                {"type_code", static_cast<int>(normaliseParticipantType(p.participantType))}};
    }
};

} // namespace vms
