#include "app/common/AppContext.h"
#include "app/gui/DemoOrg.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/auth/OAuthTokens.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/LogSink.h"
#include "core/db/CacheStats.h"
#include "core/models/DisplayTime.h"
#include "core/profile/ProfileSettings.h"
#include "core/sync/SyncController.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/auth/AccountButton.h"
#include "ui/auth/SignInDialog.h"
#include "ui/reports/ReportsView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/ProblemsDialog.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VMS"));
    QApplication::setApplicationName(QStringLiteral("VMS"));
    QApplication::setApplicationDisplayName(QStringLiteral("VMS"));
    QApplication::setApplicationVersion(QStringLiteral(VMS_VERSION));
    // Before anything builds text, so the options' help and every widget come out translated.
    vms::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "VMS — Volunteer Management System"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QApplication::translate("main", "Profile folder to use."),
                                           QStringLiteral("dir"));
    // For documentation and visual checks: save a picture of the window once it has settled, then quit.
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Save a screenshot and quit."),
                                              QStringLiteral("file.png"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate("main", "Page to open first (home, volunteers, "
                                        "organizations, events, calendar, "
                                        "attendance, reports; settings opens the Settings dialog; "
                                        "volunteer:<id>, organization:<id> or event:<id> one record's page; "
                                        "report:<name> one report)."),
        QStringLiteral("name"));
    // The fake org's demo data on a free loopback port, signed in (as a Coordinator unless --demo-role)
    // and synced.
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Start on the built-in demo org."));
    // For the user guide and role checks: the demo signed in as the fake org's User, Coordinator or Admin.
    const QCommandLineOption demoRoleOption(
        QStringLiteral("demo-role"),
        QApplication::translate("main", "Start on the demo org signed in with this role (user, coordinator, "
                                        "admin; default coordinator)."),
        QStringLiteral("role"));
    parser.addOptions({profileOption, screenshotOption, pageOption, demoOption, demoRoleOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption) || parser.isSet(demoRoleOption);
    vms::Role demoRole = vms::Role::Coordinator;
    if (parser.isSet(demoRoleOption)) {
        const auto role = vms::roleFromName(parser.value(demoRoleOption));
        if (!role) {
            std::fprintf(stderr, "vms: --demo-role must be user, coordinator or admin, not '%s'\n",
                         qPrintable(parser.value(demoRoleOption)));
            return 2;
        }
        demoRole = *role;
    }
    QString profileArg = parser.value(profileOption);
    std::unique_ptr<vms::DemoOrg> demoOrg;
    if (demo) {
        if (profileArg.isEmpty())
            profileArg = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                         QStringLiteral("/demo-profile");
        demoOrg = std::make_unique<vms::DemoOrg>();
        if (vms::Status s = demoOrg->start(); !s) {
            std::fprintf(stderr, "vms: %s\n", qPrintable(s.error().message));
            return 1;
        }
    }

    auto ctx = vms::AppContext::open(profileArg);
    if (!ctx) {
        std::fprintf(stderr, "vms: %s\n", qPrintable(ctx.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "VMS cannot start"),
                              ctx.error().message);
        return 1;
    }
    vms::LogSink::install((*ctx)->profile().logDirectory(), true);
    (*ctx)->startDailyBackup();
    QSettings settings((*ctx)->profile().settingsPath(), QSettings::IniFormat);
    // The profile's settings (issue #9), before any window exists: its language replaces the system's
    // installed above, and every time is shown in its display zone.
    const vms::ProfileSettings profileSettings(settings);
    if (!profileSettings.language().isEmpty())
        vms::installTranslations(profileSettings.language());
    vms::DisplayTime::setZone(profileSettings.displayTimeZone());
    if (demo) {
        // The keychain when there is one; otherwise this run only (never a file).
        vms::AppContext& c = **ctx;
        if (!c.tokenStore().probe())
            c.setTokenStore(std::make_unique<vms::MemoryTokenStore>());
        auto tokens = vms::OAuthTokens::fromJson(demoOrg->signInAs(demoRole), true);
        auto session =
            tokens ? c.auth().completeSignIn(*tokens, QUrl(demoOrg->baseUrl()), QStringLiteral("vms-demo"))
                   : vms::Result<vms::Session>(tokens.error());
        if (!session)
            std::fprintf(stderr, "vms: demo sign-in failed: %s\n", qPrintable(session.error().message));
    }
    const vms::SystemClock clock;
    vms::UiContext ui;
    ui.database = (*ctx)->sharedDatabase();
    // The role last known for this profile; the account menu refreshes it at sign-in.
    ui.session = vms::Session::loadCached((*ctx)->database().connection());
    ui.clock = &clock;
    ui.settings = &settings;
    vms::MainWindow window(ui);
    window.setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Sign-in (issue #4): the account menu, and the sign-in dialog it opens.
    vms::AppContext& context = **ctx;
    (void)context.auth().restore(); // a locked keychain shows up when signing in
    auto* account = new vms::AccountButton(context.auth());
    window.setAccountWidget(account);
    QObject::connect(account, &vms::AccountButton::signInRequested, &window, [&context, &settings, &window] {
        vms::SignInDialog::Hooks hooks;
        hooks.useRunOnlyStore = [&context] {
            context.setTokenStore(std::make_unique<vms::MemoryTokenStore>());
        };
        vms::SignInDialog dialog(context.auth(), &context.network(), settings, hooks, &window);
        dialog.exec();
    });
    // Sync off the GUI thread: at start, on an interval, when the network returns, and on demand.
    vms::SyncController sync(context.sharedDatabase(), context.auth(), context.auth().mapping());
    QString syncText;
    auto showSyncState = [&] {
        auto stats = vms::readCacheStats(context.database().connection());
        if (!stats)
            return;
        window.syncStatus()->setState(sync.online(), sync.busy(), syncText, stats->pendingChanges,
                                      QDateTime::fromString(stats->lastSync, Qt::ISODateWithMs),
                                      stats->openConflicts + stats->syncIssues);
    };
    QObject::connect(&sync, &vms::SyncController::started, &window, [&] {
        syncText = QApplication::translate("main", "Syncing…");
        showSyncState();
    });
    QObject::connect(&sync, &vms::SyncController::progress, &window, [&](const QString& text) {
        syncText = text;
        showSyncState();
    });
    QObject::connect(&sync, &vms::SyncController::finished, &window,
                     [&](bool ok, const QString& message, const vms::SyncSummary&) {
                         syncText = ok ? QString() : message;
                         showSyncState();
                         if (!ok)
                             return;
                         window.reloadViews(); // show what arrived
                         // The report on screen counts what arrived too (its "data as of" moves on).
                         if (auto* reports = window.findChild<vms::ReportsView*>())
                             reports->refresh();
                     });
    QObject::connect(window.syncStatus(), &vms::SyncStatusWidget::syncRequested, &sync,
                     &vms::SyncController::syncNow);
    QObject::connect(&context.auth(), &vms::AuthManager::signedIn, &sync, &vms::SyncController::syncNow);
    if (auto* attendance = window.findChild<vms::AttendanceView*>()) {
        // "Get ready for offline": a sync brings every roster, school and class the picked events need.
        QObject::connect(attendance, &vms::AttendanceView::prefetchRequested, &sync,
                         &vms::SyncController::syncNow);
        // Marks that reached Salesforce stop showing as waiting.
        QObject::connect(&sync, &vms::SyncController::finished, attendance, [attendance](bool ok) {
            if (ok)
                attendance->refresh();
        });
    }
    QObject::connect(window.syncStatus(), &vms::SyncStatusWidget::problemsRequested, &window, [&] {
        vms::ProblemsDialog dialog(context.sharedDatabase(),
                                   vms::Session::loadCached(context.database().connection()), clock, &window);
        QObject::connect(&dialog, &vms::ProblemsDialog::resolved, &sync, &vms::SyncController::syncNow);
        dialog.exec();
        showSyncState();
    });
    sync.setIntervalMinutes(profileSettings.syncIntervalMinutes());
    // A new interval from the Settings dialog applies now, not at the next start.
    QObject::connect(&window, &vms::MainWindow::syncIntervalChanged, &sync,
                     &vms::SyncController::setIntervalMinutes);
    // Local marks change the pending count between syncs.
    QTimer pendingRefresh;
    QObject::connect(&pendingRefresh, &QTimer::timeout, &window, showSyncState);
    pendingRefresh.start(3000);
    showSyncState();
    if (context.auth().hasCredentials())
        QTimer::singleShot(0, &sync, &vms::SyncController::syncNow);

    // "settings" is the Settings dialog over the first page (for its screenshot).
    const bool settingsPage = parser.value(pageOption) == u"settings";
    if (parser.isSet(pageOption) && !settingsPage && !window.showPageNamed(parser.value(pageOption))) {
        std::fprintf(stderr, "vms: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
        return 2;
    }
    window.show();
    if (settingsPage)
        window.openSettings();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            QTimer::singleShot(1500, &window, [&window, file] {
                // The Settings dialog when it is open (a window of its own), else the main window.
                QWidget* pictured = window.findChild<vms::SettingsDialog*>();
                const bool saved = (pictured ? pictured : &window)->grab().save(file);
                if (!saved)
                    std::fprintf(stderr, "vms: cannot write %s\n", qPrintable(file));
                QApplication::exit(saved ? 0 : 1);
            });
        };
        // Signed in: picture the window once the start-up sync has landed.
        if (context.auth().hasCredentials())
            QObject::connect(&sync, &vms::SyncController::finished, &window, shoot, Qt::SingleShotConnection);
        else
            shoot();
    }
    return QApplication::exec();
}
