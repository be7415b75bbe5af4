#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace vms {

// The event volunteers are wanted for, as the ranking needs it (RecruitData reads it).
struct RecruitEvent {
    qint64 id = 0;
    QString name;
    QString sessionType;
    QString schoolName, districtName; // empty when the event names none
    QString partnerSfId;              // Parent_Account__c: the organization the event is run with
    QStringList requestedSkills;
    qint64 startUtcMs = 0;
    int requested = 0; // Total_Requested_Volunteer_Jobs__c
    int signedUp = 0;  // volunteers Registered or Attended
};

// What the cache knows about one volunteer, relative to the event (RecruitData reads it).
struct CandidateFacts {
    qint64 volunteerId = 0;
    QString name, email, organizationName, organizationSfId;
    QStringList skills;
    bool signedUp = false;     // a participation in this event that is not Cancelled
    bool doNotContact = false; // npsp__Do_Not_Contact__c
    bool inactive = false;     // Volunteer_Status__c = Inactive
    bool emailOptOut = false;  // HasOptedOutOfEmail
    bool doNotCall = false;
    int attendedSameType = 0;     // attended events of the event's type
    int attendedSameSchool = 0;   // ... at the event's school
    int attendedSameDistrict = 0; // ... in the event's district (the school's too)
    int attendedCount = 0;        // Number_of_Attended_Volunteer_Sessions__c
    QDate lastVolunteered;        // Last_Volunteer_Date__c
    int colleaguesSignedUp = 0;   // volunteers of the same organization signed up for this event
    QDate lastContacted;          // the newest Task to them
    QString lastContactType;      // its Type
};

// One reason for a candidate's place, in words, with what it adds.
struct RankReason {
    QString text;
    int points = 0;
};

struct Candidate {
    CandidateFacts facts;
    int score = 0;
    std::vector<RankReason> reasons; // strongest first
    QString excludedBecause;         // empty for a ranked candidate
    bool canEmail = false;           // has an address and has not opted out
};

struct RankedCandidates {
    std::vector<Candidate> ranked;   // best first
    std::vector<Candidate> excluded; // with why, by name
    int notShown = 0;                // ranked below the limit asked for
};

// Ranks the volunteers for an event from facts alone: pure, no SQL, no clock but `today`, so each reason
// can be tested on hand-made data (RecruitData gathers the facts). Every point a candidate gets comes
// with its reason in words: matching requested skills weigh most, then past attendance at the same school,
// district or kind of event, their organization's part in it, then how recently and how often they
// volunteered; a call or an email in the last two weeks lowers the place a little (ask someone else first).
// Already signed up, Do Not Contact and Inactive are excluded, each with its reason.
class CandidateRanker final {
public:
    // The best `limit` (0: all) with their reasons; the excluded with theirs.
    static RankedCandidates rank(const RecruitEvent& event, std::vector<CandidateFacts> facts,
                                 const QDate& today, int limit = 0);
    // The reasons and score of one candidate (also for an excluded one: why they would rank there).
    static Candidate score(const RecruitEvent& event, CandidateFacts facts, const QDate& today);
};

} // namespace vms
