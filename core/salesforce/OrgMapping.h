#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace vms {

// How a Salesforce field's JSON value becomes a local column value (and back, for writes).
enum class FieldType {
    Text,          // string as is
    Id,            // a Salesforce Id (reference)
    Bool,          // JSON true/false -> 0/1
    Number,        // JSON number -> REAL/INTEGER
    Date,          // "2026-03-08"
    DateTimeMs,    // "2026-03-08T15:30:00.000+0000" -> ms since the epoch, UTC
    MultiPicklist, // "A;B;C"
    HtmlHref,      // an HTML anchor (<a href="...">); keep the href
};

struct FieldMapping {
    QString sfField; // "FirstName"
    QString column;  // "first_name" (core/db/Migrations.cpp)
    FieldType type = FieldType::Text;
};

// One local entity read from the org (salesforce-org.md, "Objects read").
struct EntityMapping {
    QString entity; // "volunteer"
    QString table;  // "volunteers"
    QString object; // "Contact"
    QString filter; // a SOQL condition, empty for none: "Contact_Type__c = 'Volunteer' OR ..."
    std::vector<FieldMapping> fields; // without the system fields
    QStringList systemFields;         // from the mapping's "system": Id, SystemModstamp, IsDeleted

    const FieldMapping* bySfField(const QString& sfField) const;
    const FieldMapping* byColumn(const QString& column) const;
    // The system fields (Id, SystemModstamp, IsDeleted) then every mapped field, for a SELECT list.
    QStringList selectFields() const;
    // SELECT <selectFields> FROM <object> WHERE (<filter>) AND (<condition>) ORDER BY <orderBy>, where an
    // empty orderBy means the SystemModstamp field. `condition` is SOQL built by the caller with
    // soql::quote/dateTimeLiteral (never raw user text).
    QString soql(const QString& condition = {}, const QString& orderBy = {}) const;
};

// A column of a written record that points at another local record: the field takes that record's
// Salesforce Id, known once the record has reached the org (salesforce-org.md, "Planning writes": a
// record created offline that others point at is pushed first, and their references filled in).
struct WriteReference {
    QString column; // "event_sf_id": the written column (and so its field, Session__c)
    QString entity; // "event": the local entity pointed at
    QString link;   // "event_id": the column holding that record's local id
    // A master-detail parent: when it is deleted in the org, the record goes with it, so the org saying
    // ENTITY_IS_DELETED about this field means the change has nowhere to go.
    bool master = false;
};

// How one local entity is written (salesforce-org.md, "Objects written" and "Planning writes"). Field
// names and types come from the entity's read mapping: a write lists local columns.
struct WriteMapping {
    QString entity; // "participation"
    QString object; // "Session_Participant__c"
    // The client-generated UUID a record created in VMS carries (VMS_Client_Id__c), so a replay after a
    // lost answer can never make a second record. With `upsertByClientId` the org upserts by it (an
    // External ID); without (Task: activity fields cannot be External IDs) a create is sent, and after a
    // lost answer the record is looked up by it before anything is sent again.
    QString clientIdColumn; // "client_id"; empty when VMS never creates this entity
    QString clientIdField;  // "VMS_Client_Id__c" (from the read mapping)
    bool upsertByClientId = false;
    std::vector<FieldMapping> create;         // sent when the record is created
    std::vector<FieldMapping> update;         // may be sent when an existing record is edited
    QList<QPair<QString, QString>> constants; // sent on create: SF field -> value ("Contact_Type__c")
    std::vector<WriteReference> references;
    bool canDelete = false;

    bool canCreate() const { return !create.empty(); }
    const FieldMapping* createField(const QString& column) const;
    const FieldMapping* updateField(const QString& column) const;
};

// The object and field names VMS uses in the org, as data. This is the only place Salesforce object,
// field and permission-set names live: orgs differ, so an admin may replace the embedded default
// (core/salesforce/mapping.json, compiled in as :/vms/salesforce/mapping.json) with an override file of
// the same shape. A value type: cheap to copy, safe to hand to the sync engine's thread.
//
// The sync engine pulls entities() in order (parents first), using EntityMapping::soql() with its
// SystemModstamp condition, and converts each record's fields by FieldMapping::type into the columns
// named; it pushes the outbox by writes(), in their order (parents first).
class OrgMapping final {
public:
    static constexpr char kDefaultResource[] = ":/vms/salesforce/mapping.json";

    // The embedded default.
    static Result<OrgMapping> loadDefault();
    // The embedded default, read once (it is compiled in and checked by tests, so it cannot fail to load).
    static const OrgMapping& builtIn();
    // An admin's override file (ErrorKind::Usage naming the problem when it is malformed).
    static Result<OrgMapping> loadFile(const QString& path);
    // The override when overridePath is not empty, else the default.
    static Result<OrgMapping> load(const QString& overridePath);
    static Result<OrgMapping> fromJson(const QByteArray& json, const QString& origin = {});

    // Every local entity, in dependency order.
    const std::vector<EntityMapping>& entities() const { return m_entities; }
    const EntityMapping* entity(const QString& name) const;

    const QString& idField() const { return m_idField; }             // "Id"
    const QString& modstampField() const { return m_modstampField; } // "SystemModstamp"
    const QString& deletedField() const { return m_deletedField; }   // "IsDeleted"

    const QString& adminPermissionSet() const { return m_adminPermissionSet; } // "VMS_Admin"
    const QString& coordinatorPermissionSet() const {
        return m_coordinatorPermissionSet;
    } // "VMS_Coordinator"
    // The role the user's permission-set names give: Admin > Coordinator > User.
    Role roleForPermissionSets(const QStringList& names) const;

    // How each writable entity is written, in dependency order (a record pointed at comes first).
    const std::vector<WriteMapping>& writes() const { return m_writes; }
    const WriteMapping* write(const QString& entity) const;
    // The (table, link column) of every written record that can point at `entity` through a reference:
    // where a record of `entity` may have children with local changes.
    std::vector<std::pair<QString, QString>> childLinks(const QString& entity) const;

private:
    std::vector<EntityMapping> m_entities;
    QString m_idField, m_modstampField, m_deletedField;
    QString m_adminPermissionSet, m_coordinatorPermissionSet;
    std::vector<WriteMapping> m_writes;
};

} // namespace vms
