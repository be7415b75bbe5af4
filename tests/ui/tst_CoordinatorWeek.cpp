#include "core/models/RecordTableModel.h"
#include "tests/support/UiTestSupport.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/about/AboutDialog.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/reports/ReportsView.h"
#include "ui/views/CalendarModel.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/GlobalSearch.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTextBrowser>

using namespace vms;
using namespace vms::test;

namespace {

// People whose names carry accents, as the program's own region writes them.
void addAccentedPeople(UiFixture& f) {
    exec(
        f.db->connection(),
        QStringLiteral("INSERT INTO volunteers(id, sf_id, first_name, last_name, email, primary_affiliation) "
                       "VALUES (20, '003M', 'María', 'García', 'mgarcia@example.test', '001A'), "
                       "(21, '003N', 'JOSÉ', 'ÁLVAREZ', NULL, NULL)"));
    exec(f.db->connection(), QStringLiteral("INSERT INTO organizations(id, sf_id, name, type) VALUES "
                                            "(20, '001F', 'Fundación Niños Felices', 'Nonprofit')"));
}

// Whether the header's sort arrow, as drawn, points up: the arrow is what changes when the indicator is
// hidden, and a ▲ has more of its ink in its lower half.
bool arrowPointsUp(QHeaderView* header) {
    const QImage with = header->viewport()->grab().toImage();
    header->setSortIndicatorShown(false);
    const QImage without = header->viewport()->grab().toImage();
    header->setSortIndicatorShown(true);
    QRect box;
    for (int y = 0; y < with.height(); ++y)
        for (int x = 0; x < with.width(); ++x)
            if (with.pixel(x, y) != without.pixel(x, y))
                box |= QRect(x, y, 1, 1);
    int upper = 0, lower = 0;
    for (int y = box.top(); y <= box.bottom(); ++y)
        for (int x = box.left(); x <= box.right(); ++x)
            if (with.pixel(x, y) != without.pixel(x, y))
                (2 * y < box.top() + box.bottom() ? upper : lower) += 1;
    if (upper + lower == 0)
        qWarning("no sort arrow drawn");
    return lower > upper;
}

// A second "Central High", in another district, with a draft event.
void addSecondCentralHigh(UiFixture& f) {
    exec(f.db->connection(), QStringLiteral("INSERT INTO districts(id, sf_id, name) VALUES (2, '001E', "
                                            "'Hickman Mills C-1 School District')"));
    exec(f.db->connection(), QStringLiteral("INSERT INTO schools(id, sf_id, name, district_sf_id) VALUES "
                                            "(2, '001T', 'Central High', '001E')"));
    exec(
        f.db->connection(),
        QStringLiteral("INSERT INTO events(id, sf_id, name, session_type, start_utc, end_utc, status, "
                       "status_code, school_sf_id, district_sf_id) VALUES (5, 'a0E5', 'Robotics Night', "
                       "'Workshop', ?, ?, 'Draft', ?, '001T', '001E')"),
        {utcMs("2026-03-25T23:00:00Z"), utcMs("2026-03-26T01:00:00Z"), static_cast<int>(EventStatus::Draft)});
}

// The window at 1024×700 on the Events page, loaded.
QTableView* showEvents(MainWindow& w) {
    w.resize(1024, 700);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        qWarning("window not exposed");
    w.showPage(MainWindow::Page::Events);
    if (!QTest::qWaitFor([&] { return w.eventsView()->isLoaded(); }))
        qWarning("events not loaded");
    return find<QTableView>(w.eventsView(), "eventTable");
}

QStringList texts(const QAbstractItemModel* model) {
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, 0).data().toString();
    return out;
}

} // namespace

// What a coordinator's first week with the window showed (issue #16), one test per finding.
class TestCoordinatorWeek final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Item 2: "maria", "garcia" and "maria gar" find María García in the Volunteers filter, and a filter
    // that finds no one keeps the column headers in sight.
    void volunteersFilterIgnoresAccentsAndCase() {
        UiFixture f;
        addAccentedPeople(f);
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Volunteers);
        QTRY_VERIFY(w.volunteersView()->isLoaded());
        auto* table = find<QTableView>(&w, "volunteerTable");
        auto* filter = find<QLineEdit>(&w, "volunteerFilter");
        for (const char* typed : {"maria", "garcia", "maria gar", "MARÍA", "garcía maría", "jose alvarez"}) {
            filter->clear();
            // Typed key by key where the test keyboard has the keys (QTest types ASCII only).
            const QString text = QString::fromUtf8(typed);
            if (QByteArray(typed) == text.toLatin1() && text == QString::fromLatin1(typed))
                QTest::keyClicks(filter, text);
            else
                filter->setText(text);
            QTRY_COMPARE(table->model()->rowCount(), 1);
        }
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("nobody-has-this"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QVERIFY(table->isVisible());
        QVERIFY(table->horizontalHeader()->isVisible());
        QVERIFY(find<QLabel>(&w, "volunteersNoMatch")->isVisible());
        filter->clear();
        QTRY_COMPARE(table->model()->rowCount(), 7);
        QVERIFY(!find<QLabel>(&w, "volunteersNoMatch")->isVisible());
    }

    // Item 2: the same in the window's search box (volunteers, organizations) and at check-in.
    void globalAndCheckInSearchIgnoreAccents() {
        UiFixture f;
        addAccentedPeople(f);
        MainWindow w(f.context);
        w.show();
        GlobalSearch* search = w.globalSearch();
        for (const char* typed : {"maria", "garcia", "maria gar", "garcia maria"}) {
            search->setText(QString::fromUtf8(typed));
            search->search();
            QVERIFY2(texts(search->results()).join(u'|').contains(QStringLiteral("María García")), typed);
        }
        search->setText(QStringLiteral("fundacion ninos"));
        search->search();
        QVERIFY(texts(search->results()).join(u'|').contains(QStringLiteral("Fundación Niños Felices")));
        search->setText(QStringLiteral("alvarez"));
        search->search();
        QVERIFY(texts(search->results()).join(u'|').contains(QStringLiteral("JOSÉ ÁLVAREZ")));

        w.showPage(MainWindow::Page::Attendance);
        auto* checkIn = find<QLineEdit>(&w, "checkInSearch");
        auto* suggestions = find<QListWidget>(&w, "suggestionList");
        for (const char* typed : {"maria", "garcia", "maria gar"}) {
            checkIn->setText(QString::fromUtf8(typed));
            QTRY_VERIFY(suggestions->count() > 0);
            QVERIFY2(suggestions->item(0)->text().startsWith(QStringLiteral("María García")),
                     qPrintable(suggestions->item(0)->text()));
        }
    }

    // Item 4: an Account Id whose organization is not in the cache is never shown as the raw Id: not in
    // the list, on the volunteer's page, on a roster or at check-in.
    void accountIdsAreNeverShownAsNames() {
        UiFixture f;
        const QString rawId = QStringLiteral("0015g000000D0bzAAC");
        exec(f.db->connection(),
             QStringLiteral("INSERT INTO volunteers(id, sf_id, first_name, last_name, primary_affiliation) "
                            "VALUES (30, '003U', 'Uri', 'Unsynced', ?)"),
             {rawId});
        exec(f.db->connection(),
             QStringLiteral("INSERT INTO affiliations(sf_id, organization_sf_id, contact_sf_id, role, "
                            "is_primary, status) VALUES ('0AFU', ?, '003U', 'Employee', 1, 'Current')"),
             {rawId});
        exec(f.db->connection(),
             QStringLiteral(
                 "INSERT INTO participations(sf_id, event_id, volunteer_id, participant_type, status, "
                 "status_code, type_code) VALUES ('a0PU', 4, 30, 'Volunteer', 'Registered', 1, 1)"));
        MainWindow w(f.context);
        w.show();
        const auto shows = [&](QWidget* root) {
            QStringList seen;
            for (auto* l : root->findChildren<QLabel*>())
                if (l->isVisible())
                    seen << l->text();
            for (auto* t : root->findChildren<QTableView*>())
                if (t->isVisible())
                    for (int r = 0; r < t->model()->rowCount(); ++r)
                        for (int c = 0; c < t->model()->columnCount(); ++c)
                            seen << t->model()->index(r, c).data().toString();
            for (auto* l : root->findChildren<QListWidget*>())
                if (l->isVisible())
                    for (int r = 0; r < l->count(); ++r)
                        seen << l->item(r)->text();
            return seen.join(u'\n');
        };
        w.showPage(MainWindow::Page::Volunteers);
        QTRY_VERIFY(w.volunteersView()->isLoaded());
        QVERIFY(!shows(&w).contains(rawId));
        QVERIFY(shows(&w).contains(QStringLiteral("(organization not synced yet)")));
        w.openVolunteer(30);
        QTRY_VERIFY(find<QLabel>(&w, "volunteerName")->text().contains(QStringLiteral("Unsynced")));
        QVERIFY2(!shows(&w).contains(rawId), qPrintable(shows(&w)));
        QVERIFY(find<QLabel>(&w, "volunteerSubtitle")->text().contains(QStringLiteral("not synced yet")));

        auto* attendance = w.findChild<AttendanceView*>();
        w.showPage(MainWindow::Page::Attendance);
        QVERIFY(attendance->setEvent(4));
        QVERIFY2(!shows(attendance).contains(rawId), qPrintable(shows(attendance)));
        find<QLineEdit>(&w, "checkInSearch")->setText(QStringLiteral("unsync"));
        QTRY_VERIFY(find<QListWidget>(&w, "suggestionList")->count() > 0);
        QVERIFY2(!shows(attendance).contains(rawId), qPrintable(shows(attendance)));
    }

    // Item 3: a page that shows data follows it: after a mark at the check-in table and after a sync, the
    // event page, Home and the lists show the new counts without being opened again.
    void pagesFollowTheData() {
        UiFixture f;
        f.prompter.answer = true; // "take attendance ten days early?" - yes
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Home);
        auto* hours = find<QLabel>(&w, "homeHoursThisYear");
        QTRY_COMPARE(hours->text(), QStringLiteral("4"));
        w.openEvent(3);
        auto* summary = find<QLabel>(w.eventsView(), "eventRosterSummary");
        QTRY_VERIFY(
            summary->text().contains(QStringLiteral("Volunteers and presenters: 1 registered, 0 attended")));

        // Jane checks in at the Science Fair (a local change).
        w.showPage(MainWindow::Page::Attendance);
        auto* attendance = w.findChild<AttendanceView*>();
        QVERIFY(attendance->setEvent(3));
        auto* checkIn = find<QLineEdit>(&w, "checkInSearch");
        checkIn->setText(QStringLiteral("jane smith"));
        QTest::keyClick(checkIn, Qt::Key_Return);
        QTRY_COMPARE(f.scalar(QStringLiteral("SELECT status_code FROM participations WHERE event_id=3 AND "
                                             "volunteer_id=1"))
                         .toInt(),
                     static_cast<int>(ParticipationStatus::Attended));
        w.showPage(MainWindow::Page::Events);
        QTRY_VERIFY2(
            summary->text().contains(QStringLiteral("Volunteers and presenters: 0 registered, 1 attended")),
            qPrintable(summary->text()));
        w.showPage(MainWindow::Page::Home);
        QTRY_COMPARE(hours->text(), QStringLiteral("6")); // 4 + the Science Fair's 1.5, rounded

        // A sync brings John's attendance of the same event, with the event page on screen.
        w.showPage(MainWindow::Page::Events);
        exec(f.db->connection(),
             QStringLiteral(
                 "INSERT INTO participations(sf_id, event_id, volunteer_id, participant_type, status, "
                 "status_code, type_code, delivery_hours) VALUES ('a0PJ', 3, 2, 'Volunteer', "
                 "'Attended', 2, 1, 1.5)"));
        w.notifyDataChanged(); // what the window hears when a sync has finished
        QTRY_VERIFY2(
            summary->text().contains(QStringLiteral("Volunteers and presenters: 0 registered, 2 attended")),
            qPrintable(summary->text()));
        find<QPushButton>(w.eventsView(), "eventBackButton")->click();
        auto* events = find<QTableView>(w.eventsView(), "eventTable");
        QTRY_VERIFY(events->isVisible());
        w.showPage(MainWindow::Page::Home);
        QTRY_COMPARE(hours->text(), QStringLiteral("7"));
    }

    // Item 5: "upcoming" and a date range, both days included.
    void eventsUpcomingAndDateRange() {
        UiFixture f;
        addSecondCentralHigh(f);
        MainWindow w(f.context);
        QTableView* table = showEvents(w);
        auto* when = find<QComboBox>(w.eventsView(), "eventWhenFilter");
        QVERIFY(when);
        QCOMPARE(table->model()->rowCount(), 4); // this school year, as before
        // Upcoming: from today (Mar 10, 2026) on.
        QVERIFY(when->findData(QStringLiteral("upcoming")) >= 0);
        when->setCurrentIndex(when->findData(QStringLiteral("upcoming")));
        QCOMPARE(table->model()->rowCount(), 3);
        when->setCurrentIndex(when->findData(QStringLiteral("range")));
        auto* from = find<QDateEdit>(w.eventsView(), "eventFromDate");
        auto* to = find<QDateEdit>(w.eventsView(), "eventToDate");
        QTRY_VERIFY(from->isVisible() && to->isVisible());
        from->setDate(QDate(2026, 3, 12));
        to->setDate(QDate(2026, 3, 20));
        QCOMPARE(table->model()->rowCount(), 2); // Resume Review (Mar 12) and the Science Fair (Mar 20)
        when->setCurrentIndex(when->findData(QString()));
        QCOMPARE(table->model()->rowCount(), 5);
    }

    // Item 5: two schools of one name told apart by their districts; the school chosen survives a sync.
    void schoolsShowTheirDistrictAndStayChosen() {
        UiFixture f;
        addSecondCentralHigh(f);
        MainWindow w(f.context);
        QTableView* table = showEvents(w);
        auto* school = find<QComboBox>(w.eventsView(), "eventSchoolFilter");
        QVERIFY(school->findText(QStringLiteral("Central High — Kansas City Public Schools")) > 0);
        QVERIFY(school->findText(QStringLiteral("Central High — Hickman Mills C-1 School District")) > 0);
        school->setCurrentIndex(school->findData(QStringLiteral("001T")));
        QCOMPARE(table->model()->rowCount(), 1);
        // A sync lands.
        QSignalSpy reloaded(w.eventsView(), &EventsView::loaded);
        w.notifyDataChanged();
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(school->currentData().toString(), QStringLiteral("001T"));
        QCOMPARE(table->model()->rowCount(), 1);
    }

    // Item 5: at 1024×700 no filter's text is cut off mid-letter: what is drawn fits its box (shortened
    // with "…" when needed).
    void filterTextsAreNeverCutOff() {
        UiFixture f;
        addSecondCentralHigh(f);
        MainWindow w(f.context);
        showEvents(w);
        auto* school = find<QComboBox>(w.eventsView(), "eventSchoolFilter");
        school->setCurrentIndex(school->findData(QStringLiteral("001T")));
        auto* district = find<QComboBox>(w.eventsView(), "eventDistrictFilter");
        district->setCurrentIndex(district->findData(QStringLiteral("001E")));
        QCoreApplication::processEvents();
        for (QComboBox* combo : w.eventsView()->findChildren<QComboBox*>()) {
            if (!combo->isVisible())
                continue;
            const QVariant shown = combo->property("displayedText");
            const QString drawn = shown.isValid() ? shown.toString() : combo->currentText();
            QStyleOptionComboBox opt;
            opt.initFrom(combo);
            opt.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &opt,
                                                               QStyle::SC_ComboBoxEditField, combo);
            QVERIFY2(combo->fontMetrics().horizontalAdvance(drawn) <= field.width(),
                     qPrintable(combo->objectName() + QStringLiteral(": ") + drawn));
            QVERIFY(drawn == combo->currentText() || drawn.endsWith(QChar(0x2026)));
        }
    }

    // Item 5: the sort arrow points the way the list is sorted: newest first ▼, A to Z ▲.
    void sortArrowsPointTheWayTheListIsSorted() {
        UiFixture f;
        MainWindow w(f.context);
        QTableView* table = showEvents(w);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(arrowPointsUp(table->horizontalHeader()), false);
        w.showPage(MainWindow::Page::Volunteers);
        auto* volunteers = find<QTableView>(&w, "volunteerTable");
        QTRY_VERIFY(volunteers->isVisible());
        QCOMPARE(volunteers->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(arrowPointsUp(volunteers->horizontalHeader()), true);
    }

    // Item 5: Home counts the year's events that are planned or held, and says what the list counts
    // besides: 2 here, and 1 draft and 1 cancelled, as the list's 4.
    void homeSaysWhatItsEventCountLeavesOut() {
        UiFixture f;
        addSecondCentralHigh(f);
        MainWindow w(f.context);
        QTableView* table = showEvents(w);
        const int listed = table->model()->rowCount();
        QCOMPARE(listed, 4);
        w.showPage(MainWindow::Page::Home);
        QTRY_VERIFY(w.homeView()->isLoaded());
        QTRY_COMPARE(find<QLabel>(&w, "homeEventsThisYear")->text(), QStringLiteral("2"));
        auto* note = w.findChild<QLabel*>(QStringLiteral("homeEventsThisYearNote"));
        QVERIFY2(note && note->isVisible(), "Home does not say what its count leaves out");
        QCOMPARE(note->text(), QStringLiteral("Not counted: 1 draft and 1 cancelled"));
        QCOMPARE(2 + 1 + 1, listed);
    }

    // Item 9: one long name does not widen the window, at 1024×700 or any size.
    void aLongNameNeverWidensTheWindow() {
        UiFixture f;
        const QString longName = QStringLiteral("Bartholomew-Alexander Maximilian-Christopherson");
        exec(
            f.db->connection(),
            QStringLiteral(
                "INSERT INTO volunteers(id, sf_id, first_name, last_name, title, email) VALUES (40, "
                "'003L', ?, ?, ?, 'bartholomew.alexander.maximilian@very-long-company-name.example')"),
            {longName, longName + QStringLiteral("-Vandenberghe-Oyelaran"),
             QStringLiteral("Senior Principal Director of Strategic Partnerships and Community Engagement")});
        exec(f.db->connection(), QStringLiteral("UPDATE events SET name = ? WHERE id = 3"),
             {QStringLiteral("Science Fair Judging for the Kansas City Area Middle and High Schools Spring "
                             "Regional Round")});
        MainWindow w(f.context);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openVolunteer(40);
        QTRY_VERIFY(find<QLabel>(&w, "volunteerName")->text().startsWith(longName));
        w.openEvent(3);
        QTRY_VERIFY(find<QLabel>(w.eventsView(), "eventName")->text().startsWith(QStringLiteral("Science")));
        w.showPage(MainWindow::Page::Attendance);
        QVERIFY(w.findChild<AttendanceView*>()->setEvent(3));
        for (const MainWindow::Page page : {MainWindow::Page::Volunteers, MainWindow::Page::Events,
                                            MainWindow::Page::Attendance, MainWindow::Page::Home}) {
            w.showPage(page);
            QCoreApplication::processEvents();
            QVERIFY2(
                w.minimumSizeHint().width() <= 1024,
                qPrintable(
                    QStringLiteral("page %1 needs %2 px").arg(int(page)).arg(w.minimumSizeHint().width())));
            QCOMPARE(w.width(), 1024);
        }
    }

    // Item 9: at 1024×700 every list shows all its columns (no horizontal scrolling) and the volunteer
    // page fits; "Signed in as" stays in the status bar, also after a menu's hint was shown there.
    void everythingFitsAt1024x700() {
        UiFixture f;
        MainWindow w(f.context);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), QSize(1024, 700));
        const struct {
            MainWindow::Page page;
            const char* table;
        } lists[] = {{MainWindow::Page::Volunteers, "volunteerTable"},
                     {MainWindow::Page::Organizations, "organizationTable"},
                     {MainWindow::Page::Events, "eventTable"}};
        for (const auto& l : lists) {
            w.showPage(l.page);
            auto* table = find<QTableView>(&w, l.table);
            QTRY_VERIFY(table->isVisible() && table->model()->rowCount() > 0);
            QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        }
        w.openVolunteer(1);
        auto* scroll = find<QScrollArea>(&w, "volunteerScroll");
        QTRY_VERIFY(scroll->isVisible());
        QVERIFY2(w.minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(w.minimumSizeHint().width())));
        QCOMPARE(w.width(), 1024);
        QVERIFY(scroll->widget()->width() <= scroll->viewport()->width());

        const auto signedInShown = [&w] {
            for (QLabel* l : w.statusBar()->findChildren<QLabel*>())
                if (l->isVisible() &&
                    l->text().startsWith(QStringLiteral("Signed in as tester@example.org")) &&
                    l->width() >= l->fontMetrics().horizontalAdvance(QStringLiteral("Signed in as")))
                    return true;
            return w.statusBar()->currentMessage().startsWith(QStringLiteral("Signed in as"));
        };
        QVERIFY(signedInShown());
        // Hovering a menu item shows its hint in the status bar, and clears it after.
        QStatusTipEvent tip(QStringLiteral("Quit VMS"));
        QCoreApplication::sendEvent(&w, &tip);
        QStatusTipEvent none{QString()};
        QCoreApplication::sendEvent(&w, &none);
        QVERIFY(signedInShown());
    }

    // Item 9: the same in Spanish, whose words are longer: the window still fits 1024×700 on every page.
    void everythingFitsAt1024x700InSpanish() {
        installTranslations(QStringLiteral("es"));
        UiFixture f;
        MainWindow w(f.context);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int needed = w.minimumSizeHint().width();
        // Back to English (its file only adds plural forms) and the tests' C locale.
        installTranslations(QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        QVERIFY2(needed <= 1024, qPrintable(QString::number(needed)));
        QCOMPARE(w.width(), 1024);
    }

    // Item 9: calendar chips keep the end of a name, where a series' names differ.
    void calendarKeepsWhatTellsEventsApart() {
        UiFixture f;
        const QString series = QStringLiteral("Career Exploration Day at Lopez High School — ");
        exec(f.db->connection(),
             QStringLiteral("UPDATE events SET name = ?, start_utc = ?, end_utc = ? WHERE id = 3"),
             {series + QStringLiteral("Morning"), utcMs("2026-03-20T14:30:00Z"),
              utcMs("2026-03-20T16:00:00Z")});
        exec(f.db->connection(),
             QStringLiteral("UPDATE events SET name = ?, start_utc = ?, end_utc = ?, status = 'Confirmed', "
                            "status_code = ? WHERE id = 4"),
             {series + QStringLiteral("Afternoon"), utcMs("2026-03-20T19:00:00Z"),
              utcMs("2026-03-20T21:00:00Z"), static_cast<int>(EventStatus::Confirmed)});
        MainWindow w(f.context);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(MainWindow::Page::Calendar);
        auto* grid = find<QTableView>(&w, "calendarGrid");
        QTRY_VERIFY(grid->isVisible());
        auto* model = w.calendarView()->model();
        QTRY_COMPARE(model->eventsOn(model->indexOf(QDate(2026, 3, 20))).size(), size_t(2));
        const QRect cell = grid->visualRect(model->indexOf(QDate(2026, 3, 20)));
        const QRect first = CalendarDelegate::chipRect(cell, grid->fontMetrics(), 0);
        const QRect second = CalendarDelegate::chipRect(cell, grid->fontMetrics(), 1);
        QVERIFY(!first.isNull() && !second.isNull());
        grid->clearSelection();
        grid->setCurrentIndex({});
        const QImage shot = grid->viewport()->grab().toImage();
        // Both chips have the same colour and glyph: only the words can differ.
        QVERIFY2(shot.copy(first.translated(0, 0)) !=
                     shot.copy(first.translated(0, second.top() - first.top())),
                 "the two events' chips read the same");
    }

    // Item 9: the next volunteer opens at the top, and reading looks different from editing.
    void volunteerPageOpensAtTheTopAndShowsWhenItEdits() {
        UiFixture f;
        MainWindow w(f.context);
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openVolunteer(1);
        auto* scroll = find<QScrollArea>(&w, "volunteerScroll");
        QTRY_VERIFY(scroll->verticalScrollBar()->maximum() > 0);
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        find<QPushButton>(&w, "volunteerBackButton")->click();
        w.openVolunteer(2);
        QTRY_VERIFY(find<QLabel>(&w, "volunteerName")->text().contains(QStringLiteral("Smithers")));
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);

        auto* email = find<QLineEdit>(&w, "volunteerField_email");
        QVERIFY2(!email->hasFrame(), "a value being read looks like a field being edited");
        find<QPushButton>(&w, "editVolunteerButton")->click();
        QVERIFY(w.volunteersView()->page()->isEditing());
        QVERIFY(email->hasFrame());
        QVERIFY(!email->isReadOnly());
    }

    // Item 10: Help ▸ User Guide opens the guide shipped with the program, pictures included, and its
    // links work without a network; Help ▸ Working offline says what works offline; About names a licence
    // in words.
    void helpOpensTheGuideAndSaysWhatWorksOffline() {
        UiFixture f;
        MainWindow w(f.context);
        w.show();
        auto* guide = w.findChild<QAction*>(QStringLiteral("userGuideAction"));
        QVERIFY2(guide, "no Help ▸ User Guide");
        guide->trigger();
        QTRY_VERIFY(w.findChild<QTextBrowser*>(QStringLiteral("helpBrowser")) != nullptr);
        auto* browser = w.findChild<QTextBrowser*>(QStringLiteral("helpBrowser"));
        QCOMPARE(browser->source().scheme(), QStringLiteral("qrc"));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("VMS user guide")));
        // Its picture is there, from inside the program.
        const QVariant picture = browser->document()->resource(
            QTextDocument::ImageResource,
            browser->source().resolved(QUrl(QStringLiteral("../screenshots/home.png"))));
        QVERIFY(picture.isValid());
        browser->setSource(browser->source().resolved(QUrl(QStringLiteral("user.md"))));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("VMS for Users")));
        browser->window()->close();

        auto* offline = w.findChild<QAction*>(QStringLiteral("workingOfflineAction"));
        QVERIFY2(offline, "no Help ▸ Working offline");
        offline->trigger();
        QTRY_VERIFY(w.findChild<QDialog*>(QStringLiteral("workingOfflineDialog")) != nullptr);
        const QString text = w.findChild<QDialog*>(QStringLiteral("workingOfflineDialog"))
                                 ->findChild<QTextBrowser*>()
                                 ->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Taking attendance")));
        QVERIFY(text.contains(QStringLiteral("Needs a network")));

        AboutDialog about;
        const QString licence = about.findChild<QLabel*>(QStringLiteral("aboutLicence"))->text();
        QVERIFY2(!licence.contains(QStringLiteral("LicenseRef")), qPrintable(licence));
    }

    // Item 10: what is greyed out says why, and Ctrl+E where nothing can be edited says so.
    void greyedOutSaysWhyAndCtrlESpeaks() {
        UiFixture f(Role::User);
        MainWindow w(f.context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList silent;
        for (QAction* menu : w.menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                // Hidden actions (an Admin's, for other roles) are not greyed out: nobody sees them.
                if (!a->isSeparator() && a->isVisible() && !a->isEnabled() &&
                    (a->statusTip().isEmpty() || a->toolTip().isEmpty() ||
                     a->toolTip() == QString(a->text()).remove(u'&')))
                    silent << a->text();
        QVERIFY2(silent.isEmpty(), qPrintable(silent.join(QStringLiteral(", "))));

        w.openVolunteer(1);
        QTRY_VERIFY(find<QLabel>(&w, "volunteerName")->isVisible());
        QApplication::setActiveWindow(&w);
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("Coordinator")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.volunteersView()->page()->isEditing());
        w.statusBar()->clearMessage();
        w.showPage(MainWindow::Page::Organizations);
        QTest::keyClick(&w, Qt::Key_E, Qt::ControlModifier);
        QVERIFY(!w.statusBar()->currentMessage().isEmpty());
    }

    // Item 11: the user guide and the window agree, by salesforce-org.md's rule: a User exports and prints
    // aggregate reports only, and Volunteer Hours lists people.
    void userGuideAgreesWithTheWindowOnPrinting() {
        UiFixture f(Role::User);
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Reports);
        auto* reports = w.findChild<ReportsView*>();
        QVERIFY(reports->selectReport(QStringLiteral("volunteer-hours")));
        QTRY_VERIFY(!reports->isRunning());
        auto* print = find<QPushButton>(reports, "printButton");
        QVERIFY(!print->isEnabled());
        QFile guide(qEnvironmentVariable("VMS_SOURCE_DIR") + QStringLiteral("/docs/user-guide/user.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll()).simplified();
        // Every sentence of the User's guide about Volunteer Hours that speaks of printing must say it is
        // not theirs to do.
        const QStringList sentences = text.split(QRegularExpression(QStringLiteral("(?<=[.)])\\s+")));
        int about = 0;
        for (const QString& sentence : sentences) {
            if (!sentence.contains(QStringLiteral("Volunteer Hours")) ||
                !sentence.contains(QStringLiteral("print")))
                continue;
            ++about;
            QVERIFY2(sentence.contains(QStringLiteral("only an Admin")) ||
                         sentence.contains(QStringLiteral("not ")),
                     qPrintable(sentence));
            QVERIFY2(!sentence.contains(QStringLiteral("read and printed")), qPrintable(sentence));
        }
        QVERIFY2(about > 0, "the User's guide does not say who may print Volunteer Hours");
    }
};

QTEST_MAIN(TestCoordinatorWeek)
#include "tst_CoordinatorWeek.moc"
