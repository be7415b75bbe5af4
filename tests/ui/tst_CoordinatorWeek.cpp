#include "UiTestSupport.h"
#include "core/models/RecordTableModel.h"
#include "ui/MainWindow.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/GlobalSearch.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>

using namespace vms;
using namespace vms::test;

namespace {

template <typename T>
T* find(QWidget* root, const char* name) {
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

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
};

QTEST_MAIN(TestCoordinatorWeek)
#include "tst_CoordinatorWeek.moc"
