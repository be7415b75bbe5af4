#pragma once

#include "ui/UiContext.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;
class QSettings;
class QTimeZone;
class QUndoStack;

namespace vms {

class MessageBoxPrompter;
class CalendarView;
class EventsView;
class GlobalSearch;
class HomeView;
class OrganizationsView;
class ReportsView;
class SyncStatusWidget;
class VolunteersView;

// The main window: a navigation sidebar and one page per area. It remembers its size, position and
// layout in the profile's settings.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Without a cache: placeholder pages only (the first run before a profile exists, and tests).
    explicit MainWindow(QSettings& settings, QWidget* parent = nullptr);
    // The real window over a profile's cache. context.settings must be set.
    explicit MainWindow(const UiContext& context, QWidget* parent = nullptr);
    ~MainWindow() override;

    enum class Page { Home, Volunteers, Organizations, Events, Calendar, Attendance, Reports };
    void showPage(Page page);
    // By the page's lower-case name ("volunteers"), or one record's page by its local id ("volunteer:12",
    // "organization:3", "event:7", for screenshots), or the Reports page on one report
    // ("report:district-year-end"); false when there is no such page.
    bool showPageNamed(const QString& name);
    // The account menu (ui/auth/AccountButton), shown at the end of the search tool bar (in the menu
    // bar's corner when there is no cache, so no tool bar); the window owns it.
    void setAccountWidget(QWidget* widget);

    // The sync status area in the status bar; the sync controller calls its setState().
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    QUndoStack* undoStack() const { return m_undoStack; }
    VolunteersView* volunteersView() const { return m_volunteers; }
    OrganizationsView* organizationsView() const { return m_organizations; }
    EventsView* eventsView() const { return m_events; }
    CalendarView* calendarView() const { return m_calendar; }
    HomeView* homeView() const { return m_home; }
    ReportsView* reportsView() const { return m_reports; }
    GlobalSearch* globalSearch() const { return m_search; }

    // Switches to the record's page and opens it.
    void openVolunteer(qint64 localId);
    void openOrganization(qint64 localId);
    void openEvent(qint64 localId);

    // Edit ▸ Settings…: opens the settings dialog (window-modal; never two at once).
    void openSettings();
    // Reloads the record views from the cache (after a sync, or to show times in a new display zone).
    void reloadViews();

Q_SIGNALS:
    // The Settings dialog saved a new sync interval (0 = off); the composition root owns the sync.
    void syncIntervalChanged(int minutes);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildToolBar();
    void connectViews();
    void saveState();
    void showInDisplayTimeZone(const QTimeZone& zone);
    QWidget* makeEmptyPage(const QString& objectName, const QString& title, const QString& hint);

    QWidget* makePage(const QString& objectName, const QString& title, const QString& hint);

    UiContext m_context;
    QSettings& m_settings;
    std::unique_ptr<MessageBoxPrompter> m_defaultPrompter;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QUndoStack* m_undoStack = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    VolunteersView* m_volunteers = nullptr;
    OrganizationsView* m_organizations = nullptr;
    EventsView* m_events = nullptr;
    CalendarView* m_calendar = nullptr;
    HomeView* m_home = nullptr;
    ReportsView* m_reports = nullptr;
    GlobalSearch* m_search = nullptr;
};

} // namespace vms
