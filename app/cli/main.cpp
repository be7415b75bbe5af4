#include "cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("VMS"));
    QCoreApplication::setApplicationName(QStringLiteral("VMS"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VMS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    vms::cli::Cli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
