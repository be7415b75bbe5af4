#include "core/recruit/CandidateRanker.h"

#include "core/models/DisplayTime.h"
#include "core/models/Plural.h"

#include <QCoreApplication>

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

} // namespace

Candidate CandidateRanker::score(const RecruitEvent& event, CandidateFacts facts, const QDate& today) {
    Candidate c;
    auto add = [&c](const QString& text, int points) {
        c.reasons.push_back({text, points});
    };

    QStringList matched;
    for (const QString& wanted : event.requestedSkills)
        for (const QString& has : facts.skills)
            if (wanted.compare(has, Qt::CaseInsensitive) == 0) {
                matched << wanted;
                break;
            }
    if (!matched.isEmpty())
        add(Tr::tr("Has the requested skill(s): %1").arg(matched.join(QStringLiteral(", "))),
            kPerSkill * int(matched.size()));

    if (facts.attendedSameSchool > 0 && !event.schoolName.isEmpty())
        add(Plural::of(facts.attendedSameSchool, Tr::tr("Volunteered at %2 before (%1 time)"),
                       Tr::tr("Volunteered at %2 before (%1 times)"))
                .arg(event.schoolName),
            kSameSchool);
    else if (facts.attendedSameDistrict > 0 && !event.districtName.isEmpty())
        add(Plural::of(facts.attendedSameDistrict, Tr::tr("Volunteered in %2 before (%1 time)"),
                       Tr::tr("Volunteered in %2 before (%1 times)"))
                .arg(event.districtName),
            kSameDistrict);
    if (facts.attendedSameType > 0 && !event.sessionType.isEmpty())
        add(Plural::of(facts.attendedSameType, Tr::tr("Attended %1 %2 event"),
                       Tr::tr("Attended %1 %2 events"))
                .arg(event.sessionType),
            kPerSameType * std::min(facts.attendedSameType, kMaxSameType));

    if (!event.partnerSfId.isEmpty() && facts.organizationSfId == event.partnerSfId)
        add(Tr::tr("Their organization, %1, is this event's partner").arg(facts.organizationName), kPartner);
    if (facts.colleaguesSignedUp > 0)
        add(Plural::of(facts.colleaguesSignedUp, Tr::tr("%1 colleague from %2 signed up"),
                       Tr::tr("%1 colleagues from %2 signed up"))
                .arg(facts.organizationName),
            kPerColleague * std::min(facts.colleaguesSignedUp, kMaxColleagues));

    if (facts.lastVolunteered.isValid()) {
        const qint64 days = facts.lastVolunteered.daysTo(today);
        if (days <= 90)
            add(Tr::tr("Volunteered recently (%1)").arg(DisplayTime::date(facts.lastVolunteered)),
                kWithin90Days);
        else if (days <= 365)
            add(Tr::tr("Volunteered in the last year (%1)").arg(DisplayTime::date(facts.lastVolunteered)),
                kWithinAYear);
    }
    if (facts.attendedCount > 0)
        add(Plural::of(facts.attendedCount, Tr::tr("Volunteered %1 time"), Tr::tr("Volunteered %1 times")),
            std::min(facts.attendedCount, kMaxFrequency));

    if (facts.lastContacted.isValid() && facts.lastContacted.daysTo(today) <= kRecentContactDays &&
        facts.lastContacted <= today)
        add(facts.lastContactType.isEmpty()
                ? Tr::tr("Contacted on %1").arg(DisplayTime::date(facts.lastContacted))
                : Tr::tr("Contacted on %1 (%2)")
                      .arg(DisplayTime::date(facts.lastContacted), facts.lastContactType),
            kRecentContact);

    std::stable_sort(c.reasons.begin(), c.reasons.end(),
                     [](const RankReason& a, const RankReason& b) { return a.points > b.points; });
    for (const RankReason& r : c.reasons)
        c.score += r.points;

    if (facts.signedUp)
        c.excludedBecause = Tr::tr("Already signed up for this event");
    else if (facts.doNotContact)
        c.excludedBecause = Tr::tr("Do Not Contact");
    else if (facts.inactive)
        c.excludedBecause = Tr::tr("Inactive volunteer");
    c.canEmail = !facts.email.isEmpty() && !facts.emailOptOut;
    c.facts = std::move(facts);
    return c;
}

RankedCandidates CandidateRanker::rank(const RecruitEvent& event, std::vector<CandidateFacts> facts,
                                       const QDate& today) {
    RankedCandidates out;
    out.ranked.reserve(facts.size());
    for (CandidateFacts& f : facts) {
        Candidate c = score(event, std::move(f), today);
        (c.excludedBecause.isEmpty() ? out.ranked : out.excluded).push_back(std::move(c));
    }
    // Best first; on a tie the one who volunteered most recently, then by name, so the order is stable.
    std::sort(out.ranked.begin(), out.ranked.end(), [](const Candidate& a, const Candidate& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.facts.lastVolunteered != b.facts.lastVolunteered)
            return a.facts.lastVolunteered > b.facts.lastVolunteered;
        const int byName = QString::compare(a.facts.name, b.facts.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.facts.volunteerId < b.facts.volunteerId;
    });
    std::sort(out.excluded.begin(), out.excluded.end(), [](const Candidate& a, const Candidate& b) {
        const int byName = QString::compare(a.facts.name, b.facts.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.facts.volunteerId < b.facts.volunteerId;
    });
    return out;
}

} // namespace vms
