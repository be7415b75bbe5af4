#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

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

// One kind of write (salesforce-org.md, "Objects written"): local column -> SF field, plus constants.
struct WriteMapping {
    QString entity;           // local entity, "participation"
    QString object;           // "Session_Participant__c"
    QString externalIdField;  // "VMS_Client_Id__c" for upserts; empty for updates by Id
    QString externalIdColumn; // "client_id"
    std::vector<FieldMapping> fields;
    QList<QPair<QString, QString>> constants; // SF field -> fixed value ("Contact_Type__c" -> "Volunteer")

    const FieldMapping* byColumn(const QString& column) const;
};

// The object and field names VMS uses in the org, as data. This is the only place Salesforce object,
// field and permission-set names live: orgs differ, so an admin may replace the embedded default
// (core/salesforce/mapping.json, compiled in as :/vms/salesforce/mapping.json) with an override file of
// the same shape. A value type: cheap to copy, safe to hand to the sync engine's thread.
//
// The sync engine pulls entities() in order (parents first), using EntityMapping::soql() with its
// SystemModstamp condition, and converts each record's fields by FieldMapping::type into the columns
// named; it pushes with participationUpsert() / participationUpdate() / walkInVolunteer() /
// volunteerEdit() through SalesforceClient::upsertByExternalId / updateById.
class OrgMapping final {
public:
    static constexpr char kDefaultResource[] = ":/vms/salesforce/mapping.json";

    // The embedded default.
    static Result<OrgMapping> loadDefault();
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

    const WriteMapping& participationUpsert() const { return m_participationUpsert; }
    const WriteMapping& participationUpdate() const { return m_participationUpdate; }
    const WriteMapping& walkInVolunteer() const { return m_walkInVolunteer; }
    const WriteMapping& volunteerEdit() const { return m_volunteerEdit; }

private:
    std::vector<EntityMapping> m_entities;
    QString m_idField, m_modstampField, m_deletedField;
    QString m_adminPermissionSet, m_coordinatorPermissionSet;
    WriteMapping m_participationUpsert, m_participationUpdate, m_walkInVolunteer, m_volunteerEdit;
};

} // namespace vms
