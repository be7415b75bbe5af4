#include "core/recruit/CandidateRanker.h"

#include "core/common/Plural.h"
#include "core/profile/DisplayTime.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace vms {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::CandidateRanker)
};

// What each reason is worth: a requested skill outweighs everything else, one visit to the same school
// outweighs a visit to the same district or a kind of event, and recency matters more than the count.
constexpr int kPerSkill = 40;
constexpr int kSameSchool = 20, kSameDistrict = 10, kPerSameType = 6, kMaxSameType = 3;
constexpr int kPartner = 15, kPerColleague = 5, kMaxColleagues = 3;
constexpr int kWithin90Days = 15, kWithinAYear = 8;
constexpr int kMaxFrequency = 10; // one point per attended session, at most this many
constexpr int kRecentContactDays = 14, kRecentContact = -5;

// Dates as shown, formatted once per ranking: thousands of candidates share a few hundred days.
class DateNames {
public:
    const QString& of(const QDate& d) {
        auto it = m_names.find(d);
        if (it == m_names.end())
            it = m_names.insert(d, DisplayTime::date(d));
        return *it;
    }

private:
    QHash<QDate, QString> m_names;
};

// The points (and with `dates`, the reasons in words) of one volunteer; the facts stay with the caller.
Candidate scoreWith(const RecruitEvent& event, const CandidateFacts& facts, const QDate& today,
                    DateNames* dates);

} // namespace

Candidate CandidateRanker::score(const RecruitEvent& event, CandidateFacts facts, const QDate& today) {
    DateNames dates;
    Candidate c = scoreWith(event, facts, today, &dates);
    c.facts = std::move(facts);
    return c;
}

namespace {

Candidate scoreWith(const RecruitEvent& event, const CandidateFacts& facts, const QDate& today,
                    DateNames* dates) {
    Candidate c;
    // The words are made only when asked for (`dates` given): ranking thousands of volunteers needs their
    // points, and only those shown need the sentences.
    auto add = [&c, dates](int points, const auto& words) {
        c.score += points;
        if (dates)
            c.reasons.push_back({words(), points});
    };

    QStringList matched;
    for (const QString& wanted : event.requestedSkills)
        for (const QString& has : facts.skills)
            if (wanted.compare(has, Qt::CaseInsensitive) == 0) {
                matched << wanted;
                break;
            }
    if (!matched.isEmpty())
        add(kPerSkill * int(matched.size()),
            [&] { return Tr::tr("Has the requested skill(s): %1").arg(matched.join(QStringLiteral(", "))); });

    if (facts.attendedSameSchool > 0 && !event.schoolName.isEmpty())
        add(kSameSchool, [&] {
            return Plural::of(facts.attendedSameSchool, Tr::tr("Volunteered at %2 before (%1 time)"),
                              Tr::tr("Volunteered at %2 before (%1 times)"))
                .arg(event.schoolName);
        });
    else if (facts.attendedSameDistrict > 0 && !event.districtName.isEmpty())
        add(kSameDistrict, [&] {
            return Plural::of(facts.attendedSameDistrict, Tr::tr("Volunteered in %2 before (%1 time)"),
                              Tr::tr("Volunteered in %2 before (%1 times)"))
                .arg(event.districtName);
        });
    if (facts.attendedSameType > 0 && !event.sessionType.isEmpty())
        add(kPerSameType * std::min(facts.attendedSameType, kMaxSameType), [&] {
            return Plural::of(facts.attendedSameType, Tr::tr("Attended %1 %2 event"),
                              Tr::tr("Attended %1 %2 events"))
                .arg(event.sessionType);
        });

    if (!event.partnerSfId.isEmpty() && facts.organizationSfId == event.partnerSfId)
        add(kPartner, [&] {
            return Tr::tr("Their organization, %1, is this event's partner").arg(facts.organizationName);
        });
    if (facts.colleaguesSignedUp > 0)
        add(kPerColleague * std::min(facts.colleaguesSignedUp, kMaxColleagues), [&] {
            return Plural::of(facts.colleaguesSignedUp, Tr::tr("%1 colleague from %2 signed up"),
                              Tr::tr("%1 colleagues from %2 signed up"))
                .arg(facts.organizationName);
        });

    if (facts.lastVolunteered.isValid()) {
        const qint64 days = facts.lastVolunteered.daysTo(today);
        if (days <= 90)
            add(kWithin90Days,
                [&] { return Tr::tr("Volunteered recently (%1)").arg(dates->of(facts.lastVolunteered)); });
        else if (days <= 365)
            add(kWithinAYear, [&] {
                return Tr::tr("Volunteered in the last year (%1)").arg(dates->of(facts.lastVolunteered));
            });
    }
    if (facts.attendedCount > 0)
        add(std::min(facts.attendedCount, kMaxFrequency), [&] {
            return Plural::of(facts.attendedCount, Tr::tr("Volunteered %1 time"),
                              Tr::tr("Volunteered %1 times"));
        });

    if (facts.lastContacted.isValid() && facts.lastContacted.daysTo(today) <= kRecentContactDays &&
        facts.lastContacted <= today)
        add(kRecentContact, [&] {
            return facts.lastContactType.isEmpty()
                       ? Tr::tr("Contacted on %1").arg(dates->of(facts.lastContacted))
                       : Tr::tr("Contacted on %1 (%2)")
                             .arg(dates->of(facts.lastContacted), facts.lastContactType);
        });

    std::stable_sort(c.reasons.begin(), c.reasons.end(),
                     [](const RankReason& a, const RankReason& b) { return a.points > b.points; });

    if (facts.signedUp)
        c.excludedBecause = Tr::tr("Already signed up for this event");
    else if (facts.doNotContact)
        c.excludedBecause = Tr::tr("Do Not Contact");
    else if (facts.inactive)
        c.excludedBecause = Tr::tr("Inactive volunteer");
    c.canEmail = !facts.email.isEmpty() && !facts.emailOptOut;
    return c;
}

} // namespace

RankedCandidates CandidateRanker::rank(const RecruitEvent& event, std::vector<CandidateFacts> facts,
                                       const QDate& today, int limit) {
    RankedCandidates out;
    // First every volunteer's points alone, sorted as small keys (at x10, 126,000 of them); the words
    // and the facts move only for those shown.
    struct Key {
        int score;
        QDate lastVolunteered;
        size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(facts.size());
    for (size_t i = 0; i < facts.size(); ++i) {
        Candidate c = scoreWith(event, facts[i], today, nullptr);
        if (c.excludedBecause.isEmpty()) {
            keys.push_back({c.score, facts[i].lastVolunteered, i});
        } else {
            c.facts = std::move(facts[i]);
            out.excluded.push_back(std::move(c));
        }
    }
    // Best first; on a tie the one who volunteered most recently, then the one VMS has known longest (by
    // local id: names would cost a string comparison per tie, and ties are many among 126,000).
    auto better = [&facts](const Key& a, const Key& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.lastVolunteered != b.lastVolunteered)
            return a.lastVolunteered > b.lastVolunteered;
        return facts[a.index].volunteerId < facts[b.index].volunteerId;
    };
    const size_t shown = limit > 0 ? std::min(keys.size(), size_t(limit)) : keys.size();
    std::partial_sort(keys.begin(), keys.begin() + std::ptrdiff_t(shown), keys.end(), better);
    out.notShown = int(keys.size() - shown);
    out.ranked.reserve(shown);
    DateNames dates;
    for (size_t k = 0; k < shown; ++k) {
        Candidate c = scoreWith(event, facts[keys[k].index], today, &dates);
        c.facts = std::move(facts[keys[k].index]);
        out.ranked.push_back(std::move(c));
    }
    std::sort(out.excluded.begin(), out.excluded.end(), [](const Candidate& a, const Candidate& b) {
        const int byName = QString::compare(a.facts.name, b.facts.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.facts.volunteerId < b.facts.volunteerId;
    });
    return out;
}

} // namespace vms
