#include "app/common/AppContext.h"
#include "app/gui/DemoOrg.h"
#include "app/gui/WindowWiring.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/auth/OAuthTokens.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/LogSink.h"
#include "core/profile/Backup.h"
#include "core/profile/DisplayTime.h"
#include "core/profile/Profile.h"
#include "core/profile/ProfileSettings.h"
#include "core/sync/SyncController.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/auth/LocalDataRemoval.h"
#include "ui/views/EventForm.h"
#include "ui/views/OrganizationForm.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
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
                                        "attendance, reports, admin; settings opens the Settings dialog; "
                                        "volunteer:<id>, organization:<id> or event:<id> one record's page; "
                                        "report:<name> one report; event-form:<id> or organization-form:<id> "
                                        "a record's form, 0 for a new one; "
                                        "recruit:<id> an event's Recruit panel)."),
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
    // For screenshots at the sizes the window is laid out for (1400x900, and 1024x700 at the smallest).
    const QCommandLineOption sizeOption(
        QStringLiteral("size"),
        QApplication::translate("main", "Window size, e.g. 1024x700 (for screenshots)."),
        QStringLiteral("WxH"));
    parser.addOptions({profileOption, screenshotOption, pageOption, demoOption, demoRoleOption, sizeOption});
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
            profileArg = vms::DemoOrg::defaultProfilePath();
        demoOrg = std::make_unique<vms::DemoOrg>();
        if (vms::Status s = demoOrg->start(); !s) {
            std::fprintf(stderr, "vms: %s\n", qPrintable(s.error().message));
            return 1;
        }
    }

    // A restore the Admin page scheduled (Backup::scheduleRestore): done now, before the cache is opened.
    if (auto profile = vms::Profile::openOrCreate(vms::Profile::resolvePath(profileArg)); profile) {
        const QString title = QApplication::translate("main", "Restore a backup");
        if (auto restored = vms::Backup::runScheduledRestore(*profile, vms::SystemClock()); !restored) {
            std::fprintf(stderr, "vms: %s\n", qPrintable(restored.error().message));
            vms::MessageBoxPrompter().error(nullptr, title, restored.error().message);
        } else if (restored->has_value()) {
            const vms::Backup::RestoreReport& r = **restored;
            const QString text =
                QApplication::translate("main", "The local data was restored from %1. Changes waiting to be "
                                                "sent, kept: %2. The data as it was is kept in %3.")
                    .arg(QDir::toNativeSeparators(r.restoredFrom))
                    .arg(r.keptQueuedChanges)
                    .arg(QDir::toNativeSeparators(r.previousCopy));
            std::fprintf(stderr, "vms: %s\n", qPrintable(text));
            QMessageBox::information(nullptr, title, text);
        }
    }
    const bool cacheExisted =
        QFileInfo::exists(vms::Profile::resolvePath(profileArg) + QStringLiteral("/vms.sqlite"));
    auto ctx = vms::AppContext::open(profileArg);
    if (!ctx) {
        std::fprintf(stderr, "vms: %s\n", qPrintable(ctx.error().message));
        vms::MessageBoxPrompter().error(nullptr, QApplication::translate("main", "VMS cannot start"),
                                        ctx.error().message);
        return 1;
    }
    if (demo) {
        if (vms::Status s = vms::DemoOrg::claimProfile((*ctx)->database(), cacheExisted); !s) {
            std::fprintf(stderr, "vms: %s\n", qPrintable(s.error().message));
            return 2;
        }
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
        // The demo's sign-in lives in memory for this run only: never in the keychain, where it could
        // stand beside (or for) a real one.
        vms::AppContext& c = **ctx;
        c.setTokenStore(std::make_unique<vms::MemoryTokenStore>());
        auto tokens = vms::OAuthTokens::fromJson(demoOrg->signInAs(demoRole), true);
        auto session =
            tokens ? c.auth().completeSignIn(*tokens, QUrl(demoOrg->baseUrl()), QStringLiteral("vms-demo"))
                   : vms::Result<vms::Session>(tokens.error());
        if (!session)
            std::fprintf(stderr, "vms: demo sign-in failed: %s\n", qPrintable(session.error().message));
    }
    vms::AppContext& context = **ctx;
    // A locked keychain shows up when signing in. One that answers but holds no sign-in for this profile
    // (deleted outside VMS, or the demo's, which lived in memory) means signed out, whatever the cache says.
    if (auto restored = context.auth().restore(); restored && !restored.value() && !demo)
        (void)vms::Session::clearCached(context.database().connection());
    const vms::SystemClock clock;
    vms::UiContext ui;
    ui.database = (*ctx)->sharedDatabase();
    // The role last known for this profile; the account menu refreshes it at sign-in.
    ui.session = vms::Session::loadCached((*ctx)->database().connection());
    ui.clock = &clock;
    ui.settings = &settings;
    ui.mapping = &(*ctx)->mapping();
    ui.profile = &(*ctx)->profile();
    vms::MainWindow window(ui);
    window.setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    // Sync off the GUI thread: at start, on an interval, when the network returns, and on demand.
    vms::SyncController sync(context.sharedDatabase(), context.auth(), context.mapping());
    vms::WindowWiring wiring(context, window, sync, clock, settings);
    // "Remove this computer's data": an Admin's File menu action, and offered to anyone at sign-out. The
    // files go once the window has closed (below), when nothing uses the cache any more.
    vms::MessageBoxPrompter prompter;
    vms::LocalDataRemoval removal(window, wiring.account(), context.auth(), context.database(), prompter);
    QObject::connect(&removal, &vms::LocalDataRemoval::quitRequested, &window, [&window] {
        window.close();
        QApplication::quit();
    });
    sync.setIntervalMinutes(profileSettings.syncIntervalMinutes());
    if (context.auth().hasCredentials())
        QTimer::singleShot(0, &sync, &vms::SyncController::syncNow);

    // "settings" is the Settings dialog over the first page (for its screenshot).
    const bool settingsPage = parser.value(pageOption) == u"settings";
    // "event-form:<id>", "organization-form:<id>": a record's form over its list (0: a new record).
    const QString formPage = parser.value(pageOption).section(u':', 0, 0);
    const bool isFormPage = formPage == u"event-form" || formPage == u"organization-form";
    if (isFormPage) {
        const qint64 id = parser.value(pageOption).section(u':', 1).toLongLong();
        window.showPageNamed(formPage == u"event-form" ? QStringLiteral("events")
                                                       : QStringLiteral("organizations"));
        // Opened on the synced data: after the start-up sync when signed in.
        auto openForm = [&window, formPage, id, &ui]() {
            QDialog* shown = formPage == u"event-form"
                                 ? static_cast<QDialog*>(new vms::EventForm(ui, id, &window))
                                 : static_cast<QDialog*>(new vms::OrganizationForm(ui, id, nullptr, &window));
            shown->setAttribute(Qt::WA_DeleteOnClose);
            shown->show();
        };
        if (context.auth().hasCredentials())
            QObject::connect(&sync, &vms::SyncController::finished, &window, openForm,
                             Qt::SingleShotConnection);
        else
            QTimer::singleShot(0, &window, openForm);
    } else if (parser.isSet(pageOption) && !settingsPage) {
        const QString page = parser.value(pageOption);
        if (!window.showPageNamed(page)) {
            std::fprintf(stderr, "vms: unknown page '%s'\n", qPrintable(page));
            return 2;
        }
        // A record's page ("volunteer:<id>", "organization:<id>", "event:<id>") is asked for again once the
        // start-up sync has landed: on a new profile the record only arrives with it. (Not "recruit:<id>",
        // which opens a panel each time it is asked for.)
        const QString kind = page.section(u':', 0, 0);
        const bool recordPage =
            page.contains(u':') && (kind == u"volunteer" || kind == u"organization" || kind == u"event");
        if (recordPage && context.auth().hasCredentials())
            QObject::connect(
                &sync, &vms::SyncController::finished, &window,
                [&window, page] { window.showPageNamed(page); }, Qt::SingleShotConnection);
    }
    if (parser.isSet(sizeOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        if (wh.size() != 2 || w < 320 || h < 240) {
            std::fprintf(stderr, "vms: --size must be WIDTHxHEIGHT, e.g. 1024x700, not '%s'\n",
                         qPrintable(parser.value(sizeOption)));
            return 2;
        }
        window.resize(w, h);
    }
    window.show();
    if (settingsPage)
        window.openSettings();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        auto shoot = [&window, file] {
            QTimer::singleShot(1500, &window, [&window, file] {
                // The window in front (the Settings dialog, a form, the Recruit panel), else the main one.
                // Not the first sync's dialog, which a new profile shows over whatever page was asked for.
                QWidget* pictured = &window;
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (w != &window && w->isVisible() &&
                        (w->windowType() == Qt::Dialog || w->windowType() == Qt::Window) &&
                        w->objectName() != u"firstSyncDialog")
                        pictured = w;
                const bool saved = pictured->grab().save(file);
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
    const int code = QApplication::exec();
    if (removal.requested()) {
        sync.cancel();
        const vms::Status removed = removal.removeNow(context.profile(), context.tokenStore());
        std::fprintf(stderr, "vms: %s\n",
                     qPrintable(removed ? QApplication::translate("main", "This computer's data was removed.")
                                        : removed.error().message));
        if (!removed)
            prompter.error(nullptr, QApplication::translate("main", "Remove this computer's data"),
                           removed.error().message);
    }
    return code;
}
