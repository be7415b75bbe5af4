#pragma once

#include "core/common/Error.h"

#include <QUndoCommand>
#include <QVariantMap>

#include <functional>

namespace vms {

// One saved change of a record on the undo stack (a volunteer edited; an event or an organization created,
// edited, moved, published). The change has already gone through LocalChanges when
// the command is pushed; undo and redo are LocalChanges calls too (role-checked, audited, queued), given as
// functions: edits apply the old or the new values, a creation is withdrawn and made again.
class RecordChangeCommand final : public QUndoCommand {
public:
    using Step = std::function<Status()>;
    using Report = std::function<void(const Error&)>;
    // A LocalChanges edit of one record to these values.
    using Apply = std::function<Status(const QVariantMap& values)>;

    RecordChangeCommand(const QString& text, Step undo, Step redo, Report report);
    // An edit: undo applies `before`, redo `after` (the fields the user changed, as LocalChanges takes them).
    static RecordChangeCommand* edit(const QString& text, const QVariantMap& before, const QVariantMap& after,
                                     const Apply& apply, Report report);

    void undo() override;
    void redo() override;

private:
    void run(const Step& step);

    Step m_undo, m_redo;
    Report m_report;
    bool m_applied = true; // pushed after the change was saved: the first redo() does nothing
};

} // namespace vms
