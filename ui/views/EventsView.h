#pragma once

#include "ui/views/RecordListView.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QPushButton;
class QUndoStack;

namespace vms {

class EventPlanner;

// One event: details with times in the display zone, and its roster summary; edit, duplicate, publish,
// confirm and cancel it (EventPlanner), the org's refusal of its last change shown on top.
class EventPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPage)

public:
    EventPage(const UiContext& context, EventPlanner* planner, QWidget* parent = nullptr);
    ~EventPage() override;
    bool open(qint64 localId);
    qint64 eventId() const { return m_id; }

Q_SIGNALS:
    void backRequested();
    void volunteerRequested(qint64 localId);

private:
    UiContext m_context;
    EventPlanner* m_planner;
    qint64 m_id = 0;
    QLabel* m_refusal = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancelEvent = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_roster = nullptr;
};

// The Events area: a list filtered by when (upcoming, a school year, a date range), type, status,
// district and school (and text), and the event page. The filters survive a reload (after a sync).
class EventsView final : public RecordListView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsView)

public:
    // `undoStack`: the window's, where planning changes go (Ctrl+Z); may be null.
    explicit EventsView(const UiContext& context, QUndoStack* undoStack = nullptr, QWidget* parent = nullptr);
    ~EventsView() override;

    EventPlanner* planner() const { return m_planner; }
    // The cache changed: the list (once loaded) and the event on screen show it, keeping the filters and
    // the row the user was on.
    void refresh();
    void openEvent(qint64 localId);

Q_SIGNALS:
    void volunteerRequested(qint64 localId);

protected:
    void applyFilters() override;
    void openRecord(qint64 localId) override { openEvent(localId); }
    void fillChoices(const QStringList& choices) override;
    // The first load opens the list at the event nearest to now.
    bool positionFirstLoad() override;
    QString emptyText() const override;

private:
    void fillSchools();

    EventPlanner* m_planner = nullptr;
    QComboBox* m_when = nullptr; // upcoming, a school year, all dates, a date range
    bool m_whenChosen = false;   // the user picked one (else the current school year is kept chosen)
    QWidget* m_range = nullptr;  // the from/to dates, shown for "Date range…"
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_school = nullptr;
    EventPage* m_page = nullptr;
};

} // namespace vms
