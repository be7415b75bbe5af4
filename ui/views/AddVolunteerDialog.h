#pragma once

#include "core/changes/LocalChanges.h"
#include "ui/UiContext.h"
#include "ui/widgets/FieldProblemLines.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vms {

// Adds a volunteer (Coordinator and Admin): validates (what the org would refuse is shown beside its field
// as it is typed), flags a likely duplicate (same email, or same name and phone) before saving, then saves
// through LocalChanges.
class AddVolunteerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddVolunteerDialog)

public:
    AddVolunteerDialog(const UiContext& context, QWidget* parent = nullptr);
    ~AddVolunteerDialog() override;

    qint64 addedId() const { return m_addedId; }

    void accept() override;

Q_SIGNALS:
    void volunteerAdded(qint64 localId);

private:
    void showProblem(const QString& text, QWidget* field);
    NewVolunteer volunteer() const;
    // Shows the org's refusals beside their fields (all of them, or only those of fields with text, while
    // typing); true when there are some.
    bool showOrgProblems(bool all);

    UiContext m_context;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_organization = nullptr;
    QLabel* m_problem = nullptr;
    FieldProblemLines m_problemLines;
    qint64 m_addedId = 0;
};

} // namespace vms
