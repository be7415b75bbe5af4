#include "core/attendance/AttendanceRoster.h"

#include "core/common/LocaleFormat.h"
#include "core/db/Database.h"
#include "core/domain/AccountName.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::AttendanceRoster)
};

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

QDateTime fromEpochMs(const QVariant& v) {
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

// Columns of the roster query, shared by load() and loadRow().
const char kRosterSelect[] =
    "SELECT p.id, p.sf_id, p.type_code, p.participant_type, p.volunteer_id, p.student_id, p.contact_sf_id, "
    "p.status, p.status_code, p.delivery_hours, p.pending, p.name, "
    "v.first_name, v.last_name, v.email, coalesce(o.name, osc.name, od.name), "
    "s.first_name, s.last_name, s.current_grade, t.first_name, t.last_name, t.email, v.primary_affiliation, "
    "p.teacher_id, p.notes, tsc.name "
    "FROM participations p "
    "LEFT JOIN volunteers v ON v.id = p.volunteer_id "
    // A primary affiliation may name an organization, a school or a district (or be free text).
    "LEFT JOIN organizations o ON o.sf_id = v.primary_affiliation "
    "LEFT JOIN schools osc ON osc.sf_id = v.primary_affiliation "
    "LEFT JOIN districts od ON od.sf_id = v.primary_affiliation "
    "LEFT JOIN students s ON s.id = p.student_id "
    "LEFT JOIN teachers t ON t.id = p.teacher_id "
    "LEFT JOIN schools tsc ON tsc.sf_id = t.school_sf_id ";

RosterRow rowFrom(const QSqlQuery& q) {
    RosterRow r;
    r.participationId = q.value(0).toLongLong();
    r.participationSfId = q.value(1).toString();
    r.type = static_cast<ParticipantType>(q.value(2).toInt());
    if (r.type == ParticipantType::Other)
        r.type = normaliseParticipantType(q.value(3).toString());
    r.contactSfId = q.value(6).toString();
    r.statusText = q.value(7).toString();
    r.status = static_cast<ParticipationStatus>(q.value(8).toInt());
    if (r.status == ParticipationStatus::Unknown)
        r.status = normaliseParticipationStatus(r.statusText);
    if (!q.value(9).isNull())
        r.hours = q.value(9).toDouble();
    r.pending = q.value(10).toInt() != 0;
    r.notes = q.value(24).toString();
    r.teacher = !q.value(23).isNull() ||
                q.value(3).toString().trimmed().compare(u"teacher", Qt::CaseInsensitive) == 0;
    if (!q.value(4).isNull()) {
        r.contact = {ContactRef::Kind::Volunteer, q.value(4).toLongLong()};
        r.contactKnown = true;
        r.firstName = q.value(12).toString();
        r.lastName = q.value(13).toString();
        r.email = q.value(14).toString();
        r.detail = AccountName::display(q.value(22).toString(), q.value(15).toString());
    } else if (!q.value(5).isNull()) {
        r.contact = {ContactRef::Kind::Student, q.value(5).toLongLong()};
        r.contactKnown = true;
        r.firstName = q.value(16).toString();
        r.lastName = q.value(17).toString();
        r.detail = q.value(18).toString();
    } else if (!q.value(23).isNull()) {
        r.contact = {ContactRef::Kind::Teacher, q.value(23).toLongLong()};
        r.contactKnown = true;
        r.firstName = q.value(19).toString();
        r.lastName = q.value(20).toString();
        r.email = q.value(21).toString();
        r.detail = q.value(25).toString(); // their school
    } else {
        // Contact not cached (yet): show the participation's own name so the row is still recognisable.
        r.lastName = q.value(11).toString();
    }
    return r;
}

} // namespace

std::optional<double> AttendanceEvent::defaultHours() const {
    if (!startUtc.isValid() || !endUtc.isValid())
        return std::nullopt;
    const double h = static_cast<double>(startUtc.msecsTo(endUtc)) / 3'600'000.0;
    if (!(h >= 0.0 && h <= 24.0))
        return std::nullopt;
    return std::round(h * 100.0) / 100.0;
}

bool AttendanceEvent::startsMoreThanADayAfter(const QDateTime& nowUtc) const {
    constexpr qint64 kDayMs = 24 * 3600 * 1000;
    return startUtc.isValid() && nowUtc.msecsTo(startUtc) > kDayMs;
}

QString AttendanceEvent::whenText(const QTimeZone& displayZone) const {
    if (!startUtc.isValid())
        return Tr::tr("date not set");
    // The user's locale ("mar, 24 de nov de 2026, 9:00" in Spanish); vms-cli pins it to US English.
    const QLocale locale = LocaleFormat::displayLocale();
    const QDateTime start = startUtc.toTimeZone(displayZone);
    QString text = locale.toString(start, LocaleFormat::mediumDateTime(locale));
    if (endUtc.isValid()) {
        const QDateTime end = endUtc.toTimeZone(displayZone);
        text += QStringLiteral(" – ") + locale.toString(end, end.date() == start.date()
                                                                 ? LocaleFormat::shortTime(locale)
                                                                 : LocaleFormat::mediumDateTime(locale));
    }
    return text + u' ' + displayZone.abbreviation(start);
}

QString RosterRow::displayName() const {
    if (firstName.isEmpty())
        return lastName;
    return firstName + u' ' + lastName;
}

Result<AttendanceEvent> AttendanceRoster::loadEvent(QSqlDatabase db, qint64 eventId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, sf_id, name, location, status, start_utc, end_utc, school_sf_id FROM events WHERE id=?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No event with local id %1 in the cache.").arg(eventId));
    AttendanceEvent e;
    e.id = q.value(0).toLongLong();
    e.sfId = q.value(1).toString();
    e.name = q.value(2).toString();
    e.location = q.value(3).toString();
    e.status = q.value(4).toString();
    e.startUtc = fromEpochMs(q.value(5));
    e.endUtc = fromEpochMs(q.value(6));
    e.schoolSfId = q.value(7).toString();
    return e;
}

Result<AttendanceEvent> AttendanceRoster::loadEvent(const Database& db, qint64 eventId) {
    return loadEvent(db.connection(), eventId);
}

Result<std::vector<RosterRow>> AttendanceRoster::load(const Database& db, qint64 eventId) {
    return load(db.connection(), eventId);
}

Result<std::vector<AttendanceEvent>> AttendanceRoster::eventsFrom(const Database& db,
                                                                  const QDateTime& fromUtc, int limit) {
    return eventsFrom(db.connection(), fromUtc, limit);
}

Result<QStringList> AttendanceRoster::organizationNames(const Database& db) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT name FROM organizations WHERE name IS NOT NULL ORDER BY name LIMIT 20000")))
        return sqlError(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<std::vector<RosterRow>> AttendanceRoster::load(QSqlDatabase db, qint64 eventId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(kRosterSelect) + QStringLiteral("WHERE p.event_id=?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return sqlError(q);
    std::vector<RosterRow> rows;
    while (q.next())
        rows.push_back(rowFrom(q));
    std::sort(rows.begin(), rows.end(), [](const RosterRow& a, const RosterRow& b) {
        if (const int c = a.lastName.compare(b.lastName, Qt::CaseInsensitive); c != 0)
            return c < 0;
        if (const int c = a.firstName.compare(b.firstName, Qt::CaseInsensitive); c != 0)
            return c < 0;
        return a.participationId < b.participationId;
    });
    return rows;
}

Result<std::optional<RosterRow>> AttendanceRoster::loadRow(QSqlDatabase db, qint64 participationId) {
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(kRosterSelect) + QStringLiteral("WHERE p.id=?"));
    q.addBindValue(participationId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<RosterRow>();
    return std::optional<RosterRow>(rowFrom(q));
}

namespace {

QString linkColumn(ContactRef::Kind kind) {
    switch (kind) {
    case ContactRef::Kind::Student:
        return QStringLiteral("student_id");
    case ContactRef::Kind::Teacher:
        return QStringLiteral("teacher_id");
    case ContactRef::Kind::Volunteer:
        break;
    }
    return QStringLiteral("volunteer_id");
}

} // namespace

Result<std::optional<qint64>> AttendanceRoster::participationOf(QSqlDatabase db, qint64 eventId,
                                                                const ContactRef& contact) {
    QSqlQuery q(db);
    // The column comes from linkColumn(), never from user text.
    q.prepare(QStringLiteral("SELECT id FROM participations WHERE event_id=? AND %1=? ORDER BY id LIMIT 1")
                  .arg(linkColumn(contact.kind)));
    q.addBindValue(eventId);
    q.addBindValue(contact.localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QString> AttendanceRoster::notesOf(QSqlDatabase db, qint64 participationId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT notes FROM participations WHERE id=?"));
    q.addBindValue(participationId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("No participation with local id %1 in the cache.").arg(participationId));
    return q.value(0).toString();
}

Result<std::optional<double>> AttendanceRoster::currentHours(QSqlDatabase db, qint64 eventId,
                                                             const ContactRef& contact) {
    QSqlQuery q(db);
    // The column comes from linkColumn(), never from user text.
    q.prepare(
        QStringLiteral("SELECT delivery_hours FROM participations WHERE event_id=? AND %1=? ORDER BY id "
                       "LIMIT 1")
            .arg(linkColumn(contact.kind)));
    q.addBindValue(eventId);
    q.addBindValue(contact.localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next() || q.value(0).isNull())
        return std::optional<double>();
    return std::optional<double>(q.value(0).toDouble());
}

RosterCounts AttendanceRoster::count(const std::vector<RosterRow>& rows) {
    RosterCounts c;
    for (const RosterRow& r : rows) {
        if (r.pending)
            ++c.pending;
        if (!r.counted()) {
            ++c.notCounted;
            continue;
        }
        switch (r.status) {
        case ParticipationStatus::Registered:
        case ParticipationStatus::Unknown:
            ++c.registered;
            break;
        case ParticipationStatus::Attended:
            ++c.attended;
            break;
        case ParticipationStatus::NoShow:
            ++c.noShow;
            break;
        case ParticipationStatus::Cancelled:
            ++c.cancelled;
            break;
        }
    }
    return c;
}

bool AttendanceRoster::looksLikeSalesforceId(const QString& text) {
    if (text.size() != 15 && text.size() != 18)
        return false;
    bool hasLetter = false;
    for (QChar c : text) {
        if (!(c.isDigit() || (c.unicode() < 128 && c.isLetter())))
            return false;
        hasLetter = hasLetter || c.isLetter();
    }
    return hasLetter;
}

namespace {

// A 15-character Id is the case-sensitive prefix of its 18-character form.
Result<std::optional<qint64>> findBySfId(QSqlDatabase db, const QString& table, const QString& sfId) {
    QSqlQuery q(db);
    // `table` is one of our own table names, never user text.
    if (sfId.size() == 15)
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE substr(sf_id,1,15)=? LIMIT 1").arg(table));
    else
        q.prepare(QStringLiteral("SELECT id FROM %1 WHERE sf_id=? LIMIT 1").arg(table));
    q.addBindValue(sfId);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return std::optional<qint64>(q.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<bool> localExists(QSqlDatabase db, const QString& table, qint64 id) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id=?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    return q.next();
}

std::optional<qint64> parseLocalId(QStringView text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace

Result<qint64> AttendanceRoster::resolveEvent(QSqlDatabase db, const QString& idText) {
    const QString text = idText.trimmed();
    if (looksLikeSalesforceId(text)) {
        auto found = findBySfId(db, QStringLiteral("events"), text);
        if (!found)
            return found.error();
        if (!*found)
            return Error::usage(Tr::tr("--event: no cached event has the Salesforce Id %1.").arg(text));
        return **found;
    }
    const auto id = parseLocalId(text);
    if (!id)
        return Error::usage(
            Tr::tr("--event: '%1' is neither a Salesforce Id (15 or 18 characters) nor a local id.")
                .arg(text));
    auto exists = localExists(db, QStringLiteral("events"), *id);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::usage(Tr::tr("--event: no event with local id %1 in the cache.").arg(*id));
    return *id;
}

Result<ContactRef> AttendanceRoster::resolveContact(QSqlDatabase db, const QString& idText) {
    const QString text = idText.trimmed();
    if (looksLikeSalesforceId(text)) {
        auto v = findBySfId(db, QStringLiteral("volunteers"), text);
        if (!v)
            return v.error();
        if (*v)
            return ContactRef{ContactRef::Kind::Volunteer, **v};
        auto s = findBySfId(db, QStringLiteral("students"), text);
        if (!s)
            return s.error();
        if (*s)
            return ContactRef{ContactRef::Kind::Student, **s};
        auto t = findBySfId(db, QStringLiteral("teachers"), text);
        if (!t)
            return t.error();
        if (*t)
            return ContactRef{ContactRef::Kind::Teacher, **t};
        return Error::usage(
            Tr::tr("--contact: no cached volunteer, student or teacher has the Salesforce Id %1.").arg(text));
    }
    // Local ids: a plain number (or v<number>) is a volunteer, as `volunteer add` prints it; students
    // are s<number> and teachers t<number>, as `attendance list` prints them, because each kind numbers
    // apart.
    ContactRef ref;
    QStringView digits = text;
    QString table = QStringLiteral("volunteers"), noun = Tr::tr("volunteer");
    if (text.startsWith(u's', Qt::CaseInsensitive)) {
        ref.kind = ContactRef::Kind::Student;
        table = QStringLiteral("students");
        noun = Tr::tr("student");
        digits = digits.mid(1);
    } else if (text.startsWith(u't', Qt::CaseInsensitive)) {
        ref.kind = ContactRef::Kind::Teacher;
        table = QStringLiteral("teachers");
        noun = Tr::tr("teacher");
        digits = digits.mid(1);
    } else if (text.startsWith(u'v', Qt::CaseInsensitive)) {
        digits = digits.mid(1);
    }
    const auto id = parseLocalId(digits);
    if (!id)
        return Error::usage(
            Tr::tr("--contact: '%1' is neither a Salesforce Id (15 or 18 characters) nor a local "
                   "id (123 for a volunteer, s123 for a student, t123 for a teacher).")
                .arg(text));
    ref.localId = *id;
    auto exists = localExists(db, table, *id);
    if (!exists)
        return exists.error();
    if (!*exists)
        return Error::usage(Tr::tr("--contact: no %1 with local id %2 in the cache.").arg(noun).arg(*id));
    return ref;
}

Result<AttendanceRoster::RecordIds> AttendanceRoster::resolveRecord(QSqlDatabase db, const QString& table,
                                                                    const QString& option,
                                                                    const QString& idText) {
    const QString text = idText.trimmed();
    std::optional<qint64> id;
    if (looksLikeSalesforceId(text)) {
        auto found = findBySfId(db, table, text);
        if (!found)
            return found.error();
        if (!*found)
            return Error::usage(Tr::tr("%1: nothing cached has the Salesforce Id %2.").arg(option, text));
        id = **found;
    } else {
        id = parseLocalId(text);
        if (!id)
            return Error::usage(
                Tr::tr("%1: '%2' is neither a Salesforce Id (15 or 18 characters) nor a local id.")
                    .arg(option, text));
    }
    QSqlQuery q(db);
    // `table` is one of our own table names, never user text.
    q.prepare(QStringLiteral("SELECT sf_id FROM %1 WHERE id=?").arg(table));
    q.addBindValue(*id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error::usage(Tr::tr("%1: nothing cached has the local id %2.").arg(option).arg(*id));
    return RecordIds{*id, q.value(0).toString()};
}

Result<qint64> AttendanceRoster::resolveVolunteer(QSqlDatabase db, const QString& idText) {
    const QString text = idText.trimmed();
    if (text.startsWith(u's', Qt::CaseInsensitive) && !looksLikeSalesforceId(text))
        return Error::usage(Tr::tr("ID: '%1' is a student, not a volunteer.").arg(text));
    auto ref = resolveContact(db, text);
    if (!ref) {
        Error e = ref.error();
        e.message.replace(QStringLiteral("--contact"), QStringLiteral("ID"));
        return e;
    }
    if (ref->kind == ContactRef::Kind::Teacher)
        return Error::usage(Tr::tr("ID: '%1' is a teacher, not a volunteer.").arg(text));
    if (ref->kind != ContactRef::Kind::Volunteer)
        return Error::usage(Tr::tr("ID: '%1' is a student, not a volunteer.").arg(text));
    return ref->localId;
}

Result<std::vector<AttendanceEvent>> AttendanceRoster::eventsFrom(QSqlDatabase db, const QDateTime& fromUtc,
                                                                  int limit) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, sf_id, name, location, status, start_utc, end_utc FROM events "
                             "WHERE start_utc >= ? ORDER BY start_utc, id LIMIT ?"));
    q.addBindValue(fromUtc.toMSecsSinceEpoch());
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    std::vector<AttendanceEvent> out;
    while (q.next()) {
        AttendanceEvent e;
        e.id = q.value(0).toLongLong();
        e.sfId = q.value(1).toString();
        e.name = q.value(2).toString();
        e.location = q.value(3).toString();
        e.status = q.value(4).toString();
        e.startUtc = fromEpochMs(q.value(5));
        e.endUtc = fromEpochMs(q.value(6));
        out.push_back(e);
    }
    return out;
}

} // namespace vms
