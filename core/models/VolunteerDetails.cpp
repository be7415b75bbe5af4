#include "core/models/VolunteerDetails.h"

#include "core/db/Database.h"
#include "core/domain/AccountName.h"
#include "core/models/ListLoaders.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

Error sqlError(const QSqlQuery& q) {
    return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
}

// The org's picklist values of a column, else the distinct values the cache holds (`sql` lists them,
// one multi-select value per row, maybe several joined by ';'), else `fallback`.
Result<QStringList> choices(QSqlDatabase db, const FieldRules& rules, const QString& column,
                            const QString& sql, const QStringList& fallback) {
    if (const FieldRule* r = rules.rule(column); r && !r->picklistValues.isEmpty())
        return r->picklistValues;
    QStringList out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return sqlError(q);
    while (q.next())
        for (const QString& v : VolunteerChoices::split(q.value(0).toString()))
            if (!out.contains(v))
                out << v;
    for (const QString& f : fallback)
        if (!out.contains(f))
            out << f;
    out.sort(Qt::CaseInsensitive);
    return out;
}

} // namespace

QStringList VolunteerChoices::split(const QString& multiSelect) {
    QStringList out;
    for (const QString& part : multiSelect.split(u';', Qt::SkipEmptyParts))
        if (const QString v = part.trimmed(); !v.isEmpty())
            out << v;
    return out;
}

Result<VolunteerChoices> VolunteerChoices::load(const Database& database) {
    QSqlDatabase db = database.connection();
    VolunteerChoices out;
    auto loaded = FieldRules::load(db, QStringLiteral("volunteer"));
    if (!loaded)
        return loaded.error();
    const FieldRules& rules = *loaded;
    // salesforce-org.md: Active / Inactive / On Hold; empty means Active.
    if (const FieldRule* r = rules.rule(QStringLiteral("volunteer_status"));
        r && !r->picklistValues.isEmpty())
        out.statuses = r->picklistValues;
    else
        out.statuses = {QStringLiteral("Active"), QStringLiteral("Inactive"), QStringLiteral("On Hold")};
    auto skills = choices(db, rules, QStringLiteral("skills"),
                          QStringLiteral("SELECT DISTINCT skill FROM volunteer_skills LIMIT 500"), {});
    if (!skills)
        return skills.error();
    out.skills = *skills;
    auto interests = choices(
        db, rules, QStringLiteral("interests"),
        QStringLiteral("SELECT DISTINCT interests FROM volunteers WHERE interests IS NOT NULL LIMIT 500"),
        {});
    if (!interests)
        return interests.error();
    out.interests = *interests;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT id, name, sf_id FROM organizations WHERE name IS NOT NULL AND name != '' "
                           "ORDER BY name COLLATE NOCASE, id")))
        return sqlError(q);
    while (q.next())
        out.organizations.push_back(
            {q.value(0).toLongLong(), q.value(1).toString(), !q.value(2).toString().isEmpty()});
    return out;
}

Result<std::optional<VolunteerDetails>> VolunteerDetails::load(const Database& database, qint64 localId) {
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    // The columns Volunteer holds, read by name below (bare column names, so SQLite names the results
    // after them), and the organization the primary affiliation's Id names.
    q.prepare(QStringLiteral(
        "SELECT sf_id, pending, first_name, last_name, email, phone, mobile_phone, title, department, "
        "mailing_street, mailing_city, mailing_state, mailing_postal_code, primary_affiliation, skills, "
        "skills_text, interests, recruitment_notes, do_not_call, do_not_contact, email_opt_out, gender, "
        "birthdate, racial_ethnic_background, age_group, volunteer_status, organization_id, "
        "(SELECT o.id FROM organizations o WHERE o.sf_id = volunteers.primary_affiliation) AS "
        "named_organization_id "
        "FROM volunteers WHERE id=?"));
    q.addBindValue(localId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<VolunteerDetails>();
    auto text = [&q](const char* column) {
        return q.value(QLatin1String(column)).toString();
    };
    auto flag = [&q](const char* column) {
        return q.value(QLatin1String(column)).toInt() != 0;
    };
    VolunteerDetails d;
    Volunteer& v = d.volunteer;
    v.id = localId;
    v.sfId = text("sf_id");
    v.pending = flag("pending");
    v.firstName = text("first_name");
    v.lastName = text("last_name");
    v.email = text("email");
    v.phone = text("phone");
    v.mobilePhone = text("mobile_phone");
    v.title = text("title");
    v.department = text("department");
    v.mailingStreet = text("mailing_street");
    v.mailingCity = text("mailing_city");
    v.mailingState = text("mailing_state");
    v.mailingPostalCode = text("mailing_postal_code");
    v.primaryAffiliation = text("primary_affiliation");
    v.skills = text("skills");
    v.skillsText = text("skills_text");
    v.interests = text("interests");
    v.recruitmentNotes = text("recruitment_notes");
    v.doNotCall = flag("do_not_call");
    v.doNotContact = flag("do_not_contact");
    v.emailOptOut = flag("email_opt_out");
    v.gender = text("gender");
    v.birthdate = text("birthdate");
    v.racialEthnicBackground = text("racial_ethnic_background");
    v.ageGroup = text("age_group");
    d.status = text("volunteer_status");
    // The link VMS keeps (an organization created offline has no Id yet), else the one the Id names.
    const QVariant kept = q.value(QStringLiteral("organization_id"));
    d.organizationId =
        !kept.isNull() ? kept.toLongLong() : q.value(QStringLiteral("named_organization_id")).toLongLong();
    if (d.organizationId != 0) {
        q.prepare(QStringLiteral("SELECT name FROM organizations WHERE id=?"));
        q.addBindValue(d.organizationId);
        if (!q.exec())
            return sqlError(q);
        if (q.next())
            d.organizationName = q.value(0).toString();
        else
            d.organizationId = 0;
    }
    if (d.organizationName.isEmpty() && !d.volunteer.primaryAffiliation.isEmpty())
        d.organizationName = AccountName::display(
            d.volunteer.primaryAffiliation, ListLoaders::accountName(db, d.volunteer.primaryAffiliation));

    auto refusal = refusalOf(db, QStringLiteral("volunteer"), localId);
    if (!refusal)
        return refusal.error();
    d.refusal = *refusal;
    if (d.refusal) { // its fields are named by the org's rules
        auto rules = FieldRules::load(db, QStringLiteral("volunteer"));
        if (!rules)
            return rules.error();
        d.rules = std::move(rules).value();
    }

    if (!d.volunteer.sfId.isEmpty()) {
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT o.id, coalesce(o.name, sc.name, dt.name), a.role, a.status, a.start_date, a.end_date, "
            "a.is_primary, a.organization_sf_id FROM affiliations a "
            "LEFT JOIN organizations o ON o.sf_id = a.organization_sf_id "
            "LEFT JOIN schools sc ON sc.sf_id = a.organization_sf_id "
            "LEFT JOIN districts dt ON dt.sf_id = a.organization_sf_id "
            "WHERE a.contact_sf_id = ? ORDER BY a.is_primary DESC, a.start_date DESC"));
        q.addBindValue(d.volunteer.sfId);
        if (!q.exec())
            return sqlError(q);
        while (q.next())
            d.affiliations.push_back({q.value(0).toLongLong(),
                                      AccountName::display(q.value(7).toString(), q.value(1).toString()),
                                      q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                      q.value(5).toString(), q.value(6).toInt() != 0});
    }

    QSqlQuery p(db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT e.id, e.name, e.start_utc, p.status_code, p.delivery_hours FROM "
                             "participations p JOIN events e ON e.id = p.event_id WHERE p.volunteer_id = ? "
                             "ORDER BY e.start_utc DESC"));
    p.addBindValue(localId);
    if (!p.exec())
        return sqlError(p);
    while (p.next()) {
        VolunteerEventRow r;
        r.eventId = p.value(0).toLongLong();
        r.eventName = p.value(1).toString();
        if (!p.value(2).isNull())
            r.startUtcMs = p.value(2).toLongLong();
        r.status = static_cast<ParticipationStatus>(p.value(3).toInt());
        if (!p.value(4).isNull())
            r.hours = p.value(4).toDouble();
        d.participations.push_back(r);
    }

    auto history = ContactHistory::load(db, localId);
    if (!history)
        return history.error();
    d.contactHistory = std::move(history).value();
    return std::optional<VolunteerDetails>(std::move(d));
}

} // namespace vms
