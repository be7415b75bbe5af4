#include "app/cli/CliEnv.h"
#include "app/cli/CommandLine.h"
#include "app/cli/Commands.h"
#include "app/cli/Json.h"
#include "core/attendance/AttendanceRoster.h"
#include "core/changes/LocalChanges.h"

#include <QCoreApplication>

#include <cmath>

namespace vms::cli {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("vms::cli::attendance", text);
}

QString typeName(const RosterRow& r) {
    if (r.teacher)
        return QStringLiteral("Teacher");
    switch (r.type) {
    case ParticipantType::Volunteer:
        return QStringLiteral("Volunteer");
    case ParticipantType::Student:
        return QStringLiteral("Student");
    case ParticipantType::Presenter:
        return QStringLiteral("Presenter");
    case ParticipantType::Other:
        break;
    }
    return QStringLiteral("Other");
}

// The local contact id as --contact takes it: 123 for a volunteer, s123 for a student, t123 for a teacher.
QString contactIdText(const RosterRow& r) {
    if (!r.contactKnown)
        return {};
    QString prefix;
    if (r.contact.kind == ContactRef::Kind::Student)
        prefix = QStringLiteral("s");
    else if (r.contact.kind == ContactRef::Kind::Teacher)
        prefix = QStringLiteral("t");
    return prefix + QString::number(r.contact.localId);
}

QString hoursText(const std::optional<double>& h) {
    return h ? QString::number(*h, 'g', 6) : QString();
}

int runList(CliEnv& env, const QStringList& args) {
    auto opts = parseOptions(QStringLiteral("attendance list"), args,
                             {{QStringLiteral("event"), true}, {QStringLiteral("json"), false}}, 0);
    if (!opts)
        return env.fail(opts.error());
    if (!opts->has(QStringLiteral("event")))
        return env.usageError(tr("attendance list: option '--event' is required"));
    AppContext* ctx = env.context();
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto eventId = AttendanceRoster::resolveEvent(db, opts->value(QStringLiteral("event")));
    if (!eventId)
        return env.fail(eventId.error());
    auto event = AttendanceRoster::loadEvent(db, *eventId);
    if (!event)
        return env.fail(event.error());
    auto rows = AttendanceRoster::load(db, *eventId);
    if (!rows)
        return env.fail(rows.error());
    const RosterCounts counts = AttendanceRoster::count(*rows);

    if (opts->has(QStringLiteral("json"))) {
        ojson e = ojson::object();
        e["id"] = event->id;
        e["sf_id"] = stringOrNull(event->sfId);
        e["name"] = stringOrNull(event->name);
        e["start"] = event->startUtc.isValid() ? ojson(event->startUtc.toString(Qt::ISODate).toStdString())
                                               : ojson(nullptr);
        e["end"] = event->endUtc.isValid() ? ojson(event->endUtc.toString(Qt::ISODate).toStdString())
                                           : ojson(nullptr);
        e["location"] = stringOrNull(event->location);
        ojson c = ojson::object();
        c["registered"] = counts.registered;
        c["attended"] = counts.attended;
        c["no_show"] = counts.noShow;
        c["cancelled"] = counts.cancelled;
        c["pending"] = counts.pending;
        ojson list = ojson::array();
        for (const RosterRow& r : *rows) {
            ojson p = ojson::object();
            p["id"] = r.participationId;
            p["sf_id"] = stringOrNull(r.participationSfId);
            p["type"] = typeName(r).toStdString();
            p["contact"] = stringOrNull(contactIdText(r));
            p["contact_sf_id"] = stringOrNull(r.contactSfId);
            p["name"] = r.displayName().toStdString();
            p["status"] = stringOrNull(r.statusText);
            p["hours"] = r.hours ? ojson(*r.hours) : ojson(nullptr);
            p["notes"] = stringOrNull(r.notes);
            p["pending"] = r.pending;
            list.push_back(p);
        }
        ojson j = ojson::object();
        j["event"] = e;
        j["counts"] = c;
        j["participants"] = list;
        printJson(env.out, j);
        return 0;
    }
    env.out << event->name << " — " << event->whenText(ctx->settings().displayTimeZone()) << "\n";
    env.out << tr("Registered %1, attended %2, no-show %3; %4 waiting to reach Salesforce")
                   .arg(counts.registered)
                   .arg(counts.attended)
                   .arg(counts.noShow)
                   .arg(counts.pending)
            << "\n";
    env.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                   .arg(tr("ID"), -6)
                   .arg(tr("TYPE"), -9)
                   .arg(tr("CONTACT"), -18)
                   .arg(tr("NAME"), -28)
                   .arg(tr("STATUS"), -10)
                   .arg(tr("HOURS"), 5)
                   .arg(tr("PENDING"));
    for (const RosterRow& r : *rows) {
        const QString contact = r.contactSfId.isEmpty() ? contactIdText(r) : r.contactSfId;
        env.out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(r.participationId, -6)
                       .arg(typeName(r), -9)
                       .arg(contact, -18)
                       .arg(r.displayName(), -28)
                       .arg(r.statusText, -10)
                       .arg(hoursText(r.hours), 5)
                       .arg(r.pending ? tr("yes") : QString());
    }
    return 0;
}

int runSet(CliEnv& env, const QStringList& args) {
    const QString cmd = QStringLiteral("attendance set");
    auto opts = parseOptions(cmd, args,
                             {{QStringLiteral("event"), true},
                              {QStringLiteral("contact"), true},
                              {QStringLiteral("status"), true},
                              {QStringLiteral("hours"), true},
                              {QStringLiteral("notes"), true}},
                             0);
    if (!opts)
        return env.fail(opts.error());
    for (const char* required : {"event", "contact"})
        if (!opts->has(QLatin1String(required)))
            return env.usageError(tr("%1: option '--%2' is required").arg(cmd, QLatin1String(required)));
    // --notes alone sets the notes of a participation the person already has, keeping its status.
    const bool notesOnly = !opts->has(QStringLiteral("status")) && opts->has(QStringLiteral("notes"));
    if (!opts->has(QStringLiteral("status")) && !notesOnly)
        return env.usageError(tr("%1: option '--status' is required (or '--notes' alone)").arg(cmd));
    if (notesOnly && opts->has(QStringLiteral("hours")))
        return env.usageError(tr("%1: '--hours' needs '--status'").arg(cmd));
    std::optional<QString> notes;
    if (opts->has(QStringLiteral("notes")))
        notes = opts->value(QStringLiteral("notes"));
    AppContext* ctx = env.context();
    if (notesOnly) {
        if (!ctx)
            return env.contextFailureCode();
        QSqlDatabase db = ctx->database().connection();
        auto eventId = AttendanceRoster::resolveEvent(db, opts->value(QStringLiteral("event")));
        if (!eventId)
            return env.fail(eventId.error());
        auto contact = AttendanceRoster::resolveContact(db, opts->value(QStringLiteral("contact")));
        if (!contact)
            return env.fail(contact.error());
        auto participation = AttendanceRoster::participationOf(db, *eventId, *contact);
        if (!participation)
            return env.fail(participation.error());
        if (!*participation)
            return env.usageError(tr("%1: this contact is not on the event's roster; give '--status' to add "
                                     "them with the notes")
                                      .arg(cmd));
        const SystemClock clock;
        LocalChanges changes(db, Session::loadCached(db), clock, ctx->mapping());
        if (Status s = changes.setParticipationNotes(**participation, *notes); !s)
            return env.fail(s.error());
        env.out << **participation << "\n";
        return 0;
    }
    const QString statusText = opts->value(QStringLiteral("status"));
    const ParticipationStatus status = parseParticipationStatus(statusText);
    if (status == ParticipationStatus::Unknown)
        return env.usageError(
            tr("--status: '%1' is not a status; use Registered, Attended, No-Show or Cancelled")
                .arg(statusText));
    std::optional<double> hours;
    if (opts->has(QStringLiteral("hours"))) {
        bool ok = false;
        const double h = opts->value(QStringLiteral("hours")).toDouble(&ok);
        if (!ok || !std::isfinite(h) || h < 0.0 || h > 24.0)
            return env.usageError(tr("--hours: '%1' is not a number of hours from 0 to 24")
                                      .arg(opts->value(QStringLiteral("hours"))));
        hours = h;
    }
    if (!ctx)
        return env.contextFailureCode();
    QSqlDatabase db = ctx->database().connection();
    auto eventId = AttendanceRoster::resolveEvent(db, opts->value(QStringLiteral("event")));
    if (!eventId)
        return env.fail(eventId.error());
    auto contact = AttendanceRoster::resolveContact(db, opts->value(QStringLiteral("contact")));
    if (!contact)
        return env.fail(contact.error());
    const SystemClock clock;
    auto event = AttendanceRoster::loadEvent(db, *eventId);
    if (!event)
        return env.fail(event.error());
    // The desktop asks before taking attendance more than a day ahead; a script cannot be asked, so it is
    // refused (README, "vms-cli and attendance ahead of an event"). Registered and Cancelled are planning.
    if (AttendanceRoster::recordsAttendance(status) && event->startsMoreThanADayAfter(clock.nowUtc()))
        return env.usageError(
            tr("%1: '%2' starts %3, more than a day from now; Attended and No-Show can be recorded from "
               "a day before the event on (Registered and Cancelled at any time)")
                .arg(cmd, event->name, event->startUtc.toString(Qt::ISODate)));
    if (status == ParticipationStatus::Attended && !hours) {
        // As on the screen: an Attended mark without hours gets the event's duration unless the person
        // already has hours (LocalChanges does this for new participations only; registered ones arrive
        // without).
        auto current = AttendanceRoster::currentHours(db, *eventId, *contact);
        if (!current)
            return env.fail(current.error());
        if (!*current)
            hours = event->defaultHours();
    }
    LocalChanges changes(db, Session::loadCached(db), clock, ctx->mapping());
    auto id = changes.setAttendance({*eventId, *contact, status, hours, false}, notes);
    if (!id)
        return env.fail(id.error());
    // Printed only after the transaction committed (synchronous=FULL): the mark is on disk.
    env.out << *id << "\n";
    return 0;
}

} // namespace

int runAttendance(CliEnv& env, const QStringList& args) {
    const QString sub = args.value(0);
    if (sub == u"list")
        return runList(env, args.mid(1));
    if (sub == u"set")
        return runSet(env, args.mid(1));
    if (sub.isEmpty())
        return env.usageError(tr("attendance: expected 'list' or 'set'"));
    return env.usageError(tr("attendance: unknown subcommand '%1'; expected 'list' or 'set'").arg(sub));
}

} // namespace vms::cli
