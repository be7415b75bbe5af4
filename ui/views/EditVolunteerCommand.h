#pragma once

#include "core/common/Error.h"

#include <QUndoCommand>
#include <QVariantMap>

#include <functional>

namespace vms {

// One saved volunteer edit on the undo stack. The edit itself has already gone through LocalChanges
// when the command is pushed; undo is simply another LocalChanges edit back to the old values (so it
// is role-checked, audited and queued for Salesforce like any edit), redo applies the new ones again.
class EditVolunteerCommand final : public QUndoCommand {
public:
    using Apply = std::function<Status(qint64 localId, const QVariantMap& values)>;
    using Report = std::function<void(const Error&)>;

    EditVolunteerCommand(qint64 localId, QVariantMap before, QVariantMap after, const QString& text,
                         Apply apply, Report report);

    void undo() override;
    void redo() override;
    qint64 localId() const { return m_localId; }

private:
    void applyValues(const QVariantMap& values);

    qint64 m_localId;
    QVariantMap m_before, m_after;
    Apply m_apply;
    Report m_report;
    bool m_applied = true; // pushed after the edit was saved: the first redo() does nothing
};

} // namespace vms
