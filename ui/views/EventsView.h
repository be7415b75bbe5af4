#pragma once

#include "ui/UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace vms {

class RecordTableModel;

// One event: details with times in the display zone, and its roster summary.
class EventPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPage)

public:
    explicit EventPage(const UiContext& context, QWidget* parent = nullptr);
    ~EventPage() override;
    bool open(qint64 localId);

Q_SIGNALS:
    void backRequested();
    void volunteerRequested(qint64 localId);

private:
    UiContext m_context;
    QLabel* m_name = nullptr;
    QLabel* m_when = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_roster = nullptr;
};

// The Events area: a list filtered by school year, type, status, district and school (and text), and
// the event page.
class EventsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsView)

public:
    explicit EventsView(const UiContext& context, QWidget* parent = nullptr);
    ~EventsView() override;

    RecordTableModel* model() const { return m_model; }
    bool isLoaded() const { return m_loaded; }
    void reload();
    void openEvent(qint64 localId);
    void showList();
    void saveState() const;

Q_SIGNALS:
    void loaded();
    void volunteerRequested(qint64 localId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilters();
    void fillChoices();
    void scrollToNow();

    UiContext m_context;
    RecordTableModel* m_model = nullptr;
    bool m_loaded = false;
    bool m_loading = false;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_school = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    EventPage* m_page = nullptr;
};

} // namespace vms
