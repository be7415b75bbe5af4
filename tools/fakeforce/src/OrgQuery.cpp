// Query, queryAll, query locators (paging), getUpdated and getDeleted.

#include "DateTimeUtil.h"
#include "JsonWriter.h"
#include "Org.h"
#include "OrgInternal.h"
#include "SalesforceId.h"
#include "SoqlParser.h"

#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

namespace fakeforce {

using namespace detail;

namespace {

// Salesforce closes idle query cursors after 15 minutes. Since API v56 it sets no limit on how many a user
// keeps open (a parallel pull opens many), so neither does the fake.
constexpr qint64 kLocatorIdleMs = 15 * 60 * 1000;
constexpr qint64 kDeletedWindowMs = 15 * dt::kDayMs;

bool isAscii(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

QByteArray lowered(std::string_view s) {
    if (isAscii(s)) {
        QByteArray out(s.data(), qsizetype(s.size()));
        for (char& c : out)
            if (c >= 'A' && c <= 'Z')
                c = char(c + 32);
        return out;
    }
    return QString::fromUtf8(s.data(), qsizetype(s.size())).toLower().toUtf8();
}

// Case-insensitive comparison of a stored value with an already lower-cased literal.
int compareLowered(std::string_view s, const QByteArray& lit) {
    if (isAscii(s)) {
        const size_t n = std::min(s.size(), size_t(lit.size()));
        for (size_t i = 0; i < n; ++i) {
            char a = s[i];
            if (a >= 'A' && a <= 'Z')
                a = char(a + 32);
            const auto ua = static_cast<unsigned char>(a), ub = static_cast<unsigned char>(lit[qsizetype(i)]);
            if (ua != ub)
                return ua < ub ? -1 : 1;
        }
        return s.size() == size_t(lit.size()) ? 0 : (s.size() < size_t(lit.size()) ? -1 : 1);
    }
    const QByteArray l = lowered(s);
    return l < lit ? -1 : (l == lit ? 0 : 1);
}

// LIKE with % and _ (one character) and backslash escapes, on lower-cased UTF-8 decoded to UCS-4.
bool likeMatch(const QList<uint>& text, const QList<uint>& pat) {
    qsizetype t = 0, p = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pat.size() && pat[p] == '\\' && p + 1 < pat.size() && pat[p + 1] == text[t]) {
            p += 2;
            ++t;
        } else if (p < pat.size() && pat[p] == '%') {
            starP = ++p;
            starT = t;
        } else if (p < pat.size() && (pat[p] == '_' || pat[p] == text[t]) && pat[p] != '\\') {
            ++p;
            ++t;
        } else if (starP >= 0) {
            p = starP;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pat.size() && pat[p] == '%')
        ++p;
    return p == pat.size();
}

// A field's value on one row, as the evaluator compares it.
struct Val {
    enum class K { Null, Bool, Num, Int, Text } k = K::Null;
    bool b = false;
    double d = 0;
    qint64 i = 0;
    std::string_view s;
    QByteArray holder;
};

class Evaluator final {
public:
    explicit Evaluator(const Org& org)
        : m_org(org) {}

    qint64 resolveRow(const FieldPath& p, std::uint32_t row) const {
        qint64 r = row;
        for (size_t k = 0; k < p.refFields.size(); ++k) {
            r = m_org.table(p.objects[k]).ref(p.refFields[k], std::uint32_t(r));
            const Table& next = m_org.table(p.objects[k + 1]);
            if (r < 0 || r >= qint64(next.rowCount()) || next.deleted(std::uint32_t(r)))
                return -1;
        }
        return r;
    }

    Val value(const FieldPath& p, std::uint32_t root) const {
        Val v;
        const qint64 rr = p.refFields.empty() ? qint64(root) : resolveRow(p, root);
        if (rr < 0)
            return v;
        const auto r = std::uint32_t(rr);
        const Table& t = m_org.table(p.objects.back());
        const FieldDef& fd = t.def().field(p.field);
        switch (fd.storage) {
        case Storage::SysId:
            v.k = Val::K::Int;
            v.i = r;
            break;
        case Storage::SysDeleted:
            v.k = Val::K::Bool;
            v.b = t.deleted(r);
            break;
        case Storage::SysCreated:
            v.k = Val::K::Int;
            v.i = t.created(r);
            break;
        case Storage::SysModified:
            v.k = Val::K::Int;
            v.i = t.modified(r);
            break;
        case Storage::SysModstamp:
            v.k = Val::K::Int;
            v.i = t.modstamp(r);
            break;
        case Storage::FullName:
            v.k = Val::K::Text;
            v.holder = t.fullName(r);
            v.s = std::string_view(v.holder.constData(), size_t(v.holder.size()));
            break;
        case Storage::Text:
        case Storage::Pick: {
            bool isNull = true;
            v.s = t.text(p.field, r, isNull);
            v.k = isNull ? Val::K::Null : Val::K::Text;
            break;
        }
        case Storage::Ref: {
            const qint64 x = t.ref(p.field, r);
            if (x >= 0) {
                v.k = Val::K::Int;
                v.i = x;
            }
            break;
        }
        case Storage::Bool:
            v.k = Val::K::Bool;
            v.b = t.boolean(p.field, r);
            break;
        case Storage::Num: {
            const double d = t.num(p.field, r);
            if (!std::isnan(d)) {
                v.k = Val::K::Num;
                v.d = d;
            }
            break;
        }
        case Storage::Date: {
            const auto d = t.date(p.field, r);
            if (d != dt::kNullDate) {
                v.k = Val::K::Int;
                v.i = d;
            }
            break;
        }
        case Storage::DateTime: {
            const auto d = t.dateTime(p.field, r);
            if (d != dt::kNullDateTime) {
                v.k = Val::K::Int;
                v.i = d;
            }
            break;
        }
        }
        return v;
    }

    static int compare(const Val& v, const Literal& lit) {
        switch (v.k) {
        case Val::K::Bool:
            return int(v.b) - int(lit.b);
        case Val::K::Num:
            return v.d < lit.num ? -1 : (v.d > lit.num ? 1 : 0);
        case Val::K::Int:
            return v.i < lit.i ? -1 : (v.i > lit.i ? 1 : 0);
        case Val::K::Text:
            return compareLowered(v.s, lit.lowerUtf8);
        case Val::K::Null:
            return 0;
        }
        return 0;
    }

    bool test(const SoqlExpr& e, std::uint32_t row) const {
        switch (e.kind) {
        case SoqlExpr::Kind::And:
            for (const auto& c : e.children)
                if (!test(*c, row))
                    return false;
            return true;
        case SoqlExpr::Kind::Or:
            for (const auto& c : e.children)
                if (test(*c, row))
                    return true;
            return false;
        case SoqlExpr::Kind::Not:
            return !test(*e.children.front(), row);
        case SoqlExpr::Kind::Compare:
            break;
        }
        const Val v = value(e.field, row);
        switch (e.op) {
        case SoqlExpr::Op::In:
        case SoqlExpr::Op::NotIn: {
            bool found = false;
            for (const Literal& lit : e.values) {
                if (lit.kind == Literal::Kind::Null ? v.k == Val::K::Null
                                                    : (v.k != Val::K::Null && compare(v, lit) == 0)) {
                    found = true;
                    break;
                }
            }
            return e.op == SoqlExpr::Op::In ? found : !found;
        }
        case SoqlExpr::Op::Like: {
            if (v.k != Val::K::Text)
                return false;
            const QString text = QString::fromUtf8(v.s.data(), qsizetype(v.s.size())).toLower();
            return likeMatch(text.toUcs4(), QString::fromUtf8(e.values.front().lowerUtf8).toUcs4());
        }
        default:
            break;
        }
        const Literal& lit = e.values.front();
        if (lit.kind == Literal::Kind::Null)
            return e.op == SoqlExpr::Op::Eq ? v.k == Val::K::Null : v.k != Val::K::Null;
        if (v.k == Val::K::Null)
            return e.op == SoqlExpr::Op::Ne; // SOQL: "!= 'x'" includes rows where the field is null
        const int c = compare(v, lit);
        switch (e.op) {
        case SoqlExpr::Op::Eq:
            return c == 0;
        case SoqlExpr::Op::Ne:
            return c != 0;
        case SoqlExpr::Op::Lt:
            return c < 0;
        case SoqlExpr::Op::Le:
            return c <= 0;
        case SoqlExpr::Op::Gt:
            return c > 0;
        case SoqlExpr::Op::Ge:
            return c >= 0;
        default:
            return false;
        }
    }

    static int compareVals(const Val& a, const Val& b) {
        switch (a.k) {
        case Val::K::Bool:
            return int(a.b) - int(b.b);
        case Val::K::Num:
            return a.d < b.d ? -1 : (a.d > b.d ? 1 : 0);
        case Val::K::Int:
            return a.i < b.i ? -1 : (a.i > b.i ? 1 : 0);
        case Val::K::Text: {
            const QByteArray lb = lowered(b.s);
            return compareLowered(a.s, lb);
        }
        case Val::K::Null:
            return 0;
        }
        return 0;
    }

private:
    const Org& m_org;
};

int batchSizeFrom(const Request& req, int fallback) {
    // Sforce-Query-Options: batchSize=500
    const QByteArray opts = req.header("sforce-query-options");
    for (const QByteArray& part : opts.split(',')) {
        const QByteArray p = part.trimmed();
        if (p.toLower().startsWith("batchsize=")) {
            bool ok = false;
            const int n = p.mid(10).toInt(&ok);
            if (ok)
                return std::clamp(n, 200, 2000);
        }
    }
    return fallback;
}

} // namespace

void Org::writeFieldValue(JsonWriter& w, int object, std::uint32_t r, int field) const {
    const Table& t = table(object);
    const FieldDef& fd = t.def().field(field);
    char buf[32];
    auto id = [&](const char* prefix, std::uint64_t row) {
        sfid::write(buf, prefix, Table::kIdBase + row);
        w.plainString(std::string_view(buf, 18));
    };
    auto dateTime = [&](qint64 ms) {
        dt::writeDateTime(buf, ms);
        w.plainString(std::string_view(buf, 28));
    };
    switch (fd.storage) {
    case Storage::SysId:
        id(t.def().keyPrefix.constData(), r);
        return;
    case Storage::SysDeleted:
        w.boolean(t.deleted(r));
        return;
    case Storage::SysCreated:
        dateTime(t.created(r));
        return;
    case Storage::SysModified:
        dateTime(t.modified(r));
        return;
    case Storage::SysModstamp:
        dateTime(t.modstamp(r));
        return;
    case Storage::FullName:
        w.string(t.fullName(r));
        return;
    case Storage::Text:
    case Storage::Pick: {
        bool isNull = true;
        const auto s = t.text(field, r, isNull);
        if (isNull)
            w.null();
        else
            w.string(s);
        return;
    }
    case Storage::Ref: {
        const qint64 x = t.ref(field, r);
        if (x < 0)
            w.null();
        else
            id(schema().object(fd.refObject).keyPrefix.constData(), std::uint64_t(x));
        return;
    }
    case Storage::Bool:
        w.boolean(t.boolean(field, r));
        return;
    case Storage::Num: {
        const double d = t.num(field, r);
        if (std::isnan(d))
            w.null();
        else
            w.number(d);
        return;
    }
    case Storage::Date: {
        const auto d = t.date(field, r);
        if (d == dt::kNullDate) {
            w.null();
        } else {
            dt::writeDate(buf, d);
            w.plainString(std::string_view(buf, 10));
        }
        return;
    }
    case Storage::DateTime: {
        const auto d = t.dateTime(field, r);
        if (d == dt::kNullDateTime)
            w.null();
        else
            dateTime(d);
        return;
    }
    }
}

// Writes one record with its selected fields; parent fields nest as {"PermissionSet": {attributes, Name}}.
void Org::writeRecord(JsonWriter& w, const QByteArray& version, int object, std::uint32_t row,
                      const std::vector<FieldPath>& fields) const {
    const Table& t = table(object);
    const QByteArray& name = t.def().nameUtf8;
    w.beginObject();
    w.plainKey("attributes");
    w.beginObject();
    w.plainKey("type");
    w.plainString(std::string_view(name.constData(), size_t(name.size())));
    w.plainKey("url");
    // "/services/data/v60.0/sobjects/Contact/003...": built in place, no allocation per record.
    char url[192];
    const auto put = [&url](size_t at, const char* s, size_t n) {
        std::memcpy(url + at, s, n);
        return at + n;
    };
    size_t n = put(0, "/services/data/", 15);
    n = put(n, version.constData(), std::min<size_t>(size_t(version.size()), 16));
    n = put(n, "/sobjects/", 10);
    n = put(n, name.constData(), std::min<size_t>(size_t(name.size()), 100));
    url[n++] = '/';
    sfid::write(url + n, t.def().keyPrefix.constData(), Table::kIdBase + row);
    w.plainString(std::string_view(url, n + 18));
    w.endObject();
    std::vector<bool> done(fields.size(), false);
    for (size_t i = 0; i < fields.size(); ++i) {
        if (done[i])
            continue;
        const FieldPath& p = fields[i];
        if (p.refFields.empty()) {
            const QByteArray& fieldName = t.def().field(p.field).nameUtf8;
            w.plainKey(std::string_view(fieldName.constData(), size_t(fieldName.size())));
            writeFieldValue(w, object, row, p.field);
            continue;
        }
        // Gather every selected field under the same first relationship, then recurse one level down.
        const int rf = p.refFields.front();
        std::vector<FieldPath> sub;
        for (size_t j = i; j < fields.size(); ++j) {
            if (done[j] || fields[j].refFields.empty() || fields[j].refFields.front() != rf)
                continue;
            done[j] = true;
            FieldPath s = fields[j];
            s.refFields.erase(s.refFields.begin());
            s.objects.erase(s.objects.begin());
            sub.push_back(std::move(s));
        }
        const FieldDef& ref = t.def().field(rf);
        const QByteArray rel = ref.relationshipName.toUtf8();
        w.plainKey(std::string_view(rel.constData(), size_t(rel.size())));
        const qint64 parent = t.ref(rf, row);
        const Table& pt = table(ref.refObject);
        if (parent < 0 || parent >= qint64(pt.rowCount()) || pt.deleted(std::uint32_t(parent)))
            w.null();
        else
            writeRecord(w, version, ref.refObject, std::uint32_t(parent), sub);
    }
    w.endObject();
}

void Org::sweepLocators() {
    const qint64 n = now();
    m_locators.removeIf([&](const auto& it) { return n - it.value().lastUsedMs > kLocatorIdleMs; });
}

Response Org::queryPage(const QString& version, Locator& loc, std::size_t offset, bool storeLocator) {
    const std::size_t total = loc.rows.size();
    const std::size_t end = std::min(total, offset + std::size_t(loc.batchSize));
    const bool done = end >= total;
    const QByteArray v = version.toLatin1();
    JsonWriter w;
    w.reserve(qsizetype(end - std::min(end, offset)) * 400 + 256);
    w.beginObject();
    w.key("totalSize");
    w.integer(qint64(total));
    w.key("done");
    w.boolean(done);
    if (!done) {
        w.key("nextRecordsUrl");
        w.string("/services/data/" + version.toLatin1() + "/query/" + loc.id + '-' +
                 QByteArray::number(qint64(end)));
    }
    w.key("records");
    w.beginArray();
    for (std::size_t i = offset; i < end; ++i)
        writeRecord(w, v, loc.query->object, loc.rows[i], loc.query->select);
    w.endArray();
    w.endObject();
    if (!done && storeLocator) {
        sweepLocators();
        m_locators.insert(loc.id, std::move(loc));
    }
    return jsonResponse(200, w.take());
}

Response Org::handleQuery(const Request& req, const QString& version, bool all) {
    const QString soql = req.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
    if (soql.trimmed().isEmpty())
        return errorResponse(400, "MALFORMED_QUERY", QStringLiteral("A query string has to be specified"));
    SoqlError err;
    std::shared_ptr<const SoqlQuery> q(SoqlParser::parse(soql, err, visibleFields()).release());
    if (!q)
        return errorResponse(400, err.errorCode, err.message);

    const Table& t = table(q->object);
    Evaluator ev(*this);
    std::vector<std::uint32_t> rows;
    const std::uint32_t n = t.rowCount();
    // SystemModstamp is indexed in Salesforce, so a query bounded by it costs what its range holds there:
    // rows outside the WHERE clause's top-level SystemModstamp bounds are skipped before the full test.
    qint64 stampLo = std::numeric_limits<qint64>::min(), stampHi = std::numeric_limits<qint64>::max();
    std::function<void(const SoqlExpr&)> bounds = [&](const SoqlExpr& e) {
        if (e.kind == SoqlExpr::Kind::And) {
            for (const auto& c : e.children)
                bounds(*c);
            return;
        }
        if (e.kind != SoqlExpr::Kind::Compare || !e.field.refFields.empty() ||
            e.field.field != kFieldSystemModstamp || e.values.size() != 1 ||
            e.values[0].kind != Literal::Kind::DateTime)
            return;
        const qint64 v = e.values[0].i;
        switch (e.op) {
        case SoqlExpr::Op::Eq:
            stampLo = std::max(stampLo, v);
            stampHi = std::min(stampHi, v);
            break;
        case SoqlExpr::Op::Gt:
        case SoqlExpr::Op::Ge:
            stampLo = std::max(stampLo, v);
            break;
        case SoqlExpr::Op::Lt:
        case SoqlExpr::Op::Le:
            stampHi = std::min(stampHi, v);
            break;
        default:
            break;
        }
    };
    if (q->where)
        bounds(*q->where);
    const auto& stamps = t.modstamps();
    for (std::uint32_t r = 0; r < n; ++r) {
        if (!all && t.deleted(r))
            continue;
        if (stamps[r] < stampLo || stamps[r] > stampHi)
            continue;
        if (q->where && !ev.test(*q->where, r))
            continue;
        rows.push_back(r);
    }
    if (!q->orderBy.empty()) {
        const auto& order = q->orderBy;
        // Fast path for the sync engine's ORDER BY SystemModstamp [ASC|DESC][, Id [ASC|DESC]]: plain
        // integer keys (SystemModstamp is indexed in Salesforce, so these sorts are cheap there too).
        const bool modstampId =
            order.size() <= 2 && order[0].field.refFields.empty() &&
            order[0].field.field == kFieldSystemModstamp &&
            (order.size() == 1 || (order[1].field.refFields.empty() && order[1].field.field == kFieldId));
        if (modstampId) {
            const auto& ms = t.modstamps();
            const bool stampDesc = order[0].descending, idDesc = order.size() == 2 && order[1].descending;
            std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
                if (ms[a] != ms[b])
                    return stampDesc ? ms[a] > ms[b] : ms[a] < ms[b];
                return idDesc ? a > b : a < b;
            });
        } else {
            std::stable_sort(rows.begin(), rows.end(), [&](std::uint32_t a, std::uint32_t b) {
                for (const SoqlOrder& o : order) {
                    const Val va = ev.value(o.field, a), vb = ev.value(o.field, b);
                    const bool na = va.k == Val::K::Null, nb = vb.k == Val::K::Null;
                    if (na || nb) {
                        if (na == nb)
                            continue;
                        return na != o.nullsLast; // a null sorts before a value unless NULLS LAST
                    }
                    const int c = Evaluator::compareVals(va, vb);
                    if (c != 0)
                        return o.descending ? c > 0 : c < 0;
                }
                return false;
            });
        }
    }
    if (q->offset) {
        const auto off = std::min(rows.size(), std::size_t(*q->offset));
        rows.erase(rows.begin(), rows.begin() + std::ptrdiff_t(off));
    }
    if (q->limit && rows.size() > std::size_t(*q->limit))
        rows.resize(std::size_t(*q->limit));

    if (q->countOnly) {
        JsonWriter w;
        w.beginObject();
        w.key("totalSize");
        w.integer(qint64(rows.size()));
        w.key("done");
        w.boolean(true);
        w.key("records");
        w.beginArray();
        w.endArray();
        w.endObject();
        return jsonResponse(200, w.take());
    }
    Locator loc;
    loc.query = q;
    loc.rows = std::move(rows);
    loc.lastUsedMs = now();
    loc.batchSize = batchSizeFrom(req, 2000);
    loc.serial = ++m_locatorSerial;
    loc.id = sfid::make("01g", 5'000'000 + quint64(loc.serial));
    return queryPage(version, loc, 0, true);
}

Response Org::handleQueryMore(const Request& req, const QString& version, const QString& locator) {
    const qsizetype dash = locator.lastIndexOf(u'-');
    bool ok = false;
    const qint64 offset = dash > 0 ? locator.mid(dash + 1).toLongLong(&ok) : 0;
    const QByteArray id = locator.left(dash).toLatin1();
    const qint64 n = now();
    auto it = m_locators.find(id);
    if (it != m_locators.end() && n - it->lastUsedMs > kLocatorIdleMs) {
        m_locators.erase(it);
        it = m_locators.end();
    }
    if (dash <= 0 || !ok || it == m_locators.end() || offset < 0 || std::size_t(offset) > it->rows.size())
        return errorResponse(400, "INVALID_QUERY_LOCATOR", QStringLiteral("invalid query locator"));
    it->lastUsedMs = n;
    it->batchSize = batchSizeFrom(req, it->batchSize);
    Response r = queryPage(version, *it, std::size_t(offset), false);
    if (std::size_t(offset) + std::size_t(it->batchSize) >= it->rows.size())
        m_locators.erase(it); // the cursor closes after its last page
    return r;
}

Response Org::handleUpdatedDeleted(const Request& req, int object, bool deleted) {
    auto param = [&](const char* k) {
        // A '+' in an unencoded offset arrives as a space; put it back.
        return req.query.queryItemValue(QString::fromLatin1(k), QUrl::FullyDecoded).replace(u' ', u'+');
    };
    const auto start = dt::parseDateTime(param("start"));
    const auto end = dt::parseDateTime(param("end"));
    if (!start || !end)
        return errorResponse(
            400, "MALFORMED_QUERY",
            QStringLiteral("start and end must be date-times such as 2026-11-01T00:00:00+00:00"));
    const qint64 n = now();
    if (*end < *start)
        return errorResponse(400, "INVALID_REPLICATION_DATE",
                             QStringLiteral("end date cannot be before start date"));
    if (deleted && *start < n - kDeletedWindowMs)
        return errorResponse(400, "INVALID_REPLICATION_DATE",
                             QStringLiteral("startDate cannot be more than 15 days ago"));
    const Table& t = table(object);
    // Salesforce rounds the window to whole minutes; latestDateCovered never passes "now".
    const qint64 latest = std::min(*end, n) - std::min(*end, n) % 60000;
    JsonWriter w;
    w.beginObject();
    if (deleted) {
        w.key("deletedRecords");
        w.beginArray();
        for (std::uint32_t r = 0; r < t.rowCount(); ++r) {
            if (!t.deleted(r) || t.modstamp(r) < *start || t.modstamp(r) > *end)
                continue;
            w.beginObject();
            w.key("id");
            w.string(t.idOf(r));
            w.key("deletedDate");
            w.string(dt::formatDateTime(t.modstamp(r)));
            w.endObject();
        }
        w.endArray();
        w.key("earliestDateAvailable");
        w.string(dt::formatDateTime(n - kDeletedWindowMs - (n - kDeletedWindowMs) % 60000));
    } else {
        w.key("ids");
        w.beginArray();
        for (std::uint32_t r = 0; r < t.rowCount(); ++r)
            if (!t.deleted(r) && t.modstamp(r) >= *start && t.modstamp(r) <= *end)
                w.string(t.idOf(r));
        w.endArray();
    }
    w.key("latestDateCovered");
    w.string(dt::formatDateTime(latest));
    w.endObject();
    return jsonResponse(200, w.take());
}

} // namespace fakeforce
