#include "core/changes/FieldRules.h"

#include "core/db/Database.h"
#include "core/salesforce/OrgMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::FieldRules)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

// describe types whose length is a number of characters (REST API Developer Guide, "Field Types").
bool isText(const QString& type) {
    static const QStringList text = {
        QStringLiteral("string"),        QStringLiteral("textarea"), QStringLiteral("email"),
        QStringLiteral("phone"),         QStringLiteral("url"),      QStringLiteral("picklist"),
        QStringLiteral("multipicklist"), QStringLiteral("combobox"), QStringLiteral("encryptedstring"),
    };
    return text.contains(type);
}

QString jsonString(const nlohmann::json& o, const char* key) {
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

bool jsonBool(const nlohmann::json& o, const char* key, bool fallback) {
    const auto it = o.find(key);
    return it != o.end() && it->is_boolean() ? it->get<bool>() : fallback;
}

bool isEmptyValue(const QVariant& v) {
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

} // namespace

QString FieldProblem::text() const {
    QString what = message;
    if (!what.isEmpty())
        what[0] = what[0].toLower();
    return Tr::tr("%1 (%2): %3").arg(label, field, what);
}

Result<FieldRules> FieldRules::load(const QSqlDatabase& db, const QString& entity) {
    FieldRules out;
    out.m_entity = entity;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT column_name, object, field, label, type, max_length, nillable, "
                             "required_on_create, restricted_picklist, picklist_values FROM field_rules "
                             "WHERE entity=? AND type IS NOT NULL"));
    q.addBindValue(entity);
    if (!q.exec())
        return sqlError(q);
    while (q.next()) {
        FieldRule r;
        r.column = q.value(0).toString();
        r.object = q.value(1).toString();
        r.field = q.value(2).toString();
        r.label = q.value(3).toString();
        r.type = q.value(4).toString();
        r.maxLength = q.value(5).toInt();
        r.nillable = q.value(6).toBool();
        r.requiredOnCreate = q.value(7).toBool();
        r.restrictedPicklist = q.value(8).toBool();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
            r.picklistValues << v.toString();
        out.m_rules.push_back(std::move(r));
    }
    return out;
}

FieldRules FieldRules::fromDescribe(const EntityMapping& entity, const nlohmann::json& describe) {
    // Field names are case-insensitive in the API (salesforce-org.md).
    QHash<QString, const nlohmann::json*> byName;
    const auto fields = describe.find("fields");
    if (fields != describe.end() && fields->is_array())
        for (const nlohmann::json& f : *fields)
            if (f.is_object())
                byName.insert(jsonString(f, "name").toLower(), &f);

    FieldRules out;
    out.m_entity = entity.entity;
    for (const FieldMapping& m : entity.fields) {
        FieldRule r;
        r.column = m.column;
        r.object = entity.object;
        r.field = m.sfField;
        const nlohmann::json* f = byName.value(m.sfField.toLower());
        if (!f) {
            out.m_rules.push_back(std::move(r)); // not in the org: kept with no type, and checks nothing
            continue;
        }
        r.label = jsonString(*f, "label");
        if (r.label.isEmpty())
            r.label = m.sfField;
        r.type = jsonString(*f, "type");
        const auto length = f->find("length");
        if (length != f->end() && length->is_number_integer())
            r.maxLength = static_cast<int>(length->get<qint64>());
        r.nillable = jsonBool(*f, "nillable", true);
        r.requiredOnCreate =
            !r.nillable && jsonBool(*f, "createable", false) && !jsonBool(*f, "defaultedOnCreate", false);
        r.restrictedPicklist = jsonBool(*f, "restrictedPicklist", false);
        const auto values = f->find("picklistValues");
        // Every picklist's active values, so forms can offer them; only a restricted one refuses others.
        if (values != f->end() && values->is_array())
            for (const nlohmann::json& v : *values)
                if (v.is_object() && jsonBool(v, "active", true))
                    r.picklistValues << jsonString(v, "value");
        out.m_rules.push_back(std::move(r));
    }
    return out;
}

Status FieldRules::store(const QSqlDatabase& db, const std::vector<FieldRules>& rules,
                         const QString& fetchedAt) {
    Transaction tx(db);
    if (!tx.begun())
        return tx.beginError();
    QSqlQuery q(db);
    for (const FieldRules& entity : rules) {
        q.prepare(QStringLiteral("DELETE FROM field_rules WHERE entity=?"));
        q.addBindValue(entity.m_entity);
        if (!q.exec())
            return sqlError(q);
        for (const FieldRule& r : entity.m_rules) {
            q.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO field_rules(entity, column_name, object, field, label, type, "
                "max_length, nillable, required_on_create, restricted_picklist, picklist_values, fetched_at) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
            QJsonArray values;
            for (const QString& v : r.picklistValues)
                values.append(v);
            q.addBindValue(entity.m_entity);
            q.addBindValue(r.column);
            q.addBindValue(r.object);
            q.addBindValue(r.field);
            q.addBindValue(r.label);
            q.addBindValue(r.type.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.type));
            q.addBindValue(r.maxLength);
            q.addBindValue(r.nillable ? 1 : 0);
            q.addBindValue(r.requiredOnCreate ? 1 : 0);
            q.addBindValue(r.restrictedPicklist ? 1 : 0);
            q.addBindValue(values.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                            : QVariant(QString::fromUtf8(
                                                  QJsonDocument(values).toJson(QJsonDocument::Compact))));
            q.addBindValue(fetchedAt);
            if (!q.exec())
                return sqlError(q);
        }
    }
    return tx.commit();
}

Result<QString> FieldRules::fetchedAt(const QSqlDatabase& db, const EntityMapping& entity) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT column_name, object, field, fetched_at FROM field_rules WHERE entity=?"));
    q.addBindValue(entity.entity);
    if (!q.exec())
        return sqlError(q);
    QHash<QString, QString> fieldOf;
    QString oldest;
    while (q.next()) {
        if (q.value(1).toString() != entity.object)
            return QString();
        fieldOf.insert(q.value(0).toString(), q.value(2).toString());
        const QString at = q.value(3).toString();
        if (oldest.isEmpty() || at < oldest)
            oldest = at;
    }
    for (const FieldMapping& m : entity.fields)
        if (fieldOf.value(m.column) != m.sfField)
            return QString();
    return oldest;
}

const FieldRule* FieldRules::rule(const QString& column) const {
    for (const FieldRule& r : m_rules)
        if (r.column == column)
            return &r;
    return nullptr;
}

std::vector<FieldProblem> FieldRules::check(const QVariantMap& values, Write write) const {
    std::vector<FieldProblem> problems;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const FieldRule* r = rule(it.key());
        if (!r || r->type.isEmpty())
            continue;
        auto problem = [&](const QString& message) {
            problems.push_back({r->column, r->label, r->field, message});
        };
        const QVariant& value = it.value();
        if (isEmptyValue(value)) {
            // A reference is filled in by VMS itself (the event, the contact, a parent pushed first), never
            // typed; a boolean is never empty.
            const bool typed = r->type != u"reference" && r->type != u"boolean";
            if (typed && (write == Write::Create ? r->requiredOnCreate : !r->nillable))
                problem(Tr::tr("Required: Salesforce does not accept it empty."));
            continue;
        }
        if (value.typeId() != QMetaType::QString || !isText(r->type))
            continue;
        const QString text = value.toString();
        // Salesforce counts a text's length in UTF-16 code units, as QString does.
        if (r->maxLength > 0 && text.size() > r->maxLength) {
            problem(Tr::tr("At most %1 characters; this has %2.").arg(r->maxLength).arg(text.size()));
            continue;
        }
        if (r->restrictedPicklist) {
            const QStringList chosen =
                r->type == u"multipicklist" ? text.split(u';', Qt::SkipEmptyParts) : QStringList{text};
            QStringList refused;
            for (const QString& c : chosen)
                if (!r->picklistValues.contains(c.trimmed()))
                    refused << c.trimmed();
            if (!refused.isEmpty())
                problem(Tr::tr("“%1” is not one of the values Salesforce accepts: %2.")
                            .arg(refused.join(QStringLiteral("; ")),
                                 r->picklistValues.join(QStringLiteral(", "))));
        }
    }
    return problems;
}

Result<FieldRules> FieldRules::load(const Database& db, const QString& entity) {
    return load(db.connection(), entity);
}

} // namespace vms
