#pragma once

#include "core/changes/LocalChanges.h"

#include <QUndoCommand>

#include <functional>
#include <vector>

namespace vms {

// One undoable attendance step: a single mark, a walk-in's check-in, "everyone left is No-Show" or a CSV
// import. Both directions go through LocalChanges::setAttendanceBatch, so an undo is itself durable and
// queued for Salesforce like any other mark (the outbox merges it with the original change).
class MarkCommand final : public QUndoCommand {
public:
    // `undoing` tells the writer which way it is going, for what it reports to the user.
    using Writer = std::function<bool(const std::vector<AttendanceMark>& marks, bool undoing)>;

    // `after` has already been written when the command is pushed (the screen shows a mark only once
    // it is on disk); the first redo() is therefore skipped.
    MarkCommand(const QString& text, std::vector<AttendanceMark> before, std::vector<AttendanceMark> after,
                Writer writer);
    void undo() override;
    void redo() override;

private:
    std::vector<AttendanceMark> m_before, m_after;
    Writer m_writer;
    bool m_applied = true;
};

} // namespace vms
