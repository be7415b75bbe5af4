#include "ui/views/RecordChangeCommand.h"

namespace vms {

RecordChangeCommand::RecordChangeCommand(const QString& text, Step undo, Step redo, Report report)
    : QUndoCommand(text)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_report(std::move(report)) {}

RecordChangeCommand* RecordChangeCommand::edit(const QString& text, const QVariantMap& before,
                                               const QVariantMap& after, const Apply& apply, Report report) {
    return new RecordChangeCommand(
        text, [apply, before] { return apply(before); }, [apply, after] { return apply(after); },
        std::move(report));
}

void RecordChangeCommand::undo() {
    run(m_undo);
}

void RecordChangeCommand::redo() {
    if (m_applied) {
        m_applied = false;
        return;
    }
    run(m_redo);
}

void RecordChangeCommand::run(const Step& step) {
    if (Status s = step(); !s) {
        // The stack cannot roll a failed step back; make this step disappear so later undos do not
        // replay values on top of a state the user never saw.
        setObsolete(true);
        m_report(s.error());
    }
}

} // namespace vms
