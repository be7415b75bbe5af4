#include "core/changes/LocalChanges.h"
#include "core/db/Outbox.h"
#include "core/profile/DisplayTime.h"
#include "tests/support/UiTestSupport.h"
#include "ui/views/CalendarModel.h"
#include "ui/views/CalendarView.h"
#include "ui/views/EventForm.h"
#include "ui/views/EventsView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace vms;
using namespace vms::test;

namespace {

// Runs `fill` on the event form once the planner has it open (it is modal), then lets it go on.
void whenFormOpens(EventPlanner* planner, std::function<void(EventForm*)> fill) {
    auto* timer = new QTimer(planner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, planner, [planner, timer, fill] {
        if (EventForm* form = planner->openForm(); form && form->isVisible()) {
            timer->stop();
            timer->deleteLater();
            fill(form);
        }
    });
    timer->start();
}

qint64 localMs(const QDate& d, const QTime& t) {
    return QDateTime(d, t, DisplayTime::zone()).toMSecsSinceEpoch();
}

} // namespace

// The event form and planning in the Events list and the Calendar (issue #17), with real widgets.
class TestEventForm final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // What the org would refuse is shown beside its field as it is typed, and nothing is saved until it
    // is fixed; a new event is a Draft, queued.
    void validation() {
        UiFixture f;
        EventForm form(f.context, 0);
        form.show();
        auto* name = find<QLineEdit>(&form, "eventFormName");
        auto* save = find<QPushButton>(&form, "eventFormSave");
        QVERIFY(name && save);
        QVERIFY(!form.save());
        QTRY_VERIFY(find<QLabel>(&form, "eventFormProblem_name")->isVisible());
        name->setText(QStringLiteral("Robotics night"));
        QTRY_VERIFY(!find<QLabel>(&form, "eventFormProblem_name")->isVisible());
        auto* start = find<QDateTimeEdit>(&form, "eventFormStart");
        auto* end = find<QDateTimeEdit>(&form, "eventFormEnd");
        end->setDateTime(start->dateTime().addSecs(-3600));
        QTRY_VERIFY(find<QLabel>(&form, "eventFormProblem_end_utc")->isVisible());
        QVERIFY(!form.save());
        end->setDateTime(start->dateTime().addSecs(2 * 3600));
        QTRY_VERIFY(!find<QLabel>(&form, "eventFormProblem_end_utc")->isVisible());
        auto* status = find<QComboBox>(&form, "eventFormStatus");
        status->setCurrentText(QStringLiteral("Cancelled"));
        QCOMPARE(status->currentText(), QStringLiteral("Cancelled"));
        QVERIFY(!form.save());
        QTRY_VERIFY(find<QLabel>(&form, "eventFormProblem_cancellation_reason")->isVisible());
        status->setCurrentText(QStringLiteral("Draft"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(form.localId() != 0);
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT status FROM events WHERE id=?"), {form.localId()}).toString(),
            QStringLiteral("Draft"));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT end_utc - start_utc FROM events WHERE id=?"), {form.localId()})
                .toLongLong(),
            2 * 3'600'000LL);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='event'")).toInt(), 1);
    }

    // Times are typed in the display zone: 9:00 in the form is 9:00 in America/Chicago.
    void timesInTheDisplayZone() {
        UiFixture f;
        EventForm form(f.context, 3); // 2026-03-20T14:30Z = 9:30 CDT
        QCOMPARE(find<QDateTimeEdit>(&form, "eventFormStart")->time(), QTime(9, 30));
        QCOMPARE(form.values().value(QStringLiteral("start_utc")).toLongLong(),
                 utcMs("2026-03-20T14:30:00Z"));
        QVERIFY(form.changedValues().isEmpty());
    }

    // A User sees the form read-only with the reason; the list's and the page's actions are greyed.
    void roleGating() {
        UiFixture f(Role::User);
        EventForm form(f.context, 3);
        form.show();
        QVERIFY(find<QLabel>(&form, "eventFormReadOnly")->isVisible());
        QVERIFY(!find<QLabel>(&form, "eventFormReadOnly")->text().isEmpty());
        QVERIFY(!find<QLineEdit>(&form, "eventFormName")->isEnabled());
        QVERIFY(!find<QPushButton>(&form, "eventFormSave")->isVisible());
        QVERIFY(!form.save());

        EventsView view(f.context);
        view.show();
        QVERIFY(!find<QPushButton>(&view, "eventNewButton")->isEnabled());
        view.openEvent(3);
        QVERIFY(find<QPushButton>(&view, "eventEditButton")->isEnabled()); // opens the details
        QVERIFY(!find<QPushButton>(&view, "eventPublishButton")->isEnabled());
        QVERIFY(!find<QPushButton>(&view, "eventCancelButton")->isEnabled());
        CalendarView calendar(f.context);
        QVERIFY(!find<QPushButton>(&calendar, "calendarNewEvent")->isEnabled());
    }

    // Every planning change is undone with the window's undo stack: a status change, an edit in the form,
    // and a creation (taken back while it has not reached the org).
    void undo() {
        UiFixture f;
        QUndoStack stack;
        EventsView view(f.context, &stack);
        view.show();
        view.openEvent(3);
        QTest::mouseClick(find<QPushButton>(&view, "eventPublishButton"), Qt::LeftButton);
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM events WHERE id=3")).toString(),
                 QStringLiteral("Published"));
        stack.undo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM events WHERE id=3")).toString(),
                 QStringLiteral("Confirmed"));
        stack.redo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM events WHERE id=3")).toString(),
                 QStringLiteral("Published"));

        // Cancelled through the form (the reason asked for), then undone.
        whenFormOpens(view.planner(), [](EventForm* form) {
            QCOMPARE(find<QComboBox>(form, "eventFormStatus")->currentText(), QStringLiteral("Cancelled"));
            QTest::keyClicks(find<QLineEdit>(form, "eventFormReason"), QStringLiteral("Judges unavailable"));
            QTest::mouseClick(find<QPushButton>(form, "eventFormSave"), Qt::LeftButton);
        });
        QTest::mouseClick(find<QPushButton>(&view, "eventCancelButton"), Qt::LeftButton);
        QCOMPARE(f.scalar(QStringLiteral("SELECT cancellation_reason FROM events WHERE id=3")).toString(),
                 QStringLiteral("Judges unavailable"));
        QTRY_VERIFY(!find<QPushButton>(&view, "eventCancelButton")->isEnabled());
        stack.undo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT status FROM events WHERE id=3")).toString(),
                 QStringLiteral("Published"));
        QVERIFY(f.scalar(QStringLiteral("SELECT cancellation_reason FROM events WHERE id=3")).isNull());

        // Created from the list, then taken back: no row, nothing queued for it.
        whenFormOpens(view.planner(), [](EventForm* form) {
            QTest::keyClicks(find<QLineEdit>(form, "eventFormName"), QStringLiteral("Robotics night"));
            QTest::mouseClick(find<QPushButton>(form, "eventFormSave"), Qt::LeftButton);
        });
        view.showList();
        QTest::mouseClick(find<QPushButton>(&view, "eventNewButton"), Qt::LeftButton);
        const qint64 created =
            f.scalar(QStringLiteral("SELECT id FROM events WHERE name='Robotics night'")).toLongLong();
        QVERIFY(created > 0);
        stack.undo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM events WHERE name='Robotics night'")).toInt(),
                 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='event' AND local_id=?"),
                          {created})
                     .toInt(),
                 0);
        stack.redo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM events WHERE name='Robotics night'")).toInt(),
                 1);
    }

    // A double click on an empty day creates an event on it; an event dragged to another day moves there
    // after a confirmation, keeping its time of day, and Ctrl+Z moves it back.
    void calendarCreateAndMove() {
        UiFixture f;
        QUndoStack stack;
        CalendarView calendar(f.context, &stack);
        calendar.resize(1000, 700);
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));
        calendar.model()->setToday(QDate(2026, 3, 10));
        calendar.today();
        QTableView* grid = calendar.grid();
        const QModelIndex empty = calendar.model()->indexOf(QDate(2026, 3, 24));
        QVERIFY(empty.isValid());
        QVERIFY(calendar.model()->eventsOn(empty).empty());

        whenFormOpens(calendar.planner(), [](EventForm* form) {
            QTest::keyClicks(find<QLineEdit>(form, "eventFormName"), QStringLiteral("Spring mentoring"));
            QTest::mouseClick(find<QPushButton>(form, "eventFormSave"), Qt::LeftButton);
        });
        // A double click as a window system delivers it: press, release, then the double click.
        const QPoint day = grid->visualRect(empty).center();
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, day);
        QTest::mouseDClick(grid->viewport(), Qt::LeftButton, {}, day);
        QTRY_COMPARE(f.scalar(QStringLiteral("SELECT start_utc FROM events WHERE name='Spring mentoring'"))
                         .toLongLong(),
                     localMs(QDate(2026, 3, 24), QTime(9, 0)));
        QTRY_COMPARE(calendar.model()->eventsOn(empty).size(), size_t(1));

        // Science Fair Judging (event 3) on March 20, dragged to March 26.
        const QModelIndex from = calendar.model()->indexOf(QDate(2026, 3, 20));
        const QModelIndex to = calendar.model()->indexOf(QDate(2026, 3, 26));
        const QRect chip = CalendarDelegate::chipRect(grid->visualRect(from), QFontMetrics(grid->font()), 0);
        QVERIFY(!chip.isNull());
        QCOMPARE(calendar.eventAt(chip.center()), 3);
        f.prompter.answer = false; // the user says no: nothing moves
        QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, chip.center());
        QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(to).center());
        QCOMPARE(f.prompter.questions.size(), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT start_utc FROM events WHERE id=3")).toLongLong(),
                 utcMs("2026-03-20T14:30:00Z"));
        f.prompter.answer = true;
        QTest::mousePress(grid->viewport(), Qt::LeftButton, {}, chip.center());
        QTest::mouseRelease(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(to).center());
        QCOMPARE(f.scalar(QStringLiteral("SELECT start_utc FROM events WHERE id=3")).toLongLong(),
                 utcMs("2026-03-26T14:30:00Z"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT end_utc FROM events WHERE id=3")).toLongLong(),
                 utcMs("2026-03-26T16:00:00Z"));
        QTRY_COMPARE(calendar.model()->eventsOn(to).size(), size_t(1));
        stack.undo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT start_utc FROM events WHERE id=3")).toLongLong(),
                 utcMs("2026-03-20T14:30:00Z"));
    }

    // A refusal the org gave the event's last change is shown on the form, its field marked.
    void refusalShownOnTheForm() {
        UiFixture f;
        QVERIFY(LocalChanges(f.db->connection(), f.context.session, f.clock)
                    .editEvent(3, {{QStringLiteral("location"), QStringLiteral("Gym")}})
                    .ok());
        Outbox outbox(f.db->connection());
        auto entries = outbox.entriesFor(QStringLiteral("event"), 3);
        QVERIFY(entries.ok() && entries->size() == 1);
        QVERIFY(outbox
                    .fail(entries->front().id,
                          {QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION"),
                           QStringLiteral("The end date and time cannot be before the start."),
                           {QStringLiteral("End_Date_and_Time__c")}},
                          QStringLiteral("2026-03-10T15:00:00.000Z"))
                    .ok());
        EventForm form(f.context, 3);
        form.show();
        QVERIFY(find<QLabel>(&form, "eventFormRefusal")->isVisible());
        QVERIFY(
            find<QLabel>(&form, "eventFormRefusal")->text().contains(u"FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        QVERIFY(find<QLabel>(&form, "eventFormProblem_end_utc")->isVisible());
    }
};

QTEST_MAIN(TestEventForm)
#include "tst_EventForm.moc"
