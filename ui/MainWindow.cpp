#include "ui/MainWindow.h"

#include "core/db/Database.h"
#include "core/models/DisplayTime.h"
#include "ui/about/AboutDialog.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/reports/ReportsView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
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
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("VMS — Volunteer Management"));
    buildUi();
    if (!restoreGeometry(m_settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1200, 800);
    restoreState(m_settings.value(QLatin1String(kStateKey)).toByteArray());
}

MainWindow::~MainWindow() = default;

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
            m_organizations = new OrganizationsView(m_context);
            return m_organizations;
        }
        if (objectName == u"eventsPage" && m_context.clock) {
            m_events = new EventsView(m_context);
            return m_events;
        }
        if (objectName == u"calendarPage" && m_context.clock) {
            m_calendar = new CalendarView(m_context);
            return m_calendar;
        }
        if (objectName == u"attendancePage" && m_context.clock) {
            auto* attendance = new AttendanceView(m_context.database, *m_context.clock, m_undoStack);
            attendance->setObjectName(objectName);
            attendance->setSession(m_context.session);
            return attendance;
        }
        if (objectName == u"reportsPage") {
            m_reports = new ReportsView(m_context);
            return m_reports;
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
    m_sidebar->setCurrentRow(0);
    splitter->setStretchFactor(1, 1);
    // The sidebar keeps its width; the page takes the rest (unless the user moved the handle before).
    splitter->setCollapsible(0, false);
    splitter->setSizes({190, 1000});
    splitter->restoreState(m_settings.value(QLatin1String(kSplitterKey)).toByteArray());
    setCentralWidget(splitter);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
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
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
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
    statusBar()->showMessage(m_context.session.signedIn ? tr("Signed in as %1 (%2)")
                                                              .arg(m_context.session.userName,
                                                                   roleDisplayName(m_context.session.role))
                                                        : tr("Not signed in"));
    m_syncStatus = new SyncStatusWidget(statusBar());
    statusBar()->addPermanentWidget(m_syncStatus);
    buildToolBar();
    connectViews();
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
        const bool mayWrite = roleAllows(m_context.session.role, Permission::WriteRecords);
        add->setEnabled(mayWrite);
        add->setToolTip(mayWrite ? tr("Add a volunteer")
                                 : refusalReason(m_context.session.role, Permission::WriteRecords));
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
    const Session cached =
        m_context.database ? Session::loadCached(m_context.database->connection()) : m_context.session;
    auto* dialog = new SettingsDialog(m_settings, cached, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::displayTimeZoneChanged, this, &MainWindow::showInDisplayTimeZone);
    connect(dialog, &SettingsDialog::syncIntervalChanged, this, &MainWindow::syncIntervalChanged);
    dialog->open();
}

void MainWindow::showInDisplayTimeZone(const QTimeZone& zone) {
    DisplayTime::setZone(zone);
    reloadViews();
    // These two show times too but are not record lists: the attendance event picker and the report
    // (its period boundaries and "data as of" are in the display zone).
    if (auto* attendance = findChild<AttendanceView*>())
        attendance->reloadEvents();
    if (m_reports)
        m_reports->refresh();
}

void MainWindow::reloadViews() {
    if (m_home)
        m_home->reload();
    if (m_volunteers)
        m_volunteers->reload();
    if (m_organizations)
        m_organizations->reload();
    if (m_events)
        m_events->reload();
    if (m_calendar)
        m_calendar->reload();
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
        else
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
