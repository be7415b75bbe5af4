#include "OrgWriter.h"

#include "DateTimeUtil.h"
#include "SalesforceId.h"

#include <algorithm>
#include <cmath>

namespace fakeforce {

using detail::json;

Org::WriteError OrgWriter::error(const char* code, const QString& message, const QStringList& fields) {
    return Org::WriteError{QByteArray(code), message, fields};
}

bool OrgWriter::canonicalize(int object, json& record, Org::WriteError& err) {
    if (!record.is_object())
        return true;
    const ObjectDef& o = schema().object(object);
    json out = json::object();
    for (auto it = record.begin(); it != record.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        const int f = name == QStringLiteral("attributes") ? -1 : o.fieldIndex(name);
        const std::string key = f < 0 ? it.key() : o.field(f).name.toStdString();
        if (out.contains(key)) {
            err = error("JSON_PARSER_ERROR",
                        QStringLiteral("Duplicate field %1 in a record of %2")
                            .arg(QString::fromStdString(key), o.name),
                        {QString::fromStdString(key)});
            return false;
        }
        out[key] = it.value();
    }
    record = std::move(out);
    return true;
}

bool OrgWriter::canonicalInto(Plan& plan, const json& fields, json& out) {
    out = fields;
    Org::WriteError err;
    if (canonicalize(plan.object, out, err))
        return true;
    plan.fatal = true;
    plan.errors.push_back(err);
    return false;
}

qint64 OrgWriter::rowForId(int object, const QString& id, Plan& plan) {
    const Table& t = m_org.table(object);
    if (!sfid::looksLikeId(id)) {
        plan.errors.push_back(error(
            "MALFORMED_ID", QStringLiteral("%1 ID: id value of incorrect type: %2").arg(t.def().label, id),
            {QStringLiteral("Id")}));
        return -1;
    }
    const qint64 row = t.rowOfId(id);
    if (row < 0) {
        plan.errors.push_back(
            error("INVALID_CROSS_REFERENCE_KEY", QStringLiteral("invalid cross reference id")));
        return -1;
    }
    if (t.deleted(std::uint32_t(row))) {
        plan.errors.push_back(error("ENTITY_IS_DELETED", QStringLiteral("entity is deleted")));
        return -1;
    }
    return row;
}

bool OrgWriter::polymorphicRef(const FieldDef& fd, const json& v, Cell& out, Plan& plan) {
    if (!v.is_string()) {
        plan.fatal = true;
        plan.errors.push_back(error(
            "JSON_PARSER_ERROR",
            QStringLiteral("Cannot deserialize instance of reference from %1 value %2")
                .arg(QString::fromStdString(std::string(v.type_name())), QString::fromStdString(v.dump()))));
        return false;
    }
    const QString id = detail::toQString(v);
    if (id.isEmpty()) {
        out = Cell::null();
        return true;
    }
    const auto parsed = sfid::parse(id);
    if (!parsed) {
        plan.errors.push_back(error("MALFORMED_ID",
                                    QStringLiteral("%1: id value of incorrect type: %2").arg(fd.label, id),
                                    {fd.name}));
        return false;
    }
    const int target = schema().objectIndexForPrefix(parsed->prefix);
    const bool allowed =
        std::find(fd.polymorphicTo.begin(), fd.polymorphicTo.end(), target) != fd.polymorphicTo.end();
    const qint64 row = allowed ? m_org.table(target).rowOfId(id) : -1;
    if (row < 0) {
        plan.errors.push_back(error("INVALID_CROSS_REFERENCE_KEY",
                                    QStringLiteral("%1: id value of incorrect type: %2").arg(fd.label, id),
                                    {fd.name}));
        return false;
    }
    if (m_org.table(target).deleted(std::uint32_t(row))) {
        plan.errors.push_back(error("ENTITY_IS_DELETED", QStringLiteral("entity is deleted"), {fd.name}));
        return false;
    }
    out = Cell::ofText(m_org.table(target).idOf(std::uint32_t(row)));
    return true;
}

bool OrgWriter::toCell(const FieldDef& fd, const json& v, Cell& out, Plan& plan) {
    auto parserError = [&](const char* type) {
        plan.fatal = true;
        plan.errors.push_back(
            error("JSON_PARSER_ERROR",
                  QStringLiteral("Cannot deserialize instance of %1 from %2 value %3 or request "
                                 "may be missing a required field")
                      .arg(QLatin1String(type), QString::fromStdString(std::string(v.type_name())),
                           QString::fromStdString(v.dump()))));
        return false;
    };
    if (v.is_null()) {
        out = fd.storage == Storage::Bool ? Cell::ofBool(false) : Cell::null();
        return true;
    }
    switch (fd.storage) {
    case Storage::Bool:
        if (!v.is_boolean())
            return parserError("boolean");
        out = Cell::ofBool(v.get<bool>());
        return true;
    case Storage::Num:
        if (!v.is_number())
            return parserError("double");
        out = Cell::ofNum(v.get<double>());
        return true;
    case Storage::Date: {
        const auto d = v.is_string() ? dt::parseDate(detail::toQString(v)) : std::nullopt;
        if (!d)
            return parserError("date");
        out = Cell::ofDate(*d);
        return true;
    }
    case Storage::DateTime: {
        const auto d = v.is_string() ? dt::parseDateTime(detail::toQString(v)) : std::nullopt;
        if (!d)
            return parserError("datetime");
        out = Cell::ofDateTime(*d);
        return true;
    }
    case Storage::Ref: {
        if (!v.is_string())
            return parserError("reference");
        const QString id = detail::toQString(v);
        if (id.isEmpty()) {
            out = Cell::null();
            return true;
        }
        const Table& target = m_org.table(fd.refObject);
        if (!sfid::looksLikeId(id)) {
            plan.errors.push_back(
                error("MALFORMED_ID", QStringLiteral("%1: id value of incorrect type: %2").arg(fd.label, id),
                      {fd.name}));
            return false;
        }
        const qint64 row = target.rowOfId(id);
        if (row < 0) {
            plan.errors.push_back(
                error("INVALID_CROSS_REFERENCE_KEY",
                      QStringLiteral("%1: id value of incorrect type: %2").arg(fd.label, id), {fd.name}));
            return false;
        }
        if (target.deleted(std::uint32_t(row))) {
            plan.errors.push_back(error("ENTITY_IS_DELETED", QStringLiteral("entity is deleted"), {fd.name}));
            return false;
        }
        out = Cell::ofRef(row);
        return true;
    }
    default: {
        if (fd.type == FieldType::Reference) // polymorphic: kept as the 18-character id of its target
            return polymorphicRef(fd, v, out, plan);
        QByteArray text;
        if (v.is_string())
            text = QByteArray::fromStdString(v.get<std::string>());
        else if (v.is_number() || v.is_boolean())
            text = QByteArray::fromStdString(v.dump());
        else
            return parserError("string");
        const QString s = QString::fromUtf8(text);
        if (fd.length > 0 && s.size() > fd.length) {
            plan.errors.push_back(error("STRING_TOO_LONG",
                                        QStringLiteral("%1: data value too large: %2 (max length=%3)")
                                            .arg(fd.label, s.left(40))
                                            .arg(fd.length),
                                        {fd.name}));
            return false;
        }
        if (fd.type == FieldType::Email && !s.isEmpty()) {
            const qsizetype at = s.indexOf(u'@');
            if (at <= 0 || s.indexOf(u'.', at) < at + 2 || s.endsWith(u'.') || s.contains(u' ')) {
                plan.errors.push_back(error("INVALID_EMAIL_ADDRESS",
                                            QStringLiteral("%1: invalid email address: %2").arg(fd.label, s),
                                            {fd.name}));
                return false;
            }
        }
        if (fd.restricted && m_validate && !fd.picklist.contains(s)) {
            plan.errors.push_back(
                error("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                      QStringLiteral("%1: bad value for restricted picklist field: %2").arg(fd.label, s),
                      {fd.name}));
            return false;
        }
        // An empty string is null in Salesforce.
        out = text.isEmpty() ? Cell::null() : Cell::ofText(text);
        return true;
    }
    }
}

bool OrgWriter::convert(Plan& plan, const json& fields, bool insert) {
    const ObjectDef& o = schema().object(plan.object);
    if (!fields.is_object()) {
        plan.fatal = true;
        plan.errors.push_back(
            error("JSON_PARSER_ERROR", QStringLiteral("Expected a JSON object for a record")));
        return false;
    }
    QStringList readOnly;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString name = QString::fromStdString(it.key());
        if (name == QStringLiteral("attributes"))
            continue;
        const int f = o.fieldIndex(name);
        if (f < 0 || m_org.fieldRemoved(plan.object, f)) {
            plan.errors.push_back(
                error("INVALID_FIELD",
                      QStringLiteral("No such column '%1' on sobject of type %2").arg(name, o.name), {name}));
            continue;
        }
        const FieldDef& fd = o.field(f);
        if (f == kFieldId && !insert)
            continue; // collections carry the Id in the record; it selects the row
        if (m_validate && ((insert && !fd.createable) || (!insert && !fd.updateable))) {
            readOnly << fd.name;
            continue;
        }
        if (!m_validate && (fd.storage == Storage::SysId || fd.storage == Storage::FullName))
            continue;
        Cell c;
        if (!toCell(fd, it.value(), c, plan))
            continue;
        plan.assigns.push_back({f, std::move(c)});
    }
    if (!readOnly.isEmpty())
        plan.errors.push_back(
            error("INVALID_FIELD_FOR_INSERT_UPDATE",
                  QStringLiteral("Unable to create/update fields: %1. Please check the security "
                                 "settings of this field and verify that it is read/write for your "
                                 "profile or permission set.")
                      .arg(readOnly.join(QStringLiteral(", "))),
                  readOnly));
    return plan.ok();
}

void OrgWriter::validateRecord(Plan& plan) {
    if (!m_validate || !plan.ok())
        return;
    const Table& t = m_org.table(plan.object);
    const ObjectDef& o = t.def();
    auto valueOf = [&](int f) -> Cell {
        for (const Assign& a : plan.assigns)
            if (a.field == f)
                return a.value;
        return plan.row >= 0 ? t.get(f, std::uint32_t(plan.row)) : Cell::null();
    };
    QStringList missing;
    for (int f = 0; f < int(o.fields.size()); ++f) {
        const FieldDef& fd = o.field(f);
        if (fd.required && !m_org.fieldRemoved(plan.object, f) && valueOf(f).isNull())
            missing << fd.name;
    }
    if (!missing.isEmpty())
        plan.errors.push_back(
            error("REQUIRED_FIELD_MISSING",
                  QStringLiteral("Required fields are missing: [%1]").arg(missing.join(u',')), missing));
    // The org's validation rules on Session__c (salesforce-org.md "Planning writes"), errors on the field.
    if (plan.object == kSession) {
        const Cell status = valueOf(o.fieldIndex(u"Session_Status__c"));
        if (status.text == "Cancelled" && valueOf(o.fieldIndex(u"Cancellation_Reason__c")).isNull())
            plan.errors.push_back(error("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                                        QStringLiteral("A cancelled session needs a cancellation reason."),
                                        {QStringLiteral("Cancellation_Reason__c")}));
        const Cell start = valueOf(o.fieldIndex(u"Start_Date_and_Time__c"));
        const Cell end = valueOf(o.fieldIndex(u"End_Date_and_Time__c"));
        if (!start.isNull() && !end.isNull() && end.i < start.i)
            plan.errors.push_back(error("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                                        QStringLiteral("The end date and time cannot be before the start."),
                                        {QStringLiteral("End_Date_and_Time__c")}));
    }
    if (plan.object == kParticipant) {
        const int hours = o.fieldIndex(u"Delivery_Hours__c");
        const Cell h = valueOf(hours);
        if (!h.isNull() && (h.num < 0 || h.num > 24 || std::isnan(h.num)))
            plan.errors.push_back(error("FIELD_CUSTOM_VALIDATION_EXCEPTION",
                                        QStringLiteral("Delivery hours must be between 0 and 24."),
                                        {QStringLiteral("Delivery_Hours__c")}));
    }
    for (const Assign& a : plan.assigns) {
        const FieldDef& fd = o.field(a.field);
        if (!fd.unique || a.value.isNull())
            continue;
        const qint64 other = t.findUnique(a.field, a.value.text);
        const QString key = QStringLiteral("%1:%2:%3")
                                .arg(plan.object)
                                .arg(a.field)
                                .arg(QString::fromUtf8(a.value.text).toLower());
        if ((other >= 0 && other != plan.row) || m_claimed.contains(key)) {
            plan.errors.push_back(
                error("DUPLICATE_VALUE",
                      QStringLiteral("duplicate value found: %1 duplicates value on record with id: %2")
                          .arg(fd.name, other >= 0 ? QString::fromLatin1(t.idOf(std::uint32_t(other)))
                                                   : QStringLiteral("<unknown>")),
                      {fd.name}));
        }
    }
}

void OrgWriter::claimUniques(const Plan& plan) {
    if (!plan.ok() || plan.op == Plan::Op::Delete)
        return;
    const ObjectDef& o = schema().object(plan.object);
    for (const Assign& a : plan.assigns)
        if (o.field(a.field).unique && !a.value.isNull())
            m_claimed.insert(QStringLiteral("%1:%2:%3")
                                 .arg(plan.object)
                                 .arg(a.field)
                                 .arg(QString::fromUtf8(a.value.text).toLower()),
                             1);
}

OrgWriter::Plan OrgWriter::planInsert(int object, const json& body) {
    Plan p;
    p.op = Plan::Op::Insert;
    p.object = object;
    json fields;
    if (!canonicalInto(p, body, fields))
        return p;
    if (fields.is_object() && fields.contains("Id") && m_validate) {
        p.errors.push_back(error("INVALID_FIELD_FOR_INSERT_UPDATE",
                                 QStringLiteral("cannot specify Id in an insert call"),
                                 {QStringLiteral("Id")}));
        return p;
    }
    if (convert(p, fields, true)) {
        addDefaults(p);
        validateRecord(p);
    }
    return p;
}

// Values Salesforce fills in on create when the body leaves a field out (Task.Status "Not Started",
// OwnerId the caller); a field sent as null keeps its null (and fails if required).
void OrgWriter::addDefaults(Plan& plan) const {
    const ObjectDef& o = schema().object(plan.object);
    for (int f = 0; f < int(o.fields.size()); ++f) {
        const FieldDef& fd = o.field(f);
        if ((fd.defaultValue.isEmpty() && !fd.defaultsToCaller) || m_org.fieldRemoved(plan.object, f))
            continue;
        if (std::any_of(plan.assigns.begin(), plan.assigns.end(),
                        [f](const Assign& a) { return a.field == f; }))
            continue;
        plan.assigns.push_back(
            {f, fd.defaultsToCaller ? Cell::ofRef(m_caller) : Cell::ofText(fd.defaultValue.toUtf8())});
    }
}

OrgWriter::Plan OrgWriter::planUpdate(int object, const QString& id, const json& body) {
    Plan p;
    p.op = Plan::Op::Update;
    p.object = object;
    json fields;
    if (!canonicalInto(p, body, fields))
        return p;
    p.row = rowForId(object, id, p);
    if (p.row < 0)
        return p;
    if (convert(p, fields, false))
        validateRecord(p);
    return p;
}

OrgWriter::Plan OrgWriter::planUpsert(int object, int extField, const QString& value, const json& fields) {
    const Table& t = m_org.table(object);
    Plan p;
    p.object = object;
    json body;
    if (!canonicalInto(p, fields, body))
        return p;
    if (value.isEmpty()) {
        p.errors.push_back(
            error("MISSING_ARGUMENT", QStringLiteral("%1 not specified").arg(t.def().field(extField).name)));
        return p;
    }
    qint64 row = -1;
    const FieldDef& fd = t.def().field(extField);
    if (extField == kFieldId) {
        row = t.rowOfId(value);
    } else if (fd.unique) {
        row = t.findUnique(extField, value.toUtf8());
    } else {
        // Non-unique external ids: a scan (rare; only School_Code_External_ID__c).
        int matches = 0;
        for (std::uint32_t r = 0; r < t.rowCount(); ++r) {
            bool isNull = true;
            const auto s = t.text(extField, r, isNull);
            if (!isNull && !t.deleted(r) &&
                QString::fromUtf8(s.data(), qsizetype(s.size())).compare(value, Qt::CaseInsensitive) == 0) {
                row = r;
                ++matches;
            }
        }
        if (matches > 1) {
            p.errors.push_back(
                error("DUPLICATE_EXTERNAL_ID",
                      QStringLiteral("%1: more than one record found for external id field: %2")
                          .arg(fd.name, value)));
            return p;
        }
    }
    if (row >= 0) {
        p.op = Plan::Op::Update;
        p.row = row;
        if (body.is_object())
            body.erase(fd.name.toStdString());
        if (convert(p, body, false))
            validateRecord(p);
    } else {
        p.op = Plan::Op::Insert;
        if (body.is_object())
            body[fd.name.toStdString()] = value.toStdString();
        if (convert(p, body, true)) {
            addDefaults(p);
            validateRecord(p);
        }
    }
    return p;
}

OrgWriter::Plan OrgWriter::planDelete(int object, const QString& id) {
    Plan p;
    p.op = Plan::Op::Delete;
    p.object = object;
    p.row = rowForId(object, id, p);
    return p;
}

qint64 OrgWriter::apply(Plan& plan) {
    Table& t = m_org.table(plan.object);
    const qint64 now = m_org.stampNow();
    switch (plan.op) {
    case Plan::Op::Insert: {
        const std::uint32_t r = t.appendRow(now);
        plan.row = r;
        for (const Assign& a : plan.assigns)
            t.set(a.field, r, a.value);
        const ObjectDef& o = t.def();
        for (int f = 0; f < int(o.fields.size()); ++f)
            if (!o.field(f).autoNumberPrefix.isEmpty() && t.isNull(f, r))
                t.set(f, r,
                      Cell::ofText(o.field(f).autoNumberPrefix.toUtf8() +
                                   QByteArray::number(r + 1).rightJustified(7, '0')));
        return r;
    }
    case Plan::Op::Update: {
        const auto r = std::uint32_t(plan.row);
        for (const Assign& a : plan.assigns)
            t.set(a.field, r, a.value);
        t.setModified(r, now);
        t.setModstamp(r, now);
        return r;
    }
    case Plan::Op::Delete: {
        const auto r = std::uint32_t(plan.row);
        t.setDeleted(r, true);
        t.setModified(r, now);
        t.setModstamp(r, now);
        // Session_Participant__c is the detail side of a master-detail to Session__c: deleting the event
        // deletes its participations with it (they go to the recycle bin too).
        if (plan.object == kSession) {
            Table& parts = m_org.table(kParticipant);
            const int sessionField = parts.def().fieldIndex(u"Session__c");
            for (std::uint32_t p = 0; p < parts.rowCount(); ++p)
                if (!parts.deleted(p) && parts.ref(sessionField, p) == qint64(r)) {
                    parts.setDeleted(p, true);
                    parts.setModified(p, now);
                    parts.setModstamp(p, now);
                }
        }
        return r;
    }
    }
    return -1;
}

} // namespace fakeforce
