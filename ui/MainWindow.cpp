#include "MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace vms {

namespace {
constexpr char kGeometryKey[] = "mainWindow/geometry";
constexpr char kStateKey[] = "mainWindow/state";
constexpr char kSplitterKey[] = "mainWindow/splitter";
} // namespace

MainWindow::MainWindow(QSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings) {
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
        m_sidebar->addItem(p.label);
        m_pages->addWidget(makeEmptyPage(QString::fromLatin1(p.object), p.label, emptyHint));
    }
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_sidebar->setCurrentRow(0);
    splitter->setStretchFactor(1, 1);
    splitter->restoreState(m_settings.value(QLatin1String(kSplitterKey)).toByteArray());
    setCentralWidget(splitter);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    auto* goMenu = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        auto* a =
            goMenu->addAction(m_sidebar->item(i)->text(), this, [this, i] { m_sidebar->setCurrentRow(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }
    statusBar()->showMessage(tr("Not signed in"));
}

void MainWindow::showPage(Page page) {
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

bool MainWindow::showPageNamed(const QString& name) {
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
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveState();
    event->accept();
}

} // namespace vms
