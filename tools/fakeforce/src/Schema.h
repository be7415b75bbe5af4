#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace fakeforce {

// Salesforce field types the fake knows, named as describe reports them.
enum class FieldType : std::uint8_t {
    Id,
    Reference,
    String,
    TextArea,
    Email,
    Phone,
    Url,
    Picklist,
    MultiPicklist,
    Combobox, // a picklist that also takes free text (Task.Subject)
    Boolean,
    Double,
    Date,
    DateTime
};

// How a field is kept in the column store (see Table).
enum class Storage : std::uint8_t {
    SysId,
    SysDeleted,
    SysCreated,
    SysModified,
    SysModstamp, // kept for every row outside the columns
    FullName,    // computed "FirstName LastName" (Contact, User)
    Text,
    Pick,
    Ref,
    Bool,
    Num,
    Date,
    DateTime
};

struct FieldDef final {
    QString name;
    QByteArray nameUtf8;
    QString label;
    FieldType type = FieldType::String;
    Storage storage = Storage::Text;
    int length = 0;
    bool nillable = true;
    bool createable = true;
    bool updateable = true;
    bool externalId = false;
    bool unique = false;
    bool required = false;    // required on create (REQUIRED_FIELD_MISSING)
    bool restricted = false;  // restricted picklist
    QString autoNumberPrefix; // non-empty: auto-number field filled on insert
    QStringList picklist;
    int refObject = -1; // index of the referenced object for Ref fields
    // A polymorphic reference (Task.WhatId): the objects it may point at. Stored as the 18-character id
    // text, so refObject is -1 and no relationship path can cross it.
    std::vector<int> polymorphicTo;
    QString relationshipName;      // "Account" for AccountId, "Session__r" for Session__c
    QString defaultValue;          // filled in on create when the field is absent (Task.Status)
    bool defaultsToCaller = false; // OwnerId: the user making the call, when absent on create
    int column = -1;               // index in Table's columns for stored (non-system, non-computed) fields
};

// Object indices: fixed so code can name objects without string lookups.
enum ObjectIndex : int {
    kAccount,
    kContact,
    kAffiliation,
    kSession,
    kParticipant,
    kClass,
    kUser,
    kPermissionSet,
    kPermissionSetAssignment,
    kTask,
    kObjectCount
};

// System fields come first in every object, in this order.
enum SystemField : int {
    kFieldId,
    kFieldIsDeleted,
    kFieldCreatedDate,
    kFieldLastModifiedDate,
    kFieldSystemModstamp
};

struct ObjectDef final {
    QString name;
    QByteArray nameUtf8;
    QString label;
    QByteArray keyPrefix;
    bool custom = false;
    std::vector<FieldDef> fields;
    int columnCount = 0;

    int fieldIndex(QStringView name) const;                    // case-insensitive; -1 if unknown
    int relationshipIndex(QStringView relationshipName) const; // the Ref field behind a relationship name
    const FieldDef& field(int i) const { return fields[size_t(i)]; }

    QHash<QString, int> byLowerName;
    QHash<QString, int> byLowerRelationship;
};

class Schema final {
public:
    Schema();

    int objectIndex(QStringView name) const; // case-insensitive; -1 if unknown
    int objectIndexForPrefix(const QByteArray& prefix) const;
    const ObjectDef& object(int i) const { return m_objects[size_t(i)]; }
    int objectCount() const { return int(m_objects.size()); }

private:
    std::vector<ObjectDef> m_objects;
    QHash<QString, int> m_byLowerName;
};

const Schema& schema();

} // namespace fakeforce
