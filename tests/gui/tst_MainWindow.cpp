#include "ui/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void remembersSize() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            MainWindow w(settings);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(900, 640);
            QTRY_COMPARE(w.size(), QSize(900, 640));
            w.close();
        }
        MainWindow again(settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void sidebarSwitchesPages() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow w(settings);
        w.show();
        auto* sidebar = w.findChild<QListWidget*>(QStringLiteral("navigationSidebar"));
        auto* pages = w.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(sidebar && pages);
        QCOMPARE(sidebar->count(), 8);
        // The Admin page is for a signed-in Admin only: without a cache, nobody is.
        QVERIFY(sidebar->item(static_cast<int>(MainWindow::Page::Admin))->isHidden());
        sidebar->setCurrentRow(1);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("volunteersPage"));
        w.showPage(MainWindow::Page::Reports);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("reportsPage"));
        auto* empty = pages->currentWidget()->findChild<QLabel*>(QStringLiteral("reportsPageEmptyState"));
        QVERIFY(empty);
        QVERIFY(!empty->text().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
