#pragma once

#include "core/changes/FieldRules.h"
#include "ui/UiContext.h"
#include "ui/widgets/RecordFormFrame.h"

#include <QDialog>
#include <QVariantMap>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QUndoStack;

namespace vms {

// The organization form (issue #17): add or edit an organization (Account): name, type, parent,
// billing address and description. What the org would refuse is shown beside its field as it is typed,
// and the org's refusal of the last change on top; a User sees it read-only, with the reason. A saved
// change goes on the window's undo stack (Ctrl+Z); undoing an addition takes the organization back while
// it has not reached the org and nothing points at it.
class OrganizationForm final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationForm)

public:
    // localId 0: a new organization. `undoStack` may be null.
    OrganizationForm(const UiContext& context, qint64 localId, QUndoStack* undoStack,
                     QWidget* parent = nullptr);
    ~OrganizationForm() override;

    qint64 localId() const { return m_id; }
    QVariantMap values() const;
    QVariantMap changedValues(QVariantMap* before = nullptr) const;
    bool save();
    // The Admin chose "Delete…": the form closed without saving, for the view to delete it.
    bool deleteRequested() const { return m_deleteRequested; }

Q_SIGNALS:
    // Saved, undone or redone: the organization's local id.
    void changed(qint64 localId);

private:
    void load();
    void showProblems(bool all);
    void pushUndo(const QVariantMap& before, const QVariantMap& after);

    UiContext m_context;
    qint64 m_id = 0;
    QUndoStack* m_undoStack;
    FieldRules m_rules;
    QVariantMap m_initial;
    std::unique_ptr<RecordFormFrame> m_frame; // read-only notice, refusal, problems, error, Save/Cancel
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_parent = nullptr;
    QLineEdit* m_street = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_state = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_country = nullptr;
    QPlainTextEdit* m_description = nullptr;
    bool m_deleteRequested = false;
};

} // namespace vms
