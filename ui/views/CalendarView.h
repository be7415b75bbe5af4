#pragma once

#include "ui/UiContext.h"

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QUndoStack;

namespace vms {

class CalendarModel;
class EventPlanner;

// Paints a day's events as chips: a status colour bar, the status glyph, the start time and the name.
class CalendarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarDelegate)

public:
    explicit CalendarDelegate(QObject* parent = nullptr);
    ~CalendarDelegate() override;

    // Where the i-th chip of a day cell is drawn, or an empty rect when it does not fit.
    static QRect chipRect(const QRect& cell, const QFontMetrics& metrics, int i);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

Q_SIGNALS:
    void eventClicked(qint64 eventId);
};

// Month and week views of the events, coloured by status with a legend; a click on an event (or Enter
// in the day's agenda list) opens it. Coordinators plan here too: a double click on a day (or New event
// with a day selected) creates an event on it, and an event dragged to another day moves there once the
// user confirms (EventPlanner).
class CalendarView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)

public:
    // `undoStack`: the window's, where planning changes go (Ctrl+Z); may be null.
    explicit CalendarView(const UiContext& context, QUndoStack* undoStack = nullptr,
                          QWidget* parent = nullptr);
    ~CalendarView() override;

    CalendarModel* model() const { return m_model; }
    EventPlanner* planner() const { return m_planner; }
    QTableView* grid() const { return m_grid; }
    // The event whose chip is at this point of the grid's viewport, or 0.
    qint64 eventAt(const QPoint& viewportPos) const;
    void showMonth();
    void showWeek();
    void next();
    void previous();
    void today();
    void reload();

Q_SIGNALS:
    void eventRequested(qint64 eventId);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void step(int direction);
    void updateDayList();

    UiContext m_context;
    EventPlanner* m_planner = nullptr;
    CalendarModel* m_model = nullptr;
    QTableView* m_grid = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_month = nullptr;
    QPushButton* m_week = nullptr;
    QListWidget* m_dayEvents = nullptr;
    QLabel* m_dayTitle = nullptr;
    bool m_loadedOnce = false;
    qint64 m_dragged = 0; // the event whose chip the button went down on
    QPersistentModelIndex m_dragFrom;
};

} // namespace vms
