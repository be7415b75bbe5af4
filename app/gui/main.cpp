#include "MainWindow.h"
#include "auth/AccountButton.h"
#include "auth/AuthManager.h"
#include "auth/MemoryTokenStore.h"
#include "auth/SignInDialog.h"
#include "auth/Session.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/LogSink.h"

#include <QApplication>
#include <QCommandLineParser>
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
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("main",
                                                                "Page to open first (home, volunteers, "
                                                                "organizations, events, calendar, "
                                                                "attendance, reports)."),
                                        QStringLiteral("name"));
    parser.addOptions({profileOption, screenshotOption, pageOption});
    parser.process(app);

    auto ctx = vms::AppContext::open(parser.value(profileOption));
    if (!ctx) {
        std::fprintf(stderr, "vms: %s\n", qPrintable(ctx.error().message));
        QMessageBox::critical(nullptr, QApplication::translate("main", "VMS cannot start"),
                              ctx.error().message);
        return 1;
    }
    vms::LogSink::install((*ctx)->profile().logDirectory(), true);
    QSettings settings((*ctx)->profile().settingsPath(), QSettings::IniFormat);
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
        hooks.useRunOnlyStore = [&context] { context.setTokenStore(std::make_unique<vms::MemoryTokenStore>()); };
        vms::SignInDialog dialog(context.auth(), &context.network(), settings, hooks, &window);
        dialog.exec();
    });
    if (parser.isSet(pageOption) && !window.showPageNamed(parser.value(pageOption))) {
        std::fprintf(stderr, "vms: unknown page '%s'\n", qPrintable(parser.value(pageOption)));
        return 2;
    }
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            if (!saved)
                std::fprintf(stderr, "vms: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
