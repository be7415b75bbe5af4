#pragma once

#include "core/changes/LocalChanges.h"
#include "ui/widgets/FieldProblemLines.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vms {

// A volunteer who walks in: name, email, phone, organization. What the org would refuse (a name too long
// for it, say) is shown beside the field as it is typed, and keeps the dialog open when Add is pressed.
// Before adding, it looks for likely duplicates (same email, or same name and phone) and, when there are
// some, shows them so the person at the table can pick the existing record instead, or add a new one anyway.
class WalkInDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalkInDialog)

public:
    using DuplicateFinder = std::function<std::vector<DuplicateCandidate>(const NewVolunteer&)>;
    // LocalChanges::checkNewVolunteer.
    using ProblemFinder = std::function<std::vector<FieldProblem>(const NewVolunteer&)>;
    WalkInDialog(DuplicateFinder finder, ProblemFinder problems, const QStringList& organizations,
                 QWidget* parent = nullptr);

    NewVolunteer volunteer() const;
    // Set when the user chose an existing record from the duplicate warning.
    std::optional<qint64> existingVolunteer() const { return m_existing; }

private:
    void addClicked();
    void useExistingClicked();
    void resetWarning();
    // Shows the org's refusals beside their fields (all of them, or only those of fields with text, while
    // typing); true when there are some.
    bool showProblems(bool all);
    void growToFit();

    DuplicateFinder m_finder;
    ProblemFinder m_problemFinder;
    FieldProblemLines m_problemLines;
    QLineEdit *m_first = nullptr, *m_last = nullptr, *m_email = nullptr, *m_phone = nullptr,
              *m_organization = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_duplicates = nullptr;
    QPushButton *m_add = nullptr, *m_useExisting = nullptr;
    std::vector<DuplicateCandidate> m_candidates;
    bool m_warned = false;
    std::optional<qint64> m_existing;
};

} // namespace vms
