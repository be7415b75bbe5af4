#pragma once

#include "ui/UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace vms {

class RecordTableModel;
class VolunteerPage;

// The Volunteers area: a list that filters as you type and by status, organization, skill and
// last-volunteered date, and the page of one volunteer. The list keeps compact rows in memory
// (RecordTableModel) so a keystroke over 126,000 volunteers costs milliseconds, not a query.
class VolunteersView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteersView)

public:
    VolunteersView(const UiContext& context, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~VolunteersView() override;

    // Re-reads the list from the cache on a worker thread, keeping the filters and the row the user was on;
    // loaded() follows.
    void reload();
    // The cache changed: the list and the volunteer on screen show it. A volunteer being edited is left
    // alone: what the user is typing is never replaced.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    RecordTableModel* model() const { return m_model; }
    VolunteerPage* page() const { return m_page; }
    void openVolunteer(qint64 localId);
    void showList();
    void focusFilter();
    void addVolunteer();
    // A sign-in, sign-out or new role: Add and the volunteer page follow at once.
    void setSession(const Session& session);
    void saveState() const;

Q_SIGNALS:
    void loaded();
    // A volunteer was added or edited here (the window tells the other pages).
    void volunteersChanged();
    void organizationRequested(qint64 localId);
    void eventRequested(qint64 localId);

private:
    void buildUi();
    void applyFilters(bool textOnlyNarrowed);
    void updateCount();
    void refreshRow(qint64 localId);

    UiContext m_context;
    QUndoStack* m_undoStack;
    RecordTableModel* m_model = nullptr;
    bool m_loaded = false;
    QString m_lastText;

    QStackedWidget* m_stack = nullptr;     // list or one volunteer
    QStackedWidget* m_listStack = nullptr; // table, empty state, or loading
    QLineEdit* m_filter = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_organization = nullptr;
    QComboBox* m_skill = nullptr;
    QComboBox* m_lastVolunteered = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_noMatch = nullptr;
    QTableView* m_table = nullptr;
    VolunteerPage* m_page = nullptr;
};

} // namespace vms
