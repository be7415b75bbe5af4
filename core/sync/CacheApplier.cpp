#include "sync/CacheApplier.h"

#include "common/Logging.h"
#include "domain/Status.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>

#include <cmath>

namespace vms {

namespace {

QString jsonString(const nlohmann::json& v) {
    const std::string& s = v.get_ref<const std::string&>();
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString fieldString(const nlohmann::json& record, const char* key) {
    const auto it = record.find(key);
    if (it == record.end() || !it->is_string())
        return {};
    return jsonString(*it);
}

} // namespace

QString CacheApplier::normaliseModstamp(const QString& raw) {
    // The org's own format is fixed-width: fast path without date parsing.
    if (raw.size() == 28 && raw.endsWith(QLatin1String("+0000")) && raw.at(10) == u'T')
        return raw.left(23) + QLatin1Char('Z');
    if (raw.size() == 24 && raw.endsWith(u'Z'))
        return raw;
    QDateTime t = QDateTime::fromString(raw, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

bool CacheApplier::convert(const nlohmann::json& value, FieldType type, QVariant& out, QString& problem) {
    if (value.is_null()) {
        out = type == FieldType::Bool ? QVariant(0) : QVariant();
        return true;
    }
    switch (type) {
    case FieldType::Text:
    case FieldType::Id:
    case FieldType::MultiPicklist:
        if (value.is_string())
            out = jsonString(value);
        else
            out = QString::fromStdString(value.dump());
        return true;
    case FieldType::Bool:
        if (value.is_boolean()) {
            out = value.get<bool>() ? 1 : 0;
            return true;
        }
        problem = QStringLiteral("expected true or false");
        return false;
    case FieldType::Number:
        if (value.is_number()) {
            const double d = value.get<double>();
            if (!std::isfinite(d)) {
                problem = QStringLiteral("not a finite number");
                return false;
            }
            out = d;
            return true;
        }
        if (value.is_string()) {
            bool ok = false;
            const double d = jsonString(value).toDouble(&ok);
            if (ok && std::isfinite(d)) {
                out = d;
                return true;
            }
        }
        problem = QStringLiteral("expected a number");
        return false;
    case FieldType::Date: {
        if (!value.is_string()) {
            problem = QStringLiteral("expected a date");
            return false;
        }
        const QString s = jsonString(value);
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid()) {
            problem = QStringLiteral("'%1' is not a date").arg(s);
            return false;
        }
        out = d.toString(Qt::ISODate);
        return true;
    }
    case FieldType::DateTimeMs: {
        if (!value.is_string()) {
            problem = QStringLiteral("expected a date and time");
            return false;
        }
        const QString s = jsonString(value);
        // "2026-03-08T15:30:00.000+0000": Qt's ISO parser wants "+00:00".
        QString iso = s;
        if (iso.size() >= 5 && (iso.at(iso.size() - 5) == u'+' || iso.at(iso.size() - 5) == u'-'))
            iso.insert(iso.size() - 2, u':');
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid()) {
            problem = QStringLiteral("'%1' is not a date and time").arg(s);
            return false;
        }
        out = t.toMSecsSinceEpoch();
        return true;
    }
    case FieldType::HtmlHref: {
        const QString s = value.is_string() ? jsonString(value) : QString::fromStdString(value.dump());
        // Registration links arrive as <a href="https://..." target="_blank">text</a>; keep the href.
        static const QRegularExpression href(QStringLiteral("href\\s*=\\s*[\"']([^\"']*)[\"']"),
                                             QRegularExpression::CaseInsensitiveOption);
        const auto m = href.match(s);
        out = m.hasMatch() ? m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")) : s;
        return true;
    }
    }
    return false;
}

CacheApplier::CacheApplier(QSqlDatabase db, const EntityMapping& mapping, const QString& pulledAt)
    : m_db(std::move(db))
    , m_mapping(mapping)
    , m_pulledAt(pulledAt)
    , m_upsert(m_db)
    , m_findBySf(m_db)
    , m_adoptClient(m_db)
    , m_delete(m_db) {
    m_isParticipation = mapping.table == u"participations";
    m_isEvent = mapping.table == u"events";
    m_isVolunteer = mapping.table == u"volunteers";
    m_hasClientId = mapping.byColumn(QStringLiteral("client_id")) != nullptr;
    for (const FieldMapping& f : mapping.fields)
        m_keys.push_back(f.sfField.toStdString());

    // Table and column names come from the mapping (an admin's file at most), never from the org's data.
    QStringList columns{QStringLiteral("sf_id"), QStringLiteral("system_modstamp"),
                        QStringLiteral("pulled_at")};
    for (const FieldMapping& f : mapping.fields)
        columns << f.column;
    if (m_isEvent)
        columns << QStringLiteral("status_code");
    if (m_isParticipation)
        columns << QStringLiteral("status_code") << QStringLiteral("type_code") << QStringLiteral("event_id")
                << QStringLiteral("volunteer_id") << QStringLiteral("student_id")
                << QStringLiteral("teacher_id");
    QStringList marks, sets;
    for (const QString& c : columns) {
        marks << QStringLiteral("?");
        if (c != u"sf_id")
            sets << QStringLiteral("%1=excluded.%1").arg(c);
    }
    const QString& t = mapping.table;
    m_upsert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(sf_id) DO UPDATE SET %4 "
                                    "WHERE excluded.system_modstamp > coalesce(%1.system_modstamp, '') "
                                    "RETURNING id")
                         .arg(t, columns.join(u','), marks.join(u','), sets.join(u',')));
    m_findBySf.prepare(QStringLiteral("SELECT id, pending, system_modstamp FROM %1 WHERE sf_id=?").arg(t));
    if (m_hasClientId)
        m_adoptClient.prepare(
            QStringLiteral("UPDATE %1 SET sf_id=? WHERE client_id=? AND sf_id IS NULL").arg(t));
    m_delete.prepare(QStringLiteral("DELETE FROM %1 WHERE sf_id=?").arg(t));

    QSqlQuery pending(m_db);
    m_anyPending =
        pending.exec(QStringLiteral("SELECT 1 FROM %1 WHERE pending=1 LIMIT 1").arg(t)) && pending.next();

    if (m_isParticipation) {
        auto lookup = [this](const char* table) {
            auto q = std::make_unique<QSqlQuery>(m_db);
            q->prepare(QStringLiteral("SELECT id FROM %1 WHERE sf_id=?").arg(QLatin1String(table)));
            return q;
        };
        m_eventLookup = lookup("events");
        m_volunteerLookup = lookup("volunteers");
        m_studentLookup = lookup("students");
        m_teacherLookup = lookup("teachers");
        m_tombstone = std::make_unique<QSqlQuery>(m_db);
        m_tombstone->prepare(QStringLiteral("SELECT 1 FROM tombstones WHERE sf_id=?"));
    }
}

CacheApplier::~CacheApplier() = default;

bool CacheApplier::remove(const QString& sfId) {
    m_delete.addBindValue(sfId);
    if (!m_delete.exec()) {
        qCWarning(lcSync) << "cannot delete" << m_mapping.table << sfId << m_delete.lastError().text();
        return false;
    }
    return m_delete.numRowsAffected() > 0;
}

QStringList CacheApplier::pendingColumns(qint64 localId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT fields FROM outbox WHERE entity=? AND local_id=?"));
    q.addBindValue(m_mapping.entity);
    q.addBindValue(localId);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().keys();
    return out;
}

CacheApplier::Result CacheApplier::applyParticipationLinks(const nlohmann::json& record,
                                                           QVariantList& extra) {
    auto idOf = [](QSqlQuery& q, const QString& sfId) -> QVariant {
        if (sfId.isEmpty())
            return QVariant(QMetaType(QMetaType::LongLong));
        q.addBindValue(sfId);
        if (q.exec() && q.next())
            return q.value(0);
        return QVariant(QMetaType(QMetaType::LongLong));
    };
    const FieldMapping* eventField = m_mapping.byColumn(QStringLiteral("event_sf_id"));
    const FieldMapping* contactField = m_mapping.byColumn(QStringLiteral("contact_sf_id"));
    const QString eventSf =
        eventField ? fieldString(record, eventField->sfField.toUtf8().constData()) : QString();
    const QString contactSf =
        contactField ? fieldString(record, contactField->sfField.toUtf8().constData()) : QString();
    auto deletedOnServer = [this](const QString& sfId) {
        if (sfId.isEmpty())
            return false;
        m_tombstone->addBindValue(sfId);
        const bool found = m_tombstone->exec() && m_tombstone->next();
        m_tombstone->finish();
        return found;
    };
    const QVariant eventId = idOf(*m_eventLookup, eventSf);
    if (eventId.isNull() && deletedOnServer(eventSf))
        return {Outcome::Dropped, QStringLiteral("PARENT_DELETED"), QStringLiteral("Its event was deleted.")};
    if (eventId.isNull())
        return {Outcome::Issue, QStringLiteral("PARENT_NOT_LOCAL"),
                QStringLiteral("Its event %1 is not in the local cache yet.")
                    .arg(eventSf.isEmpty() ? QStringLiteral("(none)") : eventSf)};
    QVariant volunteer = idOf(*m_volunteerLookup, contactSf);
    QVariant student =
        volunteer.isNull() ? idOf(*m_studentLookup, contactSf) : QVariant(QMetaType(QMetaType::LongLong));
    QVariant teacher = volunteer.isNull() && student.isNull() ? idOf(*m_teacherLookup, contactSf)
                                                              : QVariant(QMetaType(QMetaType::LongLong));
    const bool noContact = !contactSf.isEmpty() && volunteer.isNull() && student.isNull() && teacher.isNull();
    if (noContact && deletedOnServer(contactSf))
        return {Outcome::Dropped, QStringLiteral("PARENT_DELETED"),
                QStringLiteral("Its contact was deleted.")};
    if (noContact)
        return {Outcome::Issue, QStringLiteral("PARENT_NOT_LOCAL"),
                QStringLiteral("Its contact %1 is not in the local cache yet.").arg(contactSf)};
    extra << eventId << volunteer << student << teacher;
    return {};
}

void CacheApplier::refreshSkills(qint64 volunteerId, const QVariant& skills) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM volunteer_skills WHERE volunteer_id=?"));
    q.addBindValue(volunteerId);
    q.exec();
    if (skills.isNull())
        return;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO volunteer_skills(volunteer_id, skill) VALUES(?,?)"));
    for (const QString& s : skills.toString().split(u';', Qt::SkipEmptyParts)) {
        const QString skill = s.trimmed();
        if (skill.isEmpty())
            continue;
        q.addBindValue(volunteerId);
        q.addBindValue(skill);
        q.exec();
    }
}

CacheApplier::Result CacheApplier::apply(const nlohmann::json& record) {
    const QString sfId = fieldString(record, "Id");
    if (sfId.isEmpty())
        return {Outcome::Issue, QStringLiteral("NO_ID"), QStringLiteral("The record has no Id.")};
    const QString modstamp = normaliseModstamp(fieldString(record, "SystemModstamp"));
    if (modstamp.isEmpty())
        return {Outcome::Issue, QStringLiteral("BAD_VALUE"),
                QStringLiteral("SystemModstamp does not parse.")};

    QVariantList values{sfId, modstamp, m_pulledAt};
    QStringList columns;
    QVariant skills, clientId, status, type;
    for (size_t k = 0; k < m_mapping.fields.size(); ++k) {
        const FieldMapping& f = m_mapping.fields[k];
        const auto it = record.find(m_keys[k]);
        QVariant v;
        QString problem;
        if (it != record.end() && !convert(*it, f.type, v, problem))
            return {Outcome::Issue, QStringLiteral("BAD_VALUE"),
                    QStringLiteral("%1: %2").arg(f.sfField, problem)};
        if (it == record.end() && f.type == FieldType::Bool)
            v = 0;
        values << v;
        columns << f.column;
        if (f.column == u"skills")
            skills = v;
        else if (f.column == u"client_id")
            clientId = v;
        else if (f.column == u"status")
            status = v;
        else if (f.column == u"participant_type")
            type = v;
    }
    if (m_isEvent)
        values << static_cast<int>(normaliseEventStatus(status.toString()));
    if (m_isParticipation) {
        values << static_cast<int>(normaliseParticipationStatus(status.toString()))
               << static_cast<int>(normaliseParticipantType(type.toString()));
        Result links = applyParticipationLinks(record, values);
        if (links.outcome == Outcome::Issue)
            return links;
        if (links.outcome == Outcome::Dropped) {
            remove(sfId);
            return links;
        }
    }

    // A record VMS created whose push answer was lost: adopt the local row rather than duplicate it.
    if (m_hasClientId && !clientId.isNull()) {
        m_adoptClient.addBindValue(sfId);
        m_adoptClient.addBindValue(clientId);
        m_adoptClient.exec();
    }

    if (m_anyPending) {
        m_findBySf.addBindValue(sfId);
        if (m_findBySf.exec() && m_findBySf.next() && m_findBySf.value(1).toInt() == 1) {
            const qint64 localId = m_findBySf.value(0).toLongLong();
            if (m_findBySf.value(2).toString() > modstamp)
                return {Outcome::Unchanged, {}, {}};
            // Keep the user's unpushed fields; take the server's for the rest.
            const QStringList keep = pendingColumns(localId);
            QStringList sets{QStringLiteral("system_modstamp=?"), QStringLiteral("pulled_at=?")};
            QVariantList setValues{modstamp, m_pulledAt};
            for (qsizetype i = 0; i < columns.size(); ++i) {
                if (keep.contains(columns.at(i)) || columns.at(i) == u"client_id")
                    continue;
                sets << columns.at(i) + QStringLiteral("=?");
                setValues << values.at(i + 3);
            }
            QSqlQuery u(m_db);
            u.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(m_mapping.table, sets.join(u',')));
            for (const QVariant& v : setValues)
                u.addBindValue(v);
            u.addBindValue(localId);
            if (!u.exec())
                return {Outcome::Issue, QStringLiteral("DB_ERROR"), u.lastError().text()};
            return {Outcome::Applied, {}, {}};
        }
    }

    for (const QVariant& v : values)
        m_upsert.addBindValue(v);
    if (!m_upsert.exec())
        return {Outcome::Issue, QStringLiteral("DB_ERROR"), m_upsert.lastError().text()};
    if (!m_upsert.next()) {
        m_upsert.finish();
        return {Outcome::Unchanged, {}, {}}; // the cache already holds a newer version
    }
    const qint64 localId = m_upsert.value(0).toLongLong();
    m_upsert.finish();
    if (m_isVolunteer)
        refreshSkills(localId, skills);
    return {Outcome::Applied, {}, {}};
}

} // namespace vms
