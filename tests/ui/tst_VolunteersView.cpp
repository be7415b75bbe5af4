#include "core/models/RecordTableModel.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace vms;
using namespace vms::test;

namespace {

// The main window over the fixture, on the Volunteers page with the list loaded.
struct Window {
    MainWindow window;
    QTableView* table = nullptr;
    explicit Window(const UiContext& context)
        : window(context) {
        window.show();
        window.showPage(MainWindow::Page::Volunteers);
        table = find<QTableView>(&window, "volunteerTable");
    }
    bool loaded() const { return window.volunteersView()->isLoaded(); }
};

QString outboxFields(UiFixture& f, qint64 id) {
    return f.scalar(QStringLiteral("SELECT fields FROM outbox WHERE entity='volunteer' AND local_id=?"), {id})
        .toString();
}

} // namespace

class TestVolunteersView final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void filtersAsYouType() {
        UiFixture f;
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        QAbstractItemModelTester tester(w.table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(w.table->model()->rowCount(), 5);
        auto* filter = find<QLineEdit>(&w.window, "volunteerFilter");
        QTest::keyClicks(filter, QStringLiteral("smi"));
        QTRY_COMPARE(w.table->model()->rowCount(), 2);
        QTest::keyClicks(filter, QStringLiteral("thers"));
        QTRY_COMPARE(w.table->model()->rowCount(), 1);
        QCOMPARE(w.table->model()->index(0, 0).data().toString(), QStringLiteral("Smithers, John"));
        // By organization name although the cache stores its Salesforce Id.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("acme"));
        QTRY_COMPARE(w.table->model()->rowCount(), 2);
        // By skill, and by email.
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("engineering"));
        QTRY_COMPARE(w.table->model()->rowCount(), 2);
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("carol@"));
        QTRY_COMPARE(w.table->model()->rowCount(), 1);
        filter->clear();
        QTRY_COMPARE(w.table->model()->rowCount(), 5);
        auto* count = find<QLabel>(&w.window, "volunteerCount");
        QVERIFY(count->text().contains(u'5'));

        auto* skill = find<QComboBox>(&w.window, "volunteerSkillFilter");
        skill->setCurrentIndex(skill->findText(QStringLiteral("Engineering")));
        QTRY_COMPARE(w.table->model()->rowCount(), 2);
        skill->setCurrentIndex(0);
        auto* status = find<QComboBox>(&w.window, "volunteerStatusFilter");
        status->setCurrentIndex(status->findText(QStringLiteral("Do not contact")));
        QTRY_COMPARE(w.table->model()->rowCount(), 1);
        QCOMPARE(w.table->model()->index(0, 0).data().toString(), QStringLiteral("Brown, Bob"));
        status->setCurrentIndex(status->findText(QStringLiteral("Never volunteered")));
        QTRY_COMPARE(w.table->model()->rowCount(), 2);
        status->setCurrentIndex(0);
        auto* since = find<QComboBox>(&w.window, "volunteerLastVolunteeredFilter");
        since->setCurrentIndex(since->findText(QStringLiteral("This school year")));
        QTRY_COMPARE(w.table->model()->rowCount(), 2); // Jane (Feb 2026) and Bob (Sep 2025)
        since->setCurrentIndex(0);
        auto* org = find<QLineEdit>(&w.window, "volunteerOrganizationFilter");
        QTest::keyClicks(org, QStringLiteral("burns"));
        QTRY_COMPARE(w.table->model()->rowCount(), 1);
        org->clear();
        QTest::keyClicks(filter, QStringLiteral("nobody-has-this"));
        // Nobody matches: said inside the list, under its headers.
        QTRY_VERIFY(find<QLabel>(&w.window, "volunteersNoMatch")->isVisible());
    }

    void sortsAndRemembersColumns() {
        UiFixture f;
        {
            Window w(f.context);
            QTRY_VERIFY(w.loaded());
            QHeaderView* header = w.table->horizontalHeader();
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(0) + 10, header->height() / 2));
            QTRY_COMPARE(w.table->model()->index(0, 0).data().toString(), QStringLiteral("White, Carol"));
            header->resizeSection(1, 333);
            w.window.close();
        }
        Window again(f.context);
        QTRY_VERIFY(again.loaded());
        QCOMPARE(again.table->horizontalHeader()->sectionSize(1), 333);
        QCOMPARE(again.table->model()->index(0, 0).data().toString(), QStringLiteral("White, Carol"));
    }

    void opensVolunteerWithKeyboard() {
        UiFixture f;
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        auto* filter = find<QLineEdit>(&w.window, "volunteerFilter");
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("jane"));
        QTRY_COMPARE(w.table->model()->rowCount(), 1);
        QTest::keyClick(filter, Qt::Key_Return);
        auto* page = find<VolunteerPage>(&w.window, "volunteerDetailPage");
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(find<QLabel>(page, "volunteerName")->text(), QStringLiteral("Jane Smith"));
        QCOMPARE(find<QLineEdit>(page, "volunteerField_email")->text(), QStringLiteral("jane@acme.test"));
        QVERIFY(find<QLineEdit>(page, "volunteerField_email")->isReadOnly());
        // School year 2025–26 (clock: March 2026) has Career Day's 2 h; lifetime adds last year's 3 h.
        QVERIFY(find<QLabel>(page, "hoursThisYear")->text().startsWith(u'2'));
        QCOMPARE(find<QLabel>(page, "hoursLifetime")->text(), QStringLiteral("5"));
        QCOMPARE(find<QTableWidget>(page, "participationTable")->rowCount(), 3);
        auto* affiliations = find<QTableWidget>(page, "affiliationsTable");
        QCOMPARE(affiliations->rowCount(), 1);
        QVERIFY(affiliations->item(0, 0)->text().startsWith(QStringLiteral("Acme Corp")));
        QCOMPARE(affiliations->item(0, 3)->text(), QStringLiteral("2020-01-06"));
        QVERIFY(find<QLabel>(page, "volunteerSkills")->text().contains(QStringLiteral("Mentoring")));
        QTest::mouseClick(find<QPushButton>(page, "volunteerBackButton"), Qt::LeftButton);
        QTRY_VERIFY(w.table->isVisible());
    }

    void editsAndUndoes() {
        UiFixture f;
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        w.window.volunteersView()->openVolunteer(1);
        auto* page = find<VolunteerPage>(&w.window, "volunteerDetailPage");
        QTRY_VERIFY(page->isVisible());
        QTest::mouseClick(find<QPushButton>(page, "editVolunteerButton"), Qt::LeftButton);
        auto* email = find<QLineEdit>(page, "volunteerField_email");
        QVERIFY(!email->isReadOnly());
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("not-an-email"));
        QTest::mouseClick(find<QPushButton>(page, "saveVolunteerButton"), Qt::LeftButton);
        auto* problem = find<QLabel>(page, "volunteerEditError");
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);

        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("jane.smith@acme.test"));
        auto* title = find<QLineEdit>(page, "volunteerField_title");
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Chief Engineer"));
        QTest::mouseClick(find<QPushButton>(page, "saveVolunteerButton"), Qt::LeftButton);
        QTRY_VERIFY(email->isReadOnly());
        QCOMPARE(f.scalar(QStringLiteral("SELECT email FROM volunteers WHERE id=1")).toString(),
                 QStringLiteral("jane.smith@acme.test"));
        QVERIFY(outboxFields(f, 1).contains(QStringLiteral("jane.smith@acme.test")));
        QVERIFY(outboxFields(f, 1).contains(QStringLiteral("Chief Engineer")));
        QVERIFY(f.prompter.questions.isEmpty());
        // The list row follows the edit.
        auto* model = w.table->model();
        QTRY_COMPARE(model->index(qobject_cast<RecordTableModel*>(model)->rowOfId(1), 1).data().toString(),
                     QStringLiteral("jane.smith@acme.test"));

        QAction* undo = w.window.findChild<QAction*>(QStringLiteral("undoAction"));
        QAction* redo = w.window.findChild<QAction*>(QStringLiteral("redoAction"));
        QVERIFY(undo && redo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(f.scalar(QStringLiteral("SELECT email FROM volunteers WHERE id=1")).toString(),
                 QStringLiteral("jane@acme.test"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT title FROM volunteers WHERE id=1")).toString(),
                 QStringLiteral("Engineer"));
        QCOMPARE(email->text(), QStringLiteral("jane@acme.test"));
        // Undo is another edit: the waiting outbox entry now carries the old values again.
        QVERIFY(outboxFields(f, 1).contains(QStringLiteral("\"jane@acme.test\"")));
        QVERIFY(!outboxFields(f, 1).contains(QStringLiteral("jane.smith@")));
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity='volunteer' AND local_id=1 "
                                    "AND field='email'"))
                .toInt(),
            2);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(f.scalar(QStringLiteral("SELECT email FROM volunteers WHERE id=1")).toString(),
                 QStringLiteral("jane.smith@acme.test"));
        QVERIFY(outboxFields(f, 1).contains(QStringLiteral("jane.smith@acme.test")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 1);
    }

    void warnsAboutLikelyDuplicate() {
        UiFixture f;
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        w.window.volunteersView()->openVolunteer(3);
        auto* page = find<VolunteerPage>(&w.window, "volunteerDetailPage");
        QTest::mouseClick(find<QPushButton>(page, "editVolunteerButton"), Qt::LeftButton);
        auto* email = find<QLineEdit>(page, "volunteerField_email");
        email->selectAll();
        QTest::keyClicks(email, QStringLiteral("JANE@acme.test"));
        f.prompter.answer = false;
        QTest::mouseClick(find<QPushButton>(page, "saveVolunteerButton"), Qt::LeftButton);
        QCOMPARE(f.prompter.questions.size(), 1);
        QVERIFY(f.prompter.details.first().contains(QStringLiteral("Jane Smith")));
        QVERIFY(f.prompter.details.first().contains(QStringLiteral("same email")));
        QVERIFY(page->isEditing()); // declined: nothing saved, still editing
        QCOMPARE(f.scalar(QStringLiteral("SELECT email FROM volunteers WHERE id=3")).toString(),
                 QStringLiteral("alice@example.test"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        f.prompter.answer = true;
        QTest::mouseClick(find<QPushButton>(page, "saveVolunteerButton"), Qt::LeftButton);
        QCOMPARE(f.prompter.questions.size(), 2);
        QTRY_VERIFY(!page->isEditing());
        QCOMPARE(f.scalar(QStringLiteral("SELECT email FROM volunteers WHERE id=3")).toString(),
                 QStringLiteral("JANE@acme.test"));

        // Adding: same name and phone as Jane.
        f.prompter.answer = false;
        w.window.volunteersView()->showList();
        QTest::mouseClick(find<QPushButton>(&w.window, "addVolunteerButton"), Qt::LeftButton);
        auto* dialog = find<QDialog>(&w.window, "addVolunteerDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(find<QLineEdit>(dialog, "newFirstName"), QStringLiteral("jane"));
        QTest::keyClicks(find<QLineEdit>(dialog, "newLastName"), QStringLiteral("SMITH"));
        QTest::keyClicks(find<QLineEdit>(dialog, "newPhone"), QStringLiteral("(816) 555 0100"));
        QTest::mouseClick(find<QPushButton>(dialog, "addVolunteerSave"), Qt::LeftButton);
        QCOMPARE(f.prompter.questions.size(), 3);
        QVERIFY(f.prompter.details.last().contains(QStringLiteral("same name and phone")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM volunteers")).toInt(), 5);
        f.prompter.answer = true;
        QTest::mouseClick(find<QPushButton>(dialog, "addVolunteerSave"), Qt::LeftButton);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM volunteers")).toInt(), 6);
        QTRY_COMPARE(w.table->model()->rowCount(), 6);
        QTRY_COMPARE(find<QLabel>(page, "volunteerName")->text(), QStringLiteral("jane SMITH"));
    }

    void gatesByRole_data() {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("mayWrite");
        QTest::newRow("User") << static_cast<int>(Role::User) << false;
        QTest::newRow("Coordinator") << static_cast<int>(Role::Coordinator) << true;
        QTest::newRow("Admin") << static_cast<int>(Role::Admin) << true;
    }

    void gatesByRole() {
        QFETCH(int, role);
        QFETCH(bool, mayWrite);
        UiFixture f(static_cast<Role>(role));
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        auto* add = find<QPushButton>(&w.window, "addVolunteerButton");
        QCOMPARE(add->isEnabled(), mayWrite);
        QCOMPARE(add->toolTip().contains(QStringLiteral("Only a Coordinator or Admin")), !mayWrite);
        w.window.volunteersView()->openVolunteer(1);
        auto* page = find<VolunteerPage>(&w.window, "volunteerDetailPage");
        QTRY_VERIFY(page->isVisible());
        auto* edit = find<QPushButton>(page, "editVolunteerButton");
        QCOMPARE(edit->isEnabled(), mayWrite);
        QCOMPARE(edit->toolTip().contains(QStringLiteral("you are signed in as User")), !mayWrite);
        // Demographic fields: Coordinators and Admins only, and for a User not even filled in.
        QCOMPARE(find<QGroupBox>(page, "demographicsGroup")->isVisible(), mayWrite);
        QCOMPARE(find<QLabel>(page, "demographic_gender")->text(),
                 mayWrite ? QStringLiteral("Female") : QString());
        // Even forced, editing does not start for a User.
        page->startEditing();
        QCOMPARE(page->isEditing(), mayWrite);
    }

    void showsEmptyStateOnFreshProfile() {
        UiFixture f(Role::User, false);
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        auto* empty = find<QLabel>(&w.window, "volunteersEmptyState");
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("sync")));
        QVERIFY(!w.table->isVisible());
    }
};

QTEST_MAIN(TestVolunteersView)
#include "tst_VolunteersView.moc"
