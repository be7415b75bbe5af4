#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace vms {

class Database;

// What the global search (Ctrl+K) finds: the first few volunteers, organizations and events whose name
// (volunteers: name, email, organization or skills) holds every word typed, ignoring case and accents.
struct SearchHit {
    enum class Kind { Volunteer = 1, Organization = 2, Event = 3 };
    Kind kind = Kind::Volunteer;
    qint64 id = 0;
    QString name;
    QVariant detail; // a volunteer's email, an event's start (UTC ms, null when it has none)
};

class SearchQueries final {
public:
    static constexpr int kPerKind = 8;
    // Volunteers first, then organizations, then events; at most kPerKind of each.
    static std::vector<SearchHit> search(const Database& db, const QString& text);
};

} // namespace vms
