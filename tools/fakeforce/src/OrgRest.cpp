// REST resources under /services/data/vNN.N/: sObject rows, upsert, describe, sObject Collections.

#include "DateTimeUtil.h"
#include "JsonWriter.h"
#include "Org.h"
#include "OrgInternal.h"
#include "OrgWriter.h"
#include "SalesforceId.h"
#include "SoqlParser.h"

#include <QUrl>

namespace fakeforce {

using namespace detail;

namespace {

constexpr int kCollectionLimit = 200;

Response notFound() {
    return errorResponse(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
}

Response methodNotAllowed(const QByteArray& method) {
    return errorResponse(405, "METHOD_NOT_ALLOWED",
                         QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET,PATCH,DELETE,POST")
                             .arg(QString::fromLatin1(method)));
}

Response invalidType(const QString& name) {
    return errorResponse(404, "NOT_FOUND",
                         QStringLiteral("The requested resource does not exist: sObject type '%1' "
                                        "is not supported.")
                             .arg(name));
}

void writeErrors(JsonWriter& w, const std::vector<Org::WriteError>& errors, bool collection) {
    w.beginArray();
    for (const auto& e : errors) {
        w.beginObject();
        if (collection) {
            w.key("statusCode");
            w.string(e.statusCode);
            w.key("message");
            w.string(e.message);
        } else {
            w.key("message");
            w.string(e.message);
            w.key("errorCode");
            w.string(e.statusCode);
        }
        w.key("fields");
        w.beginArray();
        for (const QString& f : e.fields)
            w.string(f);
        w.endArray();
        w.endObject();
    }
    w.endArray();
}

Response planErrors(const OrgWriter::Plan& plan) {
    JsonWriter w;
    writeErrors(w, plan.errors, false);
    int status = 400;
    if (!plan.errors.empty() && (plan.errors.front().statusCode == "ENTITY_IS_DELETED"))
        status = 404;
    return jsonResponse(status, w.take());
}

} // namespace

Response Org::handleRest(const Request& req, const QString& version, const QStringList& rest,
                         const Caller& caller) {
    if (rest.isEmpty()) {
        JsonWriter w;
        const QByteArray base = "/services/data/" + version.toLatin1();
        w.beginObject();
        for (const char* r : {"sobjects", "query", "queryAll", "limits", "composite"}) {
            w.key(r);
            w.string(base + '/' + r);
        }
        // As on Salesforce, the caller's identity URL (jsforce's identity() starts here).
        w.key("identity");
        w.string(identityUrl(caller.loginUrl, caller.user));
        w.endObject();
        return jsonResponse(200, w.take());
    }
    const QString& head = rest.front();
    if (head == QStringLiteral("query") || head == QStringLiteral("queryAll")) {
        if (req.method != "GET")
            return methodNotAllowed(req.method);
        if (rest.size() == 1)
            return handleQuery(req, version, head == QStringLiteral("queryAll"));
        if (rest.size() == 2)
            return handleQueryMore(req, version, rest[1]);
        return notFound();
    }
    if (head == QStringLiteral("limits") && rest.size() == 1) {
        JsonWriter w;
        w.beginObject();
        w.key("DailyApiRequests");
        w.beginObject();
        w.key("Max");
        w.integer(m_apiLimit);
        w.key("Remaining");
        w.integer(std::max(0, m_apiLimit - m_apiUsed));
        w.endObject();
        w.endObject();
        return jsonResponse(200, w.take());
    }
    if (head == QStringLiteral("sobjects"))
        return handleSObjects(req, version, rest.mid(1), caller.user);
    if (head == QStringLiteral("composite") && rest.size() >= 2 && rest[1] == QStringLiteral("sobjects"))
        return handleComposite(req, version, rest.mid(2), caller.user);
    return notFound();
}

Response Org::describe(int object) const {
    const ObjectDef& o = schema().object(object);
    JsonWriter w;
    w.beginObject();
    w.key("name");
    w.string(o.nameUtf8);
    w.key("label");
    w.string(o.label);
    w.key("keyPrefix");
    w.string(o.keyPrefix);
    w.key("custom");
    w.boolean(o.custom);
    w.key("createable");
    w.boolean(true);
    w.key("updateable");
    w.boolean(true);
    w.key("deletable");
    w.boolean(true);
    w.key("queryable");
    w.boolean(true);
    w.key("replicateable");
    w.boolean(true);
    w.key("fields");
    w.beginArray();
    for (int i = 0; i < int(o.fields.size()); ++i) {
        if (fieldRemoved(object, i))
            continue;
        const FieldDef& f = o.field(i);
        w.beginObject();
        w.key("name");
        w.string(f.nameUtf8);
        w.key("label");
        w.string(f.label);
        w.key("type");
        switch (f.type) {
        case FieldType::Id:
            w.string(std::string_view("id"));
            break;
        case FieldType::Reference:
            w.string(std::string_view("reference"));
            break;
        case FieldType::String:
            w.string(std::string_view("string"));
            break;
        case FieldType::TextArea:
            w.string(std::string_view("textarea"));
            break;
        case FieldType::Email:
            w.string(std::string_view("email"));
            break;
        case FieldType::Phone:
            w.string(std::string_view("phone"));
            break;
        case FieldType::Url:
            w.string(std::string_view("url"));
            break;
        case FieldType::Picklist:
            w.string(std::string_view("picklist"));
            break;
        case FieldType::MultiPicklist:
            w.string(std::string_view("multipicklist"));
            break;
        case FieldType::Combobox:
            w.string(std::string_view("combobox"));
            break;
        case FieldType::Boolean:
            w.string(std::string_view("boolean"));
            break;
        case FieldType::Double:
            w.string(std::string_view("double"));
            break;
        case FieldType::Date:
            w.string(std::string_view("date"));
            break;
        case FieldType::DateTime:
            w.string(std::string_view("datetime"));
            break;
        }
        w.key("length");
        w.integer(f.length);
        if (f.type == FieldType::Double) {
            w.key("precision");
            w.integer(18);
            w.key("scale");
            w.integer(2);
        }
        w.key("nillable");
        w.boolean(f.nillable && !f.required);
        w.key("createable");
        w.boolean(f.createable);
        w.key("updateable");
        w.boolean(f.updateable);
        w.key("externalId");
        w.boolean(f.externalId);
        w.key("unique");
        w.boolean(f.unique);
        w.key("autoNumber");
        w.boolean(!f.autoNumberPrefix.isEmpty());
        w.key("calculated");
        w.boolean(f.storage == Storage::FullName);
        w.key("restrictedPicklist");
        w.boolean(f.restricted);
        w.key("defaultedOnCreate");
        w.boolean(f.storage == Storage::Bool || f.storage == Storage::SysId ||
                  !f.autoNumberPrefix.isEmpty() || !f.defaultValue.isEmpty() || f.defaultsToCaller);
        w.key("referenceTo");
        w.beginArray();
        if (f.refObject >= 0)
            w.string(schema().object(f.refObject).nameUtf8);
        for (const int target : f.polymorphicTo)
            w.string(schema().object(target).nameUtf8);
        w.endArray();
        w.key("polymorphicForeignKey");
        w.boolean(!f.polymorphicTo.empty());
        w.key("relationshipName");
        if (f.relationshipName.isEmpty())
            w.null();
        else
            w.string(f.relationshipName);
        w.key("picklistValues");
        w.beginArray();
        for (const QString& v : f.picklist) {
            w.beginObject();
            w.key("active");
            w.boolean(true);
            w.key("defaultValue");
            w.boolean(v == f.defaultValue);
            w.key("label");
            w.string(v);
            w.key("validFor");
            w.null();
            w.key("value");
            w.string(v);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return jsonResponse(200, w.take());
}

int Org::externalIdField(int object, const QString& name, int notFoundStatus, Response& error) const {
    const ObjectDef& o = schema().object(object);
    const int f = o.fieldIndex(name);
    if (f < 0 || fieldRemoved(object, f)) {
        error = errorResponse(
            notFoundStatus, notFoundStatus == 404 ? "NOT_FOUND" : "INVALID_FIELD",
            QStringLiteral("Provided external ID field does not exist or is not accessible: %1").arg(name));
        return -1;
    }
    if (!o.field(f).externalId && f != kFieldId) {
        error = errorResponse(
            400, "INVALID_FIELD",
            QStringLiteral("Field name provided, %1 is not an External ID or indexed field for %2")
                .arg(o.field(f).name, o.name));
        return -1;
    }
    return f;
}

static QStringList splitList(const QString& s) {
    QStringList out;
    for (const QString& part : s.split(u',', Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

Response Org::handleSObjects(const Request& req, const QString& version, const QStringList& parts,
                             std::uint32_t user) {
    if (parts.isEmpty()) {
        JsonWriter w;
        w.beginObject();
        w.key("encoding");
        w.string(std::string_view("UTF-8"));
        w.key("maxBatchSize");
        w.integer(200);
        w.key("sobjects");
        w.beginArray();
        for (int i = 0; i < schema().objectCount(); ++i) {
            const ObjectDef& o = schema().object(i);
            w.beginObject();
            w.key("name");
            w.string(o.nameUtf8);
            w.key("label");
            w.string(o.label);
            w.key("keyPrefix");
            w.string(o.keyPrefix);
            w.key("custom");
            w.boolean(o.custom);
            w.key("queryable");
            w.boolean(true);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return jsonResponse(200, w.take());
    }
    const int object = schema().objectIndex(parts[0]);
    if (object < 0)
        return invalidType(parts[0]);
    Table& t = table(object);
    const ObjectDef& o = t.def();

    if (parts.size() == 1) {
        if (req.method == "POST") {
            json body;
            Response err;
            if (!parseJson(req.body, body, err))
                return err;
            OrgWriter writer(*this, true, user);
            auto plan = writer.planInsert(object, body);
            if (!plan.ok())
                return planErrors(plan);
            const auto row = std::uint32_t(writer.apply(plan));
            JsonWriter w;
            w.beginObject();
            w.key("id");
            w.string(t.idOf(row));
            w.key("success");
            w.boolean(true);
            w.key("errors");
            w.beginArray();
            w.endArray();
            w.endObject();
            return jsonResponse(201, w.take());
        }
        if (req.method == "GET") {
            JsonWriter w;
            w.beginObject();
            w.key("objectDescribe");
            w.beginObject();
            w.key("name");
            w.string(o.nameUtf8);
            w.key("keyPrefix");
            w.string(o.keyPrefix);
            w.endObject();
            w.key("recentItems");
            w.beginArray();
            w.endArray();
            w.endObject();
            return jsonResponse(200, w.take());
        }
        return methodNotAllowed(req.method);
    }
    if (parts.size() == 2 && parts[1] == QStringLiteral("describe")) {
        if (req.method != "GET")
            return methodNotAllowed(req.method);
        return describe(object);
    }
    if (parts.size() == 2 &&
        (parts[1] == QStringLiteral("updated") || parts[1] == QStringLiteral("deleted"))) {
        if (req.method != "GET")
            return methodNotAllowed(req.method);
        return handleUpdatedDeleted(req, object, parts[1] == QStringLiteral("deleted"));
    }

    // /sobjects/X/{id} or /sobjects/X/{externalIdField}/{value}
    qint64 row = -1;
    int extField = -1;
    QString extValue;
    if (parts.size() == 2) {
        row = t.rowOfId(parts[1]);
    } else if (parts.size() == 3) {
        Response fieldError;
        extField = externalIdField(object, parts[1], 404, fieldError);
        if (extField < 0)
            return fieldError;
        extValue = parts[2];
        if (req.method == "PATCH" || req.method == "POST") {
            json body;
            Response err;
            if (!parseJson(req.body, body, err))
                return err;
            OrgWriter writer(*this, true, user);
            auto plan = writer.planUpsert(object, extField, extValue, body);
            if (!plan.ok())
                return planErrors(plan);
            const bool created = plan.op == OrgWriter::Plan::Op::Insert;
            const auto r = std::uint32_t(writer.apply(plan));
            JsonWriter w;
            w.beginObject();
            w.key("id");
            w.string(t.idOf(r));
            w.key("success");
            w.boolean(true);
            w.key("errors");
            w.beginArray();
            w.endArray();
            w.key("created");
            w.boolean(created);
            w.endObject();
            return jsonResponse(created ? 201 : 200, w.take());
        }
        row = extField == kFieldId ? t.rowOfId(extValue) : -1;
        if (extField != kFieldId) {
            if (o.field(extField).unique) {
                row = t.findUnique(extField, extValue.toUtf8());
            } else {
                for (std::uint32_t r = 0; r < t.rowCount() && row < 0; ++r) {
                    bool isNull = true;
                    const auto s = t.text(extField, r, isNull);
                    if (!isNull && !t.deleted(r) &&
                        QString::fromUtf8(s.data(), qsizetype(s.size()))
                                .compare(extValue, Qt::CaseInsensitive) == 0)
                        row = r;
                }
            }
        }
    } else {
        return notFound();
    }
    if (row < 0 || t.deleted(std::uint32_t(row)))
        return row >= 0 ? errorResponse(404, "ENTITY_IS_DELETED", QStringLiteral("entity is deleted"))
                        : notFound();
    const auto r = std::uint32_t(row);
    const QString id = QString::fromLatin1(t.idOf(r));

    if (req.method == "GET") {
        std::vector<FieldPath> fields;
        const QString fieldParam = req.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
        if (fieldParam.isEmpty()) {
            for (int f = 0; f < int(o.fields.size()); ++f) {
                if (fieldRemoved(object, f))
                    continue;
                FieldPath p;
                p.objects = {object};
                p.field = f;
                fields.push_back(p);
            }
        } else {
            for (const QString& name : splitList(fieldParam)) {
                FieldPath p;
                SoqlError err;
                if (!resolveFieldPath(object, name, p, err, visibleFields()))
                    return errorResponse(400, err.errorCode, err.message);
                fields.push_back(p);
            }
        }
        JsonWriter w;
        writeRecord(w, version.toLatin1(), object, r, fields);
        return jsonResponse(200, w.take());
    }
    if (req.method == "PATCH") {
        const QByteArray ius = req.header("if-unmodified-since");
        if (!ius.isEmpty()) {
            const auto since = dt::parseHttpDate(QString::fromLatin1(ius));
            if (since && t.modified(r) > *since + 999)
                return errorResponse(412, "PRECONDITION_FAILED",
                                     QStringLiteral("The requested entity has been modified since %1")
                                         .arg(QString::fromLatin1(ius)));
        }
        json body;
        Response err;
        if (!parseJson(req.body, body, err))
            return err;
        OrgWriter writer(*this, true, user);
        auto plan = writer.planUpdate(object, id, body);
        if (!plan.ok())
            return planErrors(plan);
        writer.apply(plan);
        return jsonResponse(204, {});
    }
    if (req.method == "DELETE") {
        OrgWriter writer(*this, true, user);
        auto plan = writer.planDelete(object, id);
        if (!plan.ok())
            return planErrors(plan);
        writer.apply(plan);
        return jsonResponse(204, {});
    }
    return methodNotAllowed(req.method);
}

Response Org::handleComposite(const Request& req, const QString& version, const QStringList& parts,
                              std::uint32_t user) {
    auto tooMany = [] {
        return errorResponse(
            400, "EXCEEDED_ID_LIMIT",
            QStringLiteral("record limit reached. cannot submit more than 200 records into this call"));
    };

    // Retrieve: GET /composite/sobjects/X?ids=&fields= or POST /composite/sobjects/X {ids, fields}
    if (parts.size() == 1 && (req.method == "GET" || req.method == "POST")) {
        const int object = schema().objectIndex(parts[0]);
        if (object < 0)
            return invalidType(parts[0]);
        QStringList ids, fieldNames;
        if (req.method == "GET") {
            ids = splitList(req.query.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded));
            fieldNames = splitList(req.query.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded));
        } else {
            json body;
            Response err;
            if (!parseJson(req.body, body, err))
                return err;
            if (body.contains("ids") && body["ids"].is_array())
                for (const auto& v : body["ids"])
                    ids << toQString(v);
            if (body.contains("fields") && body["fields"].is_array())
                for (const auto& v : body["fields"])
                    fieldNames << toQString(v);
        }
        if (ids.isEmpty() || fieldNames.isEmpty())
            return errorResponse(400, "MISSING_ARGUMENT", QStringLiteral("ids and fields are both required"));
        if (ids.size() > 2000)
            return errorResponse(400, "EXCEEDED_ID_LIMIT", QStringLiteral("too many ids: at most 2000"));
        std::vector<FieldPath> fields;
        bool hasId = false;
        for (const QString& name : fieldNames) {
            FieldPath p;
            SoqlError err;
            if (!resolveFieldPath(object, name, p, err, visibleFields()))
                return errorResponse(400, err.errorCode, err.message);
            hasId = hasId || (p.refFields.empty() && p.field == kFieldId);
            fields.push_back(p);
        }
        if (!hasId) {
            FieldPath p;
            p.objects = {object};
            p.field = kFieldId;
            fields.insert(fields.begin(), p);
        }
        const Table& t = table(object);
        JsonWriter w;
        w.beginArray();
        for (const QString& id : ids) {
            if (!sfid::looksLikeId(id))
                return errorResponse(400, "MALFORMED_ID", QStringLiteral("malformed id %1").arg(id));
            const qint64 row = t.rowOfId(id);
            if (row < 0 || t.deleted(std::uint32_t(row)))
                w.null();
            else
                writeRecord(w, version.toLatin1(), object, std::uint32_t(row), fields);
        }
        w.endArray();
        return jsonResponse(200, w.take());
    }

    // Delete: DELETE /composite/sobjects?ids=..&allOrNone=
    if (parts.isEmpty() && req.method == "DELETE") {
        const QStringList ids =
            splitList(req.query.queryItemValue(QStringLiteral("ids"), QUrl::FullyDecoded));
        const bool allOrNone = req.query.queryItemValue(QStringLiteral("allOrNone"))
                                   .compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
        if (ids.isEmpty())
            return errorResponse(400, "MISSING_ARGUMENT", QStringLiteral("ids is required"));
        if (ids.size() > kCollectionLimit)
            return tooMany();
        OrgWriter writer(*this, true, user);
        std::vector<OrgWriter::Plan> plans;
        std::vector<QString> planIds;
        bool anyFailed = false;
        for (const QString& id : ids) {
            OrgWriter::Plan p;
            const auto parsed = sfid::parse(id);
            const int object = parsed ? schema().objectIndexForPrefix(parsed->prefix) : -1;
            if (object < 0) {
                p.errors.push_back(
                    OrgWriter::error(sfid::looksLikeId(id) ? "INVALID_CROSS_REFERENCE_KEY" : "MALFORMED_ID",
                                     QStringLiteral("invalid cross reference id")));
            } else {
                p = writer.planDelete(object, id);
            }
            anyFailed = anyFailed || !p.ok();
            plans.push_back(std::move(p));
            planIds.push_back(id);
        }
        JsonWriter w;
        w.beginArray();
        for (size_t i = 0; i < plans.size(); ++i) {
            auto& p = plans[i];
            const bool rolledBack = allOrNone && anyFailed && p.ok();
            if (p.ok() && !rolledBack)
                writer.apply(p);
            w.beginObject();
            w.key("id");
            w.string(planIds[i]);
            w.key("success");
            w.boolean(p.ok() && !rolledBack);
            w.key("errors");
            if (rolledBack)
                writeErrors(
                    w,
                    {OrgWriter::error("ALL_OR_NONE_OPERATION_ROLLED_BACK",
                                      QStringLiteral("Record rolled back because not all records were "
                                                     "valid and the request was using AllOrNone header"))},
                    true);
            else
                writeErrors(w, p.errors, true);
            w.endObject();
        }
        w.endArray();
        return jsonResponse(200, w.take());
    }

    // Create (POST, no object), update (PATCH, no object), upsert (PATCH X/Field).
    const bool create = parts.isEmpty() && req.method == "POST";
    const bool update = parts.isEmpty() && req.method == "PATCH";
    const bool upsert = parts.size() == 2 && req.method == "PATCH";
    if (!create && !update && !upsert)
        return parts.size() > 2 ? notFound() : methodNotAllowed(req.method);

    int upsertObject = -1, extField = -1;
    if (upsert) {
        upsertObject = schema().objectIndex(parts[0]);
        if (upsertObject < 0)
            return invalidType(parts[0]);
        Response fieldError;
        extField = externalIdField(upsertObject, parts[1], 400, fieldError);
        if (extField < 0)
            return fieldError;
    }
    json body;
    Response err;
    if (!parseJson(req.body, body, err))
        return err;
    if (!body.is_object() || !body.contains("records") || !body["records"].is_array())
        return errorResponse(400, "JSON_PARSER_ERROR",
                             QStringLiteral("The request body needs a records array"));
    const json& records = body["records"];
    const bool allOrNone =
        body.contains("allOrNone") && body["allOrNone"].is_boolean() && body["allOrNone"].get<bool>();
    if (records.size() > size_t(kCollectionLimit))
        return tooMany();

    // Each record's object (the upsert's, or its attributes.type), and its field names in their own
    // spelling: "id" and "Id" are one field, as in Salesforce.
    std::vector<json> canonical;
    std::vector<int> objects;
    for (const auto& rec : records) {
        QString type;
        if (rec.is_object() && rec.contains("attributes") && rec["attributes"].is_object())
            type = toQString(rec["attributes"].value("type", json()));
        const int object = upsert ? upsertObject : schema().objectIndex(type);
        json r = rec;
        Org::WriteError duplicate;
        if (object >= 0 && !OrgWriter::canonicalize(object, r, duplicate))
            return errorResponse(400, duplicate.statusCode, duplicate.message);
        canonical.push_back(std::move(r));
        objects.push_back(object);
    }

    // Upsert: the same external id twice in one request fails both records, as in Salesforce.
    QHash<QString, int> extCounts;
    if (upsert) {
        const std::string extName = schema().object(upsertObject).field(extField).name.toStdString();
        for (const auto& rec : canonical)
            if (rec.is_object() && rec.contains(extName))
                ++extCounts[(rec[extName].is_string() ? toQString(rec[extName])
                                                      : QString::fromStdString(rec[extName].dump()))
                                .toLower()];
    }

    OrgWriter writer(*this, true, user);
    std::vector<OrgWriter::Plan> plans;
    bool anyFailed = false;
    for (size_t i = 0; i < canonical.size(); ++i) {
        const json& rec = canonical[i];
        OrgWriter::Plan p;
        QString type;
        if (rec.is_object() && rec.contains("attributes") && rec["attributes"].is_object())
            type = toQString(rec["attributes"].value("type", json()));
        const int object = objects[i];
        if (type.isEmpty() || object < 0 || (upsert && object != schema().objectIndex(type))) {
            p.errors.push_back(OrgWriter::error(
                "INVALID_TYPE", type.isEmpty()
                                    ? QStringLiteral("Must send a concrete entity type.")
                                    : QStringLiteral("sObject type '%1' is not supported.").arg(type)));
        } else if (create) {
            p = writer.planInsert(object, rec);
        } else if (update) {
            const QString id = rec.contains("Id") ? toQString(rec["Id"]) : QString();
            if (id.isEmpty())
                p.errors.push_back(OrgWriter::error("MISSING_ARGUMENT",
                                                    QStringLiteral("Id not specified in an update call"),
                                                    {QStringLiteral("Id")}));
            else
                p = writer.planUpdate(object, id, rec);
        } else {
            const FieldDef& fd = schema().object(object).field(extField);
            const std::string extName = fd.name.toStdString();
            QString value;
            if (rec.contains(extName))
                value = rec[extName].is_string() ? toQString(rec[extName])
                                                 : QString::fromStdString(rec[extName].dump());
            if (!value.isEmpty() && extCounts.value(value.toLower()) > 1)
                p.errors.push_back(OrgWriter::error(
                    "DUPLICATE_EXTERNAL_ID", QStringLiteral("Duplicate external id specified: %1").arg(value),
                    {fd.name}));
            else
                p = writer.planUpsert(object, extField, value, rec);
        }
        if (p.fatal) {
            const auto& e = p.errors.front();
            return errorResponse(400, e.statusCode, e.message);
        }
        writer.claimUniques(p);
        anyFailed = anyFailed || !p.ok();
        plans.push_back(std::move(p));
    }

    JsonWriter w;
    w.beginArray();
    for (auto& p : plans) {
        const bool rolledBack = allOrNone && anyFailed && p.ok();
        const bool created = p.op == OrgWriter::Plan::Op::Insert;
        if (p.ok() && !rolledBack)
            writer.apply(p);
        w.beginObject();
        if (p.row >= 0 && p.ok() && !rolledBack) {
            w.key("id");
            w.string(table(p.object).idOf(std::uint32_t(p.row)));
        } else if (update && p.row >= 0) {
            w.key("id");
            w.string(table(p.object).idOf(std::uint32_t(p.row)));
        }
        w.key("success");
        w.boolean(p.ok() && !rolledBack);
        w.key("errors");
        if (rolledBack)
            writeErrors(
                w,
                {OrgWriter::error("ALL_OR_NONE_OPERATION_ROLLED_BACK",
                                  QStringLiteral("Record rolled back because not all records were valid "
                                                 "and the request was using AllOrNone header"))},
                true);
        else
            writeErrors(w, p.errors, true);
        if (upsert && p.ok() && !rolledBack) {
            w.key("created");
            w.boolean(created);
        }
        w.endObject();
    }
    w.endArray();
    return jsonResponse(200, w.take());
}

} // namespace fakeforce
