#include "MainWindow.h"
#include "common/AppContext.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("VMS"));
    QApplication::setApplicationName(QStringLiteral("VMS"));
    QApplication::setApplicationDisplayName(QStringLiteral("VMS"));
    QApplication::setApplicationVersion(QStringLiteral(VMS_VERSION));

    QString profileArg;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--profile" && i + 1 < args.size())
            profileArg = args.at(++i);
        else if (args.at(i).startsWith(u"--profile="))
            profileArg = args.at(i).mid(10);
    }

    auto ctx = vms::AppContext::open(profileArg);
    if (!ctx) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "VMS cannot start"),
                              ctx.error().message);
        return 1;
    }
    QSettings settings((*ctx)->profile().settingsPath(), QSettings::IniFormat);
    vms::MainWindow window(settings);
    window.show();
    return QApplication::exec();
}
