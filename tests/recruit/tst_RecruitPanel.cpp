#include "core/common/Clock.h"
#include "core/db/Outbox.h"
#include "tests/support/AttendanceFixture.h"
#include "tests/support/UiTestSupport.h"
#include "ui/views/HomeView.h"
#include "ui/views/RecruitPanel.h"
#include "ui/widgets/Prompter.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace vms;
using namespace vms::test;

// The Recruit panel and Home's "Events needing volunteers" (issue #19), real widgets over a real cache:
// sign a volunteer up from the panel, log a call, and see Home's list follow a sign-up that fills an
// event. A User sees the candidates and can do nothing, and is told why.
class TestRecruitPanel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    AttendanceWorld m_world;
    qint64 m_engineer = 0, m_optedOut = 0;
    // Four days before the seeded Career Day (2026-11-24 15:00Z).
    FixedClock m_clock{QDateTime(QDate(2026, 11, 20), QTime(14, 30), QTimeZone::utc())};

    UiContext context(Role role = Role::Coordinator) {
        UiContext c;
        c.database = m_db;
        c.session = sessionAs(role);
        c.clock = &m_clock;
        return c;
    }

    QSqlDatabase db() { return m_db->connection(); }

    // Selects the candidate row of a volunteer; false when they are not listed.
    static bool select(RecruitPanel& panel, const QString& name) {
        auto* table = find<QTableView>(&panel, "recruitCandidates");
        const QAbstractItemModel* m = table->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 1).data().toString() == name) {
                table->selectionModel()->select(m->index(r, 0), QItemSelectionModel::ClearAndSelect |
                                                                    QItemSelectionModel::Rows);
                return true;
            }
        return false;
    }

    QString nameOf(qint64 volunteer) {
        QSqlQuery q(db());
        exec(q, QStringLiteral("SELECT first_name || ' ' || last_name FROM volunteers WHERE id=?"),
             {volunteer});
        return q.next() ? q.value(0).toString() : QString();
    }

private Q_SLOTS:
    void init() {
        static int n = 0;
        m_db = Database::open(m_dir.filePath(QStringLiteral("vms%1.sqlite").arg(++n))).value();
        m_world = seedAttendanceWorld(db(), 3, 4);
        QSqlQuery q(db());
        // Career Day asks for four volunteers with engineering; three are registered.
        QVERIFY(
            exec(q,
                 QStringLiteral("UPDATE events SET requested_skills='Engineering', total_requested_jobs=4 "
                                "WHERE id=?"),
                 {m_world.eventId}));
        m_engineer = m_world.otherVolunteerIds.back();
        QVERIFY(
            exec(q, QStringLiteral("UPDATE volunteers SET skills='Engineering' WHERE id=?"), {m_engineer}));
        m_optedOut = m_world.otherVolunteerIds.front();
        QVERIFY(exec(q, QStringLiteral("UPDATE volunteers SET email_opt_out=1 WHERE id=?"), {m_optedOut}));
    }
    void cleanup() { m_db.reset(); }

    void signUpFromThePanel() {
        RecruitPanel panel(context(), m_world.eventId);
        panel.show();
        QVERIFY(panel.candidateCount() >= 3);
        auto* table = find<QTableView>(&panel, "recruitCandidates");
        // The engineer comes first, and says why.
        QCOMPARE(table->model()->index(0, 1).data().toString(), nameOf(m_engineer));
        QVERIFY(table->model()->index(0, 3).data().toString().contains(QStringLiteral("Engineering")));
        auto* signUp = find<QPushButton>(&panel, "recruitSignUp");
        QVERIFY(!signUp->isEnabled()); // nothing chosen yet
        QVERIFY(select(panel, nameOf(m_engineer)));
        QVERIFY(find<QLabel>(&panel, "recruitReasons")->text().contains(QStringLiteral("Engineering")));
        QVERIFY(signUp->isEnabled());
        QTest::mouseClick(signUp, Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>(&panel, "recruitMessage")->text().contains(nameOf(m_engineer)));
        QCOMPARE(scalar(db(),
                        QStringLiteral(
                            "SELECT count(*) FROM participations WHERE event_id=? AND volunteer_id=? AND "
                            "status='Registered' AND pending=1"),
                        {m_world.eventId, m_engineer}),
                 1);
        // Now among those left out, with the reason; no longer a candidate.
        QVERIFY(!select(panel, nameOf(m_engineer)));
        auto* excluded = find<QTableWidget>(&panel, "recruitExcluded");
        bool told = false;
        for (int r = 0; r < excluded->rowCount(); ++r)
            told = told || (excluded->item(r, 0)->text() == nameOf(m_engineer) &&
                            excluded->item(r, 1)->text().contains(QStringLiteral("signed up")));
        QVERIFY(told);
        // The filter narrows the list.
        QTest::keyClicks(find<QLineEdit>(&panel, "recruitFilter"), nameOf(m_optedOut));
        QTRY_COMPARE(table->model()->rowCount(), 1);
    }

    void logACall() {
        RecruitPanel panel(context(), m_world.eventId);
        panel.show();
        QVERIFY(select(panel, nameOf(m_engineer)));
        auto* log = find<QPushButton>(&panel, "recruitLogActivity");
        QVERIFY(log->isEnabled());
        // A blank subject is refused, and what was typed in the notes stays.
        QTest::keyClicks(find<QPlainTextEdit>(&panel, "recruitActivityNotes"),
                         QStringLiteral("Call back Tuesday"));
        QTest::mouseClick(log, Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>(&panel, "recruitMessage")->text().contains(QStringLiteral("subject")));
        QCOMPARE(find<QPlainTextEdit>(&panel, "recruitActivityNotes")->toPlainText(),
                 QStringLiteral("Call back Tuesday"));
        QTest::keyClicks(find<QLineEdit>(&panel, "recruitActivitySubject"),
                         QStringLiteral("Invite to Career Day"));
        QTest::mouseClick(log, Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>(&panel, "recruitMessage")->text().contains(QStringLiteral("logged")));
        QSqlQuery q(db());
        QVERIFY(
            exec(q,
                 QStringLiteral("SELECT type, subject, description, event_id, pending FROM activities WHERE "
                                "volunteer_id=?"),
                 {m_engineer}) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Call"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Invite to Career Day"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Call back Tuesday"));
        QCOMPARE(q.value(3).toLongLong(), m_world.eventId);
        QCOMPARE(q.value(4).toInt(), 1);
        QVERIFY(find<QLineEdit>(&panel, "recruitActivitySubject")->text().isEmpty());
        // A call today now shows among the reasons (and lowers the place a little).
        QVERIFY(select(panel, nameOf(m_engineer)));
        QVERIFY(find<QLabel>(&panel, "recruitReasons")->text().contains(QStringLiteral("(Call)")));
    }

    // Copy emails leaves out whoever opted out, and says so.
    void copyEmailsRespectsOptOuts() {
        RecruitPanel panel(context(), m_world.eventId);
        panel.show();
        auto* table = find<QTableView>(&panel, "recruitCandidates");
        table->selectAll();
        QTest::mouseClick(find<QPushButton>(&panel, "recruitCopyEmails"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QSqlQuery q(db());
        QVERIFY(exec(q, QStringLiteral("SELECT email FROM volunteers WHERE id=?"), {m_optedOut}) && q.next());
        QVERIFY(!copied.isEmpty());
        QVERIFY(!copied.contains(q.value(0).toString()));
        QVERIFY(find<QLabel>(&panel, "recruitMessage")->text().contains(nameOf(m_optedOut)));
    }

    // A call typed but not logged is not closed away without asking.
    void closingAsksBeforeDroppingATypedCall() {
        ScriptedPrompter prompter;
        UiContext c = context();
        c.prompter = &prompter;
        RecruitPanel panel(c, m_world.eventId);
        panel.show();
        QTest::keyClicks(find<QPlainTextEdit>(&panel, "recruitActivityNotes"),
                         QStringLiteral("Wants STEM events"));
        panel.reject(); // Esc, Close or the window's close button
        QCOMPARE(prompter.questions.size(), 1);
        QVERIFY(panel.isVisible());
        QCOMPARE(find<QPlainTextEdit>(&panel, "recruitActivityNotes")->toPlainText(),
                 QStringLiteral("Wants STEM events"));
        prompter.answer = true;
        panel.reject();
        QCOMPARE(prompter.questions.size(), 2);
        QVERIFY(!panel.isVisible());
    }

    void aUserSeesButCannotAct() {
        RecruitPanel panel(context(Role::User), m_world.eventId);
        panel.show();
        QVERIFY(panel.candidateCount() >= 3);
        QVERIFY(select(panel, nameOf(m_engineer)));
        QVERIFY(!find<QPushButton>(&panel, "recruitSignUp")->isEnabled());
        QVERIFY(!find<QPushButton>(&panel, "recruitLogActivity")->isEnabled());
        QVERIFY(find<QPushButton>(&panel, "recruitCopyEmails")->isEnabled());
        auto* note = find<QLabel>(&panel, "recruitRoleNote");
        QVERIFY(note->isVisible());
        QVERIFY(!note->text().isEmpty());
    }

    // Home lists the event while places are open; a sign-up that fills it takes it off the list.
    void homeFollowsASignUpThatFillsTheEvent() {
        HomeView home(context());
        home.show();
        QTRY_VERIFY(home.isLoaded());
        auto* needing = find<QListWidget>(&home, "homeEventsNeedingVolunteers");
        auto listed = [&] {
            for (int r = 0; r < needing->count(); ++r)
                if (needing->item(r)->data(Qt::UserRole).toLongLong() == m_world.eventId)
                    return needing->item(r)->text();
            return QString();
        };
        QTRY_VERIFY(listed().contains(QStringLiteral("1 place open")));
        RecruitPanel panel(context(), m_world.eventId, &home);
        QVERIFY(select(panel, nameOf(m_engineer)));
        QTest::mouseClick(find<QPushButton>(&panel, "recruitSignUp"), Qt::LeftButton);
        QTRY_VERIFY(listed().isEmpty());
        QTRY_VERIFY(needing->item(0)->text().contains(QStringLiteral("Every upcoming event")));
    }
};

QTEST_MAIN(TestRecruitPanel)
#include "tst_RecruitPanel.moc"
