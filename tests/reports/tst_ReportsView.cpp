#include "ReportExpectations.h"
#include "ReportFixture.h"
#include "ReportTestSupport.h"
#include "core/common/Clock.h"
#include "core/reports/ReportTableModel.h"
#include "ui/reports/BarChartWidget.h"
#include "ui/reports/ReportFileChooser.h"
#include "ui/reports/ReportsView.h"
#include "ui/widgets/Prompter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

namespace {

class FakeChooser final : public ReportFileChooser {
public:
    QString answer;
    QString lastSuggested;
    QString saveFileName(QWidget*, const QString&, const QString& suggested, const QString&) override {
        lastSuggested = suggested;
        return answer;
    }
};

class FakePrompter final : public Prompter {
public:
    QStringList errors;
    bool confirm(QWidget*, const QString&, const QString&, const QString&, const QString&) override {
        return true;
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

    void everyReportOnScreenMatchesTheHandAnswer() {
        ReportsView view(context(Role::Admin));
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.show();
        auto* table = view.findChild<QTableView*>(QStringLiteral("reportTable"));
        QVERIFY(table);
        QAbstractItemModelTester proxyTester(table->model(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const ExpectedReport& want : expectedReports2526()) {
            QSignalSpy ready(&view, &ReportsView::reportReady);
            QVERIFY(view.selectReport(QString::fromLatin1(want.name)));
            QTRY_VERIFY(!ready.isEmpty() && !view.isRunning());
            QCOMPARE(view.result().name, QString::fromLatin1(want.name));
            QCOMPARE(tableText(table), want.rows);
            for (int c = 0; c < want.header.size(); ++c)
                QCOMPARE(table->model()->headerData(c, Qt::Horizontal).toString(), want.header.at(c));
            QVERIFY(
                !view.findChild<BarChartWidget*>(QStringLiteral("reportChart"))->chart().labels.isEmpty());
        }
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
        FakeChooser chooser;
        view.setFileChooser(&chooser);
        QVERIFY(view.selectReport(QStringLiteral("organization-summary")));
        auto* csv = view.findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
        QTRY_VERIFY(!view.isRunning() && view.result().name == u"organization-summary" && csv->isEnabled());
        chooser.answer = m_dir.filePath(QStringLiteral("from-view.csv"));
        QTest::mouseClick(csv, Qt::LeftButton);
        QFile f(chooser.answer);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(f.readAll());
        QCOMPARE(rows.mid(1), expectedReports2526().at(1).rows);
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
        for (const char* name : {"reportCombo", "periodCombo", "fromDate", "toDate", "districtFilter",
                                 "organizationFilter", "eventTypeFilter", "reportTable", "reportChart",
                                 "exportCsvButton", "exportPdfButton", "exportXlsxButton", "printButton"}) {
            auto* w = view.findChild<QWidget*>(QLatin1String(name));
            QVERIFY2(w, name);
            QVERIFY2(!w->accessibleName().isEmpty(), name);
        }
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_ReportsView.moc"
