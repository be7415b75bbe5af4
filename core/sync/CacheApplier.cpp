#include "core/sync/CacheApplier.h"

#include "core/common/Logging.h"
#include "core/domain/Status.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace vms {

using Kind = RecordPage::Kind;

namespace {

QString fromUtf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Digits at s[from, from + n) as a number; -1 when any is not a digit.
int digits(std::string_view s, size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

bool validDate(int y, int m, int d) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= kDays[m - 1] + (m == 2 && leap ? 1 : 0);
}

// "yyyy-MM-dd" at the start of s, years 1000-9999 (so the text is already Qt's ISO form). Anything
// else goes through Qt's ISO parser in convert().
bool fastDate(std::string_view s) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-')
        return false;
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    return y >= 1000 && m >= 0 && d >= 0 && validDate(y, m, d);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<qint64>(era) * 146097 + doe - 719468;
}

// The org's own datetime forms, "2026-03-08T15:30:00.000+0000" and "2026-03-08T15:30:00.000Z", to ms
// since the epoch. Anything else (other offsets, no milliseconds, 24:00) goes through Qt's ISO parser.
bool fastDateTime(std::string_view s, qint64& ms) {
    const bool offset = s.size() == 28 && s.substr(23) == "+0000";
    const bool zulu = s.size() == 24 && s[23] == 'Z';
    if ((!offset && !zulu) || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != '.' || !fastDate(s))
        return false;
    const int y = digits(s, 0, 4), mo = digits(s, 5, 2), d = digits(s, 8, 2);
    const int h = digits(s, 11, 2), mi = digits(s, 14, 2), sec = digits(s, 17, 2), milli = digits(s, 20, 3);
    if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 || milli < 0)
        return false;
    ms = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60'000 + sec * 1000 + milli;
    return true;
}

QString htmlHref(const QString& s) {
    // Registration links arrive as <a href="https://..." target="_blank">text</a>; keep the href.
    static const QRegularExpression href(QStringLiteral("href\\s*=\\s*[\"']([^\"']*)[\"']"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = href.match(s);
    return m.hasMatch() ? m.captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")) : s;
}

QString boundString(const CacheApplier::Bound& b) {
    switch (b.type) {
    case CacheApplier::Bound::Type::Null:
        return {};
    case CacheApplier::Bound::Type::Int:
        return QString::number(b.integer);
    case CacheApplier::Bound::Type::Double:
        return QVariant(b.number).toString();
    case CacheApplier::Bound::Type::Text:
        return fromUtf8(b.text);
    }
    return {};
}

void bindOne(sqlite::Statement& st, int parameter, const CacheApplier::Bound& b) {
    switch (b.type) {
    case CacheApplier::Bound::Type::Null:
        st.bindNull(parameter);
        break;
    case CacheApplier::Bound::Type::Int:
        st.bindInt(parameter, b.integer);
        break;
    case CacheApplier::Bound::Type::Double:
        st.bindDouble(parameter, b.number);
        break;
    case CacheApplier::Bound::Type::Text:
        st.bindText(parameter, b.text);
        break;
    }
}

// Fixed positions in CacheApplier::m_values.
constexpr int kSfId = 0, kModstamp = 1, kPulledAt = 2, kFirstField = 3;

} // namespace

QVariant CacheApplier::Bound::toVariant() const {
    switch (type) {
    case Type::Null:
        return {};
    case Type::Int:
        return integer;
    case Type::Double:
        return number;
    case Type::Text:
        return fromUtf8(text);
    }
    return {};
}

namespace {
// The part of convert() that needs Qt: a number sent as text, a date or a date and time in a form other
// than the org's own, a link. Rare, so out of the hot path (cold: not inlined into convert()).
Q_DECL_COLD_FUNCTION bool convertThroughQt(const QString& s, FieldType type, CacheApplier::Bound& out,
                                           QString& problem) {
    switch (type) {
    case FieldType::Number: {
        bool ok = false;
        const double number = s.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            problem = QStringLiteral("expected a number");
            return false;
        }
        out.setDouble(number);
        return true;
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid()) {
            problem = QStringLiteral("'%1' is not a date").arg(s);
            return false;
        }
        out.setOwned(d.toString(Qt::ISODate).toStdString());
        return true;
    }
    case FieldType::DateTimeMs: {
        // "2026-08-01T04:30:00.000-0500": Qt's ISO parser wants "-05:00".
        QString iso = s;
        if (iso.size() >= 5 && (iso.at(iso.size() - 5) == u'+' || iso.at(iso.size() - 5) == u'-'))
            iso.insert(iso.size() - 2, u':');
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!t.isValid()) {
            problem = QStringLiteral("'%1' is not a date and time").arg(s);
            return false;
        }
        out.setInt(t.toMSecsSinceEpoch());
        return true;
    }
    case FieldType::HtmlHref:
        out.setOwned(htmlHref(s).toStdString());
        return true;
    case FieldType::Text:
    case FieldType::Id:
    case FieldType::Bool:
    case FieldType::MultiPicklist:
        break; // convert() reads these itself
    }
    problem = QStringLiteral("unknown field type");
    return false;
}
} // namespace

std::string CacheApplier::normaliseModstamp(std::string_view raw) {
    // The org's own fixed-width forms, checked digit by digit (a stamp becomes a watermark and then a
    // query: text that merely has the right shape must not pass).
    qint64 ms = 0;
    if (fastDateTime(raw, ms)) {
        if (raw.size() == 28) {
            std::string out(raw.substr(0, 23));
            out += 'Z';
            return out;
        }
        return std::string(raw);
    }
    // Any other form the org might send ("+00:00", no milliseconds), through Qt's ISO parser; empty when
    // it is not a date and time at all.
    const QDateTime t = QDateTime::fromString(fromUtf8(raw), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")).toStdString();
}

bool CacheApplier::convert(const RecordView& record, int slot, FieldType type, Bound& out, QString& problem) {
    // The org's own forms (a string, a JSON number, "yyyy-MM-dd", its fixed-width datetime) are read
    // without QString or QVariant: a first sync converts millions of values. Anything else (numbers sent as
    // text, other offsets, links) goes through Qt (convertThroughQt), which accepts what Qt's parsers do.
    const RecordPage::Value& value = record.value(slot);
    if (value.kind == Kind::Missing || value.kind == Kind::Null) {
        if (type == FieldType::Bool)
            out.setInt(0);
        else
            out.setNull();
        return true;
    }
    const RecordPage& page = record.page();
    const bool isString = value.kind == Kind::String;
    const std::string_view text = isString ? page.text(value) : std::string_view();
    switch (type) {
    case FieldType::Text:
    case FieldType::Id:
    case FieldType::MultiPicklist:
        if (isString)
            out.setText(text);
        else
            out.setOwned(page.dump(value)); // kept as the JSON it was sent as
        return true;
    case FieldType::Bool:
        if (value.kind == Kind::Bool) {
            out.setInt(value.boolean ? 1 : 0);
            return true;
        }
        problem = QStringLiteral("expected true or false");
        return false;
    case FieldType::Number: {
        double number = 0;
        bool ok = true;
        switch (value.kind) {
        case Kind::Integer:
            number = static_cast<double>(value.integer);
            break;
        case Kind::Unsigned:
            number = static_cast<double>(value.unsignedInteger);
            break;
        case Kind::Float:
            if (!std::isfinite(value.number)) {
                problem = QStringLiteral("not a finite number");
                return false;
            }
            number = value.number;
            break;
        case Kind::String:
            return convertThroughQt(fromUtf8(text), type, out, problem); // a number sent as text ("12")
        default:
            ok = false;
            break;
        }
        if (!ok) {
            problem = QStringLiteral("expected a number");
            return false;
        }
        out.setDouble(number);
        return true;
    }
    case FieldType::Date:
        if (!isString) {
            problem = QStringLiteral("expected a date");
            return false;
        }
        if (fastDate(text)) {
            out.setText(text.substr(0, 10));
            return true;
        }
        return convertThroughQt(fromUtf8(text), type, out, problem);
    case FieldType::DateTimeMs: {
        if (!isString) {
            problem = QStringLiteral("expected a date and time");
            return false;
        }
        qint64 ms = 0;
        if (fastDateTime(text, ms)) {
            out.setInt(ms);
            return true;
        }
        return convertThroughQt(fromUtf8(text), type, out, problem);
    }
    case FieldType::HtmlHref:
        return convertThroughQt(isString ? fromUtf8(text) : QString::fromStdString(page.dump(value)), type,
                                out, problem);
    }
    problem = QStringLiteral("unknown field type");
    return false;
}

// ---- the applier ---------------------------------------------------------------------------------------

CacheApplier::CacheApplier(sqlite::Connection& db, const EntityMapping& mapping, const QString& pulledAt)
    : m_db(db)
    , m_mapping(mapping)
    , m_pulledAt(pulledAt.toStdString()) {}

CacheApplier::~CacheApplier() = default;

vms::Result<std::unique_ptr<CacheApplier>>
CacheApplier::create(sqlite::Connection& db, const EntityMapping& mapping, const QString& pulledAt,
                     const std::vector<std::string>& pageFields, const QString& idField,
                     const QString& modstampField,
                     const std::vector<std::pair<QString, QString>>& childLinks) {
    std::unique_ptr<CacheApplier> a(new CacheApplier(db, mapping, pulledAt));
    if (Status s = a->prepare(pageFields, idField, modstampField, childLinks); !s)
        return s.error();
    return a;
}

Status CacheApplier::prepare(const std::vector<std::string>& pageFields, const QString& idField,
                             const QString& modstampField,
                             const std::vector<std::pair<QString, QString>>& childLinks) {
    const EntityMapping& mapping = m_mapping;
    m_isParticipation = mapping.table == u"participations";
    m_isEvent = mapping.table == u"events";
    m_isVolunteer = mapping.table == u"volunteers";
    auto slotOf = [&pageFields](const QString& name) {
        const std::string key = name.toStdString();
        for (size_t i = 0; i < pageFields.size(); ++i)
            if (pageFields[i] == key)
                return static_cast<int>(i);
        return -1;
    };
    m_idSlot = slotOf(idField);
    m_modstampSlot = slotOf(modstampField);
    for (size_t k = 0; k < mapping.fields.size(); ++k) {
        const FieldMapping& f = mapping.fields[k];
        m_fieldSlots.push_back(slotOf(f.sfField));
        const int index = static_cast<int>(k);
        if (f.column == u"skills")
            m_skillsField = index;
        else if (f.column == u"client_id")
            m_clientIdField = index;
        else if (f.column == u"status")
            m_statusField = index;
        else if (f.column == u"participant_type")
            m_typeField = index;
    }
    if (const FieldMapping* e = mapping.byColumn(QStringLiteral("event_sf_id")))
        m_eventSlot = slotOf(e->sfField);
    if (const FieldMapping* c = mapping.byColumn(QStringLiteral("contact_sf_id")))
        m_contactSlot = slotOf(c->sfField);

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
    // Sized once: a Bound's text may point into its own `owned`, so the vector never reallocates.
    m_values = std::vector<Bound>(static_cast<size_t>(columns.size()));
    m_values[kPulledAt].setText(m_pulledAt);
    QStringList marks, sets, differs;
    for (const QString& c : columns) {
        marks << QStringLiteral("?");
        if (c != u"sf_id")
            sets << QStringLiteral("%1=excluded.%1").arg(c);
        if (c != u"sf_id" && c != u"system_modstamp" && c != u"pulled_at")
            differs << QStringLiteral("%1.%2 IS NOT excluded.%2").arg(mapping.table, c);
    }
    const QString& t = mapping.table;
    // A newer stamp always applies; an EQUAL stamp applies when the values differ. Salesforce stamps
    // SystemModstamp to the second, so another user's edit in the same second as the version cached (often
    // this client's own write, just confirmed) carries an equal stamp: skipping it would keep the older
    // values until a full resync. An identical re-read (the overlap window) still changes nothing.
    // RETURNING only where the row's id is needed (a volunteer's skills): it makes SQLite buffer the
    // statement's output, which costs a third of an insert. Elsewhere "did it write?" is changes().
    const QString upsert =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(sf_id) DO UPDATE SET %4 "
                       "WHERE excluded.system_modstamp > coalesce(%1.system_modstamp, '') OR "
                       "(excluded.system_modstamp = %1.system_modstamp AND (%5))%6")
            .arg(t, columns.join(u','), marks.join(u','), sets.join(u','),
                 differs.join(QStringLiteral(" OR ")),
                 m_isVolunteer ? QStringLiteral(" RETURNING id") : QString());
    auto prepareInto = [this](sqlite::Statement& into, const QString& sql) -> Status {
        auto st = m_db.prepare(sql.toStdString());
        if (!st)
            return st.error();
        into = std::move(st).value();
        return {};
    };
    if (Status s = prepareInto(m_upsert, upsert); !s)
        return s;
    if (Status s = prepareInto(
            m_findBySf, QStringLiteral("SELECT id, pending, system_modstamp FROM %1 WHERE sf_id=?").arg(t));
        !s)
        return s;
    if (m_clientIdField >= 0)
        if (Status s = prepareInto(
                m_adoptClient,
                QStringLiteral("UPDATE %1 SET sf_id=? WHERE client_id=? AND sf_id IS NULL").arg(t));
            !s)
            return s;
    if (Status s = prepareInto(
            m_delete,
            QStringLiteral("DELETE FROM %1 WHERE sf_id=? AND %2").arg(t, noPendingCondition(t, childLinks)));
        !s)
        return s;
    if (Status s = prepareInto(m_exists, QStringLiteral("SELECT 1 FROM %1 WHERE sf_id=?").arg(t)); !s)
        return s;
    auto outbox = OutboxPullView::prepare(m_db);
    if (!outbox)
        return outbox.error();
    m_outbox = std::move(outbox).value();

    sqlite::Statement pending;
    if (Status s = prepareInto(pending, QStringLiteral("SELECT 1 FROM %1 WHERE pending=1 LIMIT 1").arg(t));
        !s)
        return s;
    m_anyPending = pending.step() == sqlite::Statement::StepResult::Row;
    pending.reset();

    if (m_isParticipation) {
        for (auto [into, table] :
             {std::pair{&m_eventLookup, "events"}, std::pair{&m_volunteerLookup, "volunteers"},
              std::pair{&m_studentLookup, "students"}, std::pair{&m_teacherLookup, "teachers"}})
            if (Status s = prepareInto(
                    *into, QStringLiteral("SELECT id FROM %1 WHERE sf_id=?").arg(QLatin1String(table)));
                !s)
                return s;
        if (Status s = prepareInto(m_tombstone, QStringLiteral("SELECT 1 FROM tombstones WHERE sf_id=?")); !s)
            return s;
    }
    if (m_isVolunteer) {
        if (Status s = prepareInto(m_skillsClear,
                                   QStringLiteral("DELETE FROM volunteer_skills WHERE volunteer_id=?"));
            !s)
            return s;
        if (Status s = prepareInto(
                m_skillsAdd,
                QStringLiteral("INSERT OR IGNORE INTO volunteer_skills(volunteer_id, skill) VALUES(?,?)"));
            !s)
            return s;
    }
    return {};
}

QString CacheApplier::noPendingCondition(const QString& table,
                                         const std::vector<std::pair<QString, QString>>& childLinks) {
    QString condition = table + QStringLiteral(".pending=0");
    for (const auto& [child, link] : childLinks)
        condition += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 c WHERE c.%2=%3.id AND c.pending=1)")
                         .arg(child, link, table);
    return condition;
}

std::string CacheApplier::cachedModstamp(std::string_view sfId) {
    std::string stamp;
    m_findBySf.bindText(1, sfId);
    if (m_findBySf.step() == sqlite::Statement::StepResult::Row) {
        stamp = std::string(m_findBySf.columnText(2));
        m_findBySf.reset();
    }
    return stamp;
}

CacheApplier::Removal CacheApplier::remove(std::string_view sfId) {
    // One statement decides, inside the pull's write transaction: a local change saved between two of
    // the pull's transactions is seen here.
    m_delete.bindText(1, sfId);
    if (Status s = m_delete.exec(); !s) {
        qCWarning(lcSync) << "cannot delete" << m_mapping.table << fromUtf8(sfId) << s.error().message;
        return Removal::Failed;
    }
    if (m_db.changes() > 0)
        return Removal::Removed;
    m_exists.bindText(1, sfId);
    const bool exists = m_exists.step() == sqlite::Statement::StepResult::Row;
    m_exists.reset();
    return exists ? Removal::Kept : Removal::Absent;
}

QStringList CacheApplier::pendingColumns(qint64 localId) {
    return m_outbox->pendingColumns(m_mapping.entity.toStdString(), localId);
}

CacheApplier::Result CacheApplier::applyParticipationLinks(const RecordView& record) {
    auto idOf = [](sqlite::Statement& q, std::string_view sfId, Bound& out) {
        out.setNull();
        if (sfId.empty())
            return;
        q.bindText(1, sfId);
        if (q.step() == sqlite::Statement::StepResult::Row) {
            out.setInt(q.columnInt(0));
            q.reset();
        }
    };
    const std::string_view eventSf = record.string(m_eventSlot);
    const std::string_view contactSf = record.string(m_contactSlot);
    auto deletedOnServer = [this](std::string_view sfId) {
        if (sfId.empty())
            return false;
        m_tombstone.bindText(1, sfId);
        const bool found = m_tombstone.step() == sqlite::Statement::StepResult::Row;
        m_tombstone.reset();
        return found;
    };
    // The four link columns follow the mapping's fields and the two status codes.
    const size_t links = kFirstField + m_mapping.fields.size() + 2;
    Bound& event = m_values[links];
    Bound& volunteer = m_values[links + 1];
    Bound& student = m_values[links + 2];
    Bound& teacher = m_values[links + 3];
    idOf(m_eventLookup, eventSf, event);
    if (event.type == Bound::Type::Null && deletedOnServer(eventSf))
        return {Outcome::Dropped, QStringLiteral("PARENT_DELETED"), QStringLiteral("Its event was deleted.")};
    if (event.type == Bound::Type::Null)
        return {Outcome::Issue, QStringLiteral("PARENT_NOT_LOCAL"),
                QStringLiteral("Its event %1 is not in the local cache yet.")
                    .arg(eventSf.empty() ? QStringLiteral("(none)") : fromUtf8(eventSf))};
    idOf(m_volunteerLookup, contactSf, volunteer);
    student.setNull();
    teacher.setNull();
    if (volunteer.type == Bound::Type::Null)
        idOf(m_studentLookup, contactSf, student);
    if (volunteer.type == Bound::Type::Null && student.type == Bound::Type::Null)
        idOf(m_teacherLookup, contactSf, teacher);
    const bool noContact = !contactSf.empty() && volunteer.type == Bound::Type::Null &&
                           student.type == Bound::Type::Null && teacher.type == Bound::Type::Null;
    if (noContact && deletedOnServer(contactSf))
        return {Outcome::Dropped, QStringLiteral("PARENT_DELETED"),
                QStringLiteral("Its contact was deleted.")};
    if (noContact)
        return {Outcome::Issue, QStringLiteral("PARENT_NOT_LOCAL"),
                QStringLiteral("Its contact %1 is not in the local cache yet.").arg(fromUtf8(contactSf))};
    return {};
}

void CacheApplier::refreshSkills(qint64 volunteerId) {
    m_skillsClear.bindInt(1, volunteerId);
    (void)m_skillsClear.exec();
    const Bound& skills = m_values[static_cast<size_t>(kFirstField + m_skillsField)];
    if (skills.type == Bound::Type::Null)
        return;
    for (const QString& s : boundString(skills).split(u';', Qt::SkipEmptyParts)) {
        const QString skill = s.trimmed();
        if (skill.isEmpty())
            continue;
        const std::string utf8 = skill.toStdString();
        m_skillsAdd.bindInt(1, volunteerId);
        m_skillsAdd.bindText(2, utf8);
        (void)m_skillsAdd.exec();
    }
}

void CacheApplier::bindAll(sqlite::Statement& statement, int from, int count, int firstParameter) {
    for (int i = 0; i < count; ++i)
        bindOne(statement, firstParameter + i, m_values[static_cast<size_t>(from + i)]);
}

CacheApplier::Result CacheApplier::applyOverPending(qint64 localId, std::string_view modstamp) {
    // Keep the user's unpushed fields; take the server's for the rest (the derived columns stay as the
    // local edit left them: the push decides, and the next pull brings them).
    const QStringList keep = pendingColumns(localId);
    QStringList sets{QStringLiteral("system_modstamp=?"), QStringLiteral("pulled_at=?")};
    std::vector<int> taken;
    for (size_t k = 0; k < m_mapping.fields.size(); ++k) {
        const QString& column = m_mapping.fields[k].column;
        if (keep.contains(column) || column == u"client_id")
            continue;
        sets << column + QStringLiteral("=?");
        taken.push_back(kFirstField + static_cast<int>(k));
    }
    auto prepared = m_db.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id=?").arg(m_mapping.table, sets.join(u',')).toStdString());
    if (!prepared)
        return {Outcome::Issue, QStringLiteral("DB_ERROR"), prepared.error().message};
    sqlite::Statement u = std::move(prepared).value();
    u.bindText(1, modstamp);
    u.bindText(2, m_pulledAt);
    int parameter = 3;
    for (const int index : taken)
        bindOne(u, parameter++, m_values[static_cast<size_t>(index)]);
    u.bindInt(parameter, localId);
    if (Status s = u.exec(); !s)
        return {Outcome::Issue, QStringLiteral("DB_ERROR"), s.error().message};
    return {Outcome::Applied, {}, {}};
}

CacheApplier::Result CacheApplier::apply(const RecordView& record) {
    const std::string_view sfId = record.string(m_idSlot);
    if (sfId.empty())
        return {Outcome::Issue, QStringLiteral("NO_ID"), QStringLiteral("The record has no Id.")};
    m_modstamp = normaliseModstamp(record.string(m_modstampSlot));
    if (m_modstamp.empty())
        return {Outcome::Issue, QStringLiteral("BAD_VALUE"),
                QStringLiteral("SystemModstamp does not parse.")};
    m_values[kSfId].setText(sfId);
    m_values[kModstamp].setText(m_modstamp);

    for (size_t k = 0; k < m_mapping.fields.size(); ++k) {
        const FieldMapping& f = m_mapping.fields[k];
        QString problem;
        if (!convert(record, m_fieldSlots[k], f.type, m_values[kFirstField + k], problem))
            return {Outcome::Issue, QStringLiteral("BAD_VALUE"),
                    QStringLiteral("%1: %2").arg(f.sfField, problem)};
    }
    auto fieldString = [this](int field) {
        return field < 0 ? QString() : boundString(m_values[static_cast<size_t>(kFirstField + field)]);
    };
    const size_t derived = kFirstField + m_mapping.fields.size();
    if (m_isEvent)
        m_values[derived].setInt(static_cast<int>(normaliseEventStatus(fieldString(m_statusField))));
    if (m_isParticipation) {
        m_values[derived].setInt(static_cast<int>(normaliseParticipationStatus(fieldString(m_statusField))));
        m_values[derived + 1].setInt(static_cast<int>(normaliseParticipantType(fieldString(m_typeField))));
        Result links = applyParticipationLinks(record);
        if (links.outcome == Outcome::Issue)
            return links;
        if (links.outcome == Outcome::Dropped) {
            if (remove(sfId) == Removal::Kept)
                return {
                    Outcome::Kept, QStringLiteral("KEPT_FOR_LOCAL_CHANGE"),
                    QStringLiteral("%1 Kept here until the change made here is sent.").arg(links.message)};
            return links;
        }
    }

    // A record VMS created whose push answer was lost: adopt the local row rather than duplicate it.
    if (m_clientIdField >= 0) {
        const Bound& clientId = m_values[static_cast<size_t>(kFirstField + m_clientIdField)];
        if (clientId.type != Bound::Type::Null) {
            m_adoptClient.bindText(1, sfId);
            bindOne(m_adoptClient, 2, clientId);
            (void)m_adoptClient.exec();
        }
    }

    if (m_anyPending) {
        m_findBySf.bindText(1, sfId);
        if (m_findBySf.step() == sqlite::Statement::StepResult::Row) {
            const bool pending = m_findBySf.columnInt(1) == 1;
            const qint64 localId = m_findBySf.columnInt(0);
            const bool newerLocally =
                std::string_view(m_findBySf.columnText(2)) > std::string_view(m_modstamp);
            m_findBySf.reset();
            if (pending) {
                if (newerLocally)
                    return {Outcome::Unchanged, {}, {}};
                return applyOverPending(localId, m_modstamp);
            }
        }
    }

    bindAll(m_upsert, 0, static_cast<int>(m_values.size()), 1);
    if (m_isVolunteer) {
        switch (m_upsert.step()) {
        case sqlite::Statement::StepResult::Error:
            return {Outcome::Issue, QStringLiteral("DB_ERROR"), m_upsert.errorText()};
        case sqlite::Statement::StepResult::Done:
            return {Outcome::Unchanged, {}, {}}; // the cache already holds a newer version
        case sqlite::Statement::StepResult::Row:
            break;
        }
        const qint64 localId = m_upsert.columnInt(0);
        m_upsert.reset();
        refreshSkills(localId);
        return {Outcome::Applied, {}, {}};
    }
    if (Status s = m_upsert.exec(); !s)
        return {Outcome::Issue, QStringLiteral("DB_ERROR"), m_upsert.errorText()};
    if (m_db.changes() == 0)
        return {Outcome::Unchanged, {}, {}}; // the cache already holds a newer version
    return {Outcome::Applied, {}, {}};
}

} // namespace vms
