#include "core/salesforce/OrgSetupCheck.h"

#include "core/db/Database.h"
#include "core/db/Meta.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/salesforce/Soql.h"

#include <QCoreApplication>
#include <QHash>

#include <nlohmann/json.hpp>

namespace vms {

using json = nlohmann::json;

namespace {

// One context for every message of this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::OrgSetupCheck)
};

QString str(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool flag(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

constexpr const char* kKindNames[] = {"missing_object", "missing_field",          "not_external_id",
                                      "not_writable",   "missing_permission_set", "no_permission_set"};

// The fields VMS writes to each object (create and update lists, the client id, the constants).
QHash<QString, QSet<QString>> writtenFields(const OrgMapping& mapping) {
    QHash<QString, QSet<QString>> out;
    for (const WriteMapping& w : mapping.writes()) {
        QSet<QString>& fields = out[w.object];
        for (const FieldMapping& f : w.create)
            fields.insert(f.sfField.toLower());
        for (const FieldMapping& f : w.update)
            fields.insert(f.sfField.toLower());
        if (!w.clientIdField.isEmpty())
            fields.insert(w.clientIdField.toLower());
        for (const auto& [field, value] : w.constants)
            fields.insert(field.toLower());
    }
    return out;
}

} // namespace

QString SetupFinding::message() const {
    const QString qualified = object + u'.' + field;
    switch (kind) {
    case Kind::MissingObject:
        return Tr::tr("The object %1 is missing, or you may not read it").arg(object);
    case Kind::MissingField:
        return Tr::tr("%1 is missing").arg(qualified);
    case Kind::NotExternalId:
        return Tr::tr("%1 must be an External ID and unique").arg(qualified);
    case Kind::NotWritable:
        return Tr::tr("%1 cannot be written by you (no field permission)").arg(qualified);
    case Kind::MissingPermissionSet:
        return Tr::tr("The permission set %1 does not exist in the org").arg(name);
    case Kind::NoPermissionSet:
        return Tr::tr("No VMS permission set (%1) is assigned to you: you can read, not change").arg(name);
    }
    return {};
}

QSet<QString> OrgSetupReport::fieldsBlockingWrites() const {
    QSet<QString> out;
    for (const SetupFinding& f : findings)
        if (f.blocksWrites && !f.field.isEmpty())
            out.insert(f.object + u'.' + f.field);
    return out;
}

QStringList OrgSetupReport::messages() const {
    QStringList out;
    for (const SetupFinding& f : findings)
        out << f.message();
    return out;
}

json OrgSetupReport::toJson() const {
    json list = json::array();
    for (const SetupFinding& f : findings)
        list.push_back({{"kind", kKindNames[static_cast<int>(f.kind)]},
                        {"object", f.object.toStdString()},
                        {"field", f.field.toStdString()},
                        {"name", f.name.toStdString()},
                        {"blocks_writes", f.blocksWrites}});
    return {{"checked_at", checkedAt.toStdString()}, {"findings", list}};
}

Result<OrgSetupReport> OrgSetupReport::fromJson(const json& j) {
    const auto bad = [] {
        return Error{ErrorKind::Database, Tr::tr("The kept setup check cannot be read."), {}};
    };
    if (!j.is_object() || !j.contains("findings") || !j["findings"].is_array())
        return bad();
    OrgSetupReport r;
    r.checkedAt = str(j, "checked_at");
    for (const json& f : j["findings"]) {
        if (!f.is_object())
            return bad();
        SetupFinding finding;
        const QString kind = str(f, "kind");
        bool known = false;
        for (int i = 0; i < int(std::size(kKindNames)); ++i)
            if (kind == QLatin1String(kKindNames[i])) {
                finding.kind = static_cast<SetupFinding::Kind>(i);
                known = true;
            }
        if (!known)
            return bad();
        finding.object = str(f, "object");
        finding.field = str(f, "field");
        finding.name = str(f, "name");
        finding.blocksWrites = flag(f, "blocks_writes");
        r.findings.push_back(std::move(finding));
    }
    return r;
}

QStringList OrgSetupCheck::objects(const OrgMapping& mapping) {
    QStringList out;
    for (const EntityMapping& e : mapping.entities())
        if (!out.contains(e.object))
            out << e.object;
    for (const WriteMapping& w : mapping.writes())
        if (!out.contains(w.object))
            out << w.object;
    return out;
}

OrgSetupReport OrgSetupCheck::evaluate(const OrgMapping& mapping, const Describes& describes,
                                       const QStringList& existingSets, const QStringList& assignedSets,
                                       const QString& checkedAt) {
    OrgSetupReport report;
    report.checkedAt = checkedAt;
    const QHash<QString, QSet<QString>> written = writtenFields(mapping);
    QHash<QString, const json*> describeOf;
    for (const auto& [object, d] : describes)
        describeOf.insert(object, &d);

    for (const QString& object : objects(mapping)) {
        const QSet<QString> writes = written.value(object);
        const json* d = describeOf.value(object);
        if (!d) {
            report.findings.push_back({SetupFinding::Kind::MissingObject, object, {}, {}, !writes.isEmpty()});
            continue;
        }
        // Field names are case-insensitive in the API (salesforce-org.md).
        QHash<QString, const json*> byName;
        if (const auto fields = d->find("fields"); fields != d->end() && fields->is_array())
            for (const json& f : *fields)
                if (f.is_object())
                    byName.insert(str(f, "name").toLower(), &f);

        // Every field the mapping names for this object, once, in mapping order.
        QStringList names;
        for (const EntityMapping& e : mapping.entities())
            if (e.object == object)
                for (const FieldMapping& f : e.fields)
                    if (!names.contains(f.sfField, Qt::CaseInsensitive))
                        names << f.sfField;
        for (const WriteMapping& w : mapping.writes())
            if (w.object == object) {
                if (!w.clientIdField.isEmpty() && !names.contains(w.clientIdField, Qt::CaseInsensitive))
                    names << w.clientIdField;
                for (const auto& [field, value] : w.constants)
                    if (!names.contains(field, Qt::CaseInsensitive))
                        names << field;
            }

        for (const QString& field : names) {
            const bool isWritten = writes.contains(field.toLower());
            const json* f = byName.value(field.toLower());
            if (!f) {
                report.findings.push_back({SetupFinding::Kind::MissingField, object, field, {}, isWritten});
                continue;
            }
            if (isWritten && !flag(*f, "createable") && !flag(*f, "updateable"))
                report.findings.push_back({SetupFinding::Kind::NotWritable, object, field, {}, true});
        }
        for (const WriteMapping& w : mapping.writes())
            if (w.object == object && w.upsertByClientId && !w.clientIdField.isEmpty())
                if (const json* f = byName.value(w.clientIdField.toLower());
                    f && !(flag(*f, "externalId") && flag(*f, "unique")))
                    report.findings.push_back(
                        {SetupFinding::Kind::NotExternalId, object, w.clientIdField, {}, true});
    }

    const QStringList sets{mapping.adminPermissionSet(), mapping.coordinatorPermissionSet()};
    for (const QString& set : sets)
        if (!existingSets.contains(set, Qt::CaseInsensitive))
            report.findings.push_back({SetupFinding::Kind::MissingPermissionSet, {}, {}, set, false});
    bool holdsOne = false;
    for (const QString& set : sets)
        holdsOne = holdsOne || assignedSets.contains(set, Qt::CaseInsensitive);
    if (!holdsOne)
        report.findings.push_back(
            {SetupFinding::Kind::NoPermissionSet, {}, {}, sets.join(QStringLiteral(", ")), false});
    return report;
}

Result<OrgSetupReport> OrgSetupCheck::run(SalesforceClient& client, const OrgMapping& mapping,
                                          const QString& userId, const QString& checkedAt,
                                          const CancelToken& cancel, Describes* described) {
    Describes describes;
    for (const QString& object : objects(mapping)) {
        auto d = client.describe(object, cancel);
        if (d) {
            describes.emplace_back(object, std::move(d.value()));
            continue;
        }
        // NOT_FOUND: the object is not there (or not visible to this user), a finding; anything else
        // (network, sign-in, the budget) means the org could not be asked.
        if (d.error().kind != ErrorKind::Server || d.error().code == u"REQUEST_LIMIT_EXCEEDED")
            return d.error();
    }
    if (described)
        *described = describes;

    const QStringList sets{mapping.adminPermissionSet(), mapping.coordinatorPermissionSet()};
    QStringList quoted;
    for (const QString& s : sets)
        quoted << soql::quote(s);
    QStringList existing;
    auto found = client.query(
        QStringLiteral("SELECT Name FROM PermissionSet WHERE Name IN (%1)").arg(quoted.join(u',')),
        [&existing](const QueryPage& page) {
            for (const json& rec : page.records)
                existing << str(rec, "Name");
            return Status{};
        },
        cancel);
    if (!found)
        return found.error();

    if (!soql::isSalesforceId(userId))
        return Error{ErrorKind::Auth, Tr::tr("'%1' is not a Salesforce user id.").arg(userId),
                     QStringLiteral("BAD_ID")};
    QStringList assigned;
    auto mine = client.query(
        QStringLiteral("SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = ") +
            soql::quote(userId),
        [&assigned](const QueryPage& page) {
            for (const json& rec : page.records)
                if (const auto ps = rec.find("PermissionSet"); ps != rec.end() && ps->is_object())
                    assigned << str(*ps, "Name");
            return Status{};
        },
        cancel);
    if (!mine)
        return mine.error();
    return evaluate(mapping, describes, existing, assigned, checkedAt);
}

bool OrgSetupCheck::due(const std::optional<OrgSetupReport>& kept, const QDateTime& nowUtc) {
    constexpr qint64 kMaxAgeSeconds = 24 * 3600;
    if (!kept)
        return true;
    const QDateTime at = QDateTime::fromString(kept->checkedAt, Qt::ISODateWithMs);
    if (!at.isValid() || at > nowUtc || at.secsTo(nowUtc) >= kMaxAgeSeconds)
        return true;
    // A user without a VMS permission set is a plain User, as the org decided: no reason to ask again.
    for (const SetupFinding& f : kept->findings)
        if (f.kind != SetupFinding::Kind::NoPermissionSet)
            return true;
    return false;
}

Result<std::optional<OrgSetupReport>> OrgSetupCheck::load(const QSqlDatabase& db) {
    const QString kept = Meta(db).get(MetaKey::SetupCheck);
    if (kept.isEmpty())
        return std::optional<OrgSetupReport>();
    const json j = json::parse(kept.toStdString(), nullptr, false);
    auto report = OrgSetupReport::fromJson(j);
    if (!report)
        return report.error();
    return std::optional<OrgSetupReport>(std::move(report.value()));
}

Status OrgSetupCheck::store(const QSqlDatabase& db, const OrgSetupReport& report) {
    return Meta(db).set(MetaKey::SetupCheck, QString::fromStdString(report.toJson().dump()));
}

Result<std::optional<OrgSetupReport>> OrgSetupCheck::load(const Database& db) {
    return load(db.connection());
}

} // namespace vms
