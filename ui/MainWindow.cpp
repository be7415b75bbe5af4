#include "ui/MainWindow.h"

#include "core/auth/AuthManager.h"
#include "core/common/PlainText.h"
#include "core/profile/DisplayTime.h"
#include "ui/about/AboutDialog.h"
#include "ui/admin/AdminView.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/help/HelpDialog.h"
#include "ui/reports/ReportsView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/RecruitPanel.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/GlobalSearch.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vms {

namespace {
constexpr char kGeometryKey[] = "mainWindow/geometry";
constexpr char kStateKey[] = "mainWindow/state";
constexpr char kSplitterKey[] = "mainWindow/splitter";
} // namespace

MainWindow::MainWindow(QSettings& settings, QWidget* parent)
    : MainWindow(UiContext{nullptr, {}, nullptr, &settings, nullptr}, parent) {}

MainWindow::MainWindow(const UiContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(*context.settings) {
    if (!m_context.prompter) {
        m_defaultPrompter = std::make_unique<MessageBoxPrompter>();
        m_context.prompter = m_defaultPrompter.get();
    }
    m_undoStack = new QUndoStack(this);
    // Changes often come in bursts (a sync, a row of marks): the page on screen reads the cache once.
    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &MainWindow::refreshCurrentPage);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VMS — Volunteer Management"));
    buildUi();
    if (!restoreGeometry(m_settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1200, 800);
    restoreState(m_settings.value(QLatin1String(kStateKey)).toByteArray());
}

MainWindow::~MainWindow() {
    // The undo stack is a child: ~QWidget deletes it after this object stopped being a MainWindow, and its
    // clear() still emits canUndoChanged. Nothing of this window may answer that signal any more.
    m_undoStack->disconnect(this);
}

QWidget* MainWindow::makeEmptyPage(const QString& objectName, const QString& title, const QString& hint) {
    auto* page = new QWidget;
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(title);
    heading->setObjectName(objectName + QStringLiteral("Title"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    auto* text = new QLabel(hint);
    text->setObjectName(objectName + QStringLiteral("EmptyState"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);
    layout->addStretch(1);
    layout->addWidget(text);
    layout->addStretch(2);
    return page;
}

QWidget* MainWindow::makePage(const QString& objectName, const QString& title, const QString& hint) {
    // Real views need the cache; without one every page is its empty placeholder.
    if (m_context.database) {
        if (objectName == u"homePage" && m_context.clock) {
            m_home = new HomeView(m_context);
            return m_home;
        }
        if (objectName == u"volunteersPage" && m_context.clock) {
            m_volunteers = new VolunteersView(m_context, m_undoStack);
            return m_volunteers;
        }
        if (objectName == u"organizationsPage") {
            m_organizations = new OrganizationsView(m_context, m_undoStack);
            return m_organizations;
        }
        if (objectName == u"eventsPage" && m_context.clock) {
            m_events = new EventsView(m_context, m_undoStack);
            return m_events;
        }
        if (objectName == u"calendarPage" && m_context.clock) {
            m_calendar = new CalendarView(m_context, m_undoStack);
            return m_calendar;
        }
        if (objectName == u"attendancePage" && m_context.clock) {
            m_attendance = new AttendanceView(m_context.database, *m_context.clock, m_undoStack);
            m_attendance->setObjectName(objectName);
            m_attendance->setSession(m_context.session);
            m_attendance->setPrompter(m_context.prompter);
            if (m_context.mapping)
                m_attendance->setOrgMapping(*m_context.mapping);
            return m_attendance;
        }
        if (objectName == u"reportsPage") {
            m_reports = new ReportsView(m_context);
            return m_reports;
        }
        if (objectName == u"adminPage") {
            m_admin = new AdminView(m_context);
            return m_admin;
        }
    }
    return makeEmptyPage(objectName, title, hint);
}

void MainWindow::buildUi() {
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("navigationSidebar"));
    m_sidebar->setAccessibleName(tr("Navigation"));
    m_sidebar->setMaximumWidth(220);
    m_pages = new QStackedWidget(splitter);
    m_pages->setObjectName(QStringLiteral("pages"));

    const QString emptyHint = tr("Nothing here yet. Sign in and sync to fill your local cache.");
    const struct {
        const char* object;
        QString label;
    } pages[] = {
        {"homePage", tr("Home")},
        {"volunteersPage", tr("Volunteers")},
        {"organizationsPage", tr("Organizations")},
        {"eventsPage", tr("Events")},
        {"calendarPage", tr("Calendar")},
        {"attendancePage", tr("Attendance")},
        {"reportsPage", tr("Reports")},
        {"adminPage", tr("Admin")},
    };
    for (const auto& p : pages) {
        const QString object = QString::fromLatin1(p.object);
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(object.chopped(4))),
                                         p.label, m_sidebar);
        item->setData(Qt::AccessibleTextRole, p.label);
        m_pages->addWidget(makePage(object, p.label, emptyHint));
    }
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setSpacing(2);
    m_sidebar->setMinimumWidth(170);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::refreshCurrentPage);
    m_sidebar->setCurrentRow(0);
    splitter->setStretchFactor(1, 1);
    // The sidebar keeps its width; the page takes the rest (unless the user moved the handle before).
    splitter->setCollapsible(0, false);
    splitter->setSizes({190, 1000});
    splitter->restoreState(m_settings.value(QLatin1String(kSplitterKey)).toByteArray());
    setCentralWidget(splitter);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    // For a laptop that changes hands or is lost: the cache, logs, backups and the keychain entry go.
    m_removeLocalData =
        fileMenu->addAction(tr("&Remove This Computer's Data…"), this, &MainWindow::removeLocalDataRequested);
    m_removeLocalData->setObjectName(QStringLiteral("removeLocalDataAction"));
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    QAction* redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    // Greyed out with nothing to undo: the hint says so rather than leaving the user to guess.
    const auto explainUndo = [undo, redo, this] {
        undo->setStatusTip(m_undoStack->canUndo() ? QString() : tr("Nothing to undo yet"));
        undo->setToolTip(m_undoStack->canUndo() ? undo->text() : tr("Nothing to undo yet"));
        redo->setStatusTip(m_undoStack->canRedo() ? QString() : tr("Nothing to redo"));
        redo->setToolTip(m_undoStack->canRedo() ? redo->text() : tr("Nothing to redo"));
    };
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, explainUndo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, explainUndo);
    explainUndo();
    editMenu->addSeparator();
    // Ctrl+E edits what is on screen where it can be edited, and otherwise says why not in the status bar
    // (a key that silently does nothing looks broken).
    auto* editRecord = editMenu->addAction(tr("&Edit this record"), this, &MainWindow::editCurrentRecord);
    editRecord->setObjectName(QStringLiteral("editRecordAction"));
    editRecord->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editRecord->setStatusTip(tr("Edit the volunteer on screen (Coordinators and Admins)"));
    editMenu->addSeparator();
    auto* settings = editMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    // Ctrl+, as in most desktop programs; the platform's own Preferences key where it has one.
    QList<QKeySequence> settingsKeys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Preferences))
        if (!settingsKeys.contains(key))
            settingsKeys << key;
    settings->setShortcuts(settingsKeys);
    settings->setMenuRole(QAction::PreferencesRole); // macOS moves it to the application menu

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto* a =
            goMenu->addAction(m_sidebar->item(i)->text(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        if (i == static_cast<int>(Page::Admin))
            m_goAdmin = a; // shown to Admins only (setSession)
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    auto* guide = helpMenu->addAction(tr("&User Guide"), this,
                                      [this] { openHelp(static_cast<int>(HelpDialog::Topic::UserGuide)); });
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("The guide for Users, Coordinators and Admins, on this computer"));
    auto* offline = helpMenu->addAction(tr("Working &offline"), this, [this] {
        openHelp(static_cast<int>(HelpDialog::Topic::WorkingOffline));
    });
    offline->setObjectName(QStringLiteral("workingOfflineAction"));
    offline->setStatusTip(tr("What works without a network, and how to get ready"));
    helpMenu->addSeparator();
    auto* about = helpMenu->addAction(tr("&About VMS"), this, [this] {
        // open(), not exec(): window-modal without a nested event loop. Never two at once.
        if (auto* open = findChild<AboutDialog*>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole); // macOS moves it to the application menu
    auto* aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    // Who is signed in stays in sight: a widget of its own, not a message that a menu's hint would
    // replace for good (setSession keeps it current).
    m_signedIn = new QLabel;
    m_signedIn->setObjectName(QStringLiteral("signedInLabel"));
    m_signedIn->setTextFormat(Qt::PlainText);
    m_signedIn->setMinimumWidth(0);
    m_signedIn->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    statusBar()->addWidget(m_signedIn, 1);
    m_syncStatus = new SyncStatusWidget(statusBar());
    statusBar()->addPermanentWidget(m_syncStatus);
    buildToolBar();
    connectViews();
    setSession(m_context.session);
}

void MainWindow::buildToolBar() {
    if (!m_context.database)
        return;
    auto* bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    m_search = new GlobalSearch(m_context, bar);
    m_search->setMaximumWidth(520);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_search);
    // Ctrl+K (as in most modern desktop apps) and the platform's Find both focus the search.
    auto* find = new QAction(tr("&Search…"), this);
    find->setObjectName(QStringLiteral("globalSearchAction"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);
    // A page with its own Find (Attendance: back to the name field) takes Ctrl+F while it is shown: two
    // actions on one key make Qt treat it as ambiguous and fire neither.
    const auto updateFindKeys = [this, find] {
        const QWidget* page = m_pages->currentWidget();
        const bool pageFinds = page && page->findChild<QAction*>(QStringLiteral("focusSearchAction"));
        QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::Key_K)};
        if (!pageFinds)
            keys.append(QKeySequence(QKeySequence::Find));
        find->setShortcuts(keys);
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, updateFindKeys);
    updateFindKeys();
    for (QAction* a : menuBar()->actions())
        if (a->menu() && a->text() == tr("&Edit")) {
            a->menu()->addSeparator();
            a->menu()->addAction(find);
        }
    connect(m_search, &GlobalSearch::recordRequested, this, [this](int kind, qint64 id) {
        switch (static_cast<GlobalSearch::Kind>(kind)) {
        case GlobalSearch::Kind::Volunteer:
            openVolunteer(id);
            break;
        case GlobalSearch::Kind::Organization:
            openOrganization(id);
            break;
        case GlobalSearch::Kind::Event:
            openEvent(id);
            break;
        }
    });
    if (m_volunteers) {
        auto* add = new QAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New volunteer…"), this);
        add->setObjectName(QStringLiteral("newVolunteerAction"));
        add->setShortcut(QKeySequence::New);
        m_newVolunteer = add; // enabled by role in setSession
        connect(add, &QAction::triggered, this, [this] {
            showPage(Page::Volunteers);
            m_volunteers->addVolunteer();
        });
        for (QAction* a : menuBar()->actions())
            if (a->menu() && a->text() == tr("&File"))
                a->menu()->insertAction(a->menu()->actions().value(0), add);
    }
}

void MainWindow::connectViews() {
    if (m_volunteers) {
        connect(m_volunteers, &VolunteersView::organizationRequested, this, &MainWindow::openOrganization);
        connect(m_volunteers, &VolunteersView::eventRequested, this, &MainWindow::openEvent);
    }
    if (m_organizations) {
        connect(m_organizations, &OrganizationsView::volunteerRequested, this, &MainWindow::openVolunteer);
        connect(m_organizations, &OrganizationsView::eventRequested, this, &MainWindow::openEvent);
    }
    if (m_events)
        connect(m_events, &EventsView::volunteerRequested, this, &MainWindow::openVolunteer);
    if (m_calendar)
        connect(m_calendar, &CalendarView::eventRequested, this, &MainWindow::openEvent);
    if (m_home)
        connect(m_home, &HomeView::eventRequested, this, &MainWindow::openEvent);
    // A report row opens what it counts (reports.md).
    if (m_reports) {
        connect(m_reports, &ReportsView::volunteerRequested, this, &MainWindow::openVolunteer);
        connect(m_reports, &ReportsView::organizationRequested, this, &MainWindow::openOrganization);
        connect(m_reports, &ReportsView::eventRequested, this, &MainWindow::openEvent);
    }
    // The Admin page asks for what the composition root owns (the sync, the removal, a restore's close);
    // its problems button opens the same dialog as the status bar's.
    if (m_admin) {
        connect(m_admin, &AdminView::problemsRequested, m_syncStatus, &SyncStatusWidget::problemsRequested);
        connect(m_admin, &AdminView::fullResyncRequested, this, &MainWindow::fullResyncRequested);
        connect(m_admin, &AdminView::syncCancelRequested, this, &MainWindow::syncCancelRequested);
        connect(m_admin, &AdminView::removeLocalDataRequested, this, &MainWindow::removeLocalDataRequested);
        connect(m_admin, &AdminView::quitForRestoreRequested, this, &MainWindow::quitForRestoreRequested);
    }
    // Changes made here: the page that made them shows them already; the others follow.
    if (m_volunteers)
        connect(m_volunteers, &VolunteersView::volunteersChanged, this,
                [this] { notifyDataChangedFrom(m_volunteers); });
    if (m_attendance) {
        connect(m_attendance, &AttendanceView::marksShown, this,
                [this] { notifyDataChangedFrom(m_attendance); });
        connect(m_attendance, &AttendanceView::prefetchRequested, this, &MainWindow::syncNowRequested);
    }
}

void MainWindow::notifyDataChanged() {
    notifyDataChangedFrom(nullptr);
}

void MainWindow::notifyDataChangedFrom(QWidget* page) {
    for (int i = 0; i < m_pages->count(); ++i)
        if (m_pages->widget(i) != page)
            m_stalePages.insert(m_pages->widget(i));
    m_refreshSoon->start();
}

void MainWindow::refreshCurrentPage() {
    QWidget* page = m_pages->currentWidget();
    if (page && m_stalePages.remove(page))
        refreshPage(page);
}

void MainWindow::refreshPage(QWidget* page) {
    if (page == m_home)
        m_home->reload();
    else if (page == m_volunteers)
        m_volunteers->refresh();
    else if (page == m_organizations)
        m_organizations->refresh();
    else if (page == m_events)
        m_events->refresh();
    else if (page == m_calendar)
        m_calendar->reload();
    else if (page == m_attendance)
        m_attendance->refresh();
    else if (page == m_reports)
        m_reports->refresh();
    else if (page == m_admin)
        m_admin->refresh();
}

void MainWindow::editCurrentRecord() {
    QString why;
    if (m_volunteers && m_pages->currentWidget() == m_volunteers && m_volunteers->page()->isVisible()) {
        VolunteerPage* page = m_volunteers->page();
        if (page->isEditing())
            why = tr("Already editing: Ctrl+S saves, Esc cancels.");
        else if (!roleAllows(m_context.session.role, Permission::WriteRecords))
            why = refusalReason(m_context.session.role, Permission::WriteRecords);
        else {
            page->startEditing();
            return;
        }
    } else {
        why = tr("Nothing on this page can be edited here. Open a volunteer to edit their contact details.");
    }
    statusBar()->showMessage(why, 8000);
}

void MainWindow::openHelp(int topic) {
    const auto which = static_cast<HelpDialog::Topic>(topic);
    // Never two of one kind at once; open(), not exec(): window-modal without a nested event loop.
    for (auto* open : findChildren<HelpDialog*>())
        if (open->objectName() ==
            (which == HelpDialog::Topic::UserGuide ? u"userGuideDialog" : u"workingOfflineDialog")) {
            open->raise();
            open->activateWindow();
            return;
        }
    auto* dialog = new HelpDialog(which, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openVolunteer(qint64 localId) {
    if (!m_volunteers)
        return;
    showPage(Page::Volunteers);
    m_volunteers->openVolunteer(localId);
}

void MainWindow::openOrganization(qint64 localId) {
    if (!m_organizations)
        return;
    showPage(Page::Organizations);
    m_organizations->openOrganization(localId);
}

void MainWindow::openEvent(qint64 localId) {
    if (!m_events)
        return;
    showPage(Page::Events);
    m_events->openEvent(localId);
}

void MainWindow::openSettings() {
    // open(), not exec(): window-modal without a nested event loop. Never two at once.
    if (auto* open = findChild<SettingsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    // The role cached now, not at start: someone may have signed in since.
    const Session cached = m_context.database ? Session::loadCached(*m_context.database) : m_context.session;
    auto* dialog = new SettingsDialog(m_settings, cached, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::displayTimeZoneChanged, this, &MainWindow::showInDisplayTimeZone);
    connect(dialog, &SettingsDialog::syncIntervalChanged, this, &MainWindow::syncIntervalChanged);
    dialog->open();
}

void MainWindow::showInDisplayTimeZone(const QTimeZone& zone) {
    DisplayTime::setZone(zone);
    // Every page shows times: each is drawn again (the report's period bounds and "data as of" too).
    notifyDataChanged();
    // The attendance event picker's texts are not data the page re-reads on a change.
    if (m_attendance)
        m_attendance->reloadEvents();
}

void MainWindow::setSession(const Session& session) {
    m_context.session = session;
    showSessionInStatusBar();
    if (m_newVolunteer) {
        const bool mayWrite = session.allows(Permission::WriteRecords);
        m_newVolunteer->setEnabled(mayWrite);
        m_newVolunteer->setToolTip(mayWrite ? tr("Add a volunteer")
                                            : session.refusalReason(Permission::WriteRecords));
        m_newVolunteer->setStatusTip(m_newVolunteer->toolTip());
    }
    // An Admin's action and page: shown to Admins only, like the settings only they may change. A page on
    // screen that the new role may not see gives way to Home.
    const bool admin = m_context.database && session.allows(Permission::Administer);
    m_removeLocalData->setVisible(admin);
    m_sidebar->item(static_cast<int>(Page::Admin))->setHidden(!admin);
    if (m_goAdmin)
        m_goAdmin->setVisible(admin);
    if (!admin && m_sidebar->currentRow() == static_cast<int>(Page::Admin))
        showPage(Page::Home);
    if (m_admin)
        m_admin->setSession(session);
    if (m_home)
        m_home->setSession(session);
    if (m_volunteers)
        m_volunteers->setSession(session);
    if (m_attendance)
        m_attendance->setSession(session);
    if (m_reports)
        m_reports->setSession(session);
}

void MainWindow::follow(AuthManager& auth) {
    const auto update = [this, &auth] {
        setSession(auth.session());
    };
    connect(&auth, &AuthManager::signedIn, this, update);
    connect(&auth, &AuthManager::signedOut, this, update);
    connect(&auth, &AuthManager::roleChanged, this, update);
    update();
}

void MainWindow::showSessionInStatusBar() {
    const Session& s = m_context.session;
    m_signedIn->setText(s.signedIn ? tr("Signed in as %1 (%2)").arg(s.userName, roleDisplayName(s.role))
                                   : tr("Not signed in"));
    m_signedIn->setToolTip(PlainText::toolTip(m_signedIn->text())); // the user's name comes from the org
}

void MainWindow::showPage(Page page) {
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

bool MainWindow::showPageNamed(const QString& name) {
    if (const qsizetype colon = name.indexOf(u':'); colon > 0) {
        const QString kind = name.left(colon).toLower();
        // "report:district-year-end": the Reports page on one report.
        if (kind == u"report") {
            if (!m_reports)
                return false;
            showPage(Page::Reports);
            return m_reports->selectReport(name.mid(colon + 1));
        }
        // "admin:audit": the Admin page on one of its tabs.
        if (kind == u"admin") {
            if (!m_admin)
                return false;
            showPage(Page::Admin);
            return m_admin->showTab(name.mid(colon + 1));
        }
        bool ok = false;
        const qint64 id = name.mid(colon + 1).toLongLong(&ok);
        if (!ok)
            return false;
        if (kind == u"volunteer")
            openVolunteer(id);
        else if (kind == u"organization")
            openOrganization(id);
        else if (kind == u"event")
            openEvent(id);
        else if (kind == u"recruit") { // the event's page with its Recruit panel open over it
            openEvent(id);
            RecruitPanel::open(m_context, id, this);
        } else
            return false;
        return true;
    }
    const QString wanted = name.toLower() + QStringLiteral("Page");
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName().toLower() == wanted.toLower()) {
            m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::saveState() {
    m_settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    m_settings.setValue(QLatin1String(kStateKey), QMainWindow::saveState());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        m_settings.setValue(QLatin1String(kSplitterKey), splitter->saveState());
    if (m_volunteers)
        m_volunteers->saveState();
    if (m_organizations)
        m_organizations->saveState();
    if (m_events)
        m_events->saveState();
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveState();
    event->accept();
}

void MainWindow::setAccountWidget(QWidget* widget) {
    // At the far end of the search tool bar: a menu bar's accessible children are its menus only, so in
    // the menu bar's corner the account menu was invisible to screen readers. Without a cache there is
    // no tool bar, and the corner is used.
    if (auto* bar = findChild<QToolBar*>(QStringLiteral("searchToolBar"))) {
        bar->addWidget(widget);
        return;
    }
    menuBar()->setCornerWidget(widget, Qt::TopRightCorner);
}

} // namespace vms
