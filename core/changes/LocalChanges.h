#pragma once

#include "core/auth/Session.h"
#include "core/changes/FieldRules.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/domain/Status.h"
#include "core/salesforce/OrgMapping.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace vms {

class Database;

// Who an attendance mark is for: a cached volunteer, student or teacher, by local id (each kind numbers
// apart). Teachers are marked like the others: a participation with Participant_Type__c = 'Teacher'.
struct ContactRef {
    enum class Kind { Volunteer, Student, Teacher };
    Kind kind = Kind::Volunteer;
    qint64 localId = 0;
};

struct AttendanceMark {
    qint64 eventId = 0;
    ContactRef contact;
    ParticipationStatus status = ParticipationStatus::Attended;
    // Unset: keep the current hours, or for a new Attended mark default to the event's duration.
    std::optional<double> hours;
    bool clearHours = false;
};

struct NewVolunteer {
    QString firstName, lastName, email, phone, organizationName;
};

// A call or an email to a volunteer, logged as a Salesforce Task (salesforce-org.md, "Planning writes").
struct NewActivity {
    enum class Type { Call, Email };
    qint64 volunteerId = 0;
    Type type = Type::Call;
    QString subject;
    QString notes;      // the Task's Description
    qint64 eventId = 0; // the event it is about (its WhatId), 0 for none
    QDate date;         // ActivityDate; invalid means today in the display time zone
};

struct DuplicateCandidate {
    qint64 localId = 0;
    QString name, email, phone;
    QString reason; // "same email" / "same name and phone"
};

// What an Admin's delete takes with it (LocalChanges::previewDelete).
struct DeletePreview {
    QString entity;
    qint64 localId = 0;
    QString name;           // the record's name, for the question
    int participations = 0; // an event's, deleted with it (here and in the org)
    bool inOrg = false;     // false: never sent, so the org never hears of it
    // "This event and its 12 participations" (translated), for the confirmation.
    QString summary() const;
};

// A delete as LocalChanges::deleteRecord made it: every row it took, as it was, so undoDelete can put
// them back until the delete is pushed.
struct DeletedRecord {
    struct Row {
        QString table;
        QVariantMap values; // column -> value, the whole row
    };
    // A row kept by the delete whose link to the record was cleared (ON DELETE SET NULL).
    struct Link {
        QString table, column;
        qint64 rowId = 0;
    };
    QString entity;
    qint64 localId = 0;
    QString sfId;                    // empty: the org never had it, so nothing was queued
    std::vector<Row> rows;           // the record first, then the rows that went with it
    std::vector<Link> links;         // rows that stay, unlinked
    std::vector<QVariantMap> outbox; // the waiting changes that went with them (Outbox::storedEntries)
};

// The one way anything in VMS changes a cached record. Each call checks the session's role and the
// org's field rules (FieldRules: what the org would refuse is refused now, naming the field and the
// limit), then in ONE transaction updates the row, records the change in the outbox (what Salesforce
// must be told) and in the audit log (who changed what, old and new). When a call returns success the
// change is on disk (synchronous=FULL) and will reach Salesforce exactly once, whatever happens to the
// process. The transaction takes the write lock first (Transaction), so a sync writing the cache on
// another connection only makes a call wait its turn.
//
// The outbox (core/db/Outbox) keeps one pending entry per record: later edits merge into it, keeping the
// earliest "base" (the value as last pulled) of each field so the push can detect conflicting server
// edits. A field the mapping cannot write to the org is refused here, when the user saves (a usage error
// naming it), never dropped later at push time.
class LocalChanges final {
public:
    // `mapping`: the org mapping in use (an admin may override the embedded default).
    LocalChanges(QSqlDatabase db, Session session, const Clock& clock,
                 const OrgMapping& mapping = OrgMapping::builtIn());
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    LocalChanges(const Database& db, Session session, const Clock& clock,
                 const OrgMapping& mapping = OrgMapping::builtIn());

    // Marks attendance; returns the participation's local id (created when the person had none). With
    // `notes`, the participation's notes (Notes__c) are set in the same step (blank: none).
    Result<qint64> setAttendance(const AttendanceMark& mark, const std::optional<QString>& notes = {});
    // Sets the notes of a participation (Notes__c; blank: none), works offline, queued like a mark.
    Status setParticipationNotes(qint64 participationId, const QString& notes);
    // Several marks as one all-or-nothing step ("mark everyone left as No-Show").
    Result<std::vector<qint64>> setAttendanceBatch(const std::vector<AttendanceMark>& marks);

    // Signs a volunteer up for an event (works offline): a Registered participation, or a Cancelled one
    // registered again. Refused (usage error) when they already hold a place in it. Returns its local id.
    Result<qint64> signUp(qint64 eventId, qint64 volunteerId);

    // Adds a walk-in volunteer (works offline); returns its local id.
    Result<qint64> addVolunteer(const NewVolunteer& v);
    // Likely duplicates of a volunteer about to be added: same email, or same name and phone.
    Result<std::vector<DuplicateCandidate>> findLikelyDuplicates(const NewVolunteer& v,
                                                                 qint64 excludeLocalId = 0) const;

    // Edits a volunteer's contact details. `changes` maps column names (email, phone, mobile_phone,
    // title, department, mailing_street, mailing_city, mailing_state, mailing_postal_code, skills_text,
    // recruitment_notes, do_not_call, email_opt_out; first_name and last_name while a walk-in has not
    // reached Salesforce) to new values; other columns are refused.
    Status editVolunteer(qint64 localId, const QVariantMap& changes);

    static const QStringList& editableVolunteerColumns();

    // What the org would refuse in a new volunteer or in an edit (the checks addVolunteer and
    // editVolunteer make), so a form can show each problem beside its field before saving. Columns as in
    // editVolunteer; a new volunteer's are first_name, last_name, email and phone.
    Result<std::vector<FieldProblem>> checkNewVolunteer(const NewVolunteer& v) const;
    Result<std::vector<FieldProblem>> checkVolunteerEdit(const QVariantMap& changes) const;

    // ---- planning (salesforce-org.md, "Planning writes"; Coordinators and Admins) ----
    // An event, by local column of `events` (eventColumns(): name, session_type, format, start_utc and
    // end_utc in ms since the epoch UTC, status, location, description, cancellation_reason,
    // district_sf_id, school_sf_id, parent_account_sf_id, requested_skills, total_requested_jobs, host).
    // A new event is a Draft unless a status is given; it needs a name and a start. Returns its local id,
    // usable for attendance at once.
    Result<qint64> addEvent(const QVariantMap& fields);
    // Edits, reschedules, publishes or confirms (status "Published", "Confirmed") an event.
    Status editEvent(qint64 localId, const QVariantMap& changes);
    // Cancels an event: its status becomes Cancelled, with the reason the org requires.
    Status cancelEvent(qint64 localId, const QString& reason);
    // What the org would refuse in an event as it would be after `changes` (localId 0: a new event): its
    // field rules and its validation rules (a cancellation needs a reason; the end is not before the
    // start), and what VMS needs (a name, a start). Each problem names its column, for the form.
    Result<std::vector<FieldProblem>> checkEvent(qint64 localId, const QVariantMap& changes) const;
    static const QStringList& eventColumns();

    // An organization (Account), by local column of `organizations` (organizationColumns(): name,
    // type, description, parent_sf_id, billing_street, billing_city, billing_state,
    // billing_postal_code, billing_country). It needs a name. Returns its local id.
    Result<qint64> addOrganization(const QVariantMap& fields);
    Status editOrganization(qint64 localId, const QVariantMap& changes);
    Result<std::vector<FieldProblem>> checkOrganization(qint64 localId, const QVariantMap& changes) const;
    static const QStringList& organizationColumns();

    // Takes back a record created here that has not reached the org (the undo of addEvent and
    // addOrganization): the row, its waiting changes and what points at it locally go, as if never made.
    // Refused once the org has it, or may have it (sent, its answer unknown): then it is deleted instead.
    Status withdrawCreated(const QString& entity, qint64 localId);

    // Logs a call or an email to a volunteer (Coordinator and Admin; works offline): a completed Task,
    // created in the org exactly once. Returns the task's local id.
    Result<qint64> logActivity(const NewActivity& activity);
    // The Task Type a NewActivity::Type is sent as: "Call", "Email".
    static QString activityTypeName(NewActivity::Type type);

    // What an Admin's delete would take with it, for the confirmation (and a check that it may be asked
    // at all: Admin only, an entity the mapping lets VMS delete, a record in the cache).
    Result<DeletePreview> previewDelete(const QString& entity, qint64 localId) const;
    // Deletes a record (Admin only): gone here at once, with what goes with it (an event's
    // participations, which the org deletes with their event: master-detail), and from the org at the
    // next push when it had reached it; one never sent simply goes. Only entities the mapping lets VMS
    // delete. Returns what undoDelete needs to take it back.
    Result<DeletedRecord> deleteRecord(const QString& entity, qint64 localId);
    // Takes a delete back while it has not been sent (Admin only): the queued delete leaves the outbox
    // and the cached rows, their links and their waiting changes come back as they were.
    Status undoDelete(const DeletedRecord& deleted);

private:
    // The fields of a planned record ("event", "organization"; localId 0 for a new one) as they are saved
    // and sent: refused when the role may not write records, when a column is not one VMS writes
    // (eventColumns(), organizationColumns()), when an edited record is not in the cache, or when the
    // org would refuse them (checkEvent, checkOrganization). A new event is a Draft unless told otherwise.
    Result<QVariantMap> plannedFields(const QString& entity, qint64 localId, const QVariantMap& fields) const;
    // A new record of a writable entity: `fields` (sent to the org) and `local` (kept here only: derived
    // codes, links) inserted with a new client id, queued as a create and audited, in one transaction.
    Result<qint64> createRecord(const QString& entity, const QVariantMap& fields, const QVariantMap& local);
    // Changed columns of a record saved, queued (still a create while the org has not received it) and
    // audited, in one transaction; `local` as in createRecord. Unchanged values are left out.
    Status updateRecord(const QString& entity, qint64 localId, const QVariantMap& changes,
                        const QVariantMap& local);
    // The record's current values of `columns` (empty when there is no such record).
    Result<QVariantMap> currentValues(const QString& entity, qint64 localId,
                                      const QStringList& columns) const;
    Result<qint64> applyMark(const AttendanceMark& mark, const FieldRules& rules,
                             const std::optional<QString>& notes = {});
    // Refuses (usage error naming them) columns the mapping cannot send for this kind of change.
    Status checkWritable(const QString& entity, bool create, const QVariantMap& fields) const;
    Status recordOutbox(const QString& entity, qint64 localId, bool create, const QVariantMap& fields,
                        const QVariantMap& base, const QString& baseModstamp, const QString& sfId);
    Status audit(const QString& entity, qint64 localId, const QString& action, const QString& field,
                 const QVariant& oldValue, const QVariant& newValue);
    QString now() const;

    QSqlDatabase m_db;
    Session m_session;
    const Clock& m_clock;
    const OrgMapping& m_mapping;
};

} // namespace vms
