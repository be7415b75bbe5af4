#pragma once

#include "core/auth/Session.h"
#include "core/changes/FieldRules.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/domain/Entities.h"
#include "core/domain/Status.h"

#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>
#include <vector>

namespace vms {

// Who an attendance mark is for: a cached volunteer or student, by local id.
struct ContactRef {
    enum class Kind { Volunteer, Student };
    Kind kind = Kind::Volunteer;
    qint64 localId = 0;
};

struct AttendanceMark {
    qint64 eventId = 0;
    ContactRef contact;
    ParticipationStatus status = ParticipationStatus::Attended;
    // Unset: keep the current hours, or for a new Attended mark default to the event's duration.
    std::optional<double> hours;
    bool clearHours = false;
};

struct NewVolunteer {
    QString firstName, lastName, email, phone, organizationName;
};

struct DuplicateCandidate {
    qint64 localId = 0;
    QString name, email, phone;
    QString reason; // "same email" / "same name and phone"
};

// The one way anything in VMS changes a cached record. Each call checks the session's role and the
// org's field rules (FieldRules: what the org would refuse is refused now, naming the field and the
// limit), then in ONE transaction updates the row, records the change in the outbox (what Salesforce
// must be told) and in the audit log (who changed what, old and new). When a call returns success the
// change is on disk (synchronous=FULL) and will reach Salesforce exactly once, whatever happens to the
// process. The transaction takes the write lock first (Transaction), so a sync writing the cache on
// another connection only makes a call wait its turn.
//
// The outbox keeps one pending entry per record: later edits merge into it, keeping the earliest
// "base" (the value as last pulled) of each field so the push can detect conflicting server edits.
class LocalChanges final {
public:
    LocalChanges(QSqlDatabase db, Session session, const Clock& clock);

    // Marks attendance; returns the participation's local id (created when the person had none).
    Result<qint64> setAttendance(const AttendanceMark& mark);
    // Several marks as one all-or-nothing step ("mark everyone left as No-Show").
    Result<std::vector<qint64>> setAttendanceBatch(const std::vector<AttendanceMark>& marks);

    // Adds a walk-in volunteer (works offline); returns its local id.
    Result<qint64> addVolunteer(const NewVolunteer& v);
    // Likely duplicates of a volunteer about to be added: same email, or same name and phone.
    Result<std::vector<DuplicateCandidate>> findLikelyDuplicates(const NewVolunteer& v,
                                                                 qint64 excludeLocalId = 0) const;

    // Edits a volunteer's contact details. `changes` maps column names (email, phone, mobile_phone,
    // title, department, mailing_street, mailing_city, mailing_state, mailing_postal_code, skills_text,
    // recruitment_notes, do_not_call, email_opt_out) to new values; other columns are refused.
    Status editVolunteer(qint64 localId, const QVariantMap& changes);

    static const QStringList& editableVolunteerColumns();

    // What the org would refuse in a new volunteer or in an edit (the checks addVolunteer and
    // editVolunteer make), so a form can show each problem beside its field before saving. Columns as in
    // editVolunteer; a new volunteer's are first_name, last_name, email and phone.
    Result<std::vector<FieldProblem>> checkNewVolunteer(const NewVolunteer& v) const;
    Result<std::vector<FieldProblem>> checkVolunteerEdit(const QVariantMap& changes) const;

private:
    Result<qint64> applyMark(const AttendanceMark& mark, const FieldRules& rules);
    Status recordOutbox(const QString& entity, qint64 localId, const QString& operation,
                        const QVariantMap& fields, const QVariantMap& base, const QString& baseModstamp);
    Status audit(const QString& entity, qint64 localId, const QString& action, const QString& field,
                 const QVariant& oldValue, const QVariant& newValue);
    QString now() const;

    QSqlDatabase m_db;
    Session m_session;
    const Clock& m_clock;
};

} // namespace vms
