#pragma once

#include "ui/views/RecordListView.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace vms {

class VolunteerPage;

// The Volunteers area: a list that filters as you type and by status, organization, skill and
// last-volunteered date, and the page of one volunteer. The list keeps compact rows in memory
// (RecordTableModel) so a keystroke over 126,000 volunteers costs milliseconds, not a query.
class VolunteersView final : public RecordListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteersView)

public:
    VolunteersView(const UiContext& context, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~VolunteersView() override;

    // The cache changed: the list and the volunteer on screen show it. A volunteer being edited is left
    // alone: what the user is typing is never replaced.
    void refresh();
    VolunteerPage* page() const { return m_page; }
    void openVolunteer(qint64 localId);
    void focusFilter();
    void addVolunteer();
    // A sign-in, sign-out or new role: Add and the volunteer page follow at once.
    void setSession(const Session& session);

Q_SIGNALS:
    // A volunteer was added or edited here (the window tells the other pages).
    void volunteersChanged();
    void organizationRequested(qint64 localId);
    void eventRequested(qint64 localId);

protected:
    void applyFilters() override { filterRows(false); }
    void openRecord(qint64 localId) override { openVolunteer(localId); }
    void fillChoices(const QStringList& skills) override;
    QString emptyText() const override;

private:
    void buildUi();
    // `textOnlyNarrowed`: only letters were added to the text filter, so only shown rows need a look.
    void filterRows(bool textOnlyNarrowed);
    void refreshRow(qint64 localId);

    QUndoStack* m_undoStack;
    QString m_lastText;

    QComboBox* m_status = nullptr;
    QLineEdit* m_organization = nullptr;
    QComboBox* m_skill = nullptr;
    QComboBox* m_lastVolunteered = nullptr;
    QPushButton* m_add = nullptr;
    VolunteerPage* m_page = nullptr;
};

} // namespace vms
