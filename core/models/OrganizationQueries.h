#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace vms {

class Database;

// One organization's page: its fields, its volunteers (by affiliation, or naming it as their primary
// affiliation; each once, by name) and the events they took part in (newest first).
struct OrganizationDetail {
    struct Volunteer {
        qint64 id = 0;
        QString name, email, role, status; // role and status: the affiliation's (empty for a primary one)
    };
    struct Event {
        qint64 id = 0;
        QString name;
        std::optional<qint64> startUtcMs;
        int statusCode = 0;
        int volunteers = 0;
        double attendedHours = 0;
    };
    QString name, type, description, lastActivityDate;
    QStringList address; // street, city, state, postal code: those the org has
    std::vector<Volunteer> volunteers;
    std::vector<Event> events;
};

class OrganizationQueries final {
public:
    static std::optional<OrganizationDetail> detail(const Database& db, qint64 localId);
};

} // namespace vms
