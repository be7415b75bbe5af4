#pragma once

#include "Org.h"
#include "OrgInternal.h"

#include <vector>

namespace fakeforce {

// Create/update/upsert/delete for REST and the control API. Each operation is planned first (field
// conversion and validation against the current data and the rest of the batch) and applied after, so
// sObject Collections' allOrNone can refuse the whole batch without an undo log.
class OrgWriter final {
public:
    struct Assign {
        int field = -1;
        Cell value;
    };
    struct Plan {
        enum class Op { Insert, Update, Delete } op = Op::Insert;
        int object = -1;
        qint64 row = -1;
        std::vector<Assign> assigns;
        std::vector<Org::WriteError> errors;
        bool fatal = false; // a JSON_PARSER_ERROR: the whole request fails, as Salesforce does
        bool ok() const { return errors.empty(); }
    };

    // validate: apply the org's validation rules (REST); the control API passes false. caller: the user
    // row the writes are made as (the default OwnerId of what they create).
    OrgWriter(Org& org, bool validate, std::uint32_t caller)
        : m_org(org)
        , m_validate(validate)
        , m_caller(caller) {}

    Plan planInsert(int object, const detail::json& fields);
    Plan planUpdate(int object, const QString& id, const detail::json& fields);
    // Upsert: extField is the external-id field; value its value (from the URL or the record).
    Plan planUpsert(int object, int extField, const QString& value, const detail::json& fields);
    Plan planDelete(int object, const QString& id);
    // Applies a successful plan; returns the row written.
    qint64 apply(Plan& plan);
    // Marks values of unique fields claimed by earlier plans in the same request (DUPLICATE_VALUE).
    void claimUniques(const Plan& plan);

    static Org::WriteError error(const char* code, const QString& message, const QStringList& fields = {});

    // Field names in a record body are case-insensitive, as in Salesforce ("id" is "Id"): renames every key
    // that names a field of the object to the field's own spelling, leaving "attributes" and unknown names
    // (INVALID_FIELD later) alone. Two keys naming one field are a JSON_PARSER_ERROR; returns false then.
    static bool canonicalize(int object, detail::json& record, Org::WriteError& error);

private:
    // canonicalize() for a plan: a duplicate field fails the whole request (plan.fatal).
    bool canonicalInto(Plan& plan, const detail::json& fields, detail::json& out);
    bool convert(Plan& plan, const detail::json& fields, bool insert);
    bool toCell(const FieldDef& fd, const detail::json& v, Cell& out, Plan& plan);
    bool polymorphicRef(const FieldDef& fd, const detail::json& v, Cell& out, Plan& plan);
    void validateRecord(Plan& plan);
    qint64 rowForId(int object, const QString& id, Plan& plan);

    void addDefaults(Plan& plan) const;

    Org& m_org;
    bool m_validate;
    std::uint32_t m_caller;
    QHash<QString, int> m_claimed; // "object:field:lowervalue" -> count
};

} // namespace fakeforce
