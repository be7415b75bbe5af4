#include "core/db/Migrations.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Migrations)
};

// Every synced table shares these columns: the local id, the Salesforce Id (unique; NULL until a
// locally created record has been pushed), the server's SystemModstamp as last pulled (ISO UTC,
// "2026-03-08T15:30:00.000Z", so text order is time order), and local bookkeeping.
#define VMS_SYNC_COLUMNS                                                                                     \
    "id INTEGER PRIMARY KEY, sf_id TEXT UNIQUE, system_modstamp TEXT, "                                      \
    "pending INTEGER NOT NULL DEFAULT 0, " /* 1 while a local change waits in the outbox */                  \
    "local_modified_at TEXT, pulled_at TEXT"

// Version 1: the whole cache as first designed.
const std::vector<const char*> kVersion1 = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",

    "CREATE TABLE organizations (" VMS_SYNC_COLUMNS ", name TEXT, type TEXT, "
    "description TEXT, parent_sf_id TEXT, billing_street TEXT, billing_city TEXT, billing_state TEXT, "
    "billing_postal_code TEXT, billing_country TEXT, last_activity_date TEXT)",

    "CREATE TABLE districts (" VMS_SYNC_COLUMNS ", name TEXT, school_code TEXT)",

    "CREATE TABLE schools (" VMS_SYNC_COLUMNS ", name TEXT, district_sf_id TEXT, "
    "connector_account_name TEXT, school_code TEXT)",

    "CREATE TABLE classes (" VMS_SYNC_COLUMNS ", name TEXT, school_sf_id TEXT, "
    "class_year INTEGER)",

    "CREATE TABLE volunteers (" VMS_SYNC_COLUMNS ", client_id TEXT UNIQUE, account_sf_id TEXT, "
    "first_name TEXT, last_name TEXT, middle_name TEXT, "
    "email TEXT, alternate_email TEXT, home_email TEXT, work_email TEXT, preferred_email TEXT, "
    "phone TEXT, home_phone TEXT, mobile_phone TEXT, work_phone TEXT, preferred_phone TEXT, "
    "primary_affiliation TEXT, title TEXT, department TEXT, "
    "gender TEXT, birthdate TEXT, racial_ethnic_background TEXT, age_group TEXT, highest_education TEXT, "
    "skills TEXT, skills_text TEXT, interests TEXT, recruitment_notes TEXT, "
    "first_volunteer_date TEXT, last_volunteer_date TEXT, attended_sessions_count REAL, "
    "do_not_call INTEGER NOT NULL DEFAULT 0, do_not_contact INTEGER NOT NULL DEFAULT 0, "
    "email_opt_out INTEGER NOT NULL DEFAULT 0, "
    "mailing_street TEXT, mailing_city TEXT, mailing_state TEXT, mailing_postal_code TEXT, "
    "mailing_country TEXT)",

    // Skills split out of the multi-select picklist, for the skill filter.
    "CREATE TABLE volunteer_skills (volunteer_id INTEGER NOT NULL REFERENCES volunteers(id) ON DELETE "
    "CASCADE, skill TEXT NOT NULL, PRIMARY KEY (volunteer_id, skill)) WITHOUT ROWID",

    "CREATE TABLE teachers (" VMS_SYNC_COLUMNS ", account_sf_id TEXT, first_name TEXT, "
    "last_name TEXT, email TEXT, phone TEXT, school_sf_id TEXT, department TEXT)",

    // Students never cache birthdate, gender or ethnicity (salesforce-org.md).
    "CREATE TABLE students (" VMS_SYNC_COLUMNS ", account_sf_id TEXT, first_name TEXT, "
    "last_name TEXT, local_student_id TEXT, current_grade TEXT, school_sf_id TEXT, "
    "class_sf_id TEXT)",

    "CREATE TABLE affiliations (" VMS_SYNC_COLUMNS ", organization_sf_id TEXT, contact_sf_id TEXT, "
    "role TEXT, is_primary INTEGER NOT NULL DEFAULT 0, status TEXT, start_date TEXT, end_date TEXT)",

    // start_utc/end_utc: milliseconds since the epoch, UTC. Kept as instants (never as local dates) so
    // no zone or DST is baked in; reports convert their local-date period to an instant range.
    "CREATE TABLE events (" VMS_SYNC_COLUMNS ", name TEXT, session_type TEXT, "
    "format TEXT, start_utc INTEGER, end_utc INTEGER, status TEXT, location TEXT, description TEXT, "
    "cancellation_reason TEXT, non_scheduled_students REAL, district_sf_id TEXT, school_sf_id TEXT, "
    "parent_account_sf_id TEXT, requested_skills TEXT, total_requested_jobs REAL, available_slots REAL, "
    "host TEXT, registration_url TEXT, "
    // status_code: domain/Status.h's EventStatus of `status`, written alongside it so SQL never
    // compares raw spellings.
    "status_code INTEGER NOT NULL DEFAULT 0)",

    // A participation belongs to a local event and (when known) a local volunteer or student; when
    // either is deleted the participation goes with it. contact_sf_id stays as the server sent it.
    "CREATE TABLE participations (" VMS_SYNC_COLUMNS ", client_id TEXT UNIQUE, name TEXT, "
    "event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE, event_sf_id TEXT, "
    "contact_sf_id TEXT, volunteer_id INTEGER REFERENCES volunteers(id) ON DELETE CASCADE, "
    "student_id INTEGER REFERENCES students(id) ON DELETE CASCADE, "
    "teacher_id INTEGER REFERENCES teachers(id) ON DELETE CASCADE, "
    "participant_type TEXT, status TEXT, delivery_hours REAL, age_group TEXT, email TEXT, title TEXT, "
    // Normalised ParticipationStatus / ParticipantType (domain/Status.h), written with the raw values.
    "status_code INTEGER NOT NULL DEFAULT 0, type_code INTEGER NOT NULL DEFAULT 0)",

    // Local changes waiting to reach Salesforce. Written in the same transaction as the change.
    // fields: JSON {column: new value}; base: JSON {column: value as last pulled} for conflict checks.
    "CREATE TABLE outbox (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL, entity TEXT NOT NULL, "
    "local_id INTEGER NOT NULL, operation TEXT NOT NULL, fields TEXT NOT NULL, base TEXT, "
    "base_modstamp TEXT, state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0, "
    "last_error TEXT, last_attempt_at TEXT, actor TEXT)",

    "CREATE TABLE sync_state (entity TEXT PRIMARY KEY, watermark TEXT, last_pull_at TEXT, "
    "last_full_at TEXT, last_error TEXT)",

    "CREATE TABLE conflicts (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, local_id INTEGER NOT NULL, "
    "object TEXT NOT NULL, sf_id TEXT, field TEXT NOT NULL, column_name TEXT NOT NULL, local_value TEXT, "
    "server_value TEXT, detected_at TEXT NOT NULL, resolved_at TEXT, resolution TEXT, outbox_id INTEGER)",

    // Records that could not be applied (bad value, parent not yet local). Kept whole and retried.
    "CREATE TABLE sync_issues (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, sf_id TEXT NOT NULL, "
    "code TEXT NOT NULL, message TEXT, payload TEXT NOT NULL, first_seen TEXT NOT NULL, "
    "last_seen TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 1, UNIQUE (entity, sf_id))",

    "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT, entity TEXT NOT NULL, "
    "local_id INTEGER, action TEXT NOT NULL, field TEXT, old_value TEXT, new_value TEXT)",

    // Indexes for the list, roster and report queries.
    "CREATE INDEX volunteers_name ON volunteers(last_name, first_name)",
    "CREATE INDEX volunteers_email ON volunteers(email)",
    "CREATE INDEX volunteer_skills_skill ON volunteer_skills(skill)",
    "CREATE INDEX schools_district ON schools(district_sf_id)",
    "CREATE INDEX classes_school ON classes(school_sf_id)",
    "CREATE INDEX students_school ON students(school_sf_id)",
    "CREATE INDEX students_class ON students(class_sf_id)",
    "CREATE INDEX affiliations_contact ON affiliations(contact_sf_id)",
    "CREATE INDEX affiliations_org ON affiliations(organization_sf_id)",
    "CREATE INDEX events_start ON events(start_utc)",
    "CREATE INDEX participations_event ON participations(event_id)",
    "CREATE INDEX participations_volunteer ON participations(volunteer_id)",
    "CREATE INDEX participations_student ON participations(student_id)",
    "CREATE INDEX participations_teacher ON participations(teacher_id)",
    "CREATE INDEX participations_contact ON participations(contact_sf_id)",
    "CREATE INDEX participations_attended ON participations(type_code, status_code, event_id)",
    "CREATE INDEX events_status ON events(status_code, start_utc)",
    "CREATE INDEX outbox_state ON outbox(state, id)",
    "CREATE INDEX outbox_entity ON outbox(entity, local_id)",
    "CREATE INDEX conflicts_open ON conflicts(resolved_at)",
    "CREATE INDEX audit_entity ON audit_log(entity, local_id)",
};

// Version 2: a lower-cased search key per volunteer, kept by triggers whoever writes the row, so
// filter-as-you-type scans one short column instead of lower-casing five on every keystroke.
#define VMS_SEARCH_KEY                                                                                       \
    "lower(coalesce(first_name,'') || ' ' || coalesce(last_name,'') || ' ' || coalesce(email,'') || "        \
    "' ' || coalesce(primary_affiliation,'') || ' ' || coalesce(skills,''))"
const std::vector<const char*> kVersion2 = {
    "ALTER TABLE volunteers ADD COLUMN search_key TEXT NOT NULL DEFAULT ''",
    "UPDATE volunteers SET search_key = " VMS_SEARCH_KEY,
    "CREATE TRIGGER volunteers_search_key_insert AFTER INSERT ON volunteers BEGIN "
    "UPDATE volunteers SET search_key = " VMS_SEARCH_KEY " WHERE id = NEW.id; END",
    "CREATE TRIGGER volunteers_search_key_update AFTER UPDATE OF first_name, last_name, email, "
    "primary_affiliation, skills ON volunteers BEGIN "
    "UPDATE volunteers SET search_key = " VMS_SEARCH_KEY " WHERE id = NEW.id; END",
};
#undef VMS_SEARCH_KEY

// Version 3: the Ids the org reported deleted. A participation that points at a deleted event or
// contact goes with it (salesforce-org.md) instead of waiting forever as a sync issue.
const std::vector<const char*> kVersion3 = {
    "CREATE TABLE tombstones (sf_id TEXT PRIMARY KEY, object TEXT NOT NULL, seen_at TEXT NOT NULL) WITHOUT "
    "ROWID",
};

// Version 4: the outbox keeps what each change needs to reach the org exactly once and to say why it
// did not (core/db/Outbox): the record's Salesforce Id (a delete's only link once its row is gone), what
// was last sent while its answer is unknown (so the org holding it is this client's own write), and the
// org's refusal as it gave it (code, message in last_error, fields). An operation names what the user
// did ("create"); how it is sent is the mapping's business. A walk-in's organization is kept as a link
// to the local organization, so one created offline too can be filled in once the org has it.
const std::vector<const char*> kVersion4 = {
    "ALTER TABLE outbox ADD COLUMN sf_id TEXT",
    "ALTER TABLE outbox ADD COLUMN sent TEXT",
    "ALTER TABLE outbox ADD COLUMN error_code TEXT",
    "ALTER TABLE outbox ADD COLUMN error_fields TEXT",
    "UPDATE outbox SET operation='create' WHERE operation='upsert'",
    "ALTER TABLE volunteers ADD COLUMN organization_id INTEGER REFERENCES organizations(id) ON DELETE SET "
    "NULL",
};

// Version 5 (only its place in allVersions() gives it a number): what the org accepts in each field VMS
// writes, by local entity and column, from the org's describe calls (changes/FieldRules), so a change the
// org would refuse is refused when the user saves it. The sync fills it; empty until the first sync.
// type NULL: the mapping names a field the org does not have.
const std::vector<const char*> kFieldRules = {
    "CREATE TABLE field_rules (entity TEXT NOT NULL, column_name TEXT NOT NULL, object TEXT NOT NULL, "
    "field TEXT NOT NULL, label TEXT, type TEXT, max_length INTEGER NOT NULL DEFAULT 0, "
    "nillable INTEGER NOT NULL DEFAULT 1, required_on_create INTEGER NOT NULL DEFAULT 0, "
    "restricted_picklist INTEGER NOT NULL DEFAULT 0, picklist_values TEXT, fetched_at TEXT NOT NULL, "
    "PRIMARY KEY (entity, column_name)) WITHOUT ROWID",
};

// Version 6: the ranges of a first load pulled in parallel (core/sync/SyncEngine), each with its own
// watermark, so a crash or a cancel resumes each range where its last committed page ended. A range is
// [range_from, range_to) of SystemModstamp ('' = unbounded) within one query of the object (`query`: the
// local entity it fills). planned_at: when the ranges were planned (the object's watermark after the
// load never passes it: see SyncEngine). The rows go when the object's load is complete.
const std::vector<const char*> kSyncRanges = {
    "CREATE TABLE sync_ranges (object TEXT NOT NULL, query TEXT NOT NULL, range_from TEXT NOT NULL, "
    "range_to TEXT NOT NULL, watermark TEXT, done INTEGER NOT NULL DEFAULT 0, planned_at TEXT NOT NULL, "
    "PRIMARY KEY (object, query, range_from)) WITHOUT ROWID",
};

// Version 7: what coordinators plan in VMS (salesforce-org.md, "Planning writes"). Events and
// organizations created here carry a client UUID (VMS_Client_Id__c) so their upsert lands exactly once;
// a volunteer's status; notes on a participation. Unique like the other client ids, as an index because
// ALTER TABLE cannot add a UNIQUE column (NULLs, the pulled rows, never collide).
const std::vector<const char*> kPlanning = {
    "ALTER TABLE events ADD COLUMN client_id TEXT",
    "CREATE UNIQUE INDEX events_client_id ON events(client_id)",
    "ALTER TABLE organizations ADD COLUMN client_id TEXT",
    "CREATE UNIQUE INDEX organizations_client_id ON organizations(client_id)",
    "ALTER TABLE volunteers ADD COLUMN volunteer_status TEXT",
    "ALTER TABLE participations ADD COLUMN notes TEXT",
};

// Version 8, outreach (issue #19): the org's Tasks whose Who is a
// contact (calls and emails to volunteers, salesforce-org.md's "activity"), and those logged here, which
// carry a client id the org cannot upsert by (the push looks a lost create up by it). volunteer_id and
// event_id link a Task to the local records its WhoId and WhatId name: set by VMS for a Task logged
// here (the push fills the Ids from them once the org has those records), and by the triggers for a
// pulled one, so the pull itself needs no Task-specific code. SET NULL, not CASCADE: a contact whose
// type changes in the org leaves the volunteers table, and its Tasks (some perhaps typed here and
// still waiting) must stay.
const std::vector<const char*> kTasks = {
    "CREATE TABLE activities (" VMS_SYNC_COLUMNS
    ", client_id TEXT UNIQUE, subject TEXT, type TEXT, status TEXT, "
    "activity_date TEXT, description TEXT, who_sf_id TEXT, what_sf_id TEXT, owner_sf_id TEXT, "
    "volunteer_id INTEGER REFERENCES volunteers(id) ON DELETE SET NULL, "
    "event_id INTEGER REFERENCES events(id) ON DELETE SET NULL)",
    "CREATE INDEX activities_volunteer ON activities(volunteer_id, activity_date)",
    "CREATE INDEX activities_who ON activities(who_sf_id)",
    "CREATE INDEX activities_date ON activities(activity_date)",
    // (volunteers.volunteer_status, which recruitment reads to leave Inactive volunteers out, came with
    // version 7.)
    "CREATE TRIGGER activities_link_insert AFTER INSERT ON activities BEGIN UPDATE activities SET "
    "volunteer_id = coalesce(NEW.volunteer_id, (SELECT id FROM volunteers WHERE sf_id = NEW.who_sf_id)), "
    "event_id = coalesce(NEW.event_id, (SELECT id FROM events WHERE sf_id = NEW.what_sf_id)) "
    "WHERE id = NEW.id AND ((NEW.volunteer_id IS NULL AND NEW.who_sf_id IS NOT NULL) OR "
    "(NEW.event_id IS NULL AND NEW.what_sf_id IS NOT NULL)); END",
    "CREATE TRIGGER activities_link_update AFTER UPDATE OF who_sf_id, what_sf_id ON activities BEGIN UPDATE "
    "activities SET "
    "volunteer_id = coalesce((SELECT id FROM volunteers WHERE sf_id = NEW.who_sf_id), NEW.volunteer_id), "
    "event_id = coalesce((SELECT id FROM events WHERE sf_id = NEW.what_sf_id), NEW.event_id) "
    "WHERE id = NEW.id; END",
};

const std::vector<std::vector<const char*>>& allVersions() {
    static const std::vector<std::vector<const char*>> versions = {
        kVersion1, kVersion2, kVersion3, kVersion4, kFieldRules, kSyncRanges, kPlanning, kTasks};
    return versions;
}

#undef VMS_SYNC_COLUMNS

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(allVersions().size());
}

int Migrations::currentVersion(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Migrations::migrate(QSqlDatabase& db, int target) {
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current < 0)
        return Error::database(
            Tr::tr("Cannot read the cache's schema version: %1").arg(db.lastError().text()));
    if (current > latestVersion())
        return Error::database(
            Tr::tr("The local cache was written by a newer VMS (schema %1; this build knows %2). "
                   "Update VMS to open it.")
                .arg(current)
                .arg(latestVersion()));

    for (int version = current + 1; version <= target; ++version) {
        if (!db.transaction())
            return Error::database(db.lastError().text());
        QSqlQuery q(db);
        for (const char* step : allVersions()[static_cast<size_t>(version - 1)]) {
            if (!q.exec(QString::fromUtf8(step))) {
                const QString why = q.lastError().text();
                db.rollback();
                return Error::database(Tr::tr("Migration to schema %1 failed: %2").arg(version).arg(why));
            }
        }
        // PRAGMA cannot take a bound value; version is an int we produced, never user text.
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
            db.rollback();
            return Error::database(q.lastError().text());
        }
        if (!db.commit())
            return Error::database(db.lastError().text());
        qCInfo(lcDb) << "migrated cache to schema" << version;
    }
    return {};
}

} // namespace vms
