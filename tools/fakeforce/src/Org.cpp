#include "Org.h"

#include "DateTimeUtil.h"
#include "Generator.h"
#include "JsonWriter.h"
#include "OrgInternal.h"
#include "OrgWriter.h"
#include "SalesforceId.h"

#include <QJsonDocument>
#include <QUrl>

#include <optional>

namespace fakeforce {

namespace detail {

Response jsonResponse(int status, QByteArray body) {
    Response r;
    r.status = status;
    r.body = std::move(body);
    if (!r.body.isEmpty())
        r.setHeader("Content-Type", "application/json;charset=UTF-8");
    return r;
}

Response errorResponse(int status, const QByteArray& errorCode, const QString& message,
                       const QStringList& fields, bool withFields) {
    JsonWriter w;
    w.beginArray();
    w.beginObject();
    w.key("message");
    w.string(message);
    w.key("errorCode");
    w.string(errorCode);
    if (withFields || !fields.isEmpty()) {
        w.key("fields");
        w.beginArray();
        for (const QString& f : fields)
            w.string(f);
        w.endArray();
    }
    w.endObject();
    w.endArray();
    return jsonResponse(status, w.take());
}

Response oauthError(int status, const QByteArray& error, const QString& description) {
    JsonWriter w;
    w.beginObject();
    w.key("error");
    w.string(error);
    w.key("error_description");
    w.string(description);
    w.endObject();
    return jsonResponse(status, w.take());
}

bool parseJson(const QByteArray& body, json& out, Response& error) {
    out = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (out.is_discarded()) {
        error =
            errorResponse(400, "JSON_PARSER_ERROR",
                          QStringLiteral("The request body is not valid JSON (%1 bytes)").arg(body.size()));
        return false;
    }
    return true;
}

QString toQString(const json& j) {
    return j.is_string() ? QString::fromStdString(j.get<std::string>()) : QString();
}

json variantToJson(const QVariant& v) {
    if (!v.isValid() || v.isNull())
        return nullptr;
    const QByteArray doc = QJsonDocument::fromVariant(QVariantList{v}).toJson(QJsonDocument::Compact);
    json arr = json::parse(doc.constData(), doc.constData() + doc.size(), nullptr, false);
    return arr.is_array() && !arr.empty() ? arr[0] : json(nullptr);
}

QUrlQuery parseForm(const QByteArray& body) {
    QByteArray b = body;
    b.replace('+', ' ');
    QUrlQuery q;
    for (const QByteArray& pair : b.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray k = eq < 0 ? pair : pair.left(eq);
        const QByteArray v = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        q.addQueryItem(QUrl::fromPercentEncoding(k), QUrl::fromPercentEncoding(v));
    }
    return q;
}

QString formValue(const QUrlQuery& q, const char* key) {
    return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

} // namespace detail

using namespace detail;

Request requestFromTarget(const QByteArray& method, const QByteArray& target) {
    Request r;
    r.method = method.toUpper();
    const qsizetype q = target.indexOf('?');
    const QByteArray rawPath = q < 0 ? target : target.left(q);
    r.path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0) {
        QByteArray query = target.mid(q + 1);
        query.replace('+', "%20");
        r.query = QUrlQuery(QString::fromLatin1(query));
    }
    return r;
}

Org::Org()
    : Org(Options{}) {}

Org::Org(const Options& options)
    : m_options(options) {
    m_clockTimer.start();
    reset(options.scale, options.seed);
}

Org::~Org() = default;

bool Org::reset(const QString& scaleName, quint64 seedValue) {
    if (!Generator::isKnownScale(scaleName))
        return false;
    m_scale = scaleName;
    m_seed = seedValue;
    m_clockBaseMs = kDefaultNowMs;
    m_clockTimer.restart();
    m_tables.clear();
    for (int i = 0; i < kObjectCount; ++i)
        m_tables.push_back(std::make_unique<Table>(i));
    m_codes.clear();
    m_refreshTokens.clear();
    m_accessTokens.clear();
    m_locators.clear();
    m_faults.clear();
    m_log.clear();
    m_removedFields.clear();
    m_accessDenied = false;
    m_limitExceeded = false;
    m_apiUsed = 0;
    Generator::generate(*this, scaleName, seedValue);
    m_signInUser = defaultUserRow();
    return true;
}

// ---- clock -------------------------------------------------------------------------------------------

qint64 Org::now() const {
    return m_clockFrozen ? m_clockBaseMs : m_clockBaseMs + m_clockTimer.elapsed();
}

qint64 Org::stampNow() const {
    const qint64 n = now();
    return n - n % 1000;
}

void Org::setNow(qint64 ms) {
    m_clockBaseMs = ms;
    m_clockTimer.restart();
}

void Org::advance(qint64 ms) {
    setNow(now() + ms);
}

void Org::setClockFrozen(bool frozen) {
    const qint64 n = now();
    m_clockFrozen = frozen;
    setNow(n);
}

// ---- the entry point ---------------------------------------------------------------------------------

static bool faultMatches(const FaultRule& rule, const Request& req) {
    if (rule.remaining == 0)
        return false;
    if (!rule.method.isEmpty() && rule.method.compare(req.method, Qt::CaseInsensitive) != 0)
        return false;
    if (!rule.pathContains.isEmpty()) {
        const QString full =
            req.query.isEmpty() ? req.path : req.path + u'?' + req.query.query(QUrl::FullyDecoded);
        if (!full.contains(rule.pathContains, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool Org::isApiRequest(const Request& req) {
    return !req.path.startsWith(QStringLiteral("/__fake/")) && req.path != QStringLiteral("/__fake");
}

void Org::beginRequest() {
    ++m_inFlight;
    m_maxInFlight = std::max(m_maxInFlight, m_inFlight);
}

void Org::endRequest() {
    m_inFlight = std::max(0, m_inFlight - 1);
}

Response Org::handle(const Request& req) {
    if (!isApiRequest(req))
        return handleControl(req);

    std::optional<FaultRule> fired;
    for (FaultRule& rule : m_faults) {
        if (!faultMatches(rule, req))
            continue;
        if (rule.remaining > 0)
            --rule.remaining;
        fired = rule;
        break;
    }
    m_faults.removeIf([](const FaultRule& r) { return r.remaining == 0; });

    Response resp = route(req, fired ? &*fired : nullptr);
    if (req.path.startsWith(QStringLiteral("/services/data")) || req.path.startsWith(QStringLiteral("/id/")))
        resp.setHeader("Sforce-Limit-Info",
                       "api-usage=" + QByteArray::number(m_apiUsed) + '/' + QByteArray::number(m_apiLimit));
    resp.setHeader("Date", dt::formatHttpDate(now()));
    if (fired) {
        switch (fired->kind) {
        case FaultKind::Delay:
            resp.delayMs = fired->delayMs;
            break;
        case FaultKind::CloseMidBody:
            resp.delivery = Delivery::CloseMidBody;
            break;
        case FaultKind::TruncatedJson:
            resp.delivery = Delivery::TruncatedBody;
            break;
        case FaultKind::DropResponse:
            resp.delivery = Delivery::DropResponse;
            break;
        default:
            break;
        }
        if (fired->kind != FaultKind::Delay && fired->delayMs > 0)
            resp.delayMs = fired->delayMs;
    }
    RequestLogEntry e;
    e.method = req.method;
    e.path = req.path;
    e.query = req.query.query(QUrl::FullyDecoded);
    e.status = resp.delivery == Delivery::DropResponse ? 0 : resp.status;
    e.atMs = now();
    e.inFlight = std::max(1, m_inFlight); // 1 when called directly, without a front end counting
    m_maxInFlight = std::max(m_maxInFlight, e.inFlight);
    m_log.append(e);
    return resp;
}

bool Org::authenticate(const Request& req, Caller& caller, Response& error) {
    QByteArray auth = req.header("authorization");
    // The identity URL also takes the token as a parameter (jsforce's identity() sends it so).
    if (auth.isEmpty() && req.path.startsWith(QStringLiteral("/id/")) &&
        req.query.hasQueryItem(QStringLiteral("oauth_token")))
        auth = "Bearer " +
               req.query.queryItemValue(QStringLiteral("oauth_token"), QUrl::FullyDecoded).toLatin1();
    const qsizetype sp = auth.indexOf(' ');
    const QByteArray scheme = sp > 0 ? auth.left(sp) : QByteArray();
    const QByteArray token = sp > 0 ? auth.mid(sp + 1).trimmed() : QByteArray();
    const auto it = m_accessTokens.find(token);
    AccessToken* t = it == m_accessTokens.end() ? nullptr : &it.value();
    const bool schemeOk = scheme.compare("Bearer", Qt::CaseInsensitive) == 0 ||
                          scheme.compare("OAuth", Qt::CaseInsensitive) == 0;
    if (!schemeOk || !t || t->expired ||
        (m_sessionTimeoutMs > 0 && now() - t->lastUsedMs > m_sessionTimeoutMs)) {
        if (t)
            t->expired = true;
        error = errorResponse(401, "INVALID_SESSION_ID", QStringLiteral("Session expired or invalid"));
        error.setHeader("WWW-Authenticate", "Token");
        return false;
    }
    t->lastUsedMs = now();
    caller.user = t->user;
    caller.loginUrl = t->loginUrl;
    return true;
}

Response Org::route(const Request& req, const FaultRule* fault) {
    if (fault) {
        switch (fault->kind) {
        case FaultKind::Http500:
            return errorResponse(
                500, "UNKNOWN_EXCEPTION",
                QStringLiteral("An unexpected error occurred. Please include this ErrorId if you "
                               "contact support: 1234567890-12345 (-1234567890)"));
        case FaultKind::Http503:
            return errorResponse(503, "SERVER_UNAVAILABLE",
                                 QStringLiteral("Server temporarily unavailable; please retry later."));
        case FaultKind::Http503Html: {
            Response r;
            r.status = 503;
            r.setHeader("Content-Type", "text/html; charset=UTF-8");
            r.body =
                "<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head><body>"
                "<h1>Service Unavailable</h1><p>The server is temporarily unable to service your request "
                "due to maintenance downtime or capacity problems. Please try again "
                "later.</p></body></html>\n";
            return r;
        }
        case FaultKind::RequestLimitExceeded:
            return errorResponse(403, "REQUEST_LIMIT_EXCEEDED",
                                 QStringLiteral("TotalRequests Limit exceeded."));
        case FaultKind::ConcurrentLimitExceeded:
            return errorResponse(
                403, "REQUEST_LIMIT_EXCEEDED",
                QStringLiteral("ConcurrentRequests (Concurrent API Requests) Limit exceeded."));
        case FaultKind::ExpireAccessToken: {
            QByteArray auth = req.header("authorization");
            const qsizetype sp = auth.indexOf(' ');
            if (sp > 0) {
                auto it = m_accessTokens.find(auth.mid(sp + 1).trimmed());
                if (it != m_accessTokens.end())
                    it->expired = true;
            }
            break;
        }
        default:
            break;
        }
    }

    const QString& path = req.path;
    if (path.startsWith(QStringLiteral("/services/oauth2/")))
        return handleOAuth(req);

    const bool isId = path.startsWith(QStringLiteral("/id/"));
    const bool isData =
        path == QStringLiteral("/services/data") || path.startsWith(QStringLiteral("/services/data/"));
    if (!isId && !isData)
        return errorResponse(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));

    QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (isData && parts.size() == 2) {
        JsonWriter w;
        w.beginArray();
        for (int v = 55; v <= 62; ++v) {
            w.beginObject();
            w.key("label");
            w.string(QByteArray("Release ") + QByteArray::number(v));
            w.key("url");
            w.string(QByteArray("/services/data/v") + QByteArray::number(v) + ".0");
            w.key("version");
            w.string(QByteArray::number(v) + ".0");
            w.endObject();
        }
        w.endArray();
        return jsonResponse(200, w.take());
    }

    // Everything else needs a valid Bearer token.
    Caller caller;
    Response authError;
    if (!authenticate(req, caller, authError))
        return authError;

    if (isId) {
        if (parts.size() != 3)
            return errorResponse(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
        return handleIdentity(req, parts[1], parts[2]);
    }

    // API calls count against the daily limit (Salesforce counts REST calls, not OAuth ones).
    if (m_limitExceeded || m_apiUsed >= m_apiLimit)
        return errorResponse(403, "REQUEST_LIMIT_EXCEEDED", QStringLiteral("TotalRequests Limit exceeded."));
    ++m_apiUsed;

    const QString version = parts[2];
    if (!version.startsWith(u'v') || version.size() < 4 || !version.contains(u'.'))
        return errorResponse(404, "NOT_FOUND", QStringLiteral("The requested resource does not exist"));
    return handleRest(req, version, parts.mid(3), caller);
}

// ---- control API (C++) -------------------------------------------------------------------------------

void Org::addFault(const FaultRule& rule) {
    m_faults.append(rule);
}

void Org::clearFaults() {
    m_faults.clear();
}

void Org::setApiUsage(int used, int limit) {
    m_apiUsed = used;
    if (limit > 0)
        m_apiLimit = limit;
}

void Org::expireAccessTokens() {
    for (auto& t : m_accessTokens)
        t.expired = true;
}

void Org::expireQueryLocators() {
    m_locators.clear();
}

int Org::countRequests(const QByteArray& method, const QString& pathContains) const {
    int n = 0;
    for (const RequestLogEntry& e : m_log)
        if ((method.isEmpty() || e.method == method) &&
            (pathContains.isEmpty() || e.path.contains(pathContains, Qt::CaseInsensitive)))
            ++n;
    return n;
}

static json mapToJson(const QVariantMap& fields) {
    json obj = json::object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        obj[it.key().toStdString()] = variantToJson(it.value());
    return obj;
}

static QString describeErrors(const OrgWriter::Plan& p) {
    QStringList out;
    for (const auto& e : p.errors)
        out << QString::fromLatin1(e.statusCode) + QStringLiteral(": ") + e.message;
    return out.join(QStringLiteral("; "));
}

QByteArray Org::insertRecord(const QString& object, const QVariantMap& fields, QString* error) {
    const int o = schema().objectIndex(object);
    if (o < 0) {
        if (error)
            *error = QStringLiteral("INVALID_TYPE: %1").arg(object);
        return {};
    }
    OrgWriter w(*this, false, m_signInUser);
    auto plan = w.planInsert(o, mapToJson(fields));
    if (!plan.ok()) {
        if (error)
            *error = describeErrors(plan);
        return {};
    }
    return table(o).idOf(std::uint32_t(w.apply(plan)));
}

QByteArray Org::insertLateRecord(const QString& object, const QVariantMap& fields, qint64 modstampMs,
                                 QString* error) {
    const QByteArray id = insertRecord(object, fields, error);
    if (id.isEmpty())
        return id;
    Table& t = table(schema().objectIndex(object));
    const auto r = std::uint32_t(t.rowOfId(QString::fromLatin1(id)));
    t.setCreated(r, modstampMs);
    t.setModified(r, modstampMs);
    t.setModstamp(r, modstampMs);
    return id;
}

bool Org::updateRecord(const QString& object, const QString& id, const QVariantMap& fields, QString* error) {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return false;
    OrgWriter w(*this, false, m_signInUser);
    auto plan = w.planUpdate(o, id, mapToJson(fields));
    if (!plan.ok()) {
        if (error)
            *error = describeErrors(plan);
        return false;
    }
    w.apply(plan);
    return true;
}

bool Org::deleteRecord(const QString& object, const QString& id) {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return false;
    OrgWriter w(*this, false, m_signInUser);
    auto plan = w.planDelete(o, id);
    if (!plan.ok())
        return false;
    w.apply(plan);
    return true;
}

bool Org::undeleteRecord(const QString& object, const QString& id) {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return false;
    Table& t = table(o);
    const qint64 row = t.rowOfId(id);
    if (row < 0 || !t.deleted(std::uint32_t(row)))
        return false;
    const auto r = std::uint32_t(row);
    const qint64 deletedAt = t.modstamp(r);
    const qint64 n = stampNow();
    t.setDeleted(r, false);
    t.setModified(r, n);
    t.setModstamp(r, n);
    if (o == kSession) { // master-detail: the participations deleted with the event come back with it
        Table& parts = table(kParticipant);
        const int sessionField = parts.def().fieldIndex(u"Session__c");
        for (std::uint32_t p = 0; p < parts.rowCount(); ++p)
            if (parts.deleted(p) && parts.ref(sessionField, p) == qint64(r) &&
                parts.modstamp(p) == deletedAt) {
                parts.setDeleted(p, false);
                parts.setModified(p, n);
                parts.setModstamp(p, n);
            }
    }
    return true;
}

bool Org::touchRecord(const QString& object, const QString& id) {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return false;
    Table& t = table(o);
    const qint64 row = t.rowOfId(id);
    if (row < 0)
        return false;
    t.setModstamp(std::uint32_t(row), stampNow());
    return true;
}

static QVariant cellToVariant(const Table& t, int field, const Cell& c) {
    switch (c.kind) {
    case Cell::Kind::Null:
        return QVariant();
    case Cell::Kind::Bool:
        return c.b;
    case Cell::Kind::Num:
        return c.num;
    case Cell::Kind::Date:
        return QString::fromLatin1(dt::formatDate(std::int32_t(c.i)));
    case Cell::Kind::DateTime:
        return QString::fromLatin1(dt::formatDateTime(c.i));
    case Cell::Kind::Text:
        return QString::fromUtf8(c.text);
    case Cell::Kind::Ref: {
        const int target = t.def().field(field).refObject;
        return QString::fromLatin1(
            sfid::make(schema().object(target).keyPrefix.constData(), Table::kIdBase + std::uint64_t(c.i)));
    }
    }
    return {};
}

QVariantMap Org::record(const QString& object, const QString& id) const {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return {};
    const Table& t = table(o);
    const qint64 row = t.rowOfId(id);
    if (row < 0)
        return {};
    QVariantMap out;
    for (int f = 0; f < int(t.def().fields.size()); ++f)
        if (!fieldRemoved(o, f))
            out.insert(t.def().field(f).name, cellToVariant(t, f, t.get(f, std::uint32_t(row))));
    return out;
}

QByteArray Org::dumpJson(const QString& object) const {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return "[]";
    const Table& t = table(o);
    JsonWriter w;
    w.beginArray();
    for (std::uint32_t r = 0; r < t.rowCount(); ++r) {
        w.beginObject();
        w.key("attributes");
        w.beginObject();
        w.key("type");
        w.string(t.def().nameUtf8);
        w.endObject();
        for (int f = 0; f < int(t.def().fields.size()); ++f) {
            if (fieldRemoved(o, f))
                continue;
            w.key(std::string_view(t.def().field(f).nameUtf8.constData(),
                                   size_t(t.def().field(f).nameUtf8.size())));
            writeFieldValue(w, o, r, f);
        }
        w.endObject();
    }
    w.endArray();
    return w.take();
}

int Org::rowCount(const QString& object) const {
    const int o = schema().objectIndex(object);
    return o < 0 ? 0 : int(table(o).rowCount());
}

int Org::liveRowCount(const QString& object) const {
    const int o = schema().objectIndex(object);
    if (o < 0)
        return 0;
    int n = 0;
    for (std::uint32_t r = 0; r < table(o).rowCount(); ++r)
        n += table(o).deleted(r) ? 0 : 1;
    return n;
}

// ---- users --------------------------------------------------------------------------------------------

QByteArray Org::orgId() const {
    return sfid::make("00D", 4'100'000 + m_seed % 1000);
}

QByteArray Org::userId(const QString& nameOrId) const {
    const Table& users = table(kUser);
    const qint64 byId = users.rowOfId(nameOrId);
    if (byId >= 0)
        return users.idOf(std::uint32_t(byId));
    const int usernameField = users.def().fieldIndex(u"Username");
    for (std::uint32_t r = 0; r < users.rowCount(); ++r) {
        bool isNull = true;
        const auto un = users.text(usernameField, r, isNull);
        if (QString::fromUtf8(users.fullName(r)).compare(nameOrId, Qt::CaseInsensitive) == 0 ||
            QString::fromUtf8(un.data(), qsizetype(un.size())).compare(nameOrId, Qt::CaseInsensitive) == 0)
            return users.idOf(r);
    }
    return {};
}

std::uint32_t Org::defaultUserRow() const {
    const QByteArray id = userId(QStringLiteral("Jane Coordinator"));
    return id.isEmpty() ? 0 : std::uint32_t(table(kUser).rowOfId(QString::fromLatin1(id)));
}

QByteArray Org::addUser(const QString& firstName, const QString& lastName,
                        const QStringList& permissionSetNames) {
    Table& users = table(kUser);
    const ObjectDef& u = users.def();
    const std::uint32_t r = users.appendRow(stampNow());
    const QString username = QStringLiteral("%1.%2@vms.example.org").arg(firstName, lastName).toLower();
    users.set(u.fieldIndex(u"FirstName"), r, Cell::ofText(firstName.toUtf8()));
    users.set(u.fieldIndex(u"LastName"), r, Cell::ofText(lastName.toUtf8()));
    users.set(u.fieldIndex(u"Username"), r, Cell::ofText(username.toUtf8()));
    users.set(u.fieldIndex(u"Email"), r, Cell::ofText(username.toUtf8()));
    users.set(u.fieldIndex(u"IsActive"), r, Cell::ofBool(true));
    // Every Salesforce user also has the permission set owned by its profile; its name looks like an id.
    Table& ps = table(kPermissionSet);
    const ObjectDef& p = ps.def();
    const std::uint32_t profileSet = ps.appendRow(stampNow());
    ps.set(p.fieldIndex(u"Name"), profileSet, Cell::ofText("X00e" + sfid::make("00e", 9000 + r).mid(3, 11)));
    ps.set(p.fieldIndex(u"Label"), profileSet, Cell::ofText("Standard User Profile"));
    ps.set(p.fieldIndex(u"IsOwnedByProfile"), profileSet, Cell::ofBool(true));
    Table& psa = table(kPermissionSetAssignment);
    const std::uint32_t a = psa.appendRow(stampNow());
    psa.set(psa.def().fieldIndex(u"AssigneeId"), a, Cell::ofRef(r));
    psa.set(psa.def().fieldIndex(u"PermissionSetId"), a, Cell::ofRef(profileSet));
    const QByteArray id = users.idOf(r);
    setPermissionSets(QString::fromLatin1(id), permissionSetNames);
    return id;
}

bool Org::setPermissionSets(const QString& user, const QStringList& names) {
    const QByteArray uid = userId(user);
    if (uid.isEmpty())
        return false;
    const auto urow = std::uint32_t(table(kUser).rowOfId(QString::fromLatin1(uid)));
    Table& ps = table(kPermissionSet);
    Table& psa = table(kPermissionSetAssignment);
    const int nameField = ps.def().fieldIndex(u"Name");
    const int profileField = ps.def().fieldIndex(u"IsOwnedByProfile");
    const int assignee = psa.def().fieldIndex(u"AssigneeId");
    const int setField = psa.def().fieldIndex(u"PermissionSetId");
    // Remove current non-profile assignments (Salesforce hard-deletes assignments; so does the fake).
    for (std::uint32_t a = 0; a < psa.rowCount(); ++a) {
        if (psa.deleted(a) || psa.ref(assignee, a) != qint64(urow))
            continue;
        const qint64 set = psa.ref(setField, a);
        if (set >= 0 && !ps.boolean(profileField, std::uint32_t(set))) {
            psa.setDeleted(a, true);
            psa.setModstamp(a, stampNow());
        }
    }
    for (const QString& n : names) {
        qint64 set = -1;
        for (std::uint32_t r = 0; r < ps.rowCount(); ++r) {
            bool isNull = true;
            const auto v = ps.text(nameField, r, isNull);
            if (!isNull && !ps.deleted(r) && QString::fromUtf8(v.data(), qsizetype(v.size())) == n)
                set = r;
        }
        if (set < 0) {
            set = ps.appendRow(stampNow());
            ps.set(nameField, std::uint32_t(set), Cell::ofText(n.toUtf8()));
            ps.set(ps.def().fieldIndex(u"Label"), std::uint32_t(set),
                   Cell::ofText(n.toUtf8().replace('_', ' ')));
        }
        const std::uint32_t a = psa.appendRow(stampNow());
        psa.set(assignee, a, Cell::ofRef(urow));
        psa.set(setField, a, Cell::ofRef(set));
    }
    return true;
}

QStringList Org::permissionSets(const QString& user) const {
    QStringList out;
    const QByteArray uid = userId(user);
    if (uid.isEmpty())
        return out;
    const qint64 urow = table(kUser).rowOfId(QString::fromLatin1(uid));
    const Table& ps = table(kPermissionSet);
    const Table& psa = table(kPermissionSetAssignment);
    const int assignee = psa.def().fieldIndex(u"AssigneeId");
    const int setField = psa.def().fieldIndex(u"PermissionSetId");
    for (std::uint32_t a = 0; a < psa.rowCount(); ++a)
        if (!psa.deleted(a) && psa.ref(assignee, a) == urow) {
            const auto set = std::uint32_t(psa.ref(setField, a));
            bool isNull = true;
            const auto v = ps.text(ps.def().fieldIndex(u"Name"), set, isNull);
            out << QString::fromUtf8(v.data(), qsizetype(v.size()));
        }
    return out;
}

// ---- the org's setup ----------------------------------------------------------------------------------

static int setupField(const QString& object, const QString& field, int& objectIndex) {
    objectIndex = schema().objectIndex(object);
    return objectIndex < 0 ? -1 : schema().object(objectIndex).fieldIndex(field);
}

bool Org::removeField(const QString& object, const QString& field) {
    int o = -1;
    const int f = setupField(object, field, o);
    if (f <= kFieldSystemModstamp) // unknown, or a system field no admin can delete
        return false;
    m_removedFields.insert({o, f});
    return true;
}

bool Org::restoreField(const QString& object, const QString& field) {
    int o = -1;
    const int f = setupField(object, field, o);
    return f >= 0 && m_removedFields.remove({o, f});
}

QStringList Org::removedFields() const {
    QStringList out;
    for (const auto& of : m_removedFields)
        out << schema().object(of.first).name + u'.' + schema().object(of.first).field(of.second).name;
    out.sort();
    return out;
}

bool Org::removePermissionSet(const QString& name) {
    Table& ps = table(kPermissionSet);
    Table& psa = table(kPermissionSetAssignment);
    const int nameField = ps.def().fieldIndex(u"Name");
    const int setField = psa.def().fieldIndex(u"PermissionSetId");
    bool found = false;
    for (std::uint32_t r = 0; r < ps.rowCount(); ++r) {
        bool isNull = true;
        const auto v = ps.text(nameField, r, isNull);
        if (ps.deleted(r) || isNull || QString::fromUtf8(v.data(), qsizetype(v.size())) != name)
            continue;
        found = true;
        ps.setDeleted(r, true);
        ps.setModstamp(r, stampNow());
        for (std::uint32_t a = 0; a < psa.rowCount(); ++a)
            if (!psa.deleted(a) && psa.ref(setField, a) == qint64(r)) {
                psa.setDeleted(a, true);
                psa.setModstamp(a, stampNow());
            }
    }
    return found;
}

QStringList Org::vmsSetupFields() {
    return {QStringLiteral("Account.VMS_Client_Id__c"),
            QStringLiteral("Contact.VMS_Client_Id__c"),
            QStringLiteral("Contact.Volunteer_Status__c"),
            QStringLiteral("Session__c.VMS_Client_Id__c"),
            QStringLiteral("Session_Participant__c.VMS_Client_Id__c"),
            QStringLiteral("Session_Participant__c.Notes__c"),
            QStringLiteral("Task.VMS_Client_Id__c")};
}

void Org::removeVmsSetup() {
    for (const QString& f : vmsSetupFields())
        removeField(f.section(u'.', 0, 0), f.section(u'.', 1));
    removePermissionSet(QStringLiteral("VMS_Admin"));
    removePermissionSet(QStringLiteral("VMS_Coordinator"));
}

bool Org::setSignInUser(const QString& user) {
    const QByteArray uid = userId(user);
    if (uid.isEmpty())
        return false;
    m_signInUser = std::uint32_t(table(kUser).rowOfId(QString::fromLatin1(uid)));
    return true;
}

} // namespace fakeforce
