// Issue #9: every control reachable by keyboard and named for screen readers. The real main window over
// a small cached org, each of its pages and the main dialogs, audited through Qt's accessibility tree
// (the names assistive tools are given) and by driving Tab and Shift+Tab with key presses.

#include "core/attendance/AttendanceImport.h"
#include "core/auth/AuthManager.h"
#include "core/auth/MemoryTokenStore.h"
#include "core/salesforce/OrgMapping.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/about/AboutDialog.h"
#include "ui/attendance/ImportDialog.h"
#include "ui/attendance/OfflineReadyDialog.h"
#include "ui/attendance/StudentPickerDialog.h"
#include "ui/attendance/WalkInDialog.h"
#include "ui/auth/AccountButton.h"
#include "ui/auth/SignInDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/sync/ProblemsDialog.h"
#include "ui/views/AddVolunteerDialog.h"
#include "ui/views/CalendarModel.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventsView.h"
#include "ui/views/HomeView.h"
#include "ui/views/OrganizationsView.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"
#include "ui/widgets/GlobalSearch.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace vms;
using namespace vms::test;

namespace {

// Everything one audited screen needs: the cached org, the main window as vms shows it (with the
// account button and a sync problem to show), and what the dialogs are built from.
struct World {
    UiFixture fixture;
    QNetworkAccessManager nam; // never used to send: no dialog here is driven to sign in
    MemoryTokenStore tokens;
    std::unique_ptr<AuthManager> auth;
    std::unique_ptr<MainWindow> window;
    QPointer<QWidget> dialog;

    World() {
        QSqlDatabase c = fixture.db->connection();
        // Students for the picker, a conflict and a record waiting to apply for the problems dialog.
        exec(c, QStringLiteral(
                    "INSERT INTO classes(sf_id, name, school_sf_id) VALUES ('a0C1','Room 12','001S')"));
        exec(c,
             QStringLiteral("INSERT INTO students(sf_id, first_name, last_name, school_sf_id, class_sf_id, "
                            "current_grade) VALUES ('003S1','Sam','Student','001S','a0C1','7'), "
                            "('003S2','Pat','Pupil','001S','a0C1','8')"));
        exec(c, QStringLiteral(
                    "INSERT INTO outbox(created_at, entity, local_id, operation, fields, base, state) "
                    "VALUES ('2026-03-09T00:00:00Z','volunteer',1,'update','{\"title\":\"Lead\"}',"
                    "'{\"title\":\"Engineer\"}','conflict')"));
        exec(c, QStringLiteral("INSERT INTO conflicts(entity, local_id, object, sf_id, field, column_name, "
                               "local_value, server_value, detected_at, outbox_id) VALUES ('volunteer',1,"
                               "'Contact','003A','Title','title','Lead','Principal Engineer',"
                               "'2026-03-09T00:00:00Z',1)"));
        exec(c, QStringLiteral("INSERT INTO sync_issues(entity, sf_id, code, message, payload, first_seen, "
                               "last_seen) VALUES ('participation','a0P9','PARENT_NOT_LOCAL',"
                               "'Its event is not in the local cache yet.','{}','x','x')"));
        auth = std::make_unique<AuthManager>(&nam, &tokens, QStringLiteral("audit"), fixture.db,
                                             OrgMapping::loadDefault().value());
        window = std::make_unique<MainWindow>(fixture.context);
        window->setAccountWidget(new AccountButton(*auth));
        window->syncStatus()->setState(true, false, {}, 2, fixture.clock.nowUtc().addSecs(-3600), 1);
        window->resize(1280, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("the main window was never exposed");
    }
    ~World() {
        delete dialog;
        window.reset();
    }

    // Shows a page of the main window and waits until it has what it loads.
    QWidget* page(const char* name, const std::function<bool()>& loaded = {}) {
        if (!window->showPageNamed(QString::fromLatin1(name)))
            return nullptr;
        if (loaded && !QTest::qWaitFor(loaded, 10000))
            return nullptr; // audited half-loaded, a page could pass for the wrong reason
        return window.get();
    }
    // Shows a dialog the way its owner does (window-modal over the main window).
    QWidget* show(QDialog* d) {
        dialog = d;
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->open();
        return QTest::qWaitForWindowExposed(d) ? d : nullptr;
    }
    // Edit > Settings… as the window opens it, for a user of `role` (the cached session decides which
    // fields are editable, and disabled ones are no Tab stops).
    QWidget* settings(Role role) {
        Session cached = fixture.context.session;
        cached.role = role;
        if (!cached.saveCached(db()))
            return nullptr;
        window->openSettings();
        auto* d = window->findChild<SettingsDialog*>();
        if (!d || !QTest::qWaitForWindowExposed(d))
            return nullptr;
        dialog = d;
        return d;
    }
    QSqlDatabase db() const { return fixture.db->connection(); }
};

// One audited screen: its name and how to bring it up. Adding a page or a dialog is one line here.
struct Screen {
    const char* name;
    std::function<QWidget*(World&)> open;
};

const std::vector<Screen>& screens() {
    static const std::vector<Screen> all = {
        {"home page",
         [](World& w) {
             return w.page("home", [&w] { return w.window->homeView()->isLoaded(); });
         }},
        {"volunteers page",
         [](World& w) {
             return w.page("volunteers", [&w] { return w.window->volunteersView()->isLoaded(); });
         }},
        {"volunteers page, filtered",
         [](World& w) -> QWidget* {
             if (!w.page("volunteers", [&w] { return w.window->volunteersView()->isLoaded(); }))
                 return nullptr;
             // Text in the filters shows their clear buttons.
             w.window->findChild<QLineEdit*>(QStringLiteral("volunteerFilter"))
                 ->setText(QStringLiteral("smith"));
             w.window->findChild<QLineEdit*>(QStringLiteral("volunteerOrganizationFilter"))
                 ->setText(QStringLiteral("acme"));
             return w.window.get();
         }},
        {"volunteer record",
         [](World& w) -> QWidget* {
             if (!w.page("volunteers", [&w] { return w.window->volunteersView()->isLoaded(); }))
                 return nullptr;
             w.window->openVolunteer(1);
             return w.window.get();
         }},
        {"volunteer record, editing",
         [](World& w) -> QWidget* {
             if (!w.page("volunteers", [&w] { return w.window->volunteersView()->isLoaded(); }))
                 return nullptr;
             w.window->openVolunteer(1);
             w.window->volunteersView()->findChild<VolunteerPage*>()->startEditing();
             return w.window.get();
         }},
        {"organizations page",
         [](World& w) {
             return w.page("organizations", [&w] { return w.window->organizationsView()->isLoaded(); });
         }},
        {"organization record",
         [](World& w) -> QWidget* {
             if (!w.page("organizations", [&w] { return w.window->organizationsView()->isLoaded(); }))
                 return nullptr;
             w.window->openOrganization(1);
             return w.window.get();
         }},
        {"events page",
         [](World& w) {
             return w.page("events", [&w] { return w.window->eventsView()->isLoaded(); });
         }},
        {"event record",
         [](World& w) -> QWidget* {
             if (!w.page("events", [&w] { return w.window->eventsView()->isLoaded(); }))
                 return nullptr;
             w.window->openEvent(3);
             return w.window.get();
         }},
        {"calendar page",
         [](World& w) {
             return w.page("calendar");
         }},
        {"calendar page, week",
         [](World& w) -> QWidget* {
             if (!w.page("calendar"))
                 return nullptr;
             w.window->findChild<QPushButton*>(QStringLiteral("calendarWeekButton"))->click();
             return w.window.get();
         }},
        {"attendance page",
         [](World& w) {
             return w.page("attendance");
         }},
        {"reports page",
         [](World& w) {
             return w.page("reports");
         }},
        {"admin page",
         [](World& w) {
             Session admin = w.fixture.context.session;
             admin.role = Role::Admin;
             w.window->setSession(admin);
             return w.page("admin");
         }},
        {"sign-in dialog",
         [](World& w) {
             return w.show(new SignInDialog(*w.auth, &w.nam, *w.fixture.settings, {}, w.window.get()));
         }},
        {"add volunteer dialog",
         [](World& w) {
             return w.show(new AddVolunteerDialog(w.fixture.context, w.window.get()));
         }},
        {"walk-in dialog",
         [](World& w) {
             return w.show(new WalkInDialog({}, {}, {QStringLiteral("Acme Corp")}, w.window.get()));
         }},
        {"walk-in dialog, a name the org would refuse",
         [](World& w) {
             auto problems = [](const NewVolunteer&) {
                 return std::vector<FieldProblem>{{QStringLiteral("last_name"), QStringLiteral("Last Name"),
                                                   QStringLiteral("LastName"),
                                                   QStringLiteral("At most 80 characters; this has 86.")}};
             };
             auto* d = new WalkInDialog({}, problems, {}, w.window.get());
             w.show(d);
             d->findChild<QLineEdit*>(QStringLiteral("walkInLastName"))->setText(QString(86, u'x'));
             d->findChild<QPushButton*>(QStringLiteral("walkInAddButton"))->click();
             return d;
         }},
        {"walk-in dialog, possible duplicates",
         [](World& w) {
             auto finder = [](const NewVolunteer&) {
                 DuplicateCandidate d;
                 d.localId = 1;
                 d.name = QStringLiteral("Jane Smith");
                 d.email = QStringLiteral("jane@acme.test");
                 d.reason = QStringLiteral("same email");
                 return std::vector<DuplicateCandidate>{d};
             };
             auto* d = new WalkInDialog(finder, {}, {}, w.window.get());
             w.show(d);
             d->findChild<QLineEdit*>(QStringLiteral("walkInLastName"))->setText(QStringLiteral("Smith"));
             d->findChild<QPushButton*>(QStringLiteral("walkInAddButton"))->click();
             return d;
         }},
        {"student picker dialog",
         [](World& w) {
             return w.show(new StudentPickerDialog(w.fixture.db, QStringLiteral("001S"), w.window.get()));
         }},
        {"attendance import dialog",
         [](World& w) {
             const QString csv = QStringLiteral("email,status,hours\njane@acme.test,Attended,2\n"
                                                "nobody@example.test,Attended,2\n");
             return w.show(new ImportDialog(QStringLiteral("attendance.csv"),
                                            AttendanceImport::preview(w.db(), 3, csv), w.window.get()));
         }},
        {"offline-ready dialog",
         [](World& w) {
             auto* d = new OfflineReadyDialog(w.fixture.db, w.fixture.clock.nowUtc(),
                                              OrgMapping::loadDefault().value(), w.window.get());
             d->checkEvent(3);
             d->check();
             return w.show(d);
         }},
        {"sync problems dialog",
         [](World& w) {
             return w.show(new ProblemsDialog(w.fixture.db, w.fixture.context.session, w.fixture.clock,
                                              w.window.get()));
         }},
        {"settings dialog",
         [](World& w) {
             return w.settings(Role::Coordinator);
         }},
        {"settings dialog, admin",
         [](World& w) {
             return w.settings(Role::Admin);
         }},
        {"about dialog",
         [](World& w) -> QWidget* {
             w.window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
             auto* d = w.window->findChild<AboutDialog*>();
             if (d && !QTest::qWaitForWindowExposed(d))
                 return nullptr;
             w.dialog = d;
             return d;
         }},
    };
    return all;
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The checker must be able to fail: an unnamed icon-only button, an unlabelled combo box, a button
    // Tab jumps over, a mouse-only button and an edit that swallows Tab are each reported; the same
    // controls done right are not.
    void checkerReportsWhatIsWrong() {
        QWidget bad;
        bad.setObjectName(QStringLiteral("badForm"));
        auto* layout = new QVBoxLayout(&bad);
        auto* first = new QLineEdit;
        first->setObjectName(QStringLiteral("firstEdit"));
        first->setAccessibleName(QStringLiteral("First"));
        auto* iconOnly = new QToolButton;
        iconOnly->setObjectName(QStringLiteral("iconOnlyButton"));
        iconOnly->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
        iconOnly->setToolTip(QStringLiteral("Edit")); // a tooltip is a description, not a name
        auto* skipped = new QPushButton(QStringLiteral("Skipped"));
        skipped->setObjectName(QStringLiteral("skippedButton"));
        auto* mouseOnly = new QPushButton(QStringLiteral("Mouse only"));
        mouseOnly->setObjectName(QStringLiteral("mouseOnlyButton"));
        mouseOnly->setFocusPolicy(Qt::ClickFocus);
        auto* unlabelled = new QComboBox;
        unlabelled->setObjectName(QStringLiteral("unlabelledCombo"));
        unlabelled->addItems({QStringLiteral("Any status"), QStringLiteral("Active")});
        auto* notes = new QPlainTextEdit;
        notes->setObjectName(QStringLiteral("tabEatingEdit"));
        notes->setAccessibleName(QStringLiteral("Notes")); // Tab types a tab character here
        // Named, but on Linux the name never reaches a screen reader: only a label (buddy) does.
        auto* nameOnly = new QComboBox;
        nameOnly->setObjectName(QStringLiteral("nameOnlyCombo"));
        nameOnly->setAccessibleName(QStringLiteral("Status"));
        nameOnly->addItem(QStringLiteral("Any status"));
        auto* count = new QLabel(QStringLiteral("42"));
        count->setObjectName(QStringLiteral("countLabel"));
        count->setAccessibleName(QStringLiteral("Volunteers")); // read instead of the number
        for (QWidget* w :
             QWidgetList{first, iconOnly, skipped, mouseOnly, unlabelled, nameOnly, notes, count})
            layout->addWidget(w);
        first->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
        // Tab on the icon button jumps straight to the combo box: the button after it is never reached.
        struct JumpOnTab final : QObject {
            QWidget* target;
            explicit JumpOnTab(QWidget* t)
                : target(t) {}
            bool eventFilter(QObject*, QEvent* e) override {
                if (e->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(e)->key() == Qt::Key_Tab &&
                    static_cast<QKeyEvent*>(e)->modifiers() == Qt::NoModifier) {
                    target->setFocus(Qt::TabFocusReason);
                    return true;
                }
                return false;
            }
        } jump(unlabelled);
        iconOnly->installEventFilter(&jump);
        bad.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bad));
        first->setFocus();
        const AccessibilityFindings found = auditAccessibility(&bad);
        const QString report = found.report();
        QVERIFY2(!found.clean(), "the checker found nothing wrong with a broken form");
        auto mentions = [](const QStringList& list, const char* name) {
            return !list.filter(QString::fromLatin1(name)).isEmpty();
        };
        QVERIFY2(mentions(found.unnamed, "#iconOnlyButton"), qPrintable(report));
        QVERIFY2(mentions(found.unnamed, "#unlabelledCombo"), qPrintable(report));
        QVERIFY2(mentions(found.unnamed, "#nameOnlyCombo"), qPrintable(report));
        QVERIFY2(!mentions(found.unnamed, "#firstEdit"), qPrintable(report));
        QVERIFY2(mentions(found.unreachable, "#skippedButton"), qPrintable(report));
        QVERIFY2(mentions(found.unreachable, "#mouseOnlyButton"), qPrintable(report));
        QVERIFY2(mentions(found.stuck, "#tabEatingEdit"), qPrintable(report));
        QVERIFY2(mentions(found.hiddenText, "#countLabel"), qPrintable(report));
        // The icon Qt puts inside the first field is a button of its own, and has no name.
        QVERIFY2(mentions(found.unnamed, "QLineEditIconButton in badForm/firstEdit"), qPrintable(report));

        // The same controls done right: named (a QLabel buddy counts), Tab leaves the edit, no jumps.
        QWidget good;
        good.setObjectName(QStringLiteral("goodForm"));
        auto* form = new QFormLayout(&good);
        form->addRow(QStringLiteral("&Name:"), new QLineEdit);
        auto* edit = new QToolButton;
        edit->setIcon(QIcon(QStringLiteral(":/icons/edit.svg")));
        edit->setAccessibleName(QStringLiteral("Edit"));
        edit->setToolTip(QStringLiteral("Edit"));
        form->addRow(edit);
        auto* status = new QComboBox;
        status->addItems({QStringLiteral("Any status"), QStringLiteral("Active")});
        form->addRow(QStringLiteral("&Status:"), status);
        auto* goodNotes = new QPlainTextEdit;
        goodNotes->setTabChangesFocus(true);
        form->addRow(QStringLiteral("N&otes:"), goodNotes);
        form->addRow(new QCheckBox(QStringLiteral("&Do not call")));
        good.show();
        QVERIFY(QTest::qWaitForWindowExposed(&good));
        const AccessibilityFindings fine = auditAccessibility(&good);
        QVERIFY2(fine.clean(), qPrintable(fine.report()));
        QCOMPARE(fine.tabStops, 5);
        QVERIFY(fine.namedChecked >= 5);
    }

    // The sidebar and the calendar used the way a keyboard user does: Tab to them, arrows, Enter.
    void sidebarAndCalendarByKeyboard() {
        World w;
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        auto* sidebar = w.window->findChild<QListWidget*>(QStringLiteral("navigationSidebar"));
        auto* pages = w.window->findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(sidebar && pages);
        auto tabTo = [](QWidget* target) {
            for (int i = 0; i < 60 && QApplication::focusWidget() != target; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            return QApplication::focusWidget() == target;
        };
        sidebar->setCurrentRow(0);
        w.window->globalSearch()->setFocus();
        QVERIFY(tabTo(sidebar));
        for (int i = 0; i < 4; ++i) // Home > Volunteers > Organizations > Events > Calendar
            QTest::keyClick(sidebar, Qt::Key_Down);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("calendarPage"));

        auto* calendar = w.window->calendarView();
        auto* grid = calendar->findChild<QTableView*>(QStringLiteral("calendarGrid"));
        QVERIFY(tabTo(grid));
        // Today is 10 March 2026; the Science Fair Judging is on the 20th: ten days on with the arrows.
        QCOMPARE(calendar->model()->dateAt(grid->currentIndex()), QDate(2026, 3, 10));
        QTest::keyClick(grid, Qt::Key_Down);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Right);
        QTest::keyClick(grid, Qt::Key_Right);
        QCOMPARE(calendar->model()->dateAt(grid->currentIndex()), QDate(2026, 3, 20));
        // Tab leaves the grid for the day's events; Enter opens the event.
        QTest::keyClick(grid, Qt::Key_Tab);
        auto* dayEvents = calendar->findChild<QListWidget*>(QStringLiteral("calendarDayEvents"));
        QCOMPARE(QApplication::focusWidget(), dayEvents);
        dayEvents->setCurrentRow(0);
        QTest::keyClick(dayEvents, Qt::Key_Return);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("eventsPage"));
        QTRY_COMPARE(w.window->eventsView()->findChild<QLabel*>(QStringLiteral("eventName"))->text(),
                     QStringLiteral("Science Fair Judging"));
    }

    void screen_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < static_cast<int>(screens().size()); ++i)
            QTest::newRow(screens()[static_cast<size_t>(i)].name) << i;
    }

    void screen() {
        QFETCH(int, index);
        World world;
        QWidget* window = screens()[static_cast<size_t>(index)].open(world);
        QVERIFY2(window, "the screen did not open");
        QVERIFY(window->isVisible());
        const AccessibilityFindings found = auditAccessibility(window);
        QVERIFY2(found.clean(), qPrintable(QStringLiteral("\n") + found.report()));
        // The audit looked at something: a screen with no controls would pass vacuously.
        QVERIFY(found.namedChecked > 0);
        QVERIFY(found.tabStops > 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_Accessibility.moc"
