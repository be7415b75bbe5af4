#include "app/cli/Cli.h"
#include "app/cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    // Report PDFs need fonts and a painter, i.e. a QGuiApplication. vms-cli never shows a window, so it
    // uses the offscreen platform (unless told otherwise): it works with no display, and a DISPLAY that
    // points at an unreachable X server cannot abort a scheduled export.
    const bool gui = vms::cli::commandNeedsGui(rawArgs);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VMS"));
    QCoreApplication::setApplicationName(QStringLiteral("VMS"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VMS_VERSION));
    // vms-cli stays in English whatever the locale: scripts parse its output and reports.md fixes the
    // files' column names (cli.md: "keep it exact"). It installs no translator, and its dates (event
    // times, LocaleFormat) use US English rather than the system's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTextStream out(stdout);
    QTextStream err(stderr);
    vms::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
