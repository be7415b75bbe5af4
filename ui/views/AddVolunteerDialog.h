#pragma once

#include "ui/UiContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vms {

// Adds a volunteer (Coordinator and Admin): validates, flags a likely duplicate (same email, or same
// name and phone) before saving, then saves through LocalChanges.
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

    UiContext m_context;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_last = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_organization = nullptr;
    QLabel* m_problem = nullptr;
    qint64 m_addedId = 0;
};

} // namespace vms
