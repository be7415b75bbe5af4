#include "ui/views/EditVolunteerCommand.h"

namespace vms {

EditVolunteerCommand::EditVolunteerCommand(qint64 localId, QVariantMap before, QVariantMap after,
                                           const QString& text, Apply apply, Report report)
    : QUndoCommand(text)
    , m_localId(localId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_report(std::move(report)) {}

void EditVolunteerCommand::undo() {
    applyValues(m_before);
}

void EditVolunteerCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    applyValues(m_after);
}

void EditVolunteerCommand::applyValues(const QVariantMap& values) {
    if (Status s = m_apply(m_localId, values); !s) {
        // The stack cannot roll a failed step back; make this step disappear so later undos do not
        // replay values on top of a state the user never saw.
        setObsolete(true);
        m_report(s.error());
    }
}

} // namespace vms
