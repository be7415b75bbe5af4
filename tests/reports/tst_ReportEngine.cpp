#include "ReportExpectations.h"
#include "ReportFixture.h"
#include "ReportTestSupport.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportTableModel.h"
#include "core/reports/XlsxWriter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestReportEngine final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    ReportEngine engine() const { return ReportEngine(m_db->connection(), ReportEngine::defaultZone()); }

    static ReportRequest year(const char* yyzz) {
        ReportRequest r;
        r.period = *ReportPeriod::parseSchoolYear(QString::fromLatin1(yyzz));
        return r;
    }

    static Session as(Role role) {
        Session s;
        s.signedIn = true;
        s.role = role;
        return s;
    }

    ReportResult run(const QString& name, const ReportRequest& req) const {
        auto r = engine().run(name, req);
        if (!r)
            qFatal("%s: %s", qPrintable(name), qPrintable(r.error().message));
        return *r;
    }

    static QByteArray readAll(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = ReportFixture::create(m_dir.filePath(QStringLiteral("vms.sqlite")));
    }

    void everyReportIsListed() {
        QStringList names;
        for (const ReportDefinition& d : reportDefinitions())
            names << QLatin1String(d.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("volunteer-hours"), QStringLiteral("organization-summary"),
                              QStringLiteral("event-attendance"), QStringLiteral("first-time-volunteers"),
                              QStringLiteral("district-summary")}));
    }

    void screenCsvAndXlsxAgreeWithTheHandAnswer_data() {
        QTest::addColumn<int>("index");
        const auto all = expectedReports2526();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(all.at(i).name) << i;
    }

    void screenCsvAndXlsxAgreeWithTheHandAnswer() {
        QFETCH(int, index);
        const ExpectedReport want = expectedReports2526().at(index);
        const ReportResult r = run(QString::fromLatin1(want.name), year("2526"));

        // The result itself.
        QCOMPARE(resultHeader(r), want.header);
        QCOMPARE(resultText(r), want.rows);
        QCOMPARE(r.dataAsOf, QStringLiteral("2026-08-15 09:05 CDT"));

        // The screen model.
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(r);
        QCOMPARE(model.rowCount(), want.rows.size());
        QCOMPARE(model.columnCount(), want.header.size());
        for (int c = 0; c < want.header.size(); ++c)
            QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), want.header.at(c));
        for (int row = 0; row < want.rows.size(); ++row)
            for (int c = 0; c < want.header.size(); ++c)
                QCOMPARE(model.index(row, c).data().toString(), want.rows.at(row).at(c));

        // CSV.
        const QString csv = m_dir.filePath(QString::fromLatin1(want.name) + QStringLiteral(".csv"));
        const Status wrote = CsvWriter::write(r, csv, as(Role::Admin));
        QVERIFY2(wrote.ok(), wrote.ok() ? "" : qPrintable(wrote.error().message));
        const QByteArray bytes = readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        bool wellFormed = false;
        const QList<QStringList> parsed = parseCsv(bytes, &wellFormed);
        QVERIFY(wellFormed);
        QCOMPARE(parsed.value(0), want.header);
        QCOMPARE(parsed.mid(1), want.rows);

        // XLSX, read back cell by cell with its types.
        const QString xlsx = m_dir.filePath(QString::fromLatin1(want.name) + QStringLiteral(".xlsx"));
        const Status wroteX = XlsxWriter::write(r, xlsx, as(Role::Admin));
        QVERIFY2(wroteX.ok(), wroteX.ok() ? "" : qPrintable(wroteX.error().message));
        const QJsonObject dump = dumpXlsx(xlsx);
        QVERIFY2(!dump.contains(QStringLiteral("error")),
                 qPrintable(dump.value(QStringLiteral("error")).toString()));
        QCOMPARE(dump.value(QStringLiteral("sheets")).toArray().first().toString(),
                 QString::fromLatin1(want.name));
        const QJsonArray rows = dump.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), want.rows.size() + 1);
        const QJsonArray widths = dump.value(QStringLiteral("widths")).toArray();
        QCOMPARE(widths.size(), want.header.size());
        for (int c = 0; c < want.header.size(); ++c) {
            const QJsonObject h = rows.at(0).toArray().at(c).toObject();
            QCOMPARE(h.value(QStringLiteral("value")).toString(), want.header.at(c));
            QVERIFY(h.value(QStringLiteral("bold")).toBool());
            QVERIFY(widths.at(c).toDouble() >= want.header.at(c).size());
        }
        for (int row = 0; row < want.rows.size(); ++row) {
            const QJsonArray cells = rows.at(row + 1).toArray();
            for (int c = 0; c < want.header.size(); ++c) {
                const QJsonObject cell = cells.at(c).toObject();
                const QString kind = cell.value(QStringLiteral("kind")).toString();
                const QString text = want.rows.at(row).at(c);
                switch (r.columns[static_cast<size_t>(c)].type) {
                case ColumnType::Text:
                    // An empty text is a blank cell in a spreadsheet.
                    QCOMPARE(kind, text.isEmpty() ? QStringLiteral("empty") : QStringLiteral("string"));
                    break;
                case ColumnType::Integer:
                case ColumnType::Hours:
                    QCOMPARE(kind, QStringLiteral("number"));
                    QCOMPARE(cell.value(QStringLiteral("value")).toDouble(), text.toDouble());
                    break;
                case ColumnType::Date:
                    QCOMPARE(kind, QStringLiteral("date"));
                    break;
                }
                QCOMPARE(xlsxCellText(cell), text);
            }
        }
    }

    void chartsHelp() {
        const ReportResult hours = run(QStringLiteral("volunteer-hours"), year("2526"));
        QCOMPARE(hours.chart.labels, (QStringList{QStringLiteral("2025-09"), QStringLiteral("2025-11"),
                                                  QStringLiteral("2026-02"), QStringLiteral("2026-07")}));
        QCOMPARE(hours.chart.values, (QList<double>{5.5, 2.33, 0.5, 2.33}));
        const ReportResult districts = run(QStringLiteral("district-summary"), year("2526"));
        QCOMPARE(districts.chart.values, (QList<double>{2, 1, 1}));
        const ReportResult orgs = run(QStringLiteral("organization-summary"), year("2526"));
        QCOMPARE(orgs.chart.labels, (QStringList{QStringLiteral("Zeta Bank"), QStringLiteral("Acme Corp")}));
    }

    void otherSchoolYears() {
        // Summer Camp (Aug 1 2026 local) is 2627; Bob's first event was in 2526, so he is not first-time.
        const ReportResult next = run(QStringLiteral("volunteer-hours"), year("2627"));
        QCOMPARE(resultText(next),
                 (QList<QStringList>{L({"Bob Beta", "Freelance", "1", "10", "2026-08-01", "2026-08-01"})}));
        QCOMPARE(run(QStringLiteral("first-time-volunteers"), year("2627")).rows.size(), size_t(0));
        const ReportResult before = run(QStringLiteral("first-time-volunteers"), year("2425"));
        QCOMPARE(
            resultText(before),
            (QList<QStringList>{L({"Ann Alpha", "Acme Corp", "2025-05-01", "Reading Buddies", "1", "1"})}));
    }

    void dateRangeUsesLocalDates() {
        ReportRequest req;
        req.period = {QDate(2026, 7, 31), QDate(2026, 7, 31)};
        QCOMPARE(run(QStringLiteral("event-attendance"), req).rows.size(), size_t(1));
        req.period = {QDate(2026, 8, 1), QDate(2026, 8, 1)}; // the UTC date of the 23:30 event
        const ReportResult r = run(QStringLiteral("event-attendance"), req);
        QCOMPARE(r.rows.size(), size_t(1));
        QCOMPARE(r.rows.front().cells[1].toString(), QStringLiteral("Summer Camp"));
        req.period = {QDate(2026, 8, 2), QDate(2026, 8, 1)};
        QVERIFY(!engine().run(QStringLiteral("event-attendance"), req).ok());
    }

    void filters() {
        ReportRequest req = year("2526");
        req.districtSfId = QStringLiteral("DIS002");
        const ReportResult d = run(QStringLiteral("district-summary"), req);
        QCOMPARE(resultText(d),
                 (QList<QStringList>{L({"Hickman Mills", "2", "2", "2", "3", "3", "3", "4.66"})}));
        QVERIFY(d.filterLines.contains(QStringLiteral("District: Hickman Mills")));

        req = year("2526");
        req.eventType = QStringLiteral("Workshop");
        const ReportResult e = run(QStringLiteral("event-attendance"), req);
        QCOMPARE(e.rows.size(), size_t(2));
        QCOMPARE(e.rows[0].cells[1].toString(), QStringLiteral("Robotics Demo"));
        QCOMPARE(e.rows[1].cells[1].toString(), QStringLiteral("Library Visit"));

        req = year("2526");
        req.organizationSfId = QStringLiteral("ORG002");
        QCOMPARE(
            resultText(run(QStringLiteral("volunteer-hours"), req)),
            (QList<QStringList>{L({"Dan Delta", "Zeta Bank", "1", "2.33", "2025-11-15", "2025-11-15"})}));
        QCOMPARE(resultText(run(QStringLiteral("organization-summary"), req)),
                 (QList<QStringList>{L({"Zeta Bank", "2", "3", "4.83"})}));
    }

    void csvEscaping() {
        ReportResult r;
        r.name = QStringLiteral("organization-summary");
        r.columns = {{QStringLiteral("Organization"), ColumnType::Text},
                     {QStringLiteral("Hours"), ColumnType::Hours},
                     {QStringLiteral("Note, with comma"), ColumnType::Text}};
        const QStringList names = {QStringLiteral("Smith, Jones & Co"),
                                   QStringLiteral("The \"Best\" Bank"),
                                   QStringLiteral("Two\nLines"),
                                   QString::fromUtf8("Ünïcødé 日本語 Кириллица 😀"),
                                   QStringLiteral("=SUM(A1:A9)"),
                                   QStringLiteral("+1 555"),
                                   QStringLiteral("-2"),
                                   QStringLiteral("@cmd"),
                                   QStringLiteral("\tTabbed"),
                                   QStringLiteral("\rCarriage"),
                                   QStringLiteral("=\"quoted\",formula"),
                                   QStringLiteral("plain")};
        for (const QString& n : names)
            r.rows.push_back({{n, -1.5, QString()}, n});
        const QString path = m_dir.filePath(QStringLiteral("escaping.csv"));
        QVERIFY(CsvWriter::write(r, path, as(Role::Admin)).ok());
        const QByteArray bytes = readAll(path);
        // Spot-check the exact bytes of the tricky ones.
        QVERIFY(bytes.contains("\r\n\"Smith, Jones & Co\",-1.5,\r\n"));
        QVERIFY(bytes.contains("\r\n\"The \"\"Best\"\" Bank\",-1.5,\r\n"));
        QVERIFY(bytes.contains("\r\n\"Two\nLines\",-1.5,\r\n"));
        QVERIFY(bytes.contains("\r\n'=SUM(A1:A9),-1.5,\r\n"));
        QVERIFY(bytes.contains("\r\n'-2,-1.5,\r\n")); // text defanged; the number -1.5 is not
        QVERIFY(bytes.contains("\r\n\"'\rCarriage\",-1.5,\r\n"));
        QVERIFY(bytes.contains(QString::fromUtf8("Ünïcødé 日本語 Кириллица 😀").toUtf8()));
        QVERIFY(bytes.contains("Organization,Hours,\"Note, with comma\"\r\n"));
        bool ok = false;
        const QList<QStringList> parsed = parseCsv(bytes, &ok);
        QVERIFY(ok);
        QCOMPARE(parsed.size(), names.size() + 1);
        for (int i = 0; i < names.size(); ++i) {
            const QString& n = names.at(i);
            const bool risky = n.startsWith(u'=') || n.startsWith(u'+') || n.startsWith(u'-') ||
                               n.startsWith(u'@') || n.startsWith(u'\t') || n.startsWith(u'\r');
            QCOMPARE(parsed.at(i + 1).at(0), risky ? QStringLiteral("'") + n : n);
            QCOMPARE(parsed.at(i + 1).at(1), QStringLiteral("-1.5"));
            QCOMPARE(parsed.at(i + 1).at(2), QString());
        }
    }

    void rolesLimitExports() {
        const ReportResult personal = run(QStringLiteral("volunteer-hours"), year("2526"));
        const ReportResult aggregate = run(QStringLiteral("district-summary"), year("2526"));
        struct Case {
            const ReportResult* r;
            Role role;
            ExportFormat format;
            bool allowed;
        } cases[] = {
            {&aggregate, Role::User, ExportFormat::Csv, true},
            {&aggregate, Role::User, ExportFormat::Xlsx, false},
            {&aggregate, Role::Coordinator, ExportFormat::Xlsx, true},
            {&personal, Role::User, ExportFormat::Csv, false},
            {&personal, Role::Coordinator, ExportFormat::Csv, false},
            {&personal, Role::Coordinator, ExportFormat::Xlsx, false},
            {&personal, Role::Admin, ExportFormat::Xlsx, true},
            {&personal, Role::Admin, ExportFormat::Csv, true},
        };
        int i = 0;
        for (const Case& c : cases) {
            const QString path = m_dir.filePath(QStringLiteral("role%1.out").arg(i++));
            const Status s = c.format == ExportFormat::Csv ? CsvWriter::write(*c.r, path, as(c.role))
                                                           : XlsxWriter::write(*c.r, path, as(c.role));
            QCOMPARE(s.ok(), c.allowed);
            QCOMPARE(QFile::exists(path), c.allowed);
            if (!c.allowed) {
                QCOMPARE(s.error().kind, ErrorKind::Forbidden);
                QVERIFY(s.error().message.contains(roleName(c.role)));
            }
        }
        QVERIFY(!ReportExport::authorize(as(Role::User), personal, ExportFormat::Pdf).ok());
        QVERIFY(ReportExport::authorize(as(Role::User), aggregate, ExportFormat::Pdf).ok());
    }

    void unwritableFolderLeavesNoFile() {
        const ReportResult r = run(QStringLiteral("district-summary"), year("2526"));
        // Tests run as root, where permissions do not stop writes: a regular file used as a folder does.
        const QString notAFolder = m_dir.filePath(QStringLiteral("plain-file"));
        {
            QFile f(notAFolder);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        for (const QString& path :
             {notAFolder + QStringLiteral("/out.csv"), QStringLiteral("/proc/vms-report.csv")}) {
            const Status s = CsvWriter::write(r, path, as(Role::Admin));
            QVERIFY(!s.ok());
            QCOMPARE(s.error().kind, ErrorKind::Io);
            QVERIFY2(s.error().message.contains(path), qPrintable(s.error().message));
            QVERIFY(!QFile::exists(path));
        }
        const QString xlsx = notAFolder + QStringLiteral("/out.xlsx");
        const Status s = XlsxWriter::write(r, xlsx, as(Role::Admin));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::Io);
        QVERIFY(s.error().message.contains(xlsx));
        QCOMPARE(QFile(notAFolder).size(), qint64(1));
    }

    void cancelledExportLeavesNoFile() {
        const ReportResult r = run(QStringLiteral("district-summary"), year("2526"));
        std::atomic_bool cancel{true};
        QDir dir(m_dir.filePath(QStringLiteral("cancel")));
        QVERIFY(dir.mkpath(QStringLiteral(".")));
        QCOMPARE(CsvWriter::write(r, dir.filePath(QStringLiteral("a.csv")), as(Role::Admin),
                                  CsvPreset::ExcelUtf8Bom, &cancel)
                     .error()
                     .kind,
                 ErrorKind::Cancelled);
        QCOMPARE(XlsxWriter::write(r, dir.filePath(QStringLiteral("a.xlsx")), as(Role::Admin), &cancel)
                     .error()
                     .kind,
                 ErrorKind::Cancelled);
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void replacesAnExistingFile() {
        const ReportResult r = run(QStringLiteral("district-summary"), year("2526"));
        const QString path = m_dir.filePath(QStringLiteral("again.xlsx"));
        QVERIFY(XlsxWriter::write(r, path, as(Role::Admin)).ok());
        QVERIFY(XlsxWriter::write(r, path, as(Role::Admin)).ok());
        QCOMPARE(dumpXlsx(path).value(QStringLiteral("rows")).toArray().size(), 4);
    }

    void codePointOrder() {
        // U+1F600 (a surrogate pair in UTF-16) is after U+FF01 in code-point order, before in UTF-16 order.
        const QString emoji = QString::fromUtf8("😀");
        const QString fullwidth = QString::fromUtf8("！");
        QVERIFY(ReportText::compareCodePoints(emoji, fullwidth) > 0);
        QVERIFY(QString::compare(emoji, fullwidth) < 0);
        QVERIFY(ReportText::compareCodePoints(QStringLiteral("B"), QStringLiteral("a")) < 0); // no collation
        QCOMPARE(ReportText::compareCodePoints(QStringLiteral("ab"), QStringLiteral("ab")), 0);
        QVERIFY(ReportText::compareCodePoints(QStringLiteral("ab"), QStringLiteral("abc")) < 0);
    }

    void hoursText() {
        QCOMPARE(ReportText::hours(12.5), QStringLiteral("12.5"));
        QCOMPARE(ReportText::hours(3), QStringLiteral("3"));
        QCOMPARE(ReportText::hours(2.333), QStringLiteral("2.33"));
        QCOMPARE(ReportText::hours(0.005), QStringLiteral("0.01"));
        QCOMPARE(ReportText::hours(123456.75), QStringLiteral("123456.75"));
    }

    void schoolYears() {
        QCOMPARE(ReportPeriod::parseSchoolYear(QStringLiteral("2526"))->from, QDate(2025, 8, 1));
        QCOMPARE(ReportPeriod::parseSchoolYear(QStringLiteral("2526"))->to, QDate(2026, 7, 31));
        QCOMPARE(ReportPeriod::parseSchoolYear(QStringLiteral("9900"))->from, QDate(2099, 8, 1));
        for (const char* bad : {"2527", "25", "25-26", "abcd", "252600"})
            QCOMPARE(ReportPeriod::parseSchoolYear(QString::fromLatin1(bad)).error().kind, ErrorKind::Usage);
        const QTimeZone chicago = ReportEngine::defaultZone();
        // 2026-08-01 03:00 UTC is still Jul 31 in Chicago: school year 2526.
        FixedClock clock(QDateTime(QDate(2026, 8, 1), QTime(3, 0), Qt::UTC));
        QCOMPARE(ReportPeriod::currentSchoolYear(clock, chicago).from, QDate(2025, 8, 1));
        clock.set(QDateTime(QDate(2026, 8, 1), QTime(6, 0), Qt::UTC));
        QCOMPARE(ReportPeriod::currentSchoolYear(clock, chicago).from, QDate(2026, 8, 1));
        QVERIFY(!ReportPeriod::parseDate(QStringLiteral("2026-02-30")).ok());
        QVERIFY(!ReportPeriod::parseDate(QStringLiteral("2026-2-3")).ok());
        QCOMPARE(*ReportPeriod::parseDate(QStringLiteral("2026-02-03")), QDate(2026, 2, 3));
    }
};

QTEST_GUILESS_MAIN(TestReportEngine)
#include "tst_ReportEngine.moc"
