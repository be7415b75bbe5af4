#include "core/attendance/ContactSearch.h"

#include "core/common/TextFold.h"
#include "core/db/Database.h"
#include "core/domain/AccountName.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

QStringList words(const QString& foldedText) {
    return foldedText.split(u' ', Qt::SkipEmptyParts);
}

quint64 key(const ContactRef& c) {
    return (static_cast<quint64>(c.localId) << 2) | static_cast<quint64>(c.kind);
}

} // namespace

QString ContactSearch::fold(const QString& text) {
    // "José Ñúñez-Ortiz" -> "jose nunez ortiz": hyphens and commas separate words too.
    QString out = TextFold::fold(text);
    for (QChar& c : out)
        if (c.isSpace() || c == u'-' || c == u',')
            c = u' ';
    return out;
}

bool ContactSearch::matches(const QString& firstName, const QString& lastName, const QString& email,
                            const QString& query) {
    const QStringList wanted = words(fold(query));
    if (wanted.isEmpty())
        return false;
    const QStringList nameWords = words(fold(firstName + u' ' + lastName));
    const QString mail = email.toLower();
    for (const QString& w : wanted) {
        bool found = mail.startsWith(w) && w.size() >= 2;
        for (const QString& n : nameWords)
            found = found || n.startsWith(w);
        if (!found)
            return false;
    }
    return true;
}

std::vector<int> ContactSearch::matchRoster(const std::vector<RosterRow>& roster, const QString& query) {
    std::vector<int> out;
    for (size_t i = 0; i < roster.size(); ++i) {
        const RosterRow& r = roster[i];
        // Rows VMS cannot mark (a presenter or a contact not cached yet) are left out of the type-ahead.
        if (r.markable() && matches(r.firstName, r.lastName, r.email, query))
            out.push_back(static_cast<int>(i));
    }
    return out;
}

Result<std::vector<ContactMatch>> ContactSearch::searchCache(QSqlDatabase db,
                                                             const std::vector<RosterRow>& roster,
                                                             const QString& query, int limit,
                                                             const QString& studentSchoolSfId) {
    std::vector<ContactMatch> out;
    const QStringList wanted = words(fold(query));
    if (wanted.isEmpty() || limit <= 0)
        return out;
    QSet<quint64> onRoster;
    for (const RosterRow& r : roster)
        if (r.contactKnown)
            onRoster.insert(key(r.contact));

    // SQL narrows by the longest word (one GLOB over one column, accents and case ignored: TextFold);
    // matches() then applies the exact "word starts a name word" rule.
    QString longest;
    for (const QString& w : wanted)
        if (w.size() > longest.size())
            longest = w;
    const QString pattern = TextFold::containsGlob(longest);
    const int sqlLimit = limit * 4 + static_cast<int>(onRoster.size());

    struct Source {
        ContactRef::Kind kind;
        const char* sql;
    };
    const Source sources[] = {
        {ContactRef::Kind::Volunteer,
         "SELECT v.id, v.first_name, v.last_name, v.email, coalesce(o.name, osc.name, od.name), "
         "v.primary_affiliation FROM volunteers v LEFT JOIN organizations o ON o.sf_id = "
         "v.primary_affiliation "
         "LEFT JOIN schools osc ON osc.sf_id = v.primary_affiliation "
         "LEFT JOIN districts od ON od.sf_id = v.primary_affiliation "
         "WHERE v.search_key GLOB ? ORDER BY v.last_name, v.first_name LIMIT ?"},
        {ContactRef::Kind::Student,
         "SELECT s.id, s.first_name, s.last_name, NULL, coalesce(sc.name, ''), NULL "
         "FROM students s LEFT JOIN schools sc ON sc.sf_id = s.school_sf_id "
         "WHERE lower(coalesce(s.first_name,'') || ' ' || coalesce(s.last_name,'')) GLOB ? "
         "AND (? IS NULL OR s.school_sf_id = ?) ORDER BY s.last_name, s.first_name LIMIT ?"},
        // Teachers check in too (Participant_Type__c = 'Teacher'); few enough to search them all.
        {ContactRef::Kind::Teacher,
         "SELECT t.id, t.first_name, t.last_name, t.email, coalesce(sc.name, ''), NULL "
         "FROM teachers t LEFT JOIN schools sc ON sc.sf_id = t.school_sf_id "
         "WHERE lower(coalesce(t.first_name,'') || ' ' || coalesce(t.last_name,'') || ' ' || "
         "coalesce(t.email,'')) GLOB ? ORDER BY t.last_name, t.first_name LIMIT ?"},
    };
    const QVariant school =
        studentSchoolSfId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(studentSchoolSfId);
    for (const Source& src : sources) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(src.sql));
        q.addBindValue(pattern);
        if (src.kind == ContactRef::Kind::Student) {
            q.addBindValue(school);
            q.addBindValue(school);
        }
        q.addBindValue(sqlLimit);
        if (!q.exec())
            return Error::database(q.lastError().text(), q.lastError().nativeErrorCode());
        while (q.next() && static_cast<int>(out.size()) < limit) {
            const ContactRef ref{src.kind, q.value(0).toLongLong()};
            if (onRoster.contains(key(ref)))
                continue;
            const QString first = q.value(1).toString(), last = q.value(2).toString();
            if (!matches(first, last, q.value(3).toString(), query))
                continue;
            ContactMatch m;
            m.contact = ref;
            m.name = first.isEmpty() ? last : first + u' ' + last;
            m.detail = AccountName::display(q.value(5).toString(), q.value(4).toString());
            out.push_back(m);
        }
    }
    return out;
}

Result<std::vector<ContactMatch>> ContactSearch::search(const Database& db,
                                                        const std::vector<RosterRow>& roster,
                                                        const QString& query, int limit,
                                                        const QString& studentSchoolSfId) {
    return search(db.connection(), roster, query, limit, studentSchoolSfId);
}

Result<std::vector<ContactMatch>> ContactSearch::search(QSqlDatabase db, const std::vector<RosterRow>& roster,
                                                        const QString& query, int limit,
                                                        const QString& studentSchoolSfId) {
    std::vector<ContactMatch> out;
    for (int i : matchRoster(roster, query)) {
        if (static_cast<int>(out.size()) >= limit)
            return out;
        const RosterRow& r = roster[static_cast<size_t>(i)];
        ContactMatch m;
        m.contact = r.contact;
        m.name = r.displayName();
        m.detail = r.detail;
        m.rosterIndex = i;
        out.push_back(m);
    }
    auto more = searchCache(db, roster, query, limit - static_cast<int>(out.size()), studentSchoolSfId);
    if (!more)
        return more.error();
    for (const ContactMatch& m : more.value())
        out.push_back(m);
    return out;
}

} // namespace vms
