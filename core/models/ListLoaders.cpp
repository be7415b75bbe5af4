#include "core/models/ListLoaders.h"

#include "core/db/Database.h"
#include "core/domain/AccountName.h"
#include "core/domain/Status.h"
#include "core/profile/DisplayTime.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::ListLoaders)
};

QHash<QString, QString> nameBySfId(QSqlDatabase& db, const QString& table) {
    QHash<QString, QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // `table` is one of our own table names, never user text.
    if (q.exec(QStringLiteral("SELECT sf_id, name FROM %1 WHERE sf_id IS NOT NULL").arg(table)))
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

const QString kVolunteerSelect = QStringLiteral(
    "SELECT id, first_name, last_name, email, primary_affiliation, skills, last_volunteer_date, search_key, "
    "do_not_contact, pending FROM volunteers");

RecordRow volunteerRow(const QSqlQuery& q, const QHash<QString, QString>& orgs) {
    RecordRow r;
    r.id = q.value(0).toLongLong();
    const QString first = q.value(1).toString(), last = q.value(2).toString();
    const QString affiliation = q.value(4).toString();
    // primary_affiliation is an Account Id (an organization, or a school or district) or free text.
    const QString orgName = AccountName::display(affiliation, orgs.value(affiliation));
    const QString skills = q.value(5).toString();
    const QString lastDate = q.value(6).toString();
    r.tags = skills.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString& t : r.tags)
        t = t.trimmed();
    r.tags.removeDuplicates(); // multi-select picklists do arrive with repeats
    r.cells = {first.isEmpty() ? last : last + QStringLiteral(", ") + first, q.value(3).toString(), orgName,
               r.tags.join(QStringLiteral(", ")), lastDate};
    // search_key (Migrations.cpp) is lower-cased by SQLite, which folds ASCII only; fold it again.
    QString key = q.value(7).toString();
    if (orgName != affiliation)
        key += QLatin1Char(' ') + orgName;
    r.setKey(key);
    r.date = lastDate.isEmpty() ? 0 : QDate::fromString(lastDate.left(10), Qt::ISODate).toJulianDay();
    r.code = (q.value(8).toInt() ? DoNotContact : 0) | (q.value(9).toInt() ? PendingChange : 0);
    return r;
}

} // namespace

QString ListLoaders::accountName(QSqlDatabase db, const QString& sfId) {
    if (sfId.isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT name FROM organizations WHERE sf_id = ? UNION ALL SELECT name FROM schools "
                       "WHERE sf_id = ? UNION ALL SELECT name FROM districts WHERE sf_id = ?"));
    for (int i = 0; i < 3; ++i)
        q.addBindValue(sfId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QStringList ListLoaders::volunteerHeaders() {
    return {Tr::tr("Name"), Tr::tr("Email"), Tr::tr("Organization"), Tr::tr("Skills"),
            Tr::tr("Last volunteered")};
}
QStringList ListLoaders::organizationHeaders() {
    return {Tr::tr("Name"), Tr::tr("Type"), Tr::tr("City"), Tr::tr("Last activity")};
}
QStringList ListLoaders::eventHeaders() {
    return {Tr::tr("Starts"), Tr::tr("Name"),   Tr::tr("Type"),
            Tr::tr("Status"), Tr::tr("School"), Tr::tr("District")};
}

QString ListLoaders::eventStatusName(int code) {
    return eventStatusDisplayName(static_cast<EventStatus>(code));
}

LoadedList ListLoaders::volunteers(QSqlDatabase db) {
    LoadedList out;
    // A primary affiliation may name any Account: an organization, a school or a district.
    auto orgs = nameBySfId(db, QStringLiteral("organizations"));
    orgs.insert(nameBySfId(db, QStringLiteral("schools")));
    orgs.insert(nameBySfId(db, QStringLiteral("districts")));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(kVolunteerSelect)) {
        out.error = q.lastError().text();
        return out;
    }
    QSet<QString> skills;
    while (q.next()) {
        out.rows.push_back(volunteerRow(q, orgs));
        for (const QString& s : out.rows.back().tags)
            skills.insert(s);
    }
    out.choices = QStringList(skills.begin(), skills.end());
    out.choices.sort(Qt::CaseInsensitive);
    return out;
}

std::optional<RecordRow> ListLoaders::volunteer(QSqlDatabase db, qint64 id) {
    QSqlQuery q(db);
    q.prepare(kVolunteerSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QHash<QString, QString> orgs;
    const QString affiliation = q.value(4).toString();
    if (const QString name = accountName(db, affiliation); !name.isEmpty())
        orgs.insert(affiliation, name);
    return volunteerRow(q, orgs);
}

LoadedList ListLoaders::organizations(QSqlDatabase db) {
    LoadedList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, type, billing_city, last_activity_date FROM organizations"))) {
        out.error = q.lastError().text();
        return out;
    }
    QSet<QString> types;
    while (q.next()) {
        RecordRow r;
        r.id = q.value(0).toLongLong();
        const QString type = q.value(2).toString();
        r.cells = {q.value(1).toString(), type, q.value(3).toString(), q.value(4).toString()};
        r.setKey(r.cells.join(QLatin1Char(' ')));
        r.tags = {type};
        if (!type.isEmpty())
            types.insert(type);
        out.rows.push_back(std::move(r));
    }
    out.choices = QStringList(types.begin(), types.end());
    out.choices.sort(Qt::CaseInsensitive);
    return out;
}

LoadedList ListLoaders::events(QSqlDatabase db) {
    LoadedList out;
    const auto schools = nameBySfId(db, QStringLiteral("schools"));
    const auto districts = nameBySfId(db, QStringLiteral("districts"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, session_type, start_utc, status_code, school_sf_id, "
                               "district_sf_id, location FROM events"))) {
        out.error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        RecordRow r;
        r.id = q.value(0).toLongLong();
        const bool hasStart = !q.value(3).isNull();
        r.date = q.value(3).toLongLong();
        r.code = q.value(4).toInt();
        const QString school = q.value(5).toString(), district = q.value(6).toString();
        r.cells = {hasStart ? DisplayTime::sortable(r.date) : QString(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   eventStatusName(r.code),
                   schools.value(school),
                   districts.value(district)};
        r.setKey(r.cells.join(QLatin1Char(' ')) + QLatin1Char(' ') + q.value(7).toString());
        r.tags = {hasStart ? DisplayTime::schoolYearCodeOf(r.date) : QString(), q.value(2).toString(),
                  district, school};
        out.rows.push_back(std::move(r));
    }
    return out;
}

std::optional<RecordRow> ListLoaders::volunteer(const Database& db, qint64 id) {
    return volunteer(db.connection(), id);
}

} // namespace vms
