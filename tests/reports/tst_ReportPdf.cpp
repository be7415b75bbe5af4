#include "core/reports/ReportEngine.h"
#include "core/reports/ReportPeriod.h"
#include "export/ReportPdfWriter.h"
#include "tests/support/ReportExpectations.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/ReportTestSupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestReportPdf final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    static Session admin() {
        Session s;
        s.signedIn = true;
        s.role = Role::Admin;
        return s;
    }

    static QString tool(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QStringLiteral("<%1 failed: %2>")
                .arg(program, QString::fromUtf8(p.readAllStandardError()));
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // pdftotext -layout keeps each table row on one line; cells are separated by runs of spaces.
    static QString pdfText(const QString& pdf) {
        return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    }

    static bool hasRow(const QString& text, const QStringList& cells) {
        QStringList parts;
        for (const QString& c : cells)
            if (!c.isEmpty())
                parts << QRegularExpression::escape(c);
        const QRegularExpression re(QStringLiteral("^\\s*") + parts.join(QStringLiteral("\\s+")) +
                                        QStringLiteral("\\s*$"),
                                    QRegularExpression::MultilineOption);
        return re.match(text).hasMatch();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = ReportFixture::create(m_dir.filePath(QStringLiteral("vms.sqlite")));
    }

    void pdfTextAgreesWithTheHandAnswer_data() {
        QTest::addColumn<int>("index");
        const auto all = expectedReports2526();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void pdfTextAgreesWithTheHandAnswer() {
        QFETCH(int, index);
        const ExpectedReport want = expectedReports2526().at(index);
        auto r = ReportEngine(m_db->connection(), ReportEngine::defaultZone())
                     .run(QString::fromLatin1(want.name), expectedRequest(want, m_db->connection()));
        QVERIFY(r.ok());
        const QString pdf = m_dir.filePath(QString::fromLatin1(want.name) + QStringLiteral(".pdf"));
        const Status s = ReportPdfWriter::write(*r, pdf, admin(), nullptr, QPageSize::Letter);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        // For looking at: VMS_REPORT_PNG_DIR=dir keeps each PDF and a PNG of its pages there.
        if (const QString keep = qEnvironmentVariable("VMS_REPORT_PNG_DIR"); !keep.isEmpty()) {
            const QString base = keep + u'/' + QString::fromLatin1(want.name);
            QFile::remove(base + QStringLiteral(".pdf"));
            QFile::copy(pdf, base + QStringLiteral(".pdf"));
            tool(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf, base});
        }
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(r->title), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Data as of 2026-08-15 09:05 CDT")));
        if (want.event)
            QVERIFY2(text.contains(QStringLiteral("Event: Career Day, 2025-09-10 (Central High)")),
                     qPrintable(text));
        else
            QVERIFY(text.contains(QString::fromUtf8(
                "Period: School year 2025–26 (2025-08-01 to 2026-07-31, America/Chicago)")));
        // district-year-end: a page per district and one for the grand total.
        const int pages = want.name == QByteArrayView("district-year-end") ? 4 : 1;
        QVERIFY2(text.contains(QStringLiteral("Page 1 of %1").arg(pages)), qPrintable(text));
        QVERIFY(text.contains(r->chart.title));
        for (const QStringList& row : want.rows)
            QVERIFY2(hasRow(text, row), qPrintable(row.join(u'|') + QStringLiteral("\n---\n") + text));
        // The rows appear in the expected order.
        qsizetype last = -1;
        for (const QStringList& row : want.rows) {
            const qsizetype at =
                text.indexOf(row.at(want.name == QByteArrayView("event-attendance") ? 1 : 0), last + 1);
            QVERIFY(at > last);
            last = at;
        }
        QVERIFY(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("letter")));
    }

    // reports.md: district-year-end's PDF has one page per district with a chart of events by program.
    void yearEndHasAPagePerDistrictWithItsChart() {
        ReportRequest req;
        req.period = *ReportPeriod::parseSchoolYear(QStringLiteral("2526"));
        auto r = ReportEngine(m_db->connection(), ReportEngine::defaultZone())
                     .run(QStringLiteral("district-year-end"), req);
        QVERIFY(r.ok());
        const QString pdf = m_dir.filePath(QStringLiteral("year-end-pages.pdf"));
        QVERIFY(ReportPdfWriter::write(*r, pdf, admin(), nullptr, QPageSize::Letter).ok());
        const QStringList pages = pdfText(pdf).split(QChar(u'\f'), Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), 4);
        const struct {
            const char* heading;
            QStringList bars; // the chart's program labels on this page
            const char* otherDistrict;
        } want[] = {
            {"Hickman Mills", {QStringLiteral("Career Fair"), QStringLiteral("Celebration")}, "Unassigned"},
            {"Kansas City Public Schools", {QStringLiteral("Career Fair")}, "Hickman Mills"},
            {"Unassigned", {QStringLiteral("Workshop")}, "Kansas City"},
            {"All districts",
             {QStringLiteral("Career Fair"), QStringLiteral("Celebration"), QStringLiteral("Workshop")},
             "Hickman Mills"}};
        for (int p = 0; p < 4; ++p) {
            const QString& page = pages.at(p);
            QVERIFY2(page.contains(QLatin1String(want[p].heading)), qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("Events by program")));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of 4").arg(p + 1)), qPrintable(page));
            for (const QString& bar : want[p].bars)
                QVERIFY2(page.contains(bar), qPrintable(bar + QStringLiteral("\n") + page));
            // Its rows only, under the header.
            QVERIFY2(!page.contains(QLatin1String(want[p].otherDistrict)), qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("Volunteer")));
        }
        QVERIFY(
            hasRow(pages.at(0), L({"Hickman Mills", "All", "All", "2", "2", "2", "3", "3", "3", "4.66"})));
        QVERIFY(hasRow(pages.at(3), L({"All", "All", "All", "5", "3", "2", "6", "7", "4", "12.16"})));
        // Title, filters and "Data as of" head the first page only.
        QVERIFY(pages.at(0).contains(QStringLiteral("Data as of")));
        QVERIFY(!pages.at(1).contains(QStringLiteral("Data as of")));
    }

    void headerRepeatsOnEveryPage() {
        ReportResult r;
        r.name = QStringLiteral("volunteer-hours");
        r.title = QStringLiteral("Volunteer Hours");
        r.columns = {{QStringLiteral("Volunteer"), ColumnType::Text},
                     {QStringLiteral("Hours"), ColumnType::Hours}};
        for (int i = 0; i < 150; ++i)
            r.rows.push_back({{QStringLiteral("Volunteer %1").arg(i, 3, 10, QLatin1Char('0')), i * 0.5}, {}});
        r.dataAsOf = QStringLiteral("never synced");
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(ReportPdfWriter::write(r, pdf, admin(), nullptr, QPageSize::A4).ok());
        const QString text = pdfText(pdf);
        const QStringList pages = text.split(QChar(u'\f'), Qt::SkipEmptyParts);
        const int n = static_cast<int>(pages.size());
        QVERIFY2(n >= 3, qPrintable(text.left(400)));
        for (int p = 1; p <= n; ++p) {
            const QString page = pages.at(p - 1);
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(n)), qPrintable(page));
            QVERIFY(QRegularExpression(QStringLiteral("^\\s*Volunteer\\s+Hours\\s*$"),
                                       QRegularExpression::MultilineOption)
                        .match(page)
                        .hasMatch());
        }
        for (int i = 0; i < 150; ++i)
            QVERIFY(text.contains(QStringLiteral("Volunteer %1").arg(i, 3, 10, QLatin1Char('0'))));
        QVERIFY(tool(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("A4")));
    }

    void failuresLeaveNoFile() {
        ReportResult r;
        r.name = QStringLiteral("district-summary");
        r.title = QStringLiteral("District Summary");
        r.columns = {{QStringLiteral("District"), ColumnType::Text}};
        const QString notAFolder = m_dir.filePath(QStringLiteral("file"));
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString path = notAFolder + QStringLiteral("/x.pdf");
        const Status s = ReportPdfWriter::write(r, path, admin());
        QCOMPARE(s.error().kind, ErrorKind::Io);
        QVERIFY(s.error().message.contains(path));
        QVERIFY(!QFile::exists(path));

        std::atomic_bool cancel{true};
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QCOMPARE(ReportPdfWriter::write(r, cancelled, admin(), &cancel).error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFile::exists(cancelled));

        Session user;
        user.signedIn = true;
        user.role = Role::User;
        r.audience = ExportAudience::Admins;
        const QString refused = m_dir.filePath(QStringLiteral("refused.pdf"));
        QCOMPARE(ReportPdfWriter::write(r, refused, user).error().kind, ErrorKind::Forbidden);
        QVERIFY(!QFile::exists(refused));
    }

    void pageSizeFollowsLocale() {
        QCOMPARE(ReportPdfWriter::pageSizeFor(QLocale(QLocale::English, QLocale::UnitedStates)),
                 QPageSize::Letter);
        QCOMPARE(ReportPdfWriter::pageSizeFor(QLocale(QLocale::German, QLocale::Germany)), QPageSize::A4);
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_ReportPdf.moc"
