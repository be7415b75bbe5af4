#include "Generator.h"

#include "DateTimeUtil.h"
#include "Org.h"

#include <array>
#include <cstdio>

namespace fakeforce {

namespace {

// splitmix64: tiny, fast, and identical everywhere (std::uniform_int_distribution is not).
class Rng final {
public:
    explicit Rng(quint64 seed)
        : m_state(seed ^ 0x5DEECE66DULL) {}
    quint64 next() {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    qint64 range(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo)); }
    bool chance(double p) { return double(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
    template <typename T, size_t N>
    const T& pick(const std::array<T, N>& a) {
        return a[size_t(below(int(N)))];
    }

private:
    quint64 m_state;
};

using Names = std::array<const char*, 40>;

const Names kFirst = {"José",   "Zoë",      "Siobhán", "Łukasz",    "Björn",    "François",    "Renée",
                      "Chloé",  "Mohammed", "Aaliyah", "DeShawn",   "María",    "Nguyễn Văn",  "芳",
                      "Ana",    "James",    "Mary",    "Robert",    "Patricia", "Michael",     "Jennifer",
                      "David",  "Linda",    "William", "Elizabeth", "Richard",  "Barbara",     "Joseph",
                      "Susan",  "Thomas",   "Jessica", "Charles",   "Sarah",    "Christopher", "Karen",
                      "Daniel", "Lisa",     "Matthew", "Nancy",     "Anh"};
const Names kLast = {
    "O'Brien",  "García",    "Nguyễn",   "王",        "Müller",   "D'Angelo", "van der Berg", "Smith-Jones",
    "Kowalski", "Øvergaard", "Smith",    "Johnson",   "Williams", "Brown",    "Jones",        "Miller",
    "Davis",    "Rodríguez", "Martínez", "Hernández", "Lopez",    "Gonzalez", "Wilson",       "Anderson",
    "Thomas",   "Taylor",    "Moore",    "Jackson",   "Martin",   "Lee",      "Pérez",        "Thompson",
    "White",    "Harris",    "Sánchez",  "Clark",     "Ramírez",  "Lewis",    "Robinson",     "Walker"};
// Values a spreadsheet would execute as formulas: exports must neutralise them.
const std::array<const char*, 6> kFormulaNames = {
    "=HYPERLINK(\"http://x.example\",\"click\")", "+1 (816) 555-0100", "-Dash", "@handle", "=1+2", "+Plus"};
const std::array<const char*, 12> kOrgWords = {"Acme",   "Heartland", "Prairie",    "Riverside",
                                               "Summit", "Union",     "Crossroads", "Gateway",
                                               "Plaza",  "Midtown",   "Northland",  "Blue Valley"};
const std::array<const char*, 8> kOrgKinds = {
    "Bank",        "Engineering, Inc.",   "Health", "Foundation", "Labs", "& Sons",
    "Cooperative", "Consulting \"Group\""};
const std::array<const char*, 9> kOrgTypes = {"Business",         "Business",    "Business",
                                              "Nonprofit",        "Government",  "Foundation",
                                              "Higher Education", "Faith-Based", "Other"};
const std::array<const char*, 7> kSessionTypes = {"Career Talk",       "Job Shadow", "Mock Interview",
                                                  "Classroom Speaker", "Field Trip", "Mentoring",
                                                  "Workshop"};
const std::array<const char*, 9> kSkills = {"Engineering", "Finance",         "Healthcare",
                                            "Technology",  "Trades",          "Arts",
                                            "Law",         "Public Speaking", "Mentoring"};
const std::array<const char*, 7> kAgeGroups = {"Under 18", "18-24", "25-34", "35-44",
                                               "45-54",    "55-64", "65+"};
// Status spellings as they occur in the real data (all of them in the restricted picklist, plus variants
// with stray spaces and odd case that predate the restriction).
const std::array<const char*, 10> kAttended = {
    "Attended",  "Attended", "Attended",  "Attended", "Completed", "Successfully Completed",
    "attended ", "ATTENDED", " Attended", "Completed"};
const std::array<const char*, 4> kNoShow = {"No-Show", "No Show", "No-Show", "no show"};
const std::array<const char*, 3> kCancelled = {"Cancelled", "Canceled", "Cancelled "};
const std::array<const char*, 3> kUpcoming = {"Registered", "Scheduled", "Confirmed"};
const std::array<const char*, 6> kStreets = {
    "1200 Main St",       "47 Oak Ave, Apt 3", "901 W. 39th St\nSuite 200",
    "15 \"Old\" Mill Rd", "8 Grand Blvd",      "3301 Troost Ave"};
const std::array<const char*, 5> kCities = {"Kansas City", "Overland Park", "Independence", "Lee's Summit",
                                            "Olathe"};

struct Fields {
    explicit Fields(const Table& t)
        : m_def(t.def()) {}
    int operator()(const char* name) const { return m_def.fieldIndex(QString::fromLatin1(name)); }
    const ObjectDef& m_def;
};

class Builder final {
public:
    Builder(Org& org, quint64 seed)
        : m_org(org)
        , m_rng(seed) {}

    Table& t(int o) { return m_org.table(o); }
    // An empty value is stored as null, as Salesforce does.
    void text(int o, int f, std::uint32_t r, const QByteArray& v) {
        t(o).set(f, r, v.isEmpty() ? Cell::null() : Cell::ofText(v));
    }
    void text(int o, int f, std::uint32_t r, const char* v) { text(o, f, r, QByteArray(v)); }
    void ref(int o, int f, std::uint32_t r, qint64 row) { t(o).set(f, r, Cell::ofRef(row)); }
    void num(int o, int f, std::uint32_t r, double v) { t(o).set(f, r, Cell::ofNum(v)); }
    void boolean(int o, int f, std::uint32_t r, bool v) { t(o).set(f, r, Cell::ofBool(v)); }
    void date(int o, int f, std::uint32_t r, qint64 days) { t(o).set(f, r, Cell::ofDate(days)); }
    void dateTime(int o, int f, std::uint32_t r, qint64 ms) { t(o).set(f, r, Cell::ofDateTime(ms)); }

    // A new row created some time between `from` and now, last modified between then and now.
    std::uint32_t row(int o, qint64 from = dt::makeMs(2022, 6, 1)) {
        const qint64 nowMs = kDefaultNowMs - 3'600'000;
        const qint64 created = m_rng.range(from, nowMs);
        const qint64 modified = m_rng.chance(0.5) ? created : m_rng.range(created, nowMs);
        const std::uint32_t r = t(o).appendRow(created - created % 1000);
        t(o).setModified(r, modified - modified % 1000);
        // Some automation touched a few records later still (SystemModstamp > LastModifiedDate).
        const qint64 stamp = m_rng.chance(0.05) ? m_rng.range(modified, nowMs) : modified;
        t(o).setModstamp(r, stamp - stamp % 1000);
        return r;
    }

    QByteArray firstName() { return QByteArray(m_rng.pick(kFirst)); }
    QByteArray lastName() {
        if (m_rng.chance(0.01))
            return QByteArray(m_rng.pick(kFormulaNames));
        return QByteArray(m_rng.pick(kLast));
    }
    QByteArray phone() { return "(816) 555-" + QByteArray::number(1000 + m_rng.below(9000)); }
    QByteArray uuid() {
        const quint64 a = m_rng.next(), b = m_rng.next();
        char buf[40];
        std::snprintf(buf, sizeof buf, "%08llx-%04llx-4%03llx-a%03llx-%012llx",
                      static_cast<unsigned long long>(a >> 32),
                      static_cast<unsigned long long>((a >> 16) & 0xffff),
                      static_cast<unsigned long long>(a & 0xfff), static_cast<unsigned long long>(b >> 52),
                      static_cast<unsigned long long>(b & 0xffffffffffffULL));
        return QByteArray(buf);
    }
    void softDelete(int o, std::uint32_t r) {
        // Deleted within the last 40 days: some inside getDeleted's 15-day window, some before it.
        const qint64 when = kDefaultNowMs - m_rng.range(3'600'000, 40 * dt::kDayMs);
        t(o).setDeleted(r, true);
        t(o).setModified(r, std::max(t(o).modified(r), when - when % 1000));
        t(o).setModstamp(r, std::max(t(o).modstamp(r), when - when % 1000));
    }

    Org& m_org;
    Rng m_rng;
};

Generator::Counts scaled(const Generator::Counts& c, int k) {
    Generator::Counts o = c;
    o.volunteers *= k;
    o.organizations *= k;
    o.districts *= k;
    o.schools *= k;
    o.teachers *= k;
    o.students *= k;
    o.events *= k;
    o.volunteerParticipations *= k;
    o.studentParticipations *= k;
    o.affiliations *= k;
    return o;
}

struct Generated {
    const std::vector<std::uint32_t>& volunteers;
    const std::vector<std::uint32_t>& teachers;
    const std::vector<std::uint32_t>& sessions;
    const std::vector<int>& sessionState; // 0 past completed, 1 cancelled, 2 future/draft
    const std::vector<std::uint32_t>& orgs;
};

// The data of fake-org.md #20, drawn from a generator of its own after everything else, so the rows the
// earlier scales already had keep their values for a given seed: volunteers' statuses, notes on
// participations, teachers on rosters, and the history of calls and emails (Tasks).
void generatePlanningData(Org& org, const Generator::Counts& c, quint64 seed, const Generated& g) {
    if (g.volunteers.empty())
        return;
    Builder b(org, seed ^ 0x00D7A5C0FFEEULL);
    Rng& rng = b.m_rng;
    const qint64 now = kDefaultNowMs;

    // Volunteer_Status__c: mostly Active, often empty (which means Active), some Inactive and On Hold;
    // every scale has each value at least once.
    Table& con = b.t(kContact);
    const int cStatus = con.def().fieldIndex(u"Volunteer_Status__c");
    std::vector<int> status(g.volunteers.size()); // 0 Active or empty, 1 Inactive, 2 On Hold
    static const std::array<const char*, 4> kStatuses = {"Active", nullptr, "Inactive", "On Hold"};
    for (size_t i = 0; i < g.volunteers.size(); ++i) {
        int k = 0;
        if (i >= 1 && i <= 4) { // volunteers[0] is soft-deleted; the next four get one value each
            k = int(i) - 1;
        } else {
            const int p = rng.below(100);
            k = p < 60 ? 0 : (p < 82 ? 1 : (p < 94 ? 2 : 3));
        }
        if (kStatuses[size_t(k)])
            b.text(kContact, cStatus, g.volunteers[i], kStatuses[size_t(k)]);
        status[i] = k <= 1 ? 0 : k - 1;
    }

    // Notes on some volunteer participations (rows 0 .. volunteerParticipations-1), with the usual mess.
    Table& par = b.t(kParticipant);
    const ObjectDef& pd = par.def();
    static const std::array<const char*, 4> kNotes = {
        "Brought her own laptop, \"great\" with the kids;\nask again in spring",
        "Arrived 20 min late, stayed an hour extra", "Needs parking pass, building B",
        "Spoke Spanish with two students, \"muy bien\""};
    const int pNotes = pd.fieldIndex(u"Notes__c");
    for (int r = 0; r < c.volunteerParticipations && r < int(par.rowCount()); ++r)
        if (rng.chance(0.1))
            b.text(kParticipant, pNotes, std::uint32_t(r), rng.pick(kNotes));

    // Teachers on rosters (Participant_Type__c = 'Teacher').
    const int pName = pd.fieldIndex(u"Name"), pCon = pd.fieldIndex(u"Contact__c"),
              pSes = pd.fieldIndex(u"Session__c"), pType = pd.fieldIndex(u"Participant_Type__c"),
              pStatus = pd.fieldIndex(u"Status__c");
    for (int i = 0; i < c.teacherParticipations && !g.teachers.empty() && !g.sessions.empty(); ++i) {
        const auto si = size_t(rng.below(int(g.sessions.size())));
        const auto r = b.row(kParticipant);
        b.text(kParticipant, pName, r, "SP-" + QByteArray::number(r + 1).rightJustified(7, '0'));
        b.ref(kParticipant, pSes, r, g.sessions[si]);
        b.ref(kParticipant, pCon, r, g.teachers[size_t(rng.below(int(g.teachers.size())))]);
        b.text(kParticipant, pType, r, "Teacher");
        const int state = g.sessionState[si];
        b.text(kParticipant, pStatus, r,
               state == 2 ? "Registered"
                          : (state == 1 ? "Cancelled" : (rng.chance(0.9) ? "Attended" : "No-Show")));
        if (rng.chance(0.006))
            b.softDelete(kParticipant, r);
    }

    // Tasks: calls and emails to volunteers over the last two years, most to active volunteers.
    Table& task = b.t(kTask);
    const ObjectDef& td = task.def();
    const int tSubject = td.fieldIndex(u"Subject"), tType = td.fieldIndex(u"Type"),
              tStatus = td.fieldIndex(u"Status"), tDate = td.fieldIndex(u"ActivityDate"),
              tDesc = td.fieldIndex(u"Description"), tWho = td.fieldIndex(u"WhoId"),
              tWhat = td.fieldIndex(u"WhatId"), tOwner = td.fieldIndex(u"OwnerId"),
              tExt = td.fieldIndex(u"VMS_Client_Id__c");
    std::vector<std::uint32_t> active;
    for (size_t i = 0; i < g.volunteers.size(); ++i)
        if (status[i] == 0)
            active.push_back(g.volunteers[i]);
    static const std::array<const char*, 5> kCallSubjects = {
        "Call: invite to Career Day", "Call: thank you, mock interviews", "Call: left voicemail",
        "Call: follow-up, \"maybe in March\"", "Call"};
    static const std::array<const char*, 4> kEmailSubjects = {
        "Email: Volunteer opportunities this fall", "Email: Re: Job shadow, schedule?",
        "Email: Thank you from the students!", "Email: Reminder, background check"};
    static const std::array<const char*, 4> kDescriptions = {
        "Left a message, will call back Tuesday,\nprefers email after 5",
        "Said yes to two events; wants \"STEM\" ones", "Out of office until the 15th",
        "Asked about virtual options, sent link"};
    const Table& ses = b.t(kSession);
    const Table& acc = b.t(kAccount);
    const qint64 twoYearsAgo = now - 730 * dt::kDayMs;
    task.reserve(std::uint32_t(c.tasks));
    for (int i = 0; i < c.tasks; ++i) {
        const std::uint32_t who = rng.chance(0.8) && !active.empty()
                                      ? active[size_t(rng.below(int(active.size())))]
                                      : g.volunteers[size_t(rng.below(int(g.volunteers.size())))];
        const auto r = b.row(kTask, twoYearsAgo);
        const int kind = rng.below(100);
        const bool call = kind < 55;
        b.text(kTask, tType, r, call ? "Call" : (kind < 95 ? "Email" : (kind < 98 ? "Meeting" : "")));
        b.text(kTask, tSubject, r, call ? rng.pick(kCallSubjects) : rng.pick(kEmailSubjects));
        const bool open = rng.chance(0.08); // a follow-up still to do, due in the coming weeks
        b.text(kTask, tStatus, r, open ? "Not Started" : "Completed");
        const qint64 day = task.created(r) / dt::kDayMs;
        b.date(kTask, tDate, r, open ? now / dt::kDayMs + rng.below(30) : day - rng.below(3));
        if (rng.chance(0.5))
            b.text(kTask, tDesc, r, rng.pick(kDescriptions));
        b.ref(kTask, tWho, r, who);
        const int what = rng.below(100);
        if (what < 30)
            b.text(kTask, tWhat, r, ses.idOf(g.sessions[size_t(rng.below(int(g.sessions.size())))]));
        else if (what < 35 && !g.orgs.empty())
            b.text(kTask, tWhat, r, acc.idOf(g.orgs[size_t(rng.below(int(g.orgs.size())))]));
        b.ref(kTask, tOwner, r, rng.chance(0.8) ? 0 : 1); // Jane Coordinator, sometimes Alex Admin
        if (rng.chance(0.05))
            b.text(kTask, tExt, r, b.uuid()); // logged from VMS earlier
        if (rng.chance(0.005))
            b.softDelete(kTask, r);
    }
}

} // namespace

QStringList Generator::scales() {
    return {QStringLiteral("empty"), QStringLiteral("tiny"), QStringLiteral("demo"), QStringLiteral("seed"),
            QStringLiteral("x10")};
}

bool Generator::isKnownScale(const QString& scale) {
    return scales().contains(scale);
}

Generator::Counts Generator::countsFor(const QString& scale) {
    Counts c;
    if (scale == QStringLiteral("tiny"))
        c = {50, 20, 2, 5, 10, 100, 30, 150, 300, 80};
    else if (scale == QStringLiteral("demo"))
        c = {500, 120, 3, 20, 80, 2000, 300, 1500, 4000, 1500};
    else if (scale == QStringLiteral("seed") || scale == QStringLiteral("x10"))
        c = scaled({12600, 3800, 7, 177, 2500, 159000, 9100, 20000, 49000, 354000},
                   scale == QStringLiteral("x10") ? 10 : 1);
    // A teacher on roughly every third event's roster; about four calls or emails per volunteer.
    c.teacherParticipations = c.events * 3 / 10;
    c.tasks = c.volunteers * 4;
    return c;
}

void Generator::generate(Org& org, const QString& scale, quint64 seed) {
    const Counts c = countsFor(scale);
    Builder b(org, seed);
    Rng& rng = b.m_rng;

    // Users first: they exist at every scale, even "empty".
    org.addUser(QStringLiteral("Jane"), QStringLiteral("Coordinator"), {QStringLiteral("VMS_Coordinator")});
    org.addUser(QStringLiteral("Alex"), QStringLiteral("Admin"), {QStringLiteral("VMS_Admin")});
    org.addUser(QStringLiteral("Uma"), QStringLiteral("User"), {});
    if (c.volunteers == 0)
        return;

    const qint64 now = kDefaultNowMs;
    // ---- Accounts ------------------------------------------------------------------------------------
    Table& acc = b.t(kAccount);
    const Fields af(acc);
    const int aName = af("Name"), aType = af("Type"), aDesc = af("Description"), aParent = af("ParentId"),
              aStreet = af("BillingStreet"), aCity = af("BillingCity"), aState = af("BillingState"),
              aZip = af("BillingPostalCode"), aCountry = af("BillingCountry"), aLast = af("LastActivityDate"),
              aCode = af("School_Code_External_ID__c"), aConn = af("Connector_Account_Name__c");
    acc.reserve(std::uint32_t(c.districts + c.schools + c.organizations + c.volunteers));
    std::vector<std::uint32_t> districts, schools, orgs;
    for (int i = 0; i < c.districts; ++i) {
        const auto r = b.row(kAccount);
        b.text(kAccount, aName, r,
               QByteArray(rng.pick(kOrgWords)) + " School District " + QByteArray::number(i + 1));
        b.text(kAccount, aType, r, "School District");
        b.text(kAccount, aCode, r, "D" + QByteArray::number(100 + i));
        b.text(kAccount, aState, r, "MO");
        districts.push_back(r);
    }
    static const std::array<const char*, 4> kLevels = {"Elementary", "Middle School", "High School",
                                                       "Academy"};
    for (int i = 0; i < c.schools; ++i) {
        const auto r = b.row(kAccount);
        const QByteArray name = QByteArray(rng.pick(kLast)) + ' ' + rng.pick(kLevels);
        b.text(kAccount, aName, r, name);
        b.text(kAccount, aType, r, "School");
        b.ref(kAccount, aParent, r, districts[size_t(i) % districts.size()]);
        b.text(kAccount, aCode, r, "S" + QByteArray::number(1000 + i));
        b.text(kAccount, aConn, r, name.toUpper() + " (" + QByteArray::number(1000 + i) + ')');
        b.text(kAccount, aCity, r, rng.pick(kCities));
        schools.push_back(r);
    }
    for (int i = 0; i < c.organizations; ++i) {
        const auto r = b.row(kAccount);
        QByteArray name = QByteArray(rng.pick(kOrgWords)) + ' ' + rng.pick(kOrgKinds);
        if (i % 97 == 5)
            name = "=" + name; // formula-looking organization names exist too
        b.text(kAccount, aName, r, name + (i >= 24 ? " " + QByteArray::number(i) : QByteArray()));
        if (!rng.chance(0.06)) // empty Type on some organizations
            b.text(kAccount, aType, r, rng.pick(kOrgTypes));
        if (rng.chance(0.4))
            b.text(kAccount, aDesc, r, "Partner since 2019, \"gold\" sponsor;\nContact: front desk, ext. 12");
        if (!orgs.empty() && rng.chance(0.1))
            b.ref(kAccount, aParent, r, orgs[size_t(rng.below(int(orgs.size())))]);
        b.text(kAccount, aStreet, r, rng.pick(kStreets));
        b.text(kAccount, aCity, r, rng.pick(kCities));
        b.text(kAccount, aState, r, rng.chance(0.7) ? "MO" : "KS");
        b.text(kAccount, aZip, r, QByteArray::number(64100 + rng.below(99)));
        b.text(kAccount, aCountry, r, "United States");
        if (rng.chance(0.6))
            b.date(kAccount, aLast, r, now / dt::kDayMs - rng.below(700));
        orgs.push_back(r);
    }

    // ---- Classes -------------------------------------------------------------------------------------
    Table& cls = b.t(kClass);
    const Fields cf(cls);
    std::vector<std::vector<std::uint32_t>> classesOf(schools.size());
    const int perSchool = std::clamp(c.students / std::max(1, c.schools) / 35, 2, 40);
    for (size_t s = 0; s < schools.size(); ++s)
        for (int k = 0; k < perSchool; ++k) {
            const auto r = b.row(kClass);
            const int year = 2024 + k % 6;
            b.text(kClass, cf("Name"), r,
                   "Class of " + QByteArray::number(year) + " – Room " + QByteArray::number(100 + k));
            b.ref(kClass, cf("School__c"), r, schools[s]);
            b.num(kClass, cf("Class_Year_Number__c"), r, year);
            classesOf[s].push_back(r);
        }

    // ---- Contacts ------------------------------------------------------------------------------------
    Table& con = b.t(kContact);
    const Fields kf(con);
    const int cAcc = kf("AccountId"), cFirst = kf("FirstName"), cLast = kf("LastName"),
              cMid = kf("MiddleName"), cType = kf("Contact_Type__c"), cEmail = kf("Email"),
              cAlt = kf("npe01__AlternateEmail__c"), cHomeEmail = kf("npe01__HomeEmail__c"),
              cWorkEmail = kf("npe01__WorkEmail__c"), cPrefEmail = kf("npe01__Preferred_Email__c"),
              cPhone = kf("Phone"), cHome = kf("HomePhone"), cMobile = kf("MobilePhone"),
              cWork = kf("npe01__WorkPhone__c"), cPrefPhone = kf("npe01__PreferredPhone__c"),
              cPrimary = kf("npsp__Primary_Affiliation__c"), cTitle = kf("Title"), cDept = kf("Department"),
              cGender = kf("Gender__c"), cBirth = kf("Birthdate"), cRace = kf("Racial_Ethnic_Background__c"),
              cAge = kf("Age_Group__c"), cEdu = kf("Highest_Level_of_Educational__c"),
              cSkills = kf("Volunteer_Skills__c"), cSkillsText = kf("Volunteer_Skills_Text__c"),
              cInterests = kf("Volunteer_Interests__c"), cNotes = kf("Volunteer_Recruitment_Notes__c"),
              cFirstVol = kf("First_Volunteer_Date__c"), cLastVol = kf("Last_Volunteer_Date__c"),
              cCount = kf("Number_of_Attended_Volunteer_Sessions__c"), cDnc = kf("DoNotCall"),
              cDoNot = kf("npsp__Do_Not_Contact__c"), cOptOut = kf("HasOptedOutOfEmail"),
              cMStreet = kf("MailingStreet"), cMCity = kf("MailingCity"), cMState = kf("MailingState"),
              cMZip = kf("MailingPostalCode"), cMCountry = kf("MailingCountry"),
              cStudentId = kf("Local_Student_ID__c"), cGrade = kf("Current_Grade__c"),
              cClass = kf("Class__c"), cExt = kf("VMS_Client_Id__c");
    con.reserve(std::uint32_t(c.volunteers + c.teachers + c.students));
    static const std::array<const char*, 4> kGenders = {"Female", "Male", "Non-binary", "Prefer not to say"};
    static const std::array<const char*, 8> kRaces = {
        "Asian", "Black/African American", "Hispanic/Latino",  "Native American", "Pacific Islander",
        "White", "Multi-racial",           "Prefer not to say"};
    static const std::array<const char*, 6> kEdu = {"High School", "Some College", "Associate",
                                                    "Bachelor's",  "Master's",     "Doctorate"};
    static const std::array<const char*, 5> kTitles = {"Engineer", "VP, Engineering", "Nurse Practitioner",
                                                       "Owner \"Chief Baker\"", "Analyst"};
    std::vector<std::uint32_t> volunteers, teachers, students;
    std::vector<std::uint32_t> studentSchool;
    const auto accountRows = acc.rowCount();
    const Fields hf(acc);
    for (int i = 0; i < c.volunteers; ++i) {
        const QByteArray first = b.firstName();
        // Every scale gets each formula-looking name at least once (spreadsheet exports must defuse them).
        const QByteArray last = size_t(i) < kFormulaNames.size()
                                    ? QByteArray(kFormulaNames[size_t(i) * 5 % kFormulaNames.size()])
                                    : b.lastName();
        // The NPSP household account.
        const auto h = b.row(kAccount);
        b.text(kAccount, hf("Name"), h, last + " Household");
        b.text(kAccount, hf("Type"), h, "Household");
        const auto r = b.row(kContact);
        b.ref(kContact, cAcc, r, h);
        b.text(kContact, cFirst, r, first);
        b.text(kContact, cLast, r, last);
        if (rng.chance(0.1))
            b.text(kContact, cMid, r, "Q.");
        if (!rng.chance(0.08)) // some volunteers have no type at all
            b.text(kContact, cType, r, "Volunteer");
        const QByteArray mail = "vol" + QByteArray::number(i) + "@example.org";
        if (!rng.chance(0.05))
            b.text(kContact, cEmail, r, mail);
        if (rng.chance(0.2))
            b.text(kContact, cAlt, r, "alt." + mail);
        if (rng.chance(0.3))
            b.text(kContact, cHomeEmail, r, "home." + mail);
        if (rng.chance(0.3))
            b.text(kContact, cWorkEmail, r, "work." + mail);
        b.text(kContact, cPrefEmail, r, rng.chance(0.7) ? "Personal" : "Work");
        b.text(kContact, cPhone, r, b.phone());
        if (rng.chance(0.3))
            b.text(kContact, cHome, r, b.phone());
        if (rng.chance(0.6))
            b.text(kContact, cMobile, r, b.phone());
        if (rng.chance(0.3))
            b.text(kContact, cWork, r, b.phone());
        b.text(kContact, cPrefPhone, r, rng.chance(0.6) ? "Mobile" : "Home");
        if (rng.chance(0.02)) // a primary affiliation that does not resolve (deleted / never synced org)
            b.ref(kContact, cPrimary, r, qint64(accountRows) + 100000 + i);
        else if (!orgs.empty() && rng.chance(0.85))
            b.ref(kContact, cPrimary, r, orgs[size_t(rng.below(int(orgs.size())))]);
        b.text(kContact, cTitle, r, rng.pick(kTitles));
        if (rng.chance(0.5))
            b.text(kContact, cDept, r, "R&D, Platform");
        if (rng.chance(0.8))
            b.text(kContact, cGender, r, rng.pick(kGenders));
        if (rng.chance(0.6))
            b.date(kContact, cBirth, r,
                   dt::daysFromCivil(1950 + rng.below(50), 1 + rng.below(12), 1 + rng.below(28)));
        if (rng.chance(0.7))
            b.text(kContact, cRace, r, rng.pick(kRaces));
        b.text(kContact, cAge, r, kAgeGroups[size_t(1 + rng.below(6))]);
        if (rng.chance(0.7))
            b.text(kContact, cEdu, r, rng.pick(kEdu));
        if (rng.chance(0.7))
            b.text(kContact, cSkills, r, QByteArray(rng.pick(kSkills)) + ';' + rng.pick(kSkills));
        if (rng.chance(0.3))
            b.text(kContact, cSkillsText, r,
                   "Welding, CAD, \"Lean\" methods; speaks Spanish\nand Vietnamese");
        if (rng.chance(0.5))
            b.text(kContact, cInterests, r, "Career Talks;Mentoring");
        if (rng.chance(0.2))
            b.text(kContact, cNotes, r, "Met at the fair, said \"call me after 5\",\nprefers email");
        const qint64 firstVol = dt::daysFromCivil(2022, 8, 1) + rng.below(1200);
        b.date(kContact, cFirstVol, r, firstVol);
        b.date(kContact, cLastVol, r, std::min<qint64>(firstVol + rng.below(900), now / dt::kDayMs));
        b.num(kContact, cCount, r, rng.below(30));
        b.boolean(kContact, cDnc, r, rng.chance(0.05));
        b.boolean(kContact, cDoNot, r, rng.chance(0.02));
        b.boolean(kContact, cOptOut, r, rng.chance(0.1));
        b.text(kContact, cMStreet, r, rng.pick(kStreets));
        b.text(kContact, cMCity, r, rng.pick(kCities));
        b.text(kContact, cMState, r, rng.chance(0.7) ? "MO" : "KS");
        b.text(kContact, cMZip, r, QByteArray::number(64100 + rng.below(99)));
        b.text(kContact, cMCountry, r, "United States");
        if (rng.chance(0.03))
            b.text(kContact, cExt, r, b.uuid()); // walk-ins created by VMS earlier
        volunteers.push_back(r);
    }
    for (int i = 0; i < c.teachers; ++i) {
        const auto r = b.row(kContact);
        const auto s = schools[size_t(rng.below(int(schools.size())))];
        b.ref(kContact, cAcc, r, s);
        b.text(kContact, cFirst, r, b.firstName());
        b.text(kContact, cLast, r, b.lastName());
        b.text(kContact, cType, r, "Teacher");
        b.text(kContact, cEmail, r, "teacher" + QByteArray::number(i) + "@schools.example.org");
        if (rng.chance(0.5))
            b.text(kContact, cPhone, r, b.phone());
        b.ref(kContact, cPrimary, r, s);
        b.text(kContact, cDept, r, rng.chance(0.5) ? "Science" : "Career & Technical Education");
        teachers.push_back(r);
    }
    static const std::array<const char*, 13> kGrades = {"K", "1", "2", "3",  "4",  "5", "6",
                                                        "7", "8", "9", "10", "11", "12"};
    for (int i = 0; i < c.students; ++i) {
        const auto r = b.row(kContact);
        const auto si = size_t(rng.below(int(schools.size())));
        b.ref(kContact, cAcc, r, schools[si]);
        b.text(kContact, cFirst, r, b.firstName());
        b.text(kContact, cLast, r, b.lastName());
        b.text(kContact, cType, r, "Student");
        b.text(kContact, cStudentId, r, "KC" + QByteArray::number(100000 + i));
        b.text(kContact, cGrade, r, rng.pick(kGrades));
        b.ref(kContact, cPrimary, r, schools[si]);
        if (rng.chance(0.9))
            b.ref(kContact, cClass, r, classesOf[si][size_t(rng.below(int(classesOf[si].size())))]);
        students.push_back(r);
        studentSchool.push_back(schools[si]);
    }

    // ---- Affiliations --------------------------------------------------------------------------------
    Table& aff = b.t(kAffiliation);
    const Fields ff(aff);
    const int fOrg = ff("npe5__Organization__c"), fCon = ff("npe5__Contact__c"), fRole = ff("npe5__Role__c"),
              fPrim = ff("npe5__Primary__c"), fStatus = ff("npe5__Status__c"),
              fStart = ff("npe5__StartDate__c"), fEnd = ff("npe5__EndDate__c");
    aff.reserve(std::uint32_t(c.affiliations));
    for (int i = 0; i < c.affiliations; ++i) {
        const auto r = b.row(kAffiliation);
        const int kind = rng.below(100);
        std::uint32_t contact = 0, account = 0;
        if (kind < 70 && !students.empty()) {
            const auto k = size_t(rng.below(int(students.size())));
            contact = students[k];
            account = rng.chance(0.8) ? studentSchool[k] : schools[size_t(rng.below(int(schools.size())))];
            b.text(kAffiliation, fRole, r, "Student");
        } else if (kind < 80 && !teachers.empty()) {
            contact = teachers[size_t(rng.below(int(teachers.size())))];
            account = schools[size_t(rng.below(int(schools.size())))];
            b.text(kAffiliation, fRole, r, "Teacher");
        } else {
            contact = volunteers[size_t(rng.below(int(volunteers.size())))];
            account = orgs[size_t(rng.below(int(orgs.size())))];
            b.text(kAffiliation, fRole, r, rng.chance(0.5) ? "Employee" : "Board Member, Volunteer");
        }
        b.ref(kAffiliation, fOrg, r, account);
        b.ref(kAffiliation, fCon, r, contact);
        b.boolean(kAffiliation, fPrim, r, rng.chance(0.4));
        const qint64 start = dt::daysFromCivil(2018, 1, 1) + rng.below(3000);
        b.date(kAffiliation, fStart, r, start);
        const int st = rng.below(10);
        if (st < 7) {
            b.text(kAffiliation, fStatus, r, "Current");
        } else if (st < 9) {
            b.text(kAffiliation, fStatus, r, "Former");
            // Ended, often before the events the contact later took part in.
            b.date(kAffiliation, fEnd, r,
                   std::min<qint64>(start + 30 + rng.below(900), now / dt::kDayMs - 1));
        } else {
            b.text(kAffiliation, fStatus, r, "Pending");
        }
        if (rng.chance(0.004))
            b.softDelete(kAffiliation, r);
    }

    // ---- Events --------------------------------------------------------------------------------------
    Table& ses = b.t(kSession);
    const Fields sf(ses);
    const int sName = sf("Name"), sType = sf("Session_Type__c"), sFormat = sf("Format__c"),
              sStart = sf("Start_Date_and_Time__c"), sEnd = sf("End_Date_and_Time__c"),
              sStatus = sf("Session_Status__c"), sLoc = sf("Location_Information__c"),
              sDesc = sf("Description__c"), sCancel = sf("Cancellation_Reason__c"),
              sNonSched = sf("Non_Scheduled_Students_Count__c"), sDistrict = sf("District__c"),
              sSchool = sf("School__c"), sParent = sf("Parent_Account__c"),
              sSkills = sf("Requested_Skills__c"), sJobs = sf("Total_Requested_Volunteer_Jobs__c"),
              sSlots = sf("Available_Slots__c"), sHost = sf("Session_Host__c"),
              sLink = sf("Registration_Link__c");
    ses.reserve(std::uint32_t(c.events));
    // Fixed instants that exercise time-zone and school-year edges (America/Chicago).
    const std::array<qint64, 8> kEdgeStarts = {
        dt::makeMs(2026, 3, 8, 7, 30),  // 01:30 CST, half an hour before the spring-forward gap
        dt::makeMs(2026, 3, 8, 15, 30), // 10:30 CDT on the DST day
        dt::makeMs(2025, 11, 2, 6, 30), // 01:30 CDT, the first of two 01:30s on fall-back day
        dt::makeMs(2025, 11, 2, 7, 30), // 01:30 CST, the second one
        dt::makeMs(2026, 8, 1, 4, 30),  // 2026-07-31 23:30 Chicago: school year 2526, though 08-01 in UTC
        dt::makeMs(2026, 8, 1, 5, 0),   // 2026-08-01 00:00 Chicago: first instant of 2627
        dt::makeMs(2025, 8, 1, 4, 59, 59),
        dt::makeMs(2023, 7, 31, 23, 0), // 18:00 Chicago on Jul 31: still 2223
    };
    const qint64 firstDay = dt::daysFromCivil(2022, 8, 1), lastDay = dt::daysFromCivil(2027, 7, 31);
    std::vector<std::uint32_t> sessions;
    std::vector<int> sessionState; // 0 past completed, 1 cancelled, 2 future/draft
    for (int i = 0; i < c.events; ++i) {
        const auto r = b.row(kSession);
        qint64 start = 0;
        if (i < int(kEdgeStarts.size())) {
            start = kEdgeStarts[size_t(i)];
        } else {
            // Mostly in the past, some upcoming (now is Nov 2026).
            const qint64 day = rng.chance(0.85) ? rng.range(firstDay, now / dt::kDayMs)
                                                : rng.range(now / dt::kDayMs, lastDay);
            const int localHour = 8 + rng.below(7);
            const qint64 localMs =
                day * dt::kDayMs + qint64(localHour) * 3'600'000 + (rng.chance(0.5) ? 1'800'000 : 0);
            start = localMs - qint64(dt::chicagoOffsetHours(localMs + 6 * 3'600'000)) * 3'600'000;
        }
        const QByteArray type = rng.pick(kSessionTypes);
        const auto school = schools[size_t(rng.below(int(schools.size())))];
        const auto partner = orgs[size_t(rng.below(int(orgs.size())))];
        b.text(kSession, sName, r,
               type + " – " + QByteArray::number(i + 1) + (i % 50 == 7 ? ", \"special\"" : ""));
        b.text(kSession, sType, r, type);
        b.text(kSession, sFormat, r,
               rng.chance(0.8) ? "In-Person" : (rng.chance(0.5) ? "Virtual" : "Hybrid"));
        b.dateTime(kSession, sStart, r, start);
        if (rng.chance(0.97))
            b.dateTime(kSession, sEnd, r, start + (1 + rng.below(4)) * 3'600'000);
        int state = 0;
        if (start > now) {
            state = 2;
            b.text(kSession, sStatus, r,
                   rng.chance(0.3) ? "Draft" : (rng.chance(0.5) ? "Confirmed" : "Published"));
        } else if (rng.chance(0.08)) {
            state = 1;
            b.text(kSession, sStatus, r, "Cancelled");
            b.text(kSession, sCancel, r, rng.chance(0.5) ? "Weather" : "School closed, snow day");
        } else if (rng.chance(0.02)) {
            state = 2;
            b.text(kSession, sStatus, r, "Draft"); // a draft left behind in the past
        } else {
            b.text(kSession, sStatus, r, "Completed");
        }
        b.text(kSession, sLoc, r, "Room 114, 2nd floor\nCheck in at the front office, bring ID");
        if (rng.chance(0.5))
            b.text(kSession, sDesc, r,
                   "Students learn about careers in \"STEM\", Q&A after;\n<b>bring</b> handouts");
        if (rng.chance(0.5))
            b.num(kSession, sNonSched, r, rng.below(40));
        b.ref(kSession, sDistrict, r, acc.ref(aParent, school));
        b.ref(kSession, sSchool, r, school);
        b.ref(kSession, sParent, r, partner);
        if (rng.chance(0.5))
            b.text(kSession, sSkills, r, QByteArray(rng.pick(kSkills)));
        b.num(kSession, sJobs, r, 1 + rng.below(10));
        b.num(kSession, sSlots, r, rng.below(10));
        if (rng.chance(0.5))
            b.text(kSession, sHost, r, QByteArray(rng.pick(kOrgWords)) + " Host");
        if (rng.chance(0.6))
            b.text(kSession, sLink, r,
                   "<a href=\"https://signup.example.org/e/" + QByteArray::number(i + 1) +
                       "?src=sf&amp;ref=vms\" target=\"_blank\">Register</a>");
        if (rng.chance(0.005))
            b.softDelete(kSession, r);
        sessions.push_back(r);
        sessionState.push_back(state);
    }

    // ---- Participations ------------------------------------------------------------------------------
    Table& par = b.t(kParticipant);
    const Fields pf(par);
    const int pName = pf("Name"), pCon = pf("Contact__c"), pSes = pf("Session__c"),
              pType = pf("Participant_Type__c"), pStatus = pf("Status__c"), pHours = pf("Delivery_Hours__c"),
              pAge = pf("Age_Group__c"), pEmail = pf("Email__c"), pTitle = pf("Title__c"),
              pExt = pf("VMS_Client_Id__c");
    par.reserve(std::uint32_t(c.volunteerParticipations + c.studentParticipations));
    const int total = c.volunteerParticipations + c.studentParticipations;
    for (int i = 0; i < total; ++i) {
        const bool isVolunteer = i < c.volunteerParticipations;
        const auto si = size_t(rng.below(int(sessions.size())));
        const auto r = b.row(kParticipant);
        b.text(kParticipant, pName, r, "SP-" + QByteArray::number(r + 1).rightJustified(7, '0'));
        b.ref(kParticipant, pSes, r, sessions[si]);
        if (isVolunteer) {
            const auto v = volunteers[size_t(rng.below(int(volunteers.size())))];
            b.ref(kParticipant, pCon, r, v);
            const int k = rng.below(100);
            b.text(kParticipant, pType, r,
                   k < 3 ? "Presenter" : (k < 5 ? "" : (k < 7 ? "volunteer" : "Volunteer")));
            if (rng.chance(0.6))
                b.text(kParticipant, pEmail, r, "vol" + QByteArray::number(i % 977) + "@example.org");
            if (rng.chance(0.4))
                b.text(kParticipant, pTitle, r, rng.pick(kTitles));
            b.text(kParticipant, pAge, r, kAgeGroups[size_t(1 + rng.below(6))]);
            if (rng.chance(0.2))
                b.text(kParticipant, pExt, r, b.uuid());
        } else {
            b.ref(kParticipant, pCon, r, students[size_t(rng.below(int(students.size())))]);
            b.text(kParticipant, pType, r, "Student");
            b.text(kParticipant, pAge, r, "Under 18");
        }
        const int state = sessionState[si];
        const char* status = nullptr;
        if (state == 2)
            status = rng.pick(kUpcoming);
        else if (state == 1)
            status = rng.chance(0.15) ? rng.pick(kAttended) : rng.pick(kCancelled); // cancelled, yet attended
        else
            status = rng.chance(0.85) ? rng.pick(kAttended) : rng.pick(kNoShow);
        b.text(kParticipant, pStatus, r, status);
        if (isVolunteer && state != 2 && !rng.chance(0.08)) // delivery hours often missing
            b.num(kParticipant, pHours, r, 0.5 * (1 + rng.below(12)));
        if (rng.chance(0.006))
            b.softDelete(kParticipant, r);
    }
    // A few soft-deleted contacts (with their history left in place).
    for (size_t i = 0; i < volunteers.size(); i += 97)
        b.softDelete(kContact, volunteers[i]);
    for (size_t i = 3; i < students.size(); i += 211)
        b.softDelete(kContact, students[i]);

    generatePlanningData(org, c, seed, {volunteers, teachers, sessions, sessionState, orgs});
}

} // namespace fakeforce
