#pragma once

#include "core/common/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace vms {

class Database;

struct EntityMapping;

// What the org accepts in one field VMS writes, as its describe call reports it (REST API Developer
// Guide, "sObject Describe": the Field type's length, nillable, createable, defaultedOnCreate,
// restrictedPicklist and picklistValues).
struct FieldRule {
    QString column; // the local column, "last_name"
    QString object; // "Contact"
    QString field;  // "LastName"
    QString label;  // the org's own name for it, "Last Name"
    // describe's type (string, textarea, email, phone, url, picklist, multipicklist, reference, boolean,
    // double, date, ...); empty when the org has no such field.
    QString type;
    int maxLength = 0; // characters, for text; 0 when the org gives none
    bool nillable = true;
    // A create without it is refused (REQUIRED_FIELD_MISSING): not nillable, createable, and not filled
    // in by the org itself (defaultedOnCreate, as booleans and the owner are).
    bool requiredOnCreate = false;
    bool restrictedPicklist = false;
    QStringList picklistValues; // the active values of a picklist (only a restricted one refuses others)
};

// A value the org would refuse, found before it is saved.
struct FieldProblem {
    QString column;  // the local column, so a form can show the problem beside its field
    QString label;   // the org's name for the field
    QString field;   // its API name
    QString message; // what is wrong and the limit, without the field's name: "At most 80 characters; ..."

    // The problem with the field named, for where it is not shown beside the field:
    // "Last Name (LastName): at most 80 characters; this has 86."
    QString text() const;
};

// The org's rules for the fields of one local entity, cached by the sync from the org's describe so
// that they are checked without a network: LocalChanges refuses a change the org would refuse (a text
// too long, a required field left empty, a value a restricted picklist does not hold) when the user saves
// it, with the field and the limit named, instead of the push failing later. Before the first sync there
// are no rules and nothing is checked, so offline work is never blocked by them.
class FieldRules final {
public:
    enum class Write { Create, Update };

    FieldRules() = default;

    // The rules cached for a local entity ("volunteer"); empty until a sync has read the org's describe.
    static Result<FieldRules> load(const QSqlDatabase& db, const QString& entity);
    // The same, on this thread's connection to `db` (the views hold a Database, never a connection).
    static Result<FieldRules> load(const Database& db, const QString& entity);
    // The rules of one entity from the org's describe answer for its object: one per mapped column.
    static FieldRules fromDescribe(const EntityMapping& entity, const nlohmann::json& describe);
    // Replaces the cached rules of the given entities, in one transaction.
    static Status store(const QSqlDatabase& db, const std::vector<FieldRules>& rules,
                        const QString& fetchedAt);
    // When the cached rules of `entity` were read from the org (ISO UTC); empty when there are none, or
    // when they do not match the mapping any more (a column without a rule, or with another field: the
    // mapping was overridden since), so the sync reads the describe again.
    static Result<QString> fetchedAt(const QSqlDatabase& db, const EntityMapping& entity);

    bool isEmpty() const { return m_rules.empty(); }
    const QString& entity() const { return m_entity; }
    const std::vector<FieldRule>& rules() const { return m_rules; }
    const FieldRule* rule(const QString& column) const;

    // What the org would refuse among `values` (local column -> the value exactly as it will be sent; a
    // null or empty value is no value). Columns without a rule are not checked.
    std::vector<FieldProblem> check(const QVariantMap& values, Write write) const;

private:
    QString m_entity;
    std::vector<FieldRule> m_rules;
};

} // namespace vms
