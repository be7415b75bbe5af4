#pragma once

#include "ui/UiContext.h"

#include <QMainWindow>
#include <QSet>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSettings;
class QTimeZone;
class QTimer;
class QUndoStack;

namespace vms {

class AuthManager;
class MessageBoxPrompter;
class AdminView;
class AttendanceView;
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

    enum class Page { Home, Volunteers, Organizations, Events, Calendar, Attendance, Reports, Admin };
    void showPage(Page page);
    // By the page's lower-case name ("volunteers"), or one record's page by its local id ("volunteer:12",
    // "organization:3", "event:7", for screenshots), or the Reports page on one report
    // ("report:district-year-end"), or the Admin page on one tab ("admin:audit"); false when there is no
    // such page.
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
    // The Admin page (Admins only: hidden, not merely disabled, for everyone else); null without a cache.
    AdminView* adminView() const { return m_admin; }
    GlobalSearch* globalSearch() const { return m_search; }

    // Switches to the record's page and opens it.
    void openVolunteer(qint64 localId);
    void openOrganization(qint64 localId);
    void openEvent(qint64 localId);

    // Edit ▸ Settings…: opens the settings dialog (window-modal; never two at once).
    void openSettings();
    AttendanceView* attendanceView() const { return m_attendance; }

    // The same as notifyDataChanged(), from a page that already shows its own change (attendance marks,
    // a volunteer's edit): that page is not read again, every other one is.
    void notifyDataChangedFrom(QWidget* page);

public Q_SLOTS:
    // The one place that tells the pages the cache changed (a sync finished, a change was made here):
    // the page on screen shows the new data at once, every other page when it is next shown, so a page
    // that shows data always follows the data. Any new source of changes is one connect to this slot.
    void notifyDataChanged();

    // Who is signed in now (the composition root calls this at every sign-in, sign-out and role change):
    // every view's actions, the role-only parts and the status bar follow at once, without a restart.
    void setSession(const Session& session);
    const Session& session() const { return m_context.session; }
    // From now on, every sign-in, sign-out (also one the org forces by revoking) and role change that
    // `auth` reports reaches setSession() at once.
    void follow(AuthManager& auth);

Q_SIGNALS:
    // The Settings dialog saved a new sync interval (0 = off); the composition root owns the sync.
    void syncIntervalChanged(int minutes);
    // File ▸ Remove This Computer's Data… (Admins only): the composition root, which owns the sign-in and
    // the cache, asks and does it.
    void removeLocalDataRequested();
    // The Admin page's full resync and its cancel; the composition root owns the sync.
    void fullResyncRequested();
    void syncCancelRequested();
    // A page needs a sync now ("Get ready for offline": every roster the picked events need).
    void syncNowRequested();
    // The Admin page scheduled a restore (Backup::scheduleRestore): the program closes, its next start
    // restores.
    void quitForRestoreRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildUi();
    void buildToolBar();
    void connectViews();
    void saveState();
    void showInDisplayTimeZone(const QTimeZone& zone);
    void showSessionInStatusBar();
    void refreshCurrentPage();
    void refreshPage(QWidget* page);
    // Edit ▸ Edit this record (Ctrl+E): the volunteer on screen, or a status-bar word on why not.
    void editCurrentRecord();
    // Help ▸ User Guide / Working offline (a HelpDialog::Topic).
    void openHelp(int topic);
    QWidget* makeEmptyPage(const QString& objectName, const QString& title, const QString& hint);

    QWidget* makePage(const QString& objectName, const QString& title, const QString& hint);

    UiContext m_context;
    QSettings& m_settings;
    std::unique_ptr<MessageBoxPrompter> m_defaultPrompter;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    QUndoStack* m_undoStack = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QLabel* m_signedIn = nullptr;
    VolunteersView* m_volunteers = nullptr;
    OrganizationsView* m_organizations = nullptr;
    EventsView* m_events = nullptr;
    CalendarView* m_calendar = nullptr;
    HomeView* m_home = nullptr;
    AttendanceView* m_attendance = nullptr;
    ReportsView* m_reports = nullptr;
    AdminView* m_admin = nullptr;
    QAction* m_goAdmin = nullptr;
    GlobalSearch* m_search = nullptr;
    QAction* m_newVolunteer = nullptr;
    QAction* m_removeLocalData = nullptr;
    // Pages whose data changed since they were last shown (see notifyDataChanged).
    QSet<QWidget*> m_stalePages;
    QTimer* m_refreshSoon = nullptr;
};

} // namespace vms
