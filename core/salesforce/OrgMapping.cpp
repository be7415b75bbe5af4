#include "core/salesforce/OrgMapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace vms {

using nlohmann::json;

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::OrgMapping)
};

// Names that end up inside SOQL and URLs: API names only (letters, digits, underscores; a relationship
// path may have dots). Anything else in an override file is refused rather than sent.
bool isApiName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)*$"));
    return re.match(name).hasMatch();
}

bool isColumnName(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

struct Parser {
    QString origin;
    QString problem;

    bool fail(const QString& what) {
        if (problem.isEmpty())
            problem = what;
        return false;
    }

    QString str(const json& obj, const char* key, bool required = true) {
        const auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) {
            if (required)
                fail(Tr::tr("missing \"%1\"").arg(QLatin1String(key)));
            return {};
        }
        if (!it->is_string()) {
            fail(Tr::tr("\"%1\" must be a string").arg(QLatin1String(key)));
            return {};
        }
        return QString::fromStdString(it->get<std::string>());
    }

    QString apiName(const json& obj, const char* key, bool required = true) {
        QString v = str(obj, key, required);
        if (!v.isEmpty() && !isApiName(v))
            fail(Tr::tr("\"%1\" is not a Salesforce API name: %2").arg(QLatin1String(key), v));
        return v;
    }

    std::optional<FieldType> type(const QString& name) {
        static const QList<QPair<QString, FieldType>> types = {
            {QStringLiteral("text"), FieldType::Text},
            {QStringLiteral("id"), FieldType::Id},
            {QStringLiteral("bool"), FieldType::Bool},
            {QStringLiteral("number"), FieldType::Number},
            {QStringLiteral("date"), FieldType::Date},
            {QStringLiteral("datetime_ms"), FieldType::DateTimeMs},
            {QStringLiteral("multipicklist"), FieldType::MultiPicklist},
            {QStringLiteral("html_href"), FieldType::HtmlHref},
        };
        if (name.isEmpty())
            return FieldType::Text;
        for (const auto& [n, t] : types)
            if (n == name)
                return t;
        fail(Tr::tr("unknown field type \"%1\"").arg(name));
        return std::nullopt;
    }

    std::vector<FieldMapping> fields(const json& obj, const QString& where) {
        std::vector<FieldMapping> out;
        const auto it = obj.find("fields");
        if (it == obj.end() || !it->is_array() || it->empty()) {
            fail(Tr::tr("%1: \"fields\" must be a non-empty list").arg(where));
            return out;
        }
        QSet<QString> seen;
        for (const json& f : *it) {
            if (!f.is_object()) {
                fail(Tr::tr("%1: each field must be an object").arg(where));
                return out;
            }
            FieldMapping m;
            m.sfField = apiName(f, "sf");
            m.column = str(f, "column");
            if (!m.column.isEmpty() && !isColumnName(m.column))
                fail(Tr::tr("%1: \"%2\" is not a column name").arg(where, m.column));
            if (seen.contains(m.column))
                fail(Tr::tr("%1: column \"%2\" is mapped twice").arg(where, m.column));
            seen.insert(m.column);
            const auto t = type(str(f, "type", false));
            if (!problem.isEmpty())
                return out;
            m.type = *t;
            out.push_back(std::move(m));
        }
        return out;
    }

    QStringList columnList(const json& obj, const char* key, const QString& where) {
        QStringList out;
        const auto it = obj.find(key);
        if (it == obj.end())
            return out;
        if (!it->is_array()) {
            fail(Tr::tr("%1: \"%2\" must be a list of column names").arg(where, QLatin1String(key)));
            return out;
        }
        for (const json& c : *it) {
            const QString column = c.is_string() ? QString::fromStdString(c.get<std::string>()) : QString();
            if (!isColumnName(column)) {
                fail(Tr::tr("%1: \"%2\" must be a list of column names").arg(where, QLatin1String(key)));
                return out;
            }
            out << column;
        }
        return out;
    }

    // One entry of "writes". Its columns must be read too (the read mapping gives their fields and types):
    // a value VMS writes is a value it shows, and the pull must be able to bring it back.
    WriteMapping write(const json& w, const std::vector<EntityMapping>& entities) {
        WriteMapping out;
        if (!w.is_object()) {
            fail(Tr::tr("each entry of \"writes\" must be an object"));
            return out;
        }
        out.entity = str(w, "entity");
        const QString where = QStringLiteral("writes.") + out.entity;
        const EntityMapping* read = nullptr;
        for (const EntityMapping& e : entities)
            if (e.entity == out.entity)
                read = &e;
        if (!read) {
            fail(Tr::tr("%1: no entity \"%2\" is read").arg(where, out.entity));
            return out;
        }
        out.object = read->object;
        auto fieldsOf = [&](const char* key) {
            std::vector<FieldMapping> fields;
            for (const QString& column : columnList(w, key, where)) {
                const FieldMapping* f = read->byColumn(column);
                if (!f) {
                    fail(Tr::tr("%1: column \"%2\" is not read from the org").arg(where, column));
                    return fields;
                }
                fields.push_back(*f);
            }
            return fields;
        };
        out.create = fieldsOf("create");
        out.update = fieldsOf("update");
        if (const auto c = w.find("clientId"); c != w.end()) {
            if (!c->is_object()) {
                fail(Tr::tr("%1: \"clientId\" must be an object").arg(where));
                return out;
            }
            out.clientIdColumn = str(*c, "column");
            const FieldMapping* f = read->byColumn(out.clientIdColumn);
            if (!f)
                fail(Tr::tr("%1: client id column \"%2\" is not read from the org")
                         .arg(where, out.clientIdColumn));
            else
                out.clientIdField = f->sfField;
            out.upsertByClientId = c->value("upsert", false);
        }
        if (out.canCreate() && out.clientIdColumn.isEmpty())
            fail(Tr::tr("%1: a record VMS creates needs a \"clientId\" (a replay must not duplicate it)")
                     .arg(where));
        if (const auto c = w.find("constants"); c != w.end()) {
            if (!c->is_object())
                fail(Tr::tr("%1: \"constants\" must be an object").arg(where));
            else
                for (auto kv = c->begin(); kv != c->end(); ++kv) {
                    const QString field = QString::fromStdString(kv.key());
                    if (!isApiName(field) || !kv->is_string())
                        fail(Tr::tr("%1: bad constant \"%2\"").arg(where, field));
                    else
                        out.constants.append({field, QString::fromStdString(kv->get<std::string>())});
                }
        }
        if (const auto r = w.find("references"); r != w.end()) {
            if (!r->is_array()) {
                fail(Tr::tr("%1: \"references\" must be a list").arg(where));
                return out;
            }
            for (const json& ref : *r) {
                if (!ref.is_object()) {
                    fail(Tr::tr("%1: each reference must be an object").arg(where));
                    return out;
                }
                WriteReference wr;
                wr.column = str(ref, "column");
                wr.entity = str(ref, "entity");
                wr.link = str(ref, "link");
                wr.master = ref.value("master", false);
                if (!problem.isEmpty())
                    return out;
                if (!isColumnName(wr.link))
                    fail(Tr::tr("%1: \"%2\" is not a column name").arg(where, wr.link));
                const bool written =
                    std::any_of(out.create.begin(), out.create.end(),
                                [&](const FieldMapping& f) { return f.column == wr.column; }) ||
                    std::any_of(out.update.begin(), out.update.end(),
                                [&](const FieldMapping& f) { return f.column == wr.column; });
                if (!written)
                    fail(Tr::tr("%1: reference column \"%2\" is not written").arg(where, wr.column));
                if (std::none_of(entities.begin(), entities.end(),
                                 [&](const EntityMapping& e) { return e.entity == wr.entity; }))
                    fail(Tr::tr("%1: reference to unknown entity \"%2\"").arg(where, wr.entity));
                // Parents first: a record pointed at must be pushed before those pointing at it.
                if (wr.entity == out.entity)
                    fail(Tr::tr("%1: a record cannot point at its own entity").arg(where));
                out.references.push_back(std::move(wr));
            }
        }
        out.canDelete = w.value("delete", false);
        return out;
    }
};

const FieldMapping* findBy(const std::vector<FieldMapping>& fields, const QString& value,
                           QString FieldMapping::*member) {
    for (const FieldMapping& f : fields)
        if (f.*member == value)
            return &f;
    return nullptr;
}

} // namespace

const FieldMapping* EntityMapping::bySfField(const QString& sfField) const {
    return findBy(fields, sfField, &FieldMapping::sfField);
}

const FieldMapping* EntityMapping::byColumn(const QString& column) const {
    return findBy(fields, column, &FieldMapping::column);
}

const FieldMapping* WriteMapping::createField(const QString& column) const {
    return findBy(create, column, &FieldMapping::column);
}

const FieldMapping* WriteMapping::updateField(const QString& column) const {
    return findBy(update, column, &FieldMapping::column);
}

const WriteMapping* OrgMapping::write(const QString& entity) const {
    for (const WriteMapping& w : m_writes)
        if (w.entity == entity)
            return &w;
    return nullptr;
}

std::vector<std::pair<QString, QString>> OrgMapping::childLinks(const QString& entity) const {
    std::vector<std::pair<QString, QString>> out;
    for (const WriteMapping& w : m_writes) {
        const EntityMapping* e = this->entity(w.entity);
        for (const WriteReference& r : w.references)
            if (r.entity == entity && e)
                out.emplace_back(e->table, r.link);
    }
    return out;
}

QStringList EntityMapping::selectFields() const {
    QStringList out = systemFields;
    for (const FieldMapping& f : fields)
        if (!out.contains(f.sfField))
            out << f.sfField;
    return out;
}

QString EntityMapping::soql(const QString& condition, const QString& orderBy) const {
    QString q = QStringLiteral("SELECT ") + selectFields().join(QStringLiteral(", ")) +
                QStringLiteral(" FROM ") + object;
    QStringList where;
    if (!filter.isEmpty())
        where << u'(' + filter + u')';
    if (!condition.isEmpty())
        where << u'(' + condition + u')';
    if (!where.isEmpty())
        q += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString order = orderBy.isEmpty() && systemFields.size() > 1 ? systemFields.at(1) : orderBy;
    if (!order.isEmpty())
        q += QStringLiteral(" ORDER BY ") + order;
    return q;
}

const EntityMapping* OrgMapping::entity(const QString& name) const {
    for (const EntityMapping& e : m_entities)
        if (e.entity == name)
            return &e;
    return nullptr;
}

Role OrgMapping::roleForPermissionSets(const QStringList& names) const {
    if (names.contains(m_adminPermissionSet))
        return Role::Admin;
    if (names.contains(m_coordinatorPermissionSet))
        return Role::Coordinator;
    return Role::User;
}

Result<OrgMapping> OrgMapping::loadDefault() {
    return loadFile(QString::fromLatin1(kDefaultResource));
}

const OrgMapping& OrgMapping::builtIn() {
    static const OrgMapping mapping = [] {
        auto m = loadDefault();
        if (!m)
            qFatal("the embedded Salesforce mapping does not load: %s", qPrintable(m.error().message));
        return std::move(m).value();
    }();
    return mapping;
}

Result<OrgMapping> OrgMapping::load(const QString& overridePath) {
    return overridePath.isEmpty() ? loadDefault() : loadFile(overridePath);
}

Result<OrgMapping> OrgMapping::loadFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Usage,
                     Tr::tr("Cannot read the Salesforce mapping %1: %2").arg(path, f.errorString()),
                     QStringLiteral("MAPPING")};
    return fromJson(f.readAll(), path);
}

Result<OrgMapping> OrgMapping::fromJson(const QByteArray& bytes, const QString& origin) {
    const json doc = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    const QString where = origin.isEmpty() ? Tr::tr("the Salesforce mapping") : origin;
    auto bad = [&where](const QString& why) {
        return Error{ErrorKind::Usage, Tr::tr("%1 is not a valid mapping: %2").arg(where, why),
                     QStringLiteral("MAPPING")};
    };
    if (doc.is_discarded() || !doc.is_object())
        return bad(Tr::tr("not a JSON object"));

    Parser p{where, {}};
    OrgMapping m;
    const json system = doc.value("system", json::object());
    m.m_idField = p.apiName(system, "id");
    m.m_modstampField = p.apiName(system, "modstamp");
    m.m_deletedField = p.apiName(system, "deleted");
    const json sets = doc.value("permissionSets", json::object());
    m.m_adminPermissionSet = p.apiName(sets, "admin");
    m.m_coordinatorPermissionSet = p.apiName(sets, "coordinator");

    const auto entities = doc.find("entities");
    if (entities == doc.end() || !entities->is_array())
        return bad(Tr::tr("missing \"entities\""));
    for (const json& e : *entities) {
        if (!e.is_object())
            return bad(Tr::tr("each entity must be an object"));
        EntityMapping em;
        em.entity = p.str(e, "entity");
        em.table = p.str(e, "table");
        if (!em.table.isEmpty() && !isColumnName(em.table))
            p.fail(Tr::tr("\"%1\" is not a table name").arg(em.table));
        em.object = p.apiName(e, "object");
        em.filter = p.str(e, "filter", false);
        em.fields = p.fields(e, em.entity);
        em.systemFields = {m.m_idField, m.m_modstampField, m.m_deletedField};
        if (!p.problem.isEmpty())
            return bad(p.problem);
        if (m.entity(em.entity))
            return bad(Tr::tr("entity \"%1\" is listed twice").arg(em.entity));
        m.m_entities.push_back(std::move(em));
    }
    for (const char* required : {"organization", "district", "school", "class", "volunteer", "teacher",
                                 "student", "affiliation", "event", "participation"})
        if (!m.entity(QLatin1String(required)))
            return bad(Tr::tr("entity \"%1\" is missing").arg(QLatin1String(required)));

    const auto writes = doc.find("writes");
    if (writes != doc.end() && !writes->is_array())
        return bad(Tr::tr("\"writes\" must be a list"));
    if (writes != doc.end())
        for (const json& w : *writes) {
            WriteMapping wm = p.write(w, m.m_entities);
            if (!p.problem.isEmpty())
                return bad(p.problem);
            if (m.write(wm.entity))
                return bad(Tr::tr("writes.%1 is listed twice").arg(wm.entity));
            m.m_writes.push_back(std::move(wm));
        }
    // Dependency order: a record pointed at (and written by VMS) is pushed before those pointing at it.
    for (size_t i = 0; i < m.m_writes.size(); ++i)
        for (const WriteReference& r : m.m_writes[i].references)
            for (size_t j = i + 1; j < m.m_writes.size(); ++j)
                if (m.m_writes[j].entity == r.entity)
                    p.fail(Tr::tr("writes.%1 must come after writes.%2, which it points at")
                               .arg(m.m_writes[i].entity, r.entity));
    if (!p.problem.isEmpty())
        return bad(p.problem);
    return m;
}

} // namespace vms
