#include "core/models/OrganizationQueries.h"

#include "core/db/Database.h"
#include "core/domain/Status.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace vms {

std::optional<OrganizationDetail> OrganizationQueries::detail(const Database& db, qint64 localId) {
    const QSqlDatabase conn = db.connection();
    QSqlQuery q(conn);
    q.prepare(
        QStringLiteral("SELECT name, type, description, billing_street, billing_city, billing_state, "
                       "billing_postal_code, sf_id, last_activity_date FROM organizations WHERE id = ?"));
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OrganizationDetail d;
    d.name = q.value(0).toString();
    d.type = q.value(1).toString();
    d.description = q.value(2).toString();
    for (int c = 3; c <= 6; ++c)
        if (!q.value(c).toString().isEmpty())
            d.address << q.value(c).toString();
    d.lastActivityDate = q.value(8).toString();
    const QString sfId = q.value(7).toString();
    if (sfId.isEmpty())
        return d; // not in the org yet: nobody is affiliated with it

    // Volunteers: through affiliations, or naming the organization as their primary affiliation.
    QSet<qint64> seen;
    QSqlQuery v(conn);
    v.setForwardOnly(true);
    v.prepare(QStringLiteral(
        "SELECT v.id, v.first_name || ' ' || v.last_name, v.email, a.role, a.status FROM affiliations a "
        "JOIN volunteers v ON v.sf_id = a.contact_sf_id WHERE a.organization_sf_id = ? "
        "UNION ALL SELECT id, first_name || ' ' || last_name, email, NULL, NULL FROM volunteers "
        "WHERE primary_affiliation = ? ORDER BY 2"));
    v.addBindValue(sfId);
    v.addBindValue(sfId);
    if (v.exec())
        while (v.next()) {
            const qint64 id = v.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            d.volunteers.push_back({id, v.value(1).toString(), v.value(2).toString(), v.value(3).toString(),
                                    v.value(4).toString()});
        }

    QSqlQuery e(conn);
    e.setForwardOnly(true);
    e.prepare(QStringLiteral(
        "SELECT e.id, e.name, e.start_utc, e.status_code, count(DISTINCT p.volunteer_id), "
        "sum(CASE WHEN p.status_code = ? THEN p.delivery_hours ELSE 0 END) FROM participations p "
        "JOIN events e ON e.id = p.event_id WHERE p.volunteer_id IN (SELECT v.id FROM affiliations a JOIN "
        "volunteers v ON v.sf_id = a.contact_sf_id WHERE a.organization_sf_id = ? UNION SELECT id FROM "
        "volunteers "
        "WHERE primary_affiliation = ?) GROUP BY e.id ORDER BY e.start_utc DESC"));
    e.addBindValue(static_cast<int>(ParticipationStatus::Attended));
    e.addBindValue(sfId);
    e.addBindValue(sfId);
    if (e.exec())
        while (e.next()) {
            OrganizationDetail::Event event;
            event.id = e.value(0).toLongLong();
            event.name = e.value(1).toString();
            if (!e.value(2).isNull())
                event.startUtcMs = e.value(2).toLongLong();
            event.statusCode = e.value(3).toInt();
            event.volunteers = e.value(4).toInt();
            event.attendedHours = e.value(5).toDouble();
            d.events.push_back(std::move(event));
        }
    return d;
}

} // namespace vms
