#include "core/common/Clock.h"
#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportPresets.h"
#include "core/reports/ReportTableModel.h"
#include "tests/support/ReportExpectations.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/ReportTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/reports/BarChartWidget.h"
#include "ui/reports/ReportDialogs.h"
#include "ui/reports/ReportsView.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

namespace {

class FakeDialogs final : public ReportDialogs {
public:
    QString answer;
    QString lastSuggested;
    QString presetAnswer;
    QString lastPresetInitial;
    QString saveFileName(QWidget*, const QString&, const QString& suggested, const QString&) override {
        lastSuggested = suggested;
        return answer;
    }
    QString presetName(QWidget*, const QString&, const QString&, const QString& initial) override {
        lastPresetInitial = initial;
        return presetAnswer;
    }
};

class FakePrompter final : public Prompter {
public:
    QStringList errors;
    bool answer = true;
    int questions = 0;
    bool confirm(QWidget*, const QString&, const QString&, const QString&, const QString&) override {
        ++questions;
        return answer;
    }
    void error(QWidget*, const QString&, const QString& text) override { errors << text; }
};

} // namespace

class TestReportsView final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    // "Today" is in school year 2526, so that is the year the view opens on.
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC)};
    FakePrompter m_prompter;

    UiContext context(Role role) {
        UiContext c;
        c.database = m_db;
        c.clock = &m_clock;
        c.prompter = &m_prompter;
        c.session.signedIn = true;
        c.session.role = role;
        return c;
    }

    static QList<QStringList> tableText(QTableView* table) {
        QList<QStringList> out;
        const QAbstractItemModel* m = table->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < m->columnCount(); ++c)
                row << m->index(r, c).data().toString();
            out << row;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = ReportFixture::create(m_dir.filePath(QStringLiteral("vms.sqlite")));
    }

    void init() {
        m_prompter.errors.clear();
        m_prompter.answer = true;
        m_prompter.questions = 0;
    }

    void everyReportOnScreenMatchesTheHandAnswer() {
        ReportsView view(context(Role::Admin));
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("reportTable"));
        QVERIFY(table);
        QAbstractItemModelTester proxyTester(table->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const ExpectedReport& want : expectedReports2526()) {
            const QString name = QString::fromLatin1(want.name);
            QVERIFY(view.selectReport(name));
            if (want.event) {
                // The event box offers the period's events; pick the one the answer is about.
                QTRY_VERIFY(!view.isRunning());
                QVERIFY(view.selectEvent(fixtureEventId(m_db->connection(), want.event)));
            }
            QTRY_VERIFY(
                !view.isRunning() && view.result().name == name &&
                (!want.event || view.result().filterLines.value(0).contains(QStringLiteral("Career Day"))));
            QCOMPARE(tableText(table), want.rows);
            for (int c = 0; c < want.header.size(); ++c)
                QCOMPARE(table->model()->headerData(c, Qt::Horizontal).toString(), want.header.at(c));
            const bool charted = findReport(name)->chartSource != ChartSource::None;
            QCOMPARE(
                !view.findChild<BarChartWidget*>(QStringLiteral("reportChart"))->chart().labels.isEmpty(),
                charted);
        }
    }

    // reports.md: a row on screen opens what it counts. Records are asked for through signals (the main
    // window answers them); a district row shows its counted events here, with a way back.
    void rowsOpenWhatTheyCount() {
        ReportsView view(context(Role::Admin));
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("reportTable"));
        QSignalSpy volunteers(&view, &ReportsView::volunteerRequested);
        QSignalSpy organizations(&view, &ReportsView::organizationRequested);
        QSignalSpy events(&view, &ReportsView::eventRequested);
        const auto idOf = [this](const char* tableName, const char* sfId) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE sf_id = ?").arg(QLatin1String(tableName)));
            q.addBindValue(QString::fromLatin1(sfId));
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        const auto show = [&](const char* name) {
            QVERIFY(view.selectReport(QString::fromLatin1(name)));
            QTRY_VERIFY(!view.isRunning() && view.result().name == QLatin1String(name));
        };

        // Enter on a row (keyboard), double-click (mouse).
        show("volunteer-hours");
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0)); // Bob
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(volunteers.size(), 1);
        QCOMPARE(volunteers.at(0).at(0).toLongLong(), idOf("volunteers", "VOL002"));
        show("organization-summary");
        const QRect zeta = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, zeta.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, zeta.center());
        QCOMPARE(organizations.size(), 1);
        QCOMPARE(organizations.at(0).at(0).toLongLong(), idOf("organizations", "ORG002"));
        // The screen's own sort does not change which record a row opens.
        show("event-attendance");
        table->sortByColumn(1, Qt::DescendingOrder); // Year End Celebration first
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).at(0).toLongLong(), idOf("events", "EVT005"));

        // A district row: the events it counts, in event-attendance.
        show("district-year-end");
        auto* back = view.findChild<QPushButton*>(QStringLiteral("drillBackButton"));
        QVERIFY(back && !back->isVisible());
        view.openRow(3); // Kansas City Public Schools, Career Fair, In-Person
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"event-attendance");
        QCOMPARE(tableText(table).size(), 2);
        QCOMPARE(view.result().rows[0].cells[1].toString(), QStringLiteral("Career Day"));
        QCOMPARE(view.result().rows[1].cells[1].toString(), QStringLiteral("Resume Workshop"));
        QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("districtFilter"))->currentText(),
                 QStringLiteral("Kansas City Public Schools"));
        QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("eventTypeFilter"))->currentText(),
                 QStringLiteral("Career Fair"));
        QVERIFY(view.findChild<QCheckBox*>(QStringLiteral("countedOnlyCheck"))->isChecked());
        QVERIFY(back->isVisible());
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"district-year-end");
        QCOMPARE(view.result().rows.size(), size_t(8));
        QVERIFY(!back->isVisible());
        // The Unassigned district's row.
        view.openRow(5);
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"event-attendance");
        QCOMPARE(view.result().rows.size(), size_t(1));
        QCOMPARE(view.result().rows[0].cells[1].toString(), QStringLiteral("Library Visit"));
        QCOMPARE(volunteers.size(), 1);
        QCOMPARE(organizations.size(), 1);
        QCOMPARE(events.size(), 1);
    }

    // The main window answers the view's requests by opening the record's page.
    void mainWindowOpensTheRecord() {
        QSettings settings(m_dir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
        UiContext c = context(Role::Admin);
        c.settings = &settings;
        MainWindow window(c);
        window.show();
        QVERIFY(window.showPageNamed(QStringLiteral("report:volunteer-hours")));
        ReportsView* view = window.reportsView();
        QVERIFY(view);
        QTRY_VERIFY(!view->isRunning() && view->result().name == u"volunteer-hours");
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QCOMPARE(pages->currentWidget(), view);
        view->openRow(0);
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("volunteersPage"));
        QVERIFY(!window.showPageNamed(QStringLiteral("report:no-such-report")));
    }

    void eventContactsPicksAnEvent() {
        ReportsView view(context(Role::Coordinator));
        view.show();
        auto* event = view.findChild<QComboBox*>(QStringLiteral("eventFilter"));
        QVERIFY(event);
        QVERIFY(!event->isVisibleTo(&view)); // only for the report about one event
        QVERIFY(view.selectReport(QStringLiteral("event-contacts")));
        QVERIFY(event->isVisibleTo(&view));
        // The period's events, by date; the next one from "today" (2026-03-01) is chosen.
        QCOMPARE(event->count(), 7);
        QCOMPARE(event->itemText(0), QString::fromUtf8("2025-09-10 · Career Day · Central High"));
        QCOMPARE(event->currentText(), QString::fromUtf8("2026-03-05 · Resume Workshop · Central High"));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"event-contacts");
        QCOMPARE(view.result().rows.size(), size_t(1));
        // A Coordinator may export and print it (reports.md); the period filters do not apply to it.
        for (const char* name : {"exportCsvButton", "exportPdfButton", "exportXlsxButton", "printButton"})
            QVERIFY2(view.findChild<QPushButton*>(QLatin1String(name))->isEnabled(), name);
        QVERIFY(!view.findChild<QComboBox*>(QStringLiteral("districtFilter"))->isEnabled());
        Session user;
        user.role = Role::User;
        user.signedIn = true;
        view.setSession(user);
        QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->isEnabled());
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("exportCsvButton"))
                    ->toolTip()
                    .contains(QStringLiteral("Coordinator")));
        // Another period, another list of events.
        view.setDateRange(QDate(2026, 8, 1), QDate(2027, 7, 31));
        QTRY_VERIFY(!view.isRunning());
        QCOMPARE(event->count(), 1);
        QCOMPARE(event->currentText(), QString::fromUtf8("2026-08-01 · Summer Camp · Central High"));
        QCOMPARE(view.result().rows.size(), size_t(1)); // Bob
    }

    // Presets (reports.md): saved, renamed and deleted by Coordinators and Admins, in the profile.
    void presetsSaveApplyRenameDelete() {
        QSettings settings(m_dir.filePath(QStringLiteral("presets.ini")), QSettings::IniFormat);
        UiContext c = context(Role::Coordinator);
        c.settings = &settings;
        ReportsView view(c);
        FakeDialogs dialogs;
        view.setDialogs(&dialogs);
        auto* presetCombo = view.findChild<QComboBox*>(QStringLiteral("presetCombo"));
        auto* save = view.findChild<QPushButton*>(QStringLiteral("savePresetButton"));
        auto* rename = view.findChild<QPushButton*>(QStringLiteral("renamePresetButton"));
        auto* remove = view.findChild<QPushButton*>(QStringLiteral("deletePresetButton"));
        QVERIFY(presetCombo && save && rename && remove);
        QVERIFY(save->isEnabled());
        QVERIFY(!rename->isEnabled() && !remove->isEnabled()); // nothing chosen yet

        // Year-end, virtual events, school year 2025-26.
        QVERIFY(view.selectReport(QStringLiteral("district-year-end")));
        view.setSchoolYear(2025);
        auto* format = view.findChild<QComboBox*>(QStringLiteral("formatFilter"));
        format->setCurrentIndex(format->findData(ReportRequest::formatVirtual()));
        QTRY_VERIFY(!view.isRunning() && view.result().rows.size() == 3);
        dialogs.presetAnswer = QStringLiteral("Virtual year end");
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(presetCombo->currentText(), QStringLiteral("Virtual year end"));
        QVERIFY(rename->isEnabled() && remove->isEnabled());
        const auto stored = ReportPresets(settings).find(QStringLiteral("Virtual year end"));
        QVERIFY(stored);
        QCOMPARE(stored->report, QStringLiteral("district-year-end"));
        QCOMPARE(stored->period, QStringLiteral("2526"));
        QCOMPARE(stored->format, ReportRequest::formatVirtual());
        QVERIFY(stored->organizationSfId.isEmpty()); // a filter the report does not use is not kept

        // Elsewhere, then back through the preset.
        QVERIFY(view.selectReport(QStringLiteral("volunteer-hours")));
        format->setCurrentIndex(0);
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"volunteer-hours");
        QVERIFY(view.applyPreset(*stored));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"district-year-end");
        QCOMPARE(view.result().rows.size(), size_t(3));
        QCOMPARE(format->currentData().toString(), ReportRequest::formatVirtual());

        // Saving under a taken name asks first.
        m_prompter.answer = false;
        dialogs.presetAnswer = QStringLiteral("virtual YEAR end");
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_prompter.questions, 1);
        QCOMPARE(ReportPresets(settings).list().size(), size_t(1));
        m_prompter.answer = true;

        dialogs.presetAnswer = QStringLiteral("Year end (virtual)");
        QTest::mouseClick(rename, Qt::LeftButton);
        QCOMPARE(dialogs.lastPresetInitial, QStringLiteral("Virtual year end"));
        QCOMPARE(presetCombo->currentText(), QStringLiteral("Year end (virtual)"));
        QVERIFY(ReportPresets(settings).find(QStringLiteral("Year end (virtual)")));

        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(ReportPresets(settings).list().empty());
        QCOMPARE(presetCombo->count(), 1); // "(no preset)"

        // A User runs presets but does not change them.
        QVERIFY(ReportPresets(settings).save(c.session, *stored).ok());
        Session user;
        user.role = Role::User;
        user.signedIn = true;
        view.setSession(user);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QStringLiteral("Coordinator")));
    }

    // A preset naming something this VMS cannot run says so and changes nothing.
    void aBadPresetIsRefused() {
        ReportsView view(context(Role::Admin));
        QVERIFY(view.selectReport(QStringLiteral("district-summary")));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"district-summary");
        ReportPreset bad;
        bad.name = QStringLiteral("Old");
        bad.report = QStringLiteral("weekly-digest");
        const qsizetype errors = m_prompter.errors.size();
        QVERIFY(!view.applyPreset(bad));
        QCOMPARE(m_prompter.errors.size(), errors + 1);
        QVERIFY(m_prompter.errors.last().contains(QStringLiteral("weekly-digest")));
        bad.report = QStringLiteral("event-contacts");
        bad.event = QStringLiteral("a0B5e000009ZzZzEAF");
        QVERIFY(!view.applyPreset(bad));
        QVERIFY(m_prompter.errors.last().contains(QStringLiteral("a0B5e000009ZzZzEAF")));
        QCOMPARE(view.result().name, QStringLiteral("district-summary"));
    }

    void filtersNarrowTheReport() {
        ReportsView view(context(Role::Admin));
        QSignalSpy ready(&view, &ReportsView::reportReady);
        QVERIFY(view.selectReport(QStringLiteral("district-summary")));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"district-summary");
        auto* district = view.findChild<QComboBox*>(QStringLiteral("districtFilter"));
        QVERIFY(district && district->isEnabled());
        district->setCurrentIndex(district->findText(QStringLiteral("Hickman Mills")));
        QTRY_COMPARE(view.result().rows.size(), size_t(1));
        QCOMPARE(view.result().rows.front().cells[0].toString(), QStringLiteral("Hickman Mills"));
        // first-time-volunteers has no district filter: the box is off and says why.
        QVERIFY(view.selectReport(QStringLiteral("first-time-volunteers")));
        QVERIFY(!district->isEnabled());
        QVERIFY(!district->toolTip().isEmpty());

        view.setDateRange(QDate(2026, 7, 31), QDate(2026, 7, 31));
        QVERIFY(view.selectReport(QStringLiteral("event-attendance")));
        district->setCurrentIndex(0);
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"event-attendance" &&
                    view.result().rows.size() == 1);
        QCOMPARE(view.result().rows.front().cells[1].toString(), QStringLiteral("Year End Celebration"));
    }

    void exportsGoThroughTheChooser() {
        ReportsView view(context(Role::Admin));
        FakeDialogs chooser;
        view.setDialogs(&chooser);
        QVERIFY(view.selectReport(QStringLiteral("organization-summary")));
        auto* csv = view.findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"organization-summary" && csv->isEnabled());
        chooser.answer = m_dir.filePath(QStringLiteral("from-view.csv"));
        QTest::mouseClick(csv, Qt::LeftButton);
        QFile f(chooser.answer);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(f.readAll());
        QCOMPARE(rows.mid(1), csvRows(expectedReports2526().at(1)));
        QVERIFY(chooser.lastSuggested.endsWith(
            QStringLiteral("organization-summary-2025-08-01-to-2026-07-31.csv")));

        // A cancelled dialog writes nothing; a failed write says why and leaves nothing.
        chooser.answer.clear();
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
        QFile plain(m_dir.filePath(QStringLiteral("plain")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        chooser.answer = plain.fileName() + QStringLiteral("/x.xlsx");
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("exportXlsxButton")), Qt::LeftButton);
        QCOMPARE(m_prompter.errors.size(), 1);
        QVERIFY(m_prompter.errors.first().contains(chooser.answer));
        QVERIFY(!QFile::exists(chooser.answer));
    }

    void exportButtonsFollowTheRole() {
        ReportsView view(context(Role::User));
        auto* csv = view.findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
        auto* pdf = view.findChild<QPushButton*>(QStringLiteral("exportPdfButton"));
        auto* xlsx = view.findChild<QPushButton*>(QStringLiteral("exportXlsxButton"));
        QVERIFY(view.selectReport(QStringLiteral("district-summary")));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"district-summary");
        QVERIFY(csv->isEnabled());
        QVERIFY(pdf->isEnabled());
        QVERIFY(!xlsx->isEnabled());
        QVERIFY(xlsx->toolTip().contains(QStringLiteral("Coordinator")));
        QVERIFY(view.selectReport(QStringLiteral("volunteer-hours")));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"volunteer-hours");
        // Viewing personal data is fine; exporting it is Admin-only.
        QCOMPARE(view.result().rows.size(), size_t(4));
        for (QPushButton* b : {csv, pdf, xlsx}) {
            QVERIFY(!b->isEnabled());
            QVERIFY(b->toolTip().contains(QStringLiteral("Admin")));
        }
        Session admin;
        admin.signedIn = true;
        admin.role = Role::Admin;
        view.setSession(admin);
        QVERIFY(csv->isEnabled() && pdf->isEnabled() && xlsx->isEnabled());
    }

    void everyWidgetIsNamed() {
        ReportsView view(context(Role::Admin));
        for (const char* name :
             {"reportCombo",        "presetCombo",      "savePresetButton",   "renamePresetButton",
              "deletePresetButton", "periodCombo",      "fromDate",           "toDate",
              "eventFilter",        "districtFilter",   "organizationFilter", "eventTypeFilter",
              "formatFilter",       "countedOnlyCheck", "reportTable",        "reportChart",
              "drillBackButton",    "exportCsvButton",  "exportPdfButton",    "exportXlsxButton",
              "printButton"}) {
            auto* w = view.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_ReportsView.moc"
