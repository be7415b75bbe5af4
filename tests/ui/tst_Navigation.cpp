#include "core/models/RecordTableModel.h"
#include "core/profile/DisplayTime.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/views/CalendarModel.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/GlobalSearch.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>

using namespace vms;
using namespace vms::test;

namespace {
QWidget* currentPage(MainWindow& w) {
    return w.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
}
} // namespace

class TestNavigation final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayTimeNeverMidnightForTimedEvents() {
        // 15:00 UTC on 1 Feb 2026 is 9:00 AM in Kansas City (CST, UTC-6); in July it is CDT (UTC-5).
        QCOMPARE(DisplayTime::time(utcMs("2026-02-01T15:00:00Z")), QStringLiteral("9:00 AM"));
        QCOMPARE(DisplayTime::time(utcMs("2026-07-01T15:00:00Z")), QStringLiteral("10:00 AM"));
        QVERIFY(DisplayTime::range(utcMs("2026-02-01T15:00:00Z"), utcMs("2026-02-01T17:00:00Z"))
                    .endsWith(QStringLiteral("9:00 AM – 11:00 AM CST")));
        // School years run Aug 1 – Jul 31 local time: 1 Aug 2025 00:30 CDT is 05:30 UTC.
        QCOMPARE(DisplayTime::schoolYearOf(utcMs("2025-08-01T05:30:00Z")).code(), QStringLiteral("2526"));
        QCOMPARE(DisplayTime::schoolYearOf(utcMs("2025-08-01T04:30:00Z")).code(), QStringLiteral("2425"));
    }

    void calendarNavigatesAndOpensEvents() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Calendar);
        auto* calendar = find<CalendarView>(&w, "calendarPage");
        QAbstractItemModelTester tester(calendar->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* title = find<QLabel>(calendar, "calendarTitle");
        QTRY_COMPARE(title->text(), QStringLiteral("March 2026"));
        // Legend: each colour also has a glyph and a word.
        auto* legend = find<QWidget>(calendar, "calendarLegend");
        QVERIFY(legend->findChild<QLabel*>(QStringLiteral("calendarLegend_5"))
                    ->text()
                    .contains(QStringLiteral("Cancelled")));
        auto* model = calendar->model();
        const QModelIndex fair = model->indexOf(QDate(2026, 3, 20));
        QCOMPARE(model->eventsOn(fair).size(), size_t(1));
        QVERIFY(fair.data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("Science Fair Judging (Confirmed)")));
        QCOMPARE(model->eventsOn(model->indexOf(QDate(2026, 3, 12))).front().name,
                 QStringLiteral("Resume Review"));

        QTest::mouseClick(find<QPushButton>(calendar, "calendarNext"), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("April 2026"));
        QVERIFY(!model->indexOf(QDate(2026, 3, 20)).isValid() ||
                model->eventsOn(model->indexOf(QDate(2026, 3, 20))).size() == 1);
        QTest::mouseClick(find<QPushButton>(calendar, "calendarPrevious"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(calendar, "calendarPrevious"), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("February 2026"));
        QCOMPARE(model->eventsOn(model->indexOf(QDate(2026, 2, 1))).front().name,
                 QStringLiteral("Career Day"));
        QTest::mouseClick(find<QPushButton>(calendar, "calendarToday"), Qt::LeftButton);
        QCOMPARE(title->text(), QStringLiteral("March 2026"));
        QTest::mouseClick(find<QPushButton>(calendar, "calendarWeekButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(title->text().startsWith(QStringLiteral("Week of")));
        QTest::mouseClick(find<QPushButton>(calendar, "calendarNext"), Qt::LeftButton);
        QVERIFY(model->indexOf(QDate(2026, 3, 17)).isValid());
        QTest::mouseClick(find<QPushButton>(calendar, "calendarMonthButton"), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 6);
        QCOMPARE(title->text(), QStringLiteral("March 2026"));

        // Clicking an event's chip opens the event page, with its time in Kansas City.
        auto* grid = find<QTableView>(calendar, "calendarGrid");
        const QModelIndex cell = model->indexOf(QDate(2026, 3, 20));
        const QRect chip = CalendarDelegate::chipRect(grid->visualRect(cell), grid->fontMetrics(), 0);
        QVERIFY(!chip.isNull());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, chip.center());
        QTRY_COMPARE(currentPage(w)->objectName(), QStringLiteral("eventsPage"));
        auto* name = find<QLabel>(w.eventsView(), "eventName");
        QTRY_COMPARE(name->text(), QStringLiteral("Science Fair Judging"));
        QVERIFY(find<QLabel>(w.eventsView(), "eventWhen")
                    ->text()
                    .contains(QStringLiteral("9:30 AM – 11:00 AM CDT")));
        QVERIFY(find<QLabel>(w.eventsView(), "eventStatus")->text().contains(QStringLiteral("Confirmed")));
        QVERIFY(find<QLabel>(w.eventsView(), "eventRosterSummary")
                    ->text()
                    .contains(QStringLiteral("1 registered")));
    }

    void eventsFilterBySchoolYearAndStatus() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Events);
        QTRY_VERIFY(w.eventsView()->isLoaded());
        auto* table = find<QTableView>(w.eventsView(), "eventTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* year = find<QComboBox>(w.eventsView(), "eventWhenFilter");
        QCOMPARE(year->currentData().toString(), QStringLiteral("2526")); // the current school year first
        QCOMPARE(table->model()->rowCount(), 3);
        year->setCurrentIndex(year->findData(QString()));
        QCOMPARE(table->model()->rowCount(), 4);
        auto* status = find<QComboBox>(w.eventsView(), "eventStatusFilter");
        status->setCurrentIndex(status->findData(static_cast<int>(EventStatus::Cancelled)));
        QCOMPARE(table->model()->rowCount(), 1);
        QVERIFY(table->model()->index(0, 3).data().toString().contains(QStringLiteral("Cancelled")));
        status->setCurrentIndex(0);
        auto* type = find<QComboBox>(w.eventsView(), "eventTypeFilter");
        type->setCurrentIndex(type->findData(QStringLiteral("Career Fair")));
        QCOMPARE(table->model()->rowCount(), 1);
        type->setCurrentIndex(0);
        auto* school = find<QComboBox>(w.eventsView(), "eventSchoolFilter");
        // With any district, each school says its district.
        QCOMPARE(school->findText(QStringLiteral("Central High — Kansas City Public Schools")), 1);
        auto* district = find<QComboBox>(w.eventsView(), "eventDistrictFilter");
        district->setCurrentIndex(district->findText(QStringLiteral("Kansas City Public Schools")));
        school->setCurrentIndex(school->findText(QStringLiteral("Central High")));
        QCOMPARE(table->model()->rowCount(), 4);
        QTest::keyClicks(find<QLineEdit>(w.eventsView(), "eventFilter"), QStringLiteral("career"));
        QCOMPARE(table->model()->rowCount(), 1);
        // Start times are shown in the display zone: 15:00 UTC is 09:00 in Kansas City.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("2026-02-01 09:00"));
        table->setCurrentIndex(table->model()->index(0, 0));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(find<QLabel>(w.eventsView(), "eventName")->text(), QStringLiteral("Career Day"));
        auto* roster = find<QTableWidget>(w.eventsView(), "eventRosterTable");
        QCOMPARE(roster->rowCount(), 2);
        QVERIFY(find<QLabel>(w.eventsView(), "eventRosterSummary")
                    ->text()
                    .contains(QStringLiteral("hours delivered: 4")));
    }

    void organizationPageShowsVolunteersEventsAndHours() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Organizations);
        QTRY_VERIFY(w.organizationsView()->isLoaded());
        auto* table = find<QTableView>(w.organizationsView(), "organizationTable");
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 2);
        QTest::keyClicks(find<QLineEdit>(w.organizationsView(), "organizationFilter"),
                         QStringLiteral("acme"));
        QCOMPARE(table->model()->rowCount(), 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Enter);
        QTRY_COMPARE(find<QLabel>(w.organizationsView(), "organizationName")->text(),
                     QStringLiteral("Acme Corp"));
        // Jane (affiliation and primary) and Bob (primary affiliation).
        QCOMPARE(find<QTableWidget>(w.organizationsView(), "organizationVolunteersTable")->rowCount(), 2);
        QCOMPARE(find<QTableWidget>(w.organizationsView(), "organizationEventsTable")->rowCount(), 3);
        QVERIFY(find<QLabel>(w.organizationsView(), "organizationHeadline")
                    ->text()
                    .contains(QStringLiteral("5 volunteer hours")));
    }

    void globalSearchOpensRecords() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        auto* search = w.globalSearch();
        QVERIFY(search);
        w.findChild<QAction*>(QStringLiteral("globalSearchAction"))->trigger();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("science"));
        search->search();
        QCOMPARE(search->results()->rowCount(), 1);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(currentPage(w)->objectName(), QStringLiteral("eventsPage"));
        QTRY_COMPARE(find<QLabel>(w.eventsView(), "eventName")->text(),
                     QStringLiteral("Science Fair Judging"));
        search->setText(QStringLiteral("smith"));
        search->search();
        QCOMPARE(search->results()->rowCount(), 2); // Jane Smith, John Smithers
        search->setText(QStringLiteral("burns"));
        search->search();
        QCOMPARE(search->results()->rowCount(), 1);
        QCOMPARE(search->results()->item(0)->data(GlobalSearch::KindRole).toInt(),
                 static_cast<int>(GlobalSearch::Kind::Organization));
        search->setText(QStringLiteral("100%"));
        search->search();
        QCOMPARE(search->results()->item(0)->data(GlobalSearch::IdRole).toLongLong(), 0); // "Nothing found"
    }

    void findKeyGoesToThePageThatHasItsOwn() {
        // Ctrl+F is the window's search, except on Attendance, whose Find returns to the name field; one key
        // on two live actions would be ambiguous and fire neither.
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.showPageNamed(QStringLiteral("home")));
        QTest::keySequence(&w, QKeySequence(QKeySequence::Find));
        QTRY_VERIFY(w.globalSearch()->hasFocus());
        QVERIFY(w.showPageNamed(QStringLiteral("attendance")));
        auto* checkIn = find<QLineEdit>(currentPage(w), "checkInSearch");
        QVERIFY(checkIn);
        w.globalSearch()->setFocus();
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_F));
        QTRY_VERIFY(checkIn->hasFocus());
        QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_K));
        QTRY_VERIFY(w.globalSearch()->hasFocus());
    }

    void homeShowsHeadlinesAndUpcoming() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        QTRY_VERIFY(w.homeView()->isLoaded());
        QCOMPARE(find<QLabel>(&w, "homeVolunteerCount")->text(), QStringLiteral("5"));
        QCOMPARE(find<QLabel>(&w, "homeEventsThisYear")->text(),
                 QStringLiteral("2")); // cancelled one excluded
        QCOMPARE(find<QLabel>(&w, "homeHoursThisYear")->text(), QStringLiteral("4"));
        auto* upcoming = find<QListWidget>(&w, "homeUpcomingEvents");
        QCOMPARE(upcoming->count(), 2); // Resume Review (12 Mar) and Science Fair Judging (20 Mar)
        QVERIFY(upcoming->item(1)->text().contains(QStringLiteral("Science Fair Judging")));
        QVERIFY(!find<QLabel>(&w, "homePageEmptyState")->isVisible());
        w.syncStatus()->setState(true, false, {}, 3,
                                 QDateTime(QDate(2026, 3, 10), QTime(14, 0), QTimeZone::utc()), 2);
        QVERIFY(w.syncStatus()->summary().contains(QStringLiteral("3 changes waiting")));
        // 14:00 UTC is 9:00 AM in Kansas City (CDT): the display zone, whatever the computer's zone.
        QVERIFY2(w.syncStatus()->summary().contains(QStringLiteral("9:00")),
                 qPrintable(w.syncStatus()->summary()));
        QVERIFY(!w.syncStatus()->summary().contains(QStringLiteral("14:00")));
        QVERIFY(find<QWidget>(&w, "syncProblemsButton")->isVisible());
    }

    void emptyStateOnFreshProfile() {
        UiFixture f(Role::User, false);
        MainWindow w(f.context);
        w.show();
        QTRY_VERIFY(w.homeView()->isLoaded());
        auto* empty = find<QLabel>(&w, "homePageEmptyState");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Sign in and sync")));
        w.showPage(MainWindow::Page::Events);
        QTRY_VERIFY(w.eventsView()->isLoaded());
        QTRY_VERIFY(find<QLabel>(w.eventsView(), "eventsEmptyState")->isVisible());
        w.showPage(MainWindow::Page::Organizations);
        QTRY_VERIFY(find<QLabel>(w.organizationsView(), "organizationsEmptyState")->isVisible());
        w.showPage(MainWindow::Page::Calendar);
        QTRY_COMPARE(find<QLabel>(&w, "calendarTitle")->text(), QStringLiteral("March 2026"));
    }

    void everyControlHasAnAccessibleName() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        QTRY_VERIFY(w.volunteersView()->isLoaded());
        QStringList missing;
        for (auto* widget : w.findChildren<QWidget*>()) {
            const bool control = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QAbstractItemView*>(widget);
            // Widgets owned by the attendance screen are that screen's business.
            bool mine = true;
            // Widgets inside another widget (a combo box's popup list) are named by that widget.
            for (QWidget* p = widget; p; p = p->parentWidget())
                if (p->objectName() == u"attendancePage" || p->objectName() == u"reportsPage" ||
                    (p != widget && qobject_cast<QComboBox*>(p)))
                    mine = false;
            if (control && mine && widget->accessibleName().isEmpty() &&
                !widget->objectName().startsWith(u"qt_") && !qobject_cast<QHeaderView*>(widget) &&
                !qobject_cast<QComboBox*>(widget->parentWidget()))
                missing << QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" ") +
                               widget->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_Navigation.moc"
