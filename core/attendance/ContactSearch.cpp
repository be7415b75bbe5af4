#include "core/attendance/ContactSearch.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace vms {

namespace {

QStringList words(const QString& foldedText) {
    return foldedText.split(u' ', Qt::SkipEmptyParts);
}

// LIKE pattern for "contains word", with the user's % and _ taken literally.
QString containsPattern(const QString& word) {
    QString escaped;
    for (QChar c : word) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

quint64 key(const ContactRef& c) {
    return (static_cast<quint64>(c.localId) << 1) | (c.kind == ContactRef::Kind::Student ? 1U : 0U);
}

} // namespace

QString ContactSearch::fold(const QString& text) {
    // Decompose, then drop the combining marks: "José" -> "jose".
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.isSpace() || c == u'-' || c == u',' ? QChar(u' ') : c.toLower();
    }
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
        // Rows VMS cannot mark (a teacher, a contact not cached yet) are left out of the type-ahead.
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

    // SQL narrows by the longest word (cheap LIKE over one column); matches() then applies the exact
    // "word starts a name word" rule. Accented names are found by their unaccented spelling only when
    // the longest word has no accent-sensitive letters; good enough for a check-in table.
    QString longest;
    for (const QString& w : wanted)
        if (w.size() > longest.size())
            longest = w;
    const QString pattern = containsPattern(longest);
    const int sqlLimit = limit * 4 + static_cast<int>(onRoster.size());

    struct Source {
        ContactRef::Kind kind;
        const char* sql;
    };
    const Source sources[] = {
        {ContactRef::Kind::Volunteer,
         "SELECT v.id, v.first_name, v.last_name, v.email, coalesce(o.name, v.primary_affiliation) "
         "FROM volunteers v LEFT JOIN organizations o ON o.sf_id = v.primary_affiliation "
         "WHERE v.search_key LIKE ? ESCAPE '\\' ORDER BY v.last_name, v.first_name LIMIT ?"},
        {ContactRef::Kind::Student,
         "SELECT s.id, s.first_name, s.last_name, NULL, coalesce(sc.name, '') "
         "FROM students s LEFT JOIN schools sc ON sc.sf_id = s.school_sf_id "
         "WHERE lower(coalesce(s.first_name,'') || ' ' || coalesce(s.last_name,'')) LIKE ? ESCAPE '\\' "
         "AND (? IS NULL OR s.school_sf_id = ?) ORDER BY s.last_name, s.first_name LIMIT ?"},
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
            m.detail = q.value(4).toString();
            out.push_back(m);
        }
    }
    return out;
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
