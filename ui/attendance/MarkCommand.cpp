#include "ui/attendance/MarkCommand.h"

namespace vms {

MarkCommand::MarkCommand(const QString& text, std::vector<AttendanceMark> before,
                         std::vector<AttendanceMark> after, Writer writer)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_writer(std::move(writer)) {}

void MarkCommand::undo() {
    // A failed write (say the role changed) leaves the data as it is; the writer reports why.
    if (m_writer(m_before, true))
        m_applied = false;
}

void MarkCommand::redo() {
    if (m_applied)
        return;
    if (m_writer(m_after, false))
        m_applied = true;
}

} // namespace vms
