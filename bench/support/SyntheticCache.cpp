#include "SyntheticCache.h"

#include "core/domain/Status.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace vms::bench {

SyntheticScale SyntheticScale::named(const QString& name) {
    // performance.md's table; participations split into volunteer and student ones.
    if (name == u"tiny")
        return {name, 50, 20, 2, 5, 100, 30, 150, 300, 80};
    if (name == u"demo")
        return {name, 500, 120, 3, 20, 2000, 300, 1500, 4000, 1500};
    if (name == u"seed")
        return {name, 12600, 3800, 7, 177, 159000, 9100, 20000, 49000, 354000};
    if (name == u"x10")
        return {name, 126000, 38000, 70, 1770, 1590000, 91000, 200000, 490000, 3540000};
    return {};
}

namespace {

// h(k): a cheap deterministic scramble of the row counter `i` for draw number k, in [0, 2^31). Written in
// SQL so rows are generated inside SQLite.
QString h(int k, quint32 seed) {
    const quint64 mul = 2654435761ULL + 40503ULL * static_cast<quint64>(k);
    const quint64 add = 1013904223ULL * static_cast<quint64>(k + 1) + seed;
    return QStringLiteral("(((i * %1 + %2) % 4294967291) % 2147483647)").arg(mul).arg(add);
}

Status exec(QSqlDatabase& db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Error::database(
            QStringLiteral("synthetic cache: %1 in %2").arg(q.lastError().text(), sql.left(200)));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Error::database(
            QStringLiteral("synthetic cache: %1 in %2").arg(q.lastError().text(), sql.left(200)));
    return {};
}

QString counter(qint64 n) {
    return QStringLiteral("WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < %1) ")
        .arg(n);
}

} // namespace

Status SyntheticCache::fill(QSqlDatabase db, const SyntheticScale& s, const Options& o) {
    if (s.name.isEmpty())
        return Error::usage(QStringLiteral("unknown scale (expected tiny, demo, seed or x10)"));
    const quint32 seed = o.seed;
    const QTimeZone zone(QByteArrayLiteral("America/Chicago"));
    const qint64 startMs = QDateTime(QDate(o.firstYear, 8, 1), QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 days = QDate(o.firstYear, 8, 1).daysTo(QDate(o.firstYear + o.schoolYears, 8, 1));

    const QString completed = QString::number(static_cast<int>(EventStatus::Completed));
    const QString cancelled = QString::number(static_cast<int>(EventStatus::Cancelled));
    const QString draft = QString::number(static_cast<int>(EventStatus::Draft));
    const QString confirmed = QString::number(static_cast<int>(EventStatus::Confirmed));
    const QString attended = QString::number(static_cast<int>(ParticipationStatus::Attended));
    const QString noShow = QString::number(static_cast<int>(ParticipationStatus::NoShow));
    const QString registered = QString::number(static_cast<int>(ParticipationStatus::Registered));

    // Building the cache is not what is measured; these make it fast and are undone below.
    if (Status st = exec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !st)
        return st;
    if (!db.transaction())
        return Error::database(db.lastError().text());

    // Tokens in braces are replaced below; QString::arg is not used because SQL's printf formats ("%06d")
    // look like its placeholders.
    QStringList statements = {
        counter(s.districts) +
            QStringLiteral("INSERT INTO districts (sf_id, name) SELECT printf('DIS%06d', i), "
                           "printf('District %02d', i) FROM c"),
        counter(s.schools) + QStringLiteral("INSERT INTO schools (sf_id, name, district_sf_id) "
                                            "SELECT printf('SCH%06d', i), printf('School %04d', i), "
                                            "printf('DIS%06d', (i - 1) % {D} + 1) FROM c"),
        counter(s.organizations) +
            QStringLiteral("INSERT INTO organizations (sf_id, name, type) "
                           "SELECT printf('ORG%07d', i), printf('Organization %05d', i), "
                           "'Business' FROM c"),
        // 90% have an organization Id, 5% free text, 5% nothing. Contact details for the contact reports:
        // 8% have only a preferred Work email, 10% opted out of email, 7% are Do Not Call, 30% have only a
        // mobile phone.
        counter(s.volunteers) +
            QStringLiteral(
                "INSERT INTO volunteers (sf_id, first_name, last_name, email, work_email, preferred_email, "
                "email_opt_out, phone, mobile_phone, do_not_call, skills, primary_affiliation) "
                "SELECT printf('VOL%08d', i), printf('First%d', {h1} % 5000), printf('Last%d', i), "
                "CASE WHEN {h23} % 100 < 8 THEN NULL ELSE printf('v%d@example.org', i) END, "
                "printf('v%d@work.example', i), CASE WHEN {h23} % 100 < 8 THEN 'Work' END, "
                "{h23} % 100 >= 90, CASE WHEN {h24} % 10 >= 3 THEN printf('816-555-%04d', i % 10000) END, "
                "printf('913-555-%04d', i % 10000), {h24} % 100 < 7, "
                "CASE {h25} % 4 WHEN 0 THEN 'Mentoring;STEM' WHEN 1 THEN 'Public Speaking' "
                "WHEN 2 THEN 'Tutoring;Mentoring;Career Coaching' END, "
                "CASE WHEN {h2} % 100 < 90 THEN printf('ORG%07d', {h3} % {O} + 1) "
                "WHEN {h2} % 100 < 95 THEN 'Self-employed' ELSE NULL END FROM c"),
        counter(s.students) +
            QStringLiteral("INSERT INTO students (sf_id, first_name, last_name, school_sf_id) "
                           "SELECT printf('STU%08d', i), 'Student', printf('S%d', i), "
                           "printf('SCH%06d', {h4} % {SC} + 1) FROM c"),
        // Events: a day in the span, 13:00-20:00 UTC (8:00-15:00 Chicago in summer time).
        counter(s.events) +
            QStringLiteral(
                "INSERT INTO events (sf_id, name, session_type, format, start_utc, end_utc, status, "
                "status_code, district_sf_id, school_sf_id, parent_account_sf_id) "
                "SELECT printf('EVT%08d', i), printf('Event %d', i), "
                "CASE {h5} % 4 WHEN 0 THEN 'Career Fair' WHEN 1 THEN 'Workshop' WHEN 2 THEN 'Classroom "
                "Speaker' "
                "ELSE 'Mentoring' END, "
                // Formats as the org spells them: mostly In-Person, some Virtual, Hybrid and none.
                "CASE {h26} % 10 WHEN 7 THEN 'Virtual' WHEN 8 THEN 'Hybrid' WHEN 9 THEN NULL "
                "ELSE 'In-Person' END, "
                "{start} + ({h6} % {days}) * 86400000 + (13 + {h7} % 8) * 3600000, "
                "{start} + ({h6} % {days}) * 86400000 + (15 + {h7} % 8) * 3600000, "
                "CASE WHEN {h8} % 100 < 85 THEN 'Completed' WHEN {h8} % 100 < 90 THEN 'Cancelled' "
                "WHEN {h8} % 100 < 93 THEN 'Draft' ELSE 'Confirmed' END, "
                "CASE WHEN {h8} % 100 < 85 THEN {completed} WHEN {h8} % 100 < 90 THEN {cancelled} "
                "WHEN {h8} % 100 < 93 THEN {draft} ELSE {confirmed} END, "
                "CASE WHEN {h9} % 10 < 6 THEN printf('DIS%06d', {h10} % {D} + 1) END, "
                "CASE WHEN {h9} % 10 < 9 THEN printf('SCH%06d', {h11} % {SC} + 1) END, "
                "CASE WHEN {h9} % 10 = 9 THEN printf('DIS%06d', {h10} % {D} + 1) END FROM c"),
        counter(s.volunteerParticipations) +
            QStringLiteral(
                "INSERT INTO participations (sf_id, event_id, event_sf_id, contact_sf_id, volunteer_id, "
                "participant_type, status, status_code, type_code, delivery_hours) "
                "SELECT printf('VPA%08d', i), e, printf('EVT%08d', e), printf('VOL%08d', v), v, 'Volunteer', "
                "CASE WHEN r < 80 THEN 'Attended' WHEN r < 90 THEN 'No-Show' ELSE 'Registered' END, "
                "CASE WHEN r < 80 THEN {attended} WHEN r < 90 THEN {noshow} ELSE {registered} END, {tvol}, "
                "CASE WHEN r % 20 = 7 THEN NULL ELSE 0.5 + (r % 9) * 0.5 END "
                "FROM (SELECT i, {h12} % {E} + 1 AS e, {h13} % {V} + 1 AS v, {h14} % 100 AS r FROM c)"),
        counter(s.studentParticipations) +
            QStringLiteral(
                "INSERT INTO participations (sf_id, event_id, event_sf_id, contact_sf_id, student_id, "
                "participant_type, status, status_code, type_code) "
                "SELECT printf('SPA%08d', i), e, printf('EVT%08d', e), printf('STU%08d', st), st, 'Student', "
                "CASE WHEN r < 90 THEN 'Attended' ELSE 'No Show' END, "
                "CASE WHEN r < 90 THEN {attended} ELSE {noshow} END, {tstu} "
                "FROM (SELECT i, {h15} % {E} + 1 AS e, {h16} % {ST} + 1 AS st, {h17} % 100 AS r FROM c)"),
        // Affiliations belong to all contacts, not only volunteers: NPSP gives every student one with their
        // school. 12% are volunteers' (about 3 each at seed, with organizations), the rest students' (with
        // schools). Half open-started; 30% ended, some before the events they might otherwise cover.
        counter(s.affiliations) +
            QStringLiteral(
                "INSERT INTO affiliations (sf_id, contact_sf_id, organization_sf_id, role, status, "
                "start_date, end_date) "
                "SELECT printf('AFF%08d', i), "
                "CASE WHEN {h22} % 100 < 12 THEN printf('VOL%08d', {h18} % {V} + 1) "
                "ELSE printf('STU%08d', {h18} % {ST} + 1) END, "
                "CASE WHEN {h22} % 100 < 12 THEN printf('ORG%07d', {h19} % {O} + 1) "
                "ELSE printf('SCH%06d', {h19} % {SC} + 1) END, "
                "'Employee', CASE WHEN r < 70 THEN 'Current' ELSE 'Former' END, "
                "CASE WHEN r % 2 = 0 THEN NULL ELSE date('2015-01-01', '+' || ({h20} % 4000) || ' days') "
                "END, "
                "CASE WHEN r < 70 THEN NULL ELSE date('2019-01-01', '+' || ({h20} % 2900) || ' days') END "
                "FROM (SELECT i, {h21} % 100 AS r FROM c)"),
    };
    const QList<std::pair<QString, QString>> tokens = {
        {QStringLiteral("{D}"), QString::number(s.districts)},
        {QStringLiteral("{SC}"), QString::number(s.schools)},
        {QStringLiteral("{O}"), QString::number(s.organizations)},
        {QStringLiteral("{V}"), QString::number(s.volunteers)},
        {QStringLiteral("{ST}"), QString::number(s.students)},
        {QStringLiteral("{E}"), QString::number(s.events)},
        {QStringLiteral("{start}"), QString::number(startMs)},
        {QStringLiteral("{days}"), QString::number(days)},
        {QStringLiteral("{completed}"), completed},
        {QStringLiteral("{cancelled}"), cancelled},
        {QStringLiteral("{draft}"), draft},
        {QStringLiteral("{confirmed}"), confirmed},
        {QStringLiteral("{attended}"), attended},
        {QStringLiteral("{noshow}"), noShow},
        {QStringLiteral("{registered}"), registered},
        {QStringLiteral("{tvol}"), QString::number(static_cast<int>(ParticipantType::Volunteer))},
        {QStringLiteral("{tstu}"), QString::number(static_cast<int>(ParticipantType::Student))},
    };
    for (QString& sql : statements) {
        for (int k = 26; k >= 1; --k) // longest first: {h22} before {h2}
            sql.replace(QStringLiteral("{h%1}").arg(k), h(k, seed));
        for (const auto& [token, value] : tokens)
            sql.replace(token, value);
    }
    for (const QString& sql : statements) {
        if (Status st = exec(db, sql); !st) {
            db.rollback();
            return st;
        }
    }
    if (Status st = exec(db,
                         QStringLiteral("INSERT INTO meta (key, value) VALUES ('sync.last_success', ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {QStringLiteral("2026-07-31T12:00:00.000Z")});
        !st) {
        db.rollback();
        return st;
    }
    if (!db.commit())
        return Error::database(db.lastError().text());
    if (Status st = exec(db, QStringLiteral("PRAGMA foreign_keys = ON")); !st)
        return st;
    return exec(db, QStringLiteral("ANALYZE"));
}

} // namespace vms::bench
