#include "core/reports/CsvWriter.h"
#include "core/reports/ReportDrill.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportTableModel.h"
#include "core/reports/XlsxWriter.h"
#include "tests/support/ReportExpectations.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/ReportTestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSqlQuery>
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
                              QStringLiteral("district-summary"), QStringLiteral("district-year-end"),
                              QStringLiteral("recent-volunteers"), QStringLiteral("event-contacts"),
                              QStringLiteral("volunteers-by-event-type")}));
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
        const ReportResult r = run(QString::fromLatin1(want.name), expectedRequest(want, m_db->connection()));

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
        QCOMPARE(parsed.mid(1), csvRows(want));

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
        QCOMPARE(hours.chart.labels,
                 (QStringList{QStringLiteral("2025-09"), QStringLiteral("2025-11"), QStringLiteral("2026-02"),
                              QStringLiteral("2026-03"), QStringLiteral("2026-07")}));
        QCOMPARE(hours.chart.values, (QList<double>{5.5, 2.33, 0.5, 1.5, 2.33}));
        const ReportResult districts = run(QStringLiteral("district-summary"), year("2526"));
        QCOMPARE(districts.chart.values, (QList<double>{2, 2, 1}));
        // Events by program over the detail rows only (the totals are not counted again).
        const ReportResult yearEnd = run(QStringLiteral("district-year-end"), year("2526"));
        QCOMPARE(yearEnd.chart.labels,
                 (QStringList{QStringLiteral("Career Fair"), QStringLiteral("Celebration"),
                              QStringLiteral("Workshop")}));
        QCOMPARE(yearEnd.chart.values, (QList<double>{3, 1, 1}));
        const ReportResult byType = run(QStringLiteral("volunteers-by-event-type"), year("2526"));
        QCOMPARE(byType.chart.labels, yearEnd.chart.labels);
        QCOMPARE(byType.chart.values, (QList<double>{3, 1, 1}));
        const ReportResult recent = run(QStringLiteral("recent-volunteers"), year("2526"));
        QCOMPARE(recent.chart.labels, (QStringList{QStringLiteral("2025-11"), QStringLiteral("2026-07")}));
        QCOMPARE(recent.chart.values, (QList<double>{2, 1}));
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
        // Bob's latest attended event is Summer Camp: he is recent in 2627 and not in 2526.
        QCOMPARE(resultText(run(QStringLiteral("recent-volunteers"), year("2627"))),
                 (QList<QStringList>{L({"Bob Beta", "Freelance", "bob@example.org", "2026-08-01",
                                        "Summer Camp", "1", "10", ""})}));
        // Ann's latest (Mock Interviews) is in 2526, so 2425 has nobody whose latest falls in it.
        QCOMPARE(run(QStringLiteral("recent-volunteers"), year("2425")).rows.size(), size_t(0));
    }

    void yearEndTotalsAndSections() {
        const ReportResult r = run(QStringLiteral("district-year-end"), year("2526"));
        QList<int> kinds;
        for (const ReportRow& row : r.rows)
            kinds << static_cast<int>(row.kind);
        QCOMPARE(kinds, (QList<int>{0, 0, 1, 0, 1, 0, 1, 2}));
        // One section per district (a PDF page each, with its own chart), then the grand total's.
        QCOMPARE(r.sections.size(), size_t(4));
        const struct {
            const char* title;
            size_t first, count;
            QStringList labels;
            QList<double> values;
        } want[] = {
            {"Hickman Mills", 0, 3, {QStringLiteral("Career Fair"), QStringLiteral("Celebration")}, {1, 1}},
            {"Kansas City Public Schools", 3, 2, {QStringLiteral("Career Fair")}, {2}},
            {"Unassigned", 5, 2, {QStringLiteral("Workshop")}, {1}},
            {"All districts", 7, 1, r.chart.labels, r.chart.values}};
        for (size_t i = 0; i < r.sections.size(); ++i) {
            const ReportSection& s = r.sections[i];
            QCOMPARE(s.title, QString::fromUtf8(want[i].title));
            QCOMPARE(s.firstRow, want[i].first);
            QCOMPARE(s.rowCount, want[i].count);
            QCOMPARE(s.chart.labels, want[i].labels);
            QCOMPARE(s.chart.values, want[i].values);
            QCOMPARE(s.chart.title, QStringLiteral("Events by program"));
        }
        // Other reports are one run of rows.
        QVERIFY(run(QStringLiteral("district-summary"), year("2526")).sections.empty());
    }

    void eventContactsIsAboutOneEvent() {
        ReportRequest req;
        req.eventId = fixtureEventId(m_db->connection(), "a0B5e000001AbCdEAF");
        QVERIFY(req.eventId > 0);
        const ReportResult r = run(QStringLiteral("event-contacts"), req);
        QCOMPARE(resultText(r), (QList<QStringList>{L({"Bob Beta", "Attended", "bob@example.org",
                                                       "816-555-0199", "Freelance", "", "1.5"})}));
        // The event, not a period, heads the files.
        QCOMPARE(r.filterLines,
                 QStringList{QStringLiteral("Event: Resume Workshop, 2026-03-05 (Central High)")});
        QCOMPARE(ReportExport::fileNamePart(r), QStringLiteral("resume-workshop-2026-03-05"));
        QVERIFY(r.chart.isEmpty());

        req.eventId = 0;
        auto none = engine().run(QStringLiteral("event-contacts"), req);
        QCOMPARE(none.error().kind, ErrorKind::Usage);
        QVERIFY2(none.error().message.contains(QStringLiteral("--event")), qPrintable(none.error().message));
        req.eventId = 999999;
        auto missing = engine().run(QStringLiteral("event-contacts"), req);
        QCOMPARE(missing.error().kind, ErrorKind::Usage);
        QVERIFY(missing.error().message.contains(QStringLiteral("999999")));
    }

    // reports.md: a row on screen opens what it counts.
    void rowsOpenWhatTheyCount() {
        const auto idOf = [this](const char* table, const char* sfId) {
            QSqlQuery q(m_db->connection());
            q.prepare(QStringLiteral("SELECT id FROM %1 WHERE sf_id = ?").arg(QLatin1String(table)));
            q.addBindValue(QString::fromLatin1(sfId));
            return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
        };
        const ReportResult hours = run(QStringLiteral("volunteer-hours"), year("2526"));
        auto d = ReportDrill::forRow(hours, 0); // Bob
        QVERIFY(d);
        QCOMPARE(d->kind, RowLink::Volunteer);
        QCOMPARE(d->localId, idOf("volunteers", "VOL002"));

        const ReportResult orgs = run(QStringLiteral("organization-summary"), year("2526"));
        d = ReportDrill::forRow(orgs, 0); // Zeta Bank
        QVERIFY(d);
        QCOMPARE(d->kind, RowLink::Organization);
        QCOMPARE(d->localId, idOf("organizations", "ORG002"));

        const ReportResult events = run(QStringLiteral("event-attendance"), year("2526"));
        d = ReportDrill::forRow(events, 1); // Robotics Demo
        QVERIFY(d);
        QCOMPARE(d->kind, RowLink::Event);
        QCOMPARE(d->localId, idOf("events", "EVT003"));

        // A district row: event-attendance over the same period, narrowed to what the row counts.
        const ReportResult yearEnd = run(QStringLiteral("district-year-end"), year("2526"));
        const auto eventsOf = [this](const ReportDrill& drill) {
            QStringList names;
            for (const ReportRow& row : run(drill.report, drill.request).rows)
                names << row.cells[1].toString();
            return names;
        };
        d = ReportDrill::forRow(yearEnd, 3); // KCPS, Career Fair, In-Person
        QVERIFY(d);
        QCOMPARE(d->kind, RowLink::DistrictEvents);
        QCOMPARE(d->report, QStringLiteral("event-attendance"));
        QCOMPARE(d->request.districtSfId, QStringLiteral("DIS001"));
        QCOMPARE(d->request.eventType, QStringLiteral("Career Fair"));
        QCOMPARE(d->request.format, ReportRequest::formatInPerson());
        QVERIFY(d->request.countedOnly);
        QCOMPARE(eventsOf(*d),
                 (QStringList{QStringLiteral("Career Day"), QStringLiteral("Resume Workshop")}));
        d = ReportDrill::forRow(yearEnd, 2); // Hickman Mills' total: both its events
        QCOMPARE(eventsOf(*d),
                 (QStringList{QStringLiteral("Mock Interviews"), QStringLiteral("Year End Celebration")}));
        d = ReportDrill::forRow(yearEnd, 5); // Unassigned, Workshop
        QCOMPARE(d->request.districtSfId, ReportRequest::blankFilter());
        QCOMPARE(eventsOf(*d), QStringList{QStringLiteral("Library Visit")});
        d = ReportDrill::forRow(yearEnd, 7); // the grand total: every counted event (not Robotics Demo)
        QCOMPARE(eventsOf(*d).size(), 5);

        const ReportResult districts = run(QStringLiteral("district-summary"), year("2526"));
        d = ReportDrill::forRow(districts, 1); // KCPS: its counted events, as the count says (2)
        QCOMPARE(eventsOf(*d).size(), 2);

        // A participation whose volunteer is not in the cache opens nothing.
        ReportResult orphan = run(QStringLiteral("recent-volunteers"), year("2526"));
        orphan.rows[0].linkId = 0;
        QVERIFY(!ReportDrill::forRow(orphan, 0));
        QVERIFY(!ReportDrill::forRow(orphan, 99));
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
                 (QList<QStringList>{L({"Zeta Bank", "2", "4", "6.33"})}));

        // Events with no district ("Unassigned"), by format, counted ones only.
        req = year("2526");
        req.districtSfId = ReportRequest::blankFilter();
        const ReportResult unassigned = run(QStringLiteral("event-attendance"), req);
        QCOMPARE(unassigned.rows.size(), size_t(1));
        QCOMPARE(unassigned.rows[0].cells[1].toString(), QStringLiteral("Library Visit"));
        QVERIFY(unassigned.filterLines.contains(QStringLiteral("District: Unassigned")));
        req = year("2526");
        req.format = ReportRequest::formatVirtual();
        QCOMPARE(resultText(run(QStringLiteral("district-year-end"), req)),
                 (QList<QStringList>{
                     L({"Hickman Mills", "Career Fair", "Virtual", "1", "1", "1", "1", "2", "2", "2.33"}),
                     L({"Hickman Mills", "All", "All", "1", "1", "1", "1", "2", "2", "2.33"}),
                     L({"All", "All", "All", "1", "1", "1", "1", "2", "2", "2.33"})}));
        req.format = ReportRequest::formatInPerson();
        req.eventType = QStringLiteral("Career Fair");
        QCOMPARE(run(QStringLiteral("event-attendance"), req).rows.size(), size_t(2)); // Hybrid + In-Person
        req = year("2526");
        req.countedOnly = true;
        QCOMPARE(run(QStringLiteral("event-attendance"), req).rows.size(), size_t(5)); // no Robotics Demo
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
        const ReportResult recent = run(QStringLiteral("recent-volunteers"), year("2526"));
        ReportRequest careerDay;
        careerDay.eventId = fixtureEventId(m_db->connection(), "EVT001");
        const ReportResult contacts = run(QStringLiteral("event-contacts"), careerDay);
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
            // reports.md: event-contacts is what a coordinator prints; the other people lists stay Admin's.
            {&contacts, Role::User, ExportFormat::Csv, false},
            {&contacts, Role::Coordinator, ExportFormat::Csv, true},
            {&contacts, Role::Coordinator, ExportFormat::Xlsx, true},
            {&contacts, Role::Admin, ExportFormat::Xlsx, true},
            {&recent, Role::Coordinator, ExportFormat::Csv, false},
            {&recent, Role::Admin, ExportFormat::Csv, true},
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
        QVERIFY(ReportExport::authorize(as(Role::Coordinator), contacts, ExportFormat::Pdf).ok());
        QVERIFY(!ReportExport::authorize(as(Role::User), contacts, ExportFormat::Pdf).ok());
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
