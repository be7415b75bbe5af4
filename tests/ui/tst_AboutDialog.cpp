#include "ui/MainWindow.h"
#include "ui/about/AboutDialog.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

class TestAboutDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpMenuOpensAboutWithTheVersion() {
        // An unusual version, so the test proves the dialog reads the application's, not a constant.
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow w(settings);
        w.show();

        auto* help = w.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QVERIFY(w.menuBar()->actions().contains(help->menuAction()));
        auto* about = w.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        QVERIFY(help->actions().contains(about));
        auto* aboutQt = w.findChild<QAction*>(QStringLiteral("aboutQtAction"));
        QVERIFY(aboutQt);
        QVERIFY(help->actions().contains(aboutQt));

        QVERIFY(!w.findChild<AboutDialog*>());
        about->trigger();
        auto* dialog = w.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* version = dialog->findChild<QLabel*>(QStringLiteral("aboutVersion"));
        QVERIFY(version);
        QCOMPARE(version->text(), QStringLiteral("Version 9.8.7-test"));
        auto* licence = dialog->findChild<QLabel*>(QStringLiteral("aboutLicence"));
        QVERIFY(licence);
        QVERIFY(licence->text().startsWith(QStringLiteral("Licence: ")));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("aboutLinks"))->openExternalLinks());

        // Asking again raises the open dialog instead of stacking a second one.
        about->trigger();
        QCOMPARE(w.findChildren<AboutDialog*>().size(), 1);

        // Closing deletes it; the next request builds a fresh one.
        dialog->reject();
        QTRY_VERIFY(!w.findChild<AboutDialog*>());
        about->trigger();
        QVERIFY(w.findChild<AboutDialog*>());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_AboutDialog.moc"
