// The /__fake/ control API: the in-process control methods over HTTP (JSON in, JSON out), for tests and
// benchmarks that drive the fakeforce executable.

#include "DateTimeUtil.h"
#include "Generator.h"
#include "JsonWriter.h"
#include "Org.h"
#include "OrgInternal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fakeforce {

using namespace detail;

namespace {

Response ok(QByteArray body = "{\"ok\":true}") {
    return jsonResponse(200, std::move(body));
}

Response bad(const QString& message) {
    return errorResponse(400, "BAD_CONTROL_REQUEST", message);
}

std::optional<qint64> timeValue(const QJsonValue& v) {
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString())
        return dt::parseDateTime(v.toString());
    return std::nullopt;
}

} // namespace

bool faultKindFromName(const QString& name, FaultKind& kind) {
    static const QList<QPair<QString, FaultKind>> kNames = {
        {QStringLiteral("500"), FaultKind::Http500},
        {QStringLiteral("503"), FaultKind::Http503},
        {QStringLiteral("503html"), FaultKind::Http503Html},
        {QStringLiteral("delay"), FaultKind::Delay},
        {QStringLiteral("close"), FaultKind::CloseMidBody},
        {QStringLiteral("truncate"), FaultKind::TruncatedJson},
        {QStringLiteral("drop"), FaultKind::DropResponse},
        {QStringLiteral("limit"), FaultKind::RequestLimitExceeded},
        {QStringLiteral("concurrent-limit"), FaultKind::ConcurrentLimitExceeded},
        {QStringLiteral("expire-token"), FaultKind::ExpireAccessToken},
    };
    for (const auto& n : kNames)
        if (n.first == name) {
            kind = n.second;
            return true;
        }
    return false;
}

QString faultKindName(FaultKind kind) {
    switch (kind) {
    case FaultKind::Http500:
        return QStringLiteral("500");
    case FaultKind::Http503:
        return QStringLiteral("503");
    case FaultKind::Http503Html:
        return QStringLiteral("503html");
    case FaultKind::Delay:
        return QStringLiteral("delay");
    case FaultKind::CloseMidBody:
        return QStringLiteral("close");
    case FaultKind::TruncatedJson:
        return QStringLiteral("truncate");
    case FaultKind::DropResponse:
        return QStringLiteral("drop");
    case FaultKind::RequestLimitExceeded:
        return QStringLiteral("limit");
    case FaultKind::ConcurrentLimitExceeded:
        return QStringLiteral("concurrent-limit");
    case FaultKind::ExpireAccessToken:
        return QStringLiteral("expire-token");
    }
    return {};
}

Response Org::handleControl(const Request& req) {
    const QStringList parts = req.path.split(u'/', Qt::SkipEmptyParts).mid(1);
    const QString head = parts.value(0);
    QJsonObject body;
    if (!req.body.trimmed().isEmpty()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return bad(QStringLiteral("body must be a JSON object: %1").arg(pe.errorString()));
        body = doc.object();
    }
    const QByteArray& m = req.method;

    if (head == QStringLiteral("status") && m == "GET") {
        QJsonObject counts;
        for (int i = 0; i < kObjectCount; ++i)
            counts.insert(schema().object(i).name, int(table(i).rowCount()));
        QJsonObject out{{QStringLiteral("scale"), m_scale},
                        {QStringLiteral("seed"), QString::number(m_seed)},
                        {QStringLiteral("now"), QString::fromLatin1(dt::formatDateTime(now()))},
                        {QStringLiteral("instance_url"), m_options.instanceUrl},
                        {QStringLiteral("org_id"), QString::fromLatin1(orgId())},
                        {QStringLiteral("rows"), counts}};
        return ok(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
    if (head == QStringLiteral("reset") && m == "POST") {
        const QString scaleName = body.value(QStringLiteral("scale")).toString(m_scale);
        const quint64 seedValue = body.contains(QStringLiteral("seed"))
                                      ? quint64(body.value(QStringLiteral("seed")).toVariant().toULongLong())
                                      : m_seed;
        if (!reset(scaleName, seedValue))
            return bad(QStringLiteral("unknown scale '%1' (one of %2)")
                           .arg(scaleName, Generator::scales().join(QStringLiteral(", "))));
        return ok();
    }
    if (head == QStringLiteral("clock")) {
        if (m == "POST") {
            if (body.contains(QStringLiteral("frozen")))
                setClockFrozen(body.value(QStringLiteral("frozen")).toBool());
            if (body.contains(QStringLiteral("now"))) {
                const auto t = timeValue(body.value(QStringLiteral("now")));
                if (!t)
                    return bad(QStringLiteral("now: ISO 8601 date-time or ms since epoch"));
                setNow(*t);
            }
            if (body.contains(QStringLiteral("advance_ms")))
                advance(qint64(body.value(QStringLiteral("advance_ms")).toDouble()));
        } else if (m != "GET") {
            return bad(QStringLiteral("GET or POST"));
        }
        const QJsonObject out{{QStringLiteral("now"), QString::fromLatin1(dt::formatDateTime(now()))},
                              {QStringLiteral("ms"), double(now())},
                              {QStringLiteral("frozen"), m_clockFrozen}};
        return ok(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
    if (head == QStringLiteral("records") && parts.size() >= 2) {
        const QString object = parts[1];
        if (schema().objectIndex(object) < 0)
            return bad(QStringLiteral("unknown object %1").arg(object));
        const QVariantMap fields = body.toVariantMap();
        QString error;
        if (parts.size() == 2 && m == "POST") {
            const QByteArray id = insertRecord(object, fields, &error);
            if (id.isEmpty())
                return bad(error);
            return ok("{\"id\":\"" + id + "\"}");
        }
        const QString id = parts.value(2);
        if (parts.size() == 3 && m == "GET") {
            const QVariantMap rec = record(object, id);
            if (rec.isEmpty())
                return errorResponse(404, "NOT_FOUND", QStringLiteral("no such record"));
            return ok(QJsonDocument(QJsonObject::fromVariantMap(rec)).toJson(QJsonDocument::Compact));
        }
        if (parts.size() == 3 && m == "PATCH")
            return updateRecord(object, id, fields, &error) ? ok() : bad(error);
        if (parts.size() == 3 && m == "DELETE")
            return deleteRecord(object, id) ? ok() : bad(QStringLiteral("cannot delete %1").arg(id));
        if (parts.size() == 4 && m == "POST" && parts[3] == QStringLiteral("undelete"))
            return undeleteRecord(object, id) ? ok() : bad(QStringLiteral("cannot undelete %1").arg(id));
        if (parts.size() == 4 && m == "POST" && parts[3] == QStringLiteral("touch"))
            return touchRecord(object, id) ? ok() : bad(QStringLiteral("cannot touch %1").arg(id));
        return bad(QStringLiteral("unknown records request"));
    }
    if (head == QStringLiteral("late") && parts.size() == 2 && m == "POST") {
        const auto stamp = timeValue(body.value(QStringLiteral("modstamp")));
        if (!stamp)
            return bad(QStringLiteral("modstamp: ISO 8601 date-time or ms"));
        QString error;
        const QByteArray id = insertLateRecord(
            parts[1], body.value(QStringLiteral("fields")).toObject().toVariantMap(), *stamp, &error);
        return id.isEmpty() ? bad(error) : ok("{\"id\":\"" + id + "\"}");
    }
    if (head == QStringLiteral("dump") && parts.size() == 2 && m == "GET") {
        if (schema().objectIndex(parts[1]) < 0)
            return bad(QStringLiteral("unknown object %1").arg(parts[1]));
        return ok(dumpJson(parts[1]));
    }
    if (head == QStringLiteral("faults")) {
        if (m == "DELETE") {
            clearFaults();
            return ok();
        }
        if (m == "POST") {
            FaultRule rule;
            if (!faultKindFromName(body.value(QStringLiteral("kind")).toString(), rule.kind))
                return bad(
                    QStringLiteral("kind: one of 500, 503, 503html, delay, close, truncate, drop, limit, "
                                   "expire-token"));
            rule.remaining = body.value(QStringLiteral("count")).toInt(-1);
            rule.pathContains = body.value(QStringLiteral("path")).toString();
            rule.method = body.value(QStringLiteral("method")).toString().toLatin1().toUpper();
            rule.delayMs = body.value(QStringLiteral("delay_ms")).toInt(0);
            addFault(rule);
        }
        JsonWriter w;
        w.beginArray();
        for (const FaultRule& f : m_faults) {
            w.beginObject();
            w.key("kind");
            w.string(faultKindName(f.kind));
            w.key("count");
            w.integer(f.remaining);
            w.key("path");
            w.string(f.pathContains);
            w.key("method");
            w.string(f.method);
            w.key("delay_ms");
            w.integer(f.delayMs);
            w.endObject();
        }
        w.endArray();
        return ok(w.take());
    }
    if (head == QStringLiteral("requests")) {
        if (m == "DELETE") {
            clearRequestLog();
            return ok();
        }
        JsonWriter w;
        w.beginObject();
        w.key("count");
        w.integer(m_log.size());
        w.key("max_in_flight");
        w.integer(m_maxInFlight);
        w.key("requests");
        w.beginArray();
        for (const RequestLogEntry& e : m_log) {
            w.beginObject();
            w.key("method");
            w.string(e.method);
            w.key("path");
            w.string(e.path);
            w.key("query");
            w.string(e.query);
            w.key("status");
            w.integer(e.status);
            w.key("at");
            w.string(dt::formatDateTime(e.atMs));
            w.key("in_flight");
            w.integer(e.inFlight);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return ok(w.take());
    }
    if (head == QStringLiteral("users")) {
        if (m == "POST" && parts.value(1) == QStringLiteral("permission-sets")) {
            QStringList names;
            for (const auto& v : body.value(QStringLiteral("permission_sets")).toArray())
                names << v.toString();
            return setPermissionSets(body.value(QStringLiteral("user")).toString(), names)
                       ? ok()
                       : bad(QStringLiteral("unknown user"));
        }
        if (m == "POST" && parts.size() == 1) {
            QStringList names;
            for (const auto& v : body.value(QStringLiteral("permission_sets")).toArray())
                names << v.toString();
            const QByteArray id = addUser(body.value(QStringLiteral("first_name")).toString(),
                                          body.value(QStringLiteral("last_name")).toString(), names);
            return ok("{\"id\":\"" + id + "\"}");
        }
        const Table& users = table(kUser);
        JsonWriter w;
        w.beginArray();
        for (std::uint32_t r = 0; r < users.rowCount(); ++r) {
            const QString id = QString::fromLatin1(users.idOf(r));
            w.beginObject();
            w.key("id");
            w.string(id);
            w.key("name");
            w.string(users.fullName(r));
            w.key("permission_sets");
            w.beginArray();
            for (const QString& p : permissionSets(id))
                w.string(p);
            w.endArray();
            w.key("signs_in_next");
            w.boolean(r == m_signInUser);
            w.endObject();
        }
        w.endArray();
        return ok(w.take());
    }
    if (head == QStringLiteral("login-as") && m == "POST")
        return setSignInUser(body.value(QStringLiteral("user")).toString())
                   ? ok()
                   : bad(QStringLiteral("unknown user"));
    if (head == QStringLiteral("token") && m == "POST")
        return ok(issueTokens(body.value(QStringLiteral("user")).toString()).json);
    if (head == QStringLiteral("api-usage")) {
        if (m == "POST")
            setApiUsage(body.value(QStringLiteral("used")).toInt(m_apiUsed),
                        body.value(QStringLiteral("limit")).toInt(0));
        return ok("{\"used\":" + QByteArray::number(m_apiUsed) +
                  ",\"limit\":" + QByteArray::number(m_apiLimit) + '}');
    }
    if (head == QStringLiteral("setup")) {
        if (m == "POST") {
            QStringList unknown;
            const auto fields = [&](const char* key, bool remove) {
                for (const auto& v : body.value(QLatin1String(key)).toArray()) {
                    const QString name = v.toString();
                    const QString object = name.section(u'.', 0, 0), field = name.section(u'.', 1);
                    if (!(remove ? removeField(object, field) : restoreField(object, field)))
                        unknown << name;
                }
            };
            if (body.value(QStringLiteral("remove_vms_setup")).toBool())
                removeVmsSetup();
            fields("remove_fields", true);
            fields("restore_fields", false);
            for (const auto& v : body.value(QStringLiteral("remove_permission_sets")).toArray())
                if (!removePermissionSet(v.toString()))
                    unknown << v.toString();
            if (!unknown.isEmpty())
                return bad(QStringLiteral("no such field or permission set: %1")
                               .arg(unknown.join(QStringLiteral(", "))));
        } else if (m != "GET") {
            return bad(QStringLiteral("GET or POST"));
        }
        QJsonArray removed, sets;
        for (const QString& f : removedFields())
            removed.append(f);
        const Table& ps = table(kPermissionSet);
        const int nameField = ps.def().fieldIndex(u"Name");
        const int profileField = ps.def().fieldIndex(u"IsOwnedByProfile");
        for (std::uint32_t r = 0; r < ps.rowCount(); ++r) {
            bool isNull = true;
            const auto v = ps.text(nameField, r, isNull);
            if (!ps.deleted(r) && !isNull && !ps.boolean(profileField, r))
                sets.append(QString::fromUtf8(v.data(), qsizetype(v.size())));
        }
        const QJsonObject out{{QStringLiteral("removed_fields"), removed},
                              {QStringLiteral("permission_sets"), sets}};
        return ok(QJsonDocument(out).toJson(QJsonDocument::Compact));
    }
    if (head == QStringLiteral("latency")) {
        if (m == "POST") {
            const QJsonValue ms = body.value(QStringLiteral("ms"));
            if (!ms.isDouble() || ms.toDouble() < 0 || ms.toDouble() > 600000)
                return bad(QStringLiteral("ms: a number of milliseconds, 0..600000"));
            setLatencyMs(int(ms.toDouble()));
        } else if (m != "GET") {
            return bad(QStringLiteral("GET or POST"));
        }
        return ok("{\"ms\":" + QByteArray::number(m_latencyMs) + '}');
    }
    if (head == QStringLiteral("expire-tokens") && m == "POST") {
        expireAccessTokens();
        return ok();
    }
    if (head == QStringLiteral("expire-locators") && m == "POST") {
        expireQueryLocators();
        return ok();
    }
    if (head == QStringLiteral("switches") && m == "POST") {
        if (body.contains(QStringLiteral("access_denied")))
            setAccessDenied(body.value(QStringLiteral("access_denied")).toBool());
        if (body.contains(QStringLiteral("request_limit_exceeded")))
            setRequestLimitExceeded(body.value(QStringLiteral("request_limit_exceeded")).toBool());
        if (body.contains(QStringLiteral("rotate_refresh_tokens")))
            setRotateRefreshTokens(body.value(QStringLiteral("rotate_refresh_tokens")).toBool());
        if (body.contains(QStringLiteral("session_timeout_ms")))
            setSessionTimeoutMs(qint64(body.value(QStringLiteral("session_timeout_ms")).toDouble()));
        if (body.contains(QStringLiteral("client_id")))
            setClientId(body.value(QStringLiteral("client_id")).toString());
        return ok();
    }
    return errorResponse(
        404, "NOT_FOUND",
        QStringLiteral("unknown control request %1 %2").arg(QString::fromLatin1(m), req.path));
}

} // namespace fakeforce
