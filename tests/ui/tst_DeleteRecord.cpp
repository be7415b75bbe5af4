#include "core/models/RecordTableModel.h"
#include "tests/support/UiTestSupport.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/attendance/RosterTableModel.h"
#include "ui/views/EventForm.h"
#include "ui/views/EventsView.h"
#include "ui/views/OrganizationForm.h"
#include "ui/views/OrganizationsView.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace vms;
using namespace vms::test;

namespace {

// Runs `act` on the first visible top-level widget of type T once it is open (the forms are modal).
template <typename T>
void whenOpen(QObject* owner, std::function<void(T*)> act) {
    auto* timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, owner, [timer, act] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* t = qobject_cast<T*>(w); t && t->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(t);
                return;
            }
    });
    timer->start();
}

} // namespace

// An Admin's delete in the GUI (issue #17): "Delete…" on the event page, the Events list and the event
// form, the organization page, list and form, and a roster row; shown to Admins only; a confirmation
// that names what goes with the record; the window's undo stack takes it back until it is pushed.
class TestDeleteRecord final : public QObject {
    Q_OBJECT

    static int count(UiFixture& f, const QString& sql) { return f.scalar(sql).toInt(); }

private Q_SLOTS:
    // Career Day (event 1) has two participations: the question names them; No deletes nothing; Yes
    // deletes the event and its participations, queues one delete, and leaves the page for the list;
    // undo brings all back with nothing queued, redo deletes again.
    void eventFromItsPageWithUndo() {
        UiFixture f(Role::Admin);
        QUndoStack stack;
        EventsView view(f.context, &stack);
        view.show();
        view.openEvent(1);
        auto* remove = find<QPushButton>(&view, "eventDeleteButton");
        QVERIFY(remove && remove->isVisible());

        f.prompter.answer = false;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(f.prompter.questions.size(), 1);
        QVERIFY2(f.prompter.questions.front().contains(QStringLiteral("“Career Day”")),
                 qPrintable(f.prompter.questions.front()));
        QVERIFY2(f.prompter.details.front().startsWith(QStringLiteral("This event and its 2 participations")),
                 qPrintable(f.prompter.details.front()));
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events WHERE id=1")), 1);
        QCOMPARE(stack.count(), 0);

        f.prompter.answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events WHERE id=1")), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM participations WHERE event_id=1")), 0);
        QCOMPARE(
            count(f, QStringLiteral("SELECT count(*) FROM outbox WHERE operation='delete' AND sf_id='a0E1'")),
            1);
        QTRY_VERIFY(!find<QWidget>(&view, "eventDetailPage")->isVisible());
        QCOMPARE(stack.count(), 1);

        stack.undo();
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events WHERE id=1")), 1);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM participations WHERE event_id=1")), 2);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QVERIFY(f.prompter.errors.isEmpty());
        stack.redo();
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events WHERE id=1")), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM outbox WHERE operation='delete'")), 1);
        stack.undo();
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM participations WHERE event_id=1")), 2);
    }

    // From the event form and from the list (the selected row).
    void eventFromItsFormAndTheList() {
        UiFixture f(Role::Admin);
        f.prompter.answer = true;
        QUndoStack stack;
        EventsView view(f.context, &stack);
        view.show();
        QTRY_VERIFY(view.isLoaded());
        whenOpen<EventForm>(&view, [](EventForm* form) {
            QTest::mouseClick(find<QPushButton>(form, "eventFormDelete"), Qt::LeftButton);
        });
        view.planner()->edit(3);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events WHERE id=3")), 0);
        QVERIFY2(f.prompter.questions.last().contains(QStringLiteral("Science Fair Judging")),
                 qPrintable(f.prompter.questions.last()));

        QTRY_COMPARE(view.model()->totalCount(), 3); // the list read again without it
        auto* table = find<QTableView>(&view, "eventTable");
        QVERIFY(table);
        QTRY_VERIFY(table->model()->rowCount() > 0);
        table->setCurrentIndex(table->model()->index(0, 0));
        const qint64 chosen = view.model()->idAt(0);
        const QString name =
            f.scalar(QStringLiteral("SELECT name FROM events WHERE id=?"), {chosen}).toString();
        QTest::mouseClick(find<QPushButton>(&view, "eventListDeleteButton"), Qt::LeftButton);
        QVERIFY2(f.prompter.questions.last().contains(name), qPrintable(f.prompter.questions.last()));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM events WHERE id=?"), {chosen}).toInt(), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events")), 2);
        QCOMPARE(stack.count(), 2);
        stack.undo();
        stack.undo();
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM events")), 4);
    }

    // An organization: the question says its volunteers stay; they lose the link while it is deleted and
    // get it back with the undo.
    void organizationWithUndo() {
        UiFixture f(Role::Admin);
        f.prompter.answer = true;
        exec(f.db->connection(), QStringLiteral("UPDATE volunteers SET organization_id=1 WHERE id=1"));
        QUndoStack stack;
        OrganizationsView view(f.context, &stack);
        view.show();
        view.openOrganization(1);
        QTest::mouseClick(find<QPushButton>(&view, "organizationDeleteButton"), Qt::LeftButton);
        QVERIFY2(f.prompter.questions.last().contains(QStringLiteral("“Acme Corp”")),
                 qPrintable(f.prompter.questions.last()));
        QVERIFY2(f.prompter.details.last().startsWith(QStringLiteral("This organization")),
                 qPrintable(f.prompter.details.last()));
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM organizations WHERE id=1")), 0);
        QVERIFY(f.scalar(QStringLiteral("SELECT organization_id FROM volunteers WHERE id=1")).isNull());
        QTRY_VERIFY(!find<QWidget>(&view, "organizationDetailPage")->isVisible());
        stack.undo();
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM organizations WHERE id=1")), 1);
        QCOMPARE(count(f, QStringLiteral("SELECT organization_id FROM volunteers WHERE id=1")), 1);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // From its form.
        whenOpen<OrganizationForm>(&view, [](OrganizationForm* form) {
            QTest::mouseClick(find<QPushButton>(form, "organizationFormDelete"), Qt::LeftButton);
        });
        QCOMPARE(view.openForm(2), 0);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM organizations WHERE id=2")), 0);
        stack.undo();
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM organizations WHERE id=2")), 1);
    }

    // A participation on the roster (Shift+Del, or the button), undone with the screen's undo.
    void participationOnTheRoster() {
        UiFixture f(Role::Admin);
        f.prompter.answer = true;
        QUndoStack stack;
        AttendanceView view(f.db, f.clock, &stack);
        view.setSession(f.context.session);
        view.setPrompter(&f.prompter);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QVERIFY(view.setEvent(1));
        auto* table = find<QTableView>(&view, "rosterTable");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const qint64 participation = view.rosterModel()->rowAt(0)->participationId;
        table->setCurrentIndex(table->model()->index(0, 0));
        table->setFocus();
        QVERIFY(find<QPushButton>(&view, "deleteParticipationButton")->isVisible());
        QTest::keyClick(table, Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QVERIFY2(f.prompter.details.last().startsWith(QStringLiteral("This participation")),
                 qPrintable(f.prompter.details.last()));
        QCOMPARE(
            count(f, QStringLiteral("SELECT count(*) FROM participations WHERE id=%1").arg(participation)),
            0);
        stack.undo();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(count(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    }

    // A Coordinator sees no "Delete…" anywhere; an Admin does.
    void onlyAnAdminSeesDelete() {
        UiFixture f(Role::Coordinator);
        EventsView events(f.context);
        events.show();
        events.openEvent(1);
        QVERIFY(!events.findChild<QPushButton*>(QStringLiteral("eventDeleteButton")));
        QVERIFY(!events.findChild<QPushButton*>(QStringLiteral("eventListDeleteButton")));
        EventForm form(f.context, 1);
        QVERIFY(!form.findChild<QPushButton*>(QStringLiteral("eventFormDelete")));
        OrganizationsView organizations(f.context);
        organizations.show();
        organizations.openOrganization(1);
        QVERIFY(!organizations.findChild<QPushButton*>(QStringLiteral("organizationDeleteButton")));
        QVERIFY(!organizations.findChild<QPushButton*>(QStringLiteral("organizationListDeleteButton")));
        OrganizationForm organizationForm(f.context, 1, nullptr);
        QVERIFY(!organizationForm.findChild<QPushButton*>(QStringLiteral("organizationFormDelete")));
        AttendanceView roster(f.db, f.clock);
        roster.setSession(f.context.session);
        roster.show();
        QVERIFY(!find<QPushButton>(&roster, "deleteParticipationButton")->isVisible());
        QVERIFY(!find<QAction>(&roster, "deleteParticipationAction")->isEnabled());

        UiFixture admin(Role::Admin);
        EventForm adminForm(admin.context, 1);
        QVERIFY(adminForm.findChild<QPushButton*>(QStringLiteral("eventFormDelete")));
        // A new event has nothing to delete yet.
        EventForm newForm(admin.context, 0);
        QVERIFY(!newForm.findChild<QPushButton*>(QStringLiteral("eventFormDelete")));
    }
};

QTEST_MAIN(TestDeleteRecord)
#include "tst_DeleteRecord.moc"
