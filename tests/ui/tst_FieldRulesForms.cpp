#include "Org.h"
#include "core/changes/FieldRules.h"
#include "core/salesforce/OrgMapping.h"
#include "tests/support/AttendanceFixture.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/attendance/AttendanceView.h"
#include "ui/attendance/WalkInDialog.h"
#include "ui/views/VolunteerPage.h"
#include "ui/views/VolunteersView.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <functional>
#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

namespace {

// What the sync keeps of the org's describe of Contact for volunteers: the fake org's own answer,
// changed by `tweak` first (an org's own restrictions), stored through FieldRules as the sync stores it.
void storeVolunteerRules(QSqlDatabase db, const std::function<void(nlohmann::json& fields)>& tweak = {}) {
    fakeforce::Org org;
    fakeforce::Request request =
        fakeforce::requestFromTarget("GET", "/services/data/v60.0/sobjects/Contact/describe");
    request.setHeader("authorization", "Bearer " + org.issueTokens().accessToken);
    const fakeforce::Response answer = org.handle(request);
    QCOMPARE(answer.status, 200);
    nlohmann::json describe = nlohmann::json::parse(answer.body.toStdString());
    if (tweak)
        tweak(describe["fields"]);
    auto mapping = OrgMapping::loadDefault();
    QVERIFY(mapping.ok());
    const FieldRules rules =
        FieldRules::fromDescribe(*mapping->entity(QStringLiteral("volunteer")), describe);
    QVERIFY(FieldRules::store(db, {rules}, QStringLiteral("2026-03-10T15:00:00.000Z")).ok());
}

// An org with State and Country picklists: MailingState only takes the states it lists.
void restrictMailingState(nlohmann::json& fields) {
    for (nlohmann::json& f : fields)
        if (f["name"] == "MailingState") {
            f["type"] = "picklist";
            f["restrictedPicklist"] = true;
            f["picklistValues"] = nlohmann::json::array();
            for (const char* state : {"Kansas", "Missouri"})
                f["picklistValues"].push_back({{"active", true}, {"value", state}, {"label", state}});
        }
}

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

} // namespace

// What the org would refuse is shown beside the field in the forms, before anything is saved, and the
// form keeps what was typed (issue #13, failure 4: an 86-character last name was accepted at check-in).
class TestFieldRulesForms final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void walkInWithALastNameTooLongForTheOrg() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase c = (*db)->connection();
        const AttendanceWorld world = seedAttendanceWorld(c, 5, 3);
        QVERIFY(sessionAs(Role::Coordinator).saveCached(c).ok());
        storeVolunteerRules(c);
        const qint64 volunteers = scalar(c, QStringLiteral("SELECT count(*) FROM volunteers"));
        FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(14, 30), Qt::UTC)};
        AttendanceView view(*db, clock);
        view.resize(1000, 800);
        view.show();
        QApplication::setActiveWindow(&view);
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QCOMPARE(view.eventId(), world.eventId);

        find<QPushButton>(&view, "walkInButton")->click();
        QTRY_VERIFY(view.findChild<WalkInDialog*>() != nullptr);
        auto* dialog = view.findChild<WalkInDialog*>();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!find<QPushButton>(dialog, "walkInUseExistingButton")->isVisible());
        QTest::keyClicks(find<QLineEdit>(dialog, "walkInFirstName"), QStringLiteral("Ann"));
        auto* last = find<QLineEdit>(dialog, "walkInLastName");
        const QString name = QStringLiteral("Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh-") +
                             QString(32, u'x'); // 86 characters
        QCOMPARE(name.size(), 86);
        QTest::keyClicks(last, name);
        // Beside the field as it is typed, with the limit.
        auto* problem = find<QLabel>(dialog, "walkInLastNameProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("80")) &&
                     problem->text().contains(QStringLiteral("86")),
                 qPrintable(problem->text()));
        QVERIFY(last->accessibleDescription().contains(QStringLiteral("80")));
        QVERIFY(!find<QLabel>(dialog, "walkInFirstNameProblem")->isVisible());

        // Add refuses it: the dialog stays open with everything typed, nothing is saved.
        find<QPushButton>(dialog, "walkInAddButton")->click();
        QVERIFY(dialog->isVisible());
        QCOMPARE(last->text(), name);
        QTRY_COMPARE(QApplication::focusWidget(), last);
        QVERIFY(find<QLabel>(dialog, "walkInMessage")->isVisible());
        QVERIFY(!find<QPushButton>(dialog, "walkInUseExistingButton")->isVisible());
        // A picture of the refusal, to look at (kept in the build folder).
        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("VMS_BINARY_DIR"))
            dialog->grab().save(qEnvironmentVariable("VMS_BINARY_DIR") +
                                QStringLiteral("/walk-in-refused.png"));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM volunteers")), volunteers);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM outbox")), 0);

        // Shortened to what the org takes: the problem goes, and the walk-in is added and checked in.
        last->setSelection(80, 6);
        QTest::keyClick(last, Qt::Key_Delete);
        QTRY_VERIFY(!problem->isVisible());
        find<QPushButton>(dialog, "walkInAddButton")->click();
        QTRY_VERIFY(view.findChild<WalkInDialog*>() == nullptr);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM volunteers")), volunteers + 1);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT length(last_name) FROM volunteers ORDER BY id DESC LIMIT 1")),
            80);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM outbox WHERE entity='participation'")), 1);
    }

    void addVolunteerWithANameTooLongForTheOrg() {
        UiFixture f;
        storeVolunteerRules(f.db->connection());
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        QTest::mouseClick(find<QPushButton>(&w.window, "addVolunteerButton"), Qt::LeftButton);
        auto* dialog = find<QDialog>(&w.window, "addVolunteerDialog");
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* first = find<QLineEdit>(dialog, "newFirstName");
        QTest::keyClicks(first, QString(41, u'a')); // FirstName holds 40
        QTest::keyClicks(find<QLineEdit>(dialog, "newLastName"), QStringLiteral("Smith"));
        auto* problem = find<QLabel>(dialog, "newFirstNameProblem");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("40")), qPrintable(problem->text()));
        QTest::mouseClick(find<QPushButton>(dialog, "addVolunteerSave"), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(first->text(), QString(41, u'a'));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM volunteers")).toInt(), 5);
        QVERIFY(f.prompter.questions.isEmpty()); // refused before the duplicate check

        QTest::keyClick(first, Qt::Key_Backspace);
        QTRY_VERIFY(!problem->isVisible());
        QTest::mouseClick(find<QPushButton>(dialog, "addVolunteerSave"), Qt::LeftButton);
        QTRY_COMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM volunteers")).toInt(), 6);
    }

    void volunteerPageWithAValueTheOrgsPicklistLacks() {
        UiFixture f;
        storeVolunteerRules(f.db->connection(), restrictMailingState);
        Window w(f.context);
        QTRY_VERIFY(w.loaded());
        w.window.volunteersView()->openVolunteer(1);
        auto* page = find<VolunteerPage>(&w.window, "volunteerDetailPage");
        QTRY_VERIFY(page->isVisible());
        QTest::mouseClick(find<QPushButton>(page, "editVolunteerButton"), Qt::LeftButton);
        auto* state = find<QLineEdit>(page, "volunteerField_mailing_state");
        QTest::keyClicks(state, QStringLiteral("KS"));
        auto* stateProblem = find<QLabel>(page, "volunteerFieldProblem_mailing_state");
        QTRY_VERIFY(stateProblem->isVisible());
        QVERIFY2(stateProblem->text().contains(QStringLiteral("Kansas, Missouri")),
                 qPrintable(stateProblem->text()));
        auto* title = find<QLineEdit>(page, "volunteerField_title");
        title->selectAll();
        QTest::keyClicks(title, QString(129, u't')); // Title holds 128
        auto* titleProblem = find<QLabel>(page, "volunteerFieldProblem_title");
        QTRY_VERIFY(titleProblem->isVisible());

        QTest::mouseClick(find<QPushButton>(page, "saveVolunteerButton"), Qt::LeftButton);
        QVERIFY(page->isEditing());
        QVERIFY(find<QLabel>(page, "volunteerEditError")->isVisible());
        QApplication::processEvents();
        if (qEnvironmentVariableIsSet("VMS_BINARY_DIR"))
            w.window.grab().save(qEnvironmentVariable("VMS_BINARY_DIR") +
                                 QStringLiteral("/volunteer-refused.png"));
        QCOMPARE(state->text(), QStringLiteral("KS"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT title FROM volunteers WHERE id=1")).toString(),
                 QStringLiteral("Engineer"));

        state->selectAll();
        QTest::keyClicks(state, QStringLiteral("Kansas"));
        QTRY_VERIFY(!stateProblem->isVisible());
        QTest::keyClick(title, Qt::Key_Backspace);
        QTRY_VERIFY(!titleProblem->isVisible());
        QTest::mouseClick(find<QPushButton>(page, "saveVolunteerButton"), Qt::LeftButton);
        QTRY_VERIFY(!page->isEditing());
        QCOMPARE(f.scalar(QStringLiteral("SELECT mailing_state FROM volunteers WHERE id=1")).toString(),
                 QStringLiteral("Kansas"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT length(title) FROM volunteers WHERE id=1")).toInt(), 128);
    }
};

QTEST_MAIN(TestFieldRulesForms)
#include "tst_FieldRulesForms.moc"
