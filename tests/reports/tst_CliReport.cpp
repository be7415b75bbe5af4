#include "core/auth/Session.h"
#include "tests/support/ReportExpectations.h"
#include "tests/support/ReportFixture.h"
#include "tests/support/ReportTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

// vms-cli report list / run, end to end through the real executable (cli.md).
class TestCliReport final : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;
    QString m_profile;

    Run cli(const QStringList& args, bool withDisplayUnset = true) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (withDisplayUnset) {
            // Headless: no display at all, and no platform chosen for vms-cli.
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VMS_CLI_PATH), QStringList{QStringLiteral("--profile"), m_profile} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    void setRole(Role role) const {
        auto db = Database::open(m_profile + QStringLiteral("/vms.sqlite"));
        QVERIFY(db.ok());
        Session s;
        s.signedIn = true;
        s.userName = QStringLiteral("Test User");
        s.role = role;
        QVERIFY(s.saveCached((*db)->connection()).ok());
    }

    QString out(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        // Let vms-cli create the profile folder, then fill its cache with the hand-made data.
        QCOMPARE(cli({QStringLiteral("status")}).code, 0);
        ReportFixture::create(m_profile + QStringLiteral("/vms.sqlite"));
    }

    void list() {
        const Run r = cli({QStringLiteral("report"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 9);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("volunteer-hours ")));
        QVERIFY(lines.at(4).startsWith(QStringLiteral("district-summary ")));
        QVERIFY(lines.at(7).startsWith(QStringLiteral("event-contacts ")));
        QVERIFY(lines.at(8).startsWith(QStringLiteral("volunteers-by-event-type ")));
        for (const QString& l : lines)
            QVERIFY(l.simplified().split(u' ').size() > 3); // a name and a description
    }

    void everyFormatAgreesWithTheHandAnswer() {
        setRole(Role::Admin);
        for (const ExpectedReport& want : expectedReports2526()) {
            const QString base = out(want.name);
            for (const char* fmt : {"csv", "xlsx", "pdf"}) {
                const QString file = base + u'.' + QLatin1String(fmt);
                // A report about one event takes --event (here the fixture's Salesforce Id), not a period.
                const QStringList which =
                    want.event ? QStringList{QStringLiteral("--event"), QLatin1String(want.event)}
                               : QStringList{QStringLiteral("--school-year"), QStringLiteral("2526")};
                const Run r = cli(QStringList{QStringLiteral("report"), QStringLiteral("run"),
                                              QString::fromLatin1(want.name)} +
                                  which +
                                  QStringList{QStringLiteral("--format"), QString::fromLatin1(fmt),
                                              QStringLiteral("--out"), file});
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QVERIFY(QFile::exists(file));
            }
            QFile csv(base + QStringLiteral(".csv"));
            QVERIFY(csv.open(QIODevice::ReadOnly));
            const QList<QStringList> rows = parseCsv(csv.readAll());
            QCOMPARE(rows.value(0), want.header);
            QCOMPARE(rows.mid(1), csvRows(want));

            const QJsonArray xrows =
                dumpXlsx(base + QStringLiteral(".xlsx")).value(QStringLiteral("rows")).toArray();
            QCOMPARE(xrows.size(), want.rows.size() + 1);
            for (int i = 0; i < want.rows.size(); ++i)
                for (int c = 0; c < want.header.size(); ++c)
                    QCOMPARE(xlsxCellText(xrows.at(i + 1).toArray().at(c).toObject()), want.rows.at(i).at(c));

            QProcess p;
            p.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), base + QStringLiteral(".pdf"), QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString text = QString::fromUtf8(p.readAllStandardOutput());
            for (const QStringList& row : want.rows)
                for (const QString& cell : row)
                    QVERIFY2(text.contains(cell), qPrintable(cell));
        }
    }

    void fromToRange() {
        setRole(Role::Admin);
        const QString file = out("range.csv");
        const Run r = cli({QStringLiteral("report"), QStringLiteral("run"),
                           QStringLiteral("event-attendance"), QStringLiteral("--from"),
                           QStringLiteral("2026-07-31"), QStringLiteral("--to"), QStringLiteral("2026-07-31"),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(f.readAll());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(1), QStringLiteral("Year End Celebration"));
    }

    void badUsageExitsTwoNamingTheArgument_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString run = QStringLiteral("run");
        const QStringList tail = {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                  QStringLiteral("/tmp/vms-never.csv")};
        QTest::newRow("unknown report")
            << (QStringList{run, QStringLiteral("nope")} + tail) << QStringLiteral("nope");
        QTest::newRow("bad year") << (QStringList{run, QStringLiteral("district-summary"),
                                                  QStringLiteral("--school-year"), QStringLiteral("2527")} +
                                      tail)
                                  << QStringLiteral("--school-year");
        QTest::newRow("bad date") << (QStringList{run, QStringLiteral("district-summary"),
                                                  QStringLiteral("--from"), QStringLiteral("2025-02-30"),
                                                  QStringLiteral("--to"), QStringLiteral("2025-03-01")} +
                                      tail)
                                  << QStringLiteral("--from");
        QTest::newRow("to before from")
            << (QStringList{run, QStringLiteral("district-summary"), QStringLiteral("--from"),
                            QStringLiteral("2025-03-02"), QStringLiteral("--to"),
                            QStringLiteral("2025-03-01")} +
                tail)
            << QStringLiteral("--to");
        QTest::newRow("from without to")
            << (QStringList{run, QStringLiteral("district-summary"), QStringLiteral("--from"),
                            QStringLiteral("2025-03-02")} +
                tail)
            << QStringLiteral("--to");
        QTest::newRow("year and range")
            << (QStringList{run, QStringLiteral("district-summary"), QStringLiteral("--school-year"),
                            QStringLiteral("2526"), QStringLiteral("--from"), QStringLiteral("2025-09-01"),
                            QStringLiteral("--to"), QStringLiteral("2025-09-02")} +
                tail)
            << QStringLiteral("--school-year");
        QTest::newRow("bad format") << QStringList{run,
                                                   QStringLiteral("district-summary"),
                                                   QStringLiteral("--format"),
                                                   QStringLiteral("docx"),
                                                   QStringLiteral("--out"),
                                                   QStringLiteral("/tmp/x")}
                                    << QStringLiteral("--format");
        QTest::newRow("no out") << QStringList{run, QStringLiteral("district-summary"),
                                               QStringLiteral("--format"), QStringLiteral("csv")}
                                << QStringLiteral("--out");
        QTest::newRow("unknown option") << (QStringList{run, QStringLiteral("district-summary"),
                                                        QStringLiteral("--year"), QStringLiteral("2526")} +
                                            tail)
                                        << QStringLiteral("--year");
        QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("list");
    }

    void badUsageExitsTwoNamingTheArgument() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(QStringList{QStringLiteral("report")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/vms-never.csv")));
    }

    void rolesExitSix() {
        setRole(Role::User);
        const auto runAs = [this](const char* report, const char* fmt, const QString& file) {
            return cli({QStringLiteral("report"), QStringLiteral("run"), QString::fromLatin1(report),
                        QStringLiteral("--school-year"), QStringLiteral("2526"), QStringLiteral("--format"),
                        QString::fromLatin1(fmt), QStringLiteral("--out"), file});
        };
        Run r = runAs("volunteer-hours", "csv", out("u1.csv"));
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("Admin")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out("u1.csv")));
        r = runAs("district-summary", "xlsx", out("u2.xlsx"));
        QCOMPARE(r.code, 6);
        QVERIFY(!QFile::exists(out("u2.xlsx")));
        QCOMPARE(runAs("district-summary", "pdf", out("u3.pdf")).code, 0);
        QCOMPARE(runAs("district-summary", "csv", out("u4.csv")).code, 0);
        setRole(Role::Coordinator);
        QCOMPARE(runAs("district-summary", "xlsx", out("c1.xlsx")).code, 0);
        QCOMPARE(runAs("first-time-volunteers", "pdf", out("c2.pdf")).code, 6);
        QCOMPARE(runAs("recent-volunteers", "csv", out("c3.csv")).code, 6);
        QCOMPARE(runAs("volunteers-by-event-type", "csv", out("c4.csv")).code, 6);
        QCOMPARE(runAs("district-year-end", "xlsx", out("c5.xlsx")).code, 0);
        // reports.md: event-contacts is what a coordinator prints to run the event.
        const auto contacts = [this](const char* fmt, const QString& file) {
            return cli({QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("event-contacts"),
                        QStringLiteral("--event"), QStringLiteral("EVT001"), QStringLiteral("--format"),
                        QString::fromLatin1(fmt), QStringLiteral("--out"), file});
        };
        for (const char* fmt : {"csv", "pdf", "xlsx"})
            QCOMPARE(contacts(fmt, out("c6.") + QLatin1String(fmt)).code, 0);
        setRole(Role::User);
        const Run refused = contacts("pdf", out("u5.pdf"));
        QCOMPARE(refused.code, 6);
        QVERIFY2(refused.err.contains(QStringLiteral("Coordinator")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(out("u5.pdf")));
        QCOMPARE(runAs("district-year-end", "pdf", out("u6.pdf")).code, 0);
    }

    // --event takes a Salesforce Id (18 or 15 characters) or a local id (cli.md).
    void eventContactsByAnyId() {
        setRole(Role::Admin);
        const auto contacts = [this](const QString& id, const QString& file) {
            return cli({QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("event-contacts"),
                        QStringLiteral("--event"), id, QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), file});
        };
        const QList<QStringList> bob = {
            L({"Bob Beta", "Attended", "bob@example.org", "816-555-0199", "Freelance", "", "1.5"})};
        auto db = Database::open(m_profile + QStringLiteral("/vms.sqlite"));
        QVERIFY(db.ok());
        const qint64 local = fixtureEventId((*db)->connection(), "a0B5e000001AbCdEAF");
        for (const QString& id : {QStringLiteral("a0B5e000001AbCdEAF"), QStringLiteral("a0B5e000001AbCd"),
                                  QString::number(local)}) {
            const QString file = out("contacts-") + id + QStringLiteral(".csv");
            const Run r = contacts(id, file);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.err.contains(QStringLiteral("Resume Workshop, 2026-03-05")), qPrintable(r.err));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(parseCsv(f.readAll()).mid(1), bob);
        }
        const Run unknown = contacts(QStringLiteral("a0B5e000009ZzZzEAF"), out("nope.csv"));
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("a0B5e000009ZzZzEAF")), qPrintable(unknown.err));
        QVERIFY(!QFile::exists(out("nope.csv")));
    }

    // Options a report does not take are refused, naming them, rather than ignored.
    void optionsMustFitTheReport_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QStringList tail = {QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                  QStringLiteral("/tmp/vms-never.csv")};
        const QString run = QStringLiteral("run");
        QTest::newRow("contacts without event")
            << (QStringList{run, QStringLiteral("event-contacts")} + tail) << QStringLiteral("--event");
        QTest::newRow("contacts with a period")
            << (QStringList{run, QStringLiteral("event-contacts"), QStringLiteral("--event"),
                            QStringLiteral("EVT001"), QStringLiteral("--school-year"),
                            QStringLiteral("2526")} +
                tail)
            << QStringLiteral("--school-year");
        QTest::newRow("event on a period report")
            << (QStringList{run, QStringLiteral("district-year-end"), QStringLiteral("--event"),
                            QStringLiteral("EVT001")} +
                tail)
            << QStringLiteral("--event");
        QTest::newRow("district on recent-volunteers")
            << (QStringList{run, QStringLiteral("recent-volunteers"), QStringLiteral("--district"),
                            QStringLiteral("DIS001")} +
                tail)
            << QStringLiteral("--district");
        QTest::newRow("bad event format")
            << (QStringList{run, QStringLiteral("district-year-end"), QStringLiteral("--event-format"),
                            QStringLiteral("hybrid")} +
                tail)
            << QStringLiteral("--event-format");
        QTest::newRow("preset and report") << (QStringList{run, QStringLiteral("district-year-end"),
                                                           QStringLiteral("--preset"), QStringLiteral("x")} +
                                               tail)
                                           << QStringLiteral("--preset");
        QTest::newRow("no such preset")
            << (QStringList{run, QStringLiteral("--preset"), QStringLiteral("Nope")} + tail)
            << QStringLiteral("Nope");
    }

    void optionsMustFitTheReport() {
        setRole(Role::Admin);
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = cli(QStringList{QStringLiteral("report")} + args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/vms-never.csv")));
    }

    void filtersFromTheCommandLine() {
        setRole(Role::Admin);
        const auto rows = [this](const QStringList& args) {
            const QString file = out("filters.csv");
            QFile::remove(file);
            const Run r = cli(QStringList{QStringLiteral("report"), QStringLiteral("run")} + args +
                              QStringList{QStringLiteral("--school-year"), QStringLiteral("2526"),
                                          QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--out"), file});
            QFile f(file);
            if (r.code != 0 || !f.open(QIODevice::ReadOnly))
                return QList<QStringList>{{r.err}};
            return parseCsv(f.readAll()).mid(1);
        };
        QCOMPARE(rows({QStringLiteral("event-attendance"), QStringLiteral("--district"),
                       QStringLiteral("unassigned")})
                     .value(0)
                     .value(1),
                 QStringLiteral("Library Visit"));
        QCOMPARE(rows({QStringLiteral("district-year-end"), QStringLiteral("--event-format"),
                       QStringLiteral("virtual")})
                     .size(),
                 3);
        QCOMPARE(rows({QStringLiteral("event-attendance"), QStringLiteral("--counted-only")}).size(), 5);
        QCOMPARE(rows({QStringLiteral("volunteers-by-event-type"), QStringLiteral("--event-type"),
                       QStringLiteral("Workshop")}),
                 (QList<QStringList>{L({"Workshop", "Bob Beta", "Freelance", "1", "0.5", "2026-02-10"})}));
    }

    // Presets (reports.md): saved by Coordinators and Admins, run by name for a scheduled export.
    void presetsSaveListRunRenameDelete() {
        const auto report = [this](const QStringList& args) {
            return cli(QStringList{QStringLiteral("report")} + args);
        };
        setRole(Role::User);
        Run r = report({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("Year end"),
                        QStringLiteral("district-year-end"), QStringLiteral("--school-year"),
                        QStringLiteral("2526")});
        QCOMPARE(r.code, 6);
        setRole(Role::Coordinator);
        r = report({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("Year end"),
                    QStringLiteral("district-year-end"), QStringLiteral("--school-year"),
                    QStringLiteral("2526"), QStringLiteral("--event-format"), QStringLiteral("virtual")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = report({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("Career Day contacts"),
                    QStringLiteral("event-contacts"), QStringLiteral("--event"), QStringLiteral("EVT001")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = report({QStringLiteral("preset"), QStringLiteral("save"), QStringLiteral("year END"),
                    QStringLiteral("district-summary")});
        QCOMPARE(r.code, 2); // the name is taken (whatever its case) unless --replace
        QVERIFY2(r.err.contains(QStringLiteral("Year end")), qPrintable(r.err));

        r = report({QStringLiteral("presets")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QStringLiteral("Career Day contacts\tevent-contacts\t-\t--event EVT001\n"
                                       "Year end\tdistrict-year-end\t2526\t--event-format virtual\n"));

        // Run by name: the preset's report, period and filters.
        const QString file = out("preset.csv");
        r = report({QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("year end"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(f.readAll()).mid(1),
                 (QList<QStringList>{
                     L({"Hickman Mills", "Career Fair", "Virtual", "1", "1", "1", "1", "2", "2", "2.33"}),
                     L({"Hickman Mills", "All", "All", "1", "1", "1", "1", "2", "2", "2.33"}),
                     L({"All", "All", "All", "1", "1", "1", "1", "2", "2", "2.33"})}));
        f.close();
        // An option beside the preset replaces the preset's own: 2627 has no virtual event.
        r = report({QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("Year end"),
                    QStringLiteral("--school-year"), QStringLiteral("2627"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(f.readAll()).size(), 1);
        f.close();
        r = report({QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("Career Day contacts"),
                    QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(parseCsv(f.readAll()).size(), 5);
        f.close();

        r = report({QStringLiteral("preset"), QStringLiteral("rename"), QStringLiteral("Year end"),
                    QStringLiteral("Virtual year end")});
        QCOMPARE(r.code, 0);
        setRole(Role::User);
        r = report({QStringLiteral("preset"), QStringLiteral("delete"), QStringLiteral("Virtual year end")});
        QCOMPARE(r.code, 6);
        // Running a preset is reading: a User may run one whose export the role allows.
        r = report({QStringLiteral("run"), QStringLiteral("--preset"), QStringLiteral("virtual year end"),
                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"),
                    out("user.pdf")});
        QCOMPARE(r.code, 0);
        setRole(Role::Admin);
        for (const char* name : {"Virtual year end", "Career Day contacts"})
            QCOMPARE(report({QStringLiteral("preset"), QStringLiteral("delete"), QLatin1String(name)}).code,
                     0);
        QCOMPARE(report({QStringLiteral("presets")}).out, QString());
        r = report({QStringLiteral("preset"), QStringLiteral("delete"), QStringLiteral("Virtual year end")});
        QCOMPARE(r.code, 2);
    }

    // cli.md: a file that cannot be written ends with exit 2 and leaves no partial file (issue #13). Tests
    // may run as root, where permission bits stop nothing: a path under a regular file and a path in /proc
    // fail for root too.
    void unwritableOutputExitsTwoAndLeavesNoFile_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("underProc");
        for (const char* fmt : {"csv", "pdf", "xlsx"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 under a file").arg(QLatin1String(fmt))))
                << QString::fromLatin1(fmt) << false;
            QTest::newRow(qPrintable(QStringLiteral("%1 in /proc").arg(QLatin1String(fmt))))
                << QString::fromLatin1(fmt) << true;
        }
    }

    void unwritableOutputExitsTwoAndLeavesNoFile() {
        QFETCH(QString, format);
        QFETCH(bool, underProc);
        setRole(Role::Admin);
        QFile f(out("regular-file"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        const QString file =
            (underProc ? QStringLiteral("/proc") : out("regular-file")) + QStringLiteral("/report.") + format;
        const Run r =
            cli({QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("district-summary"),
                 QStringLiteral("--format"), format, QStringLiteral("--out"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(file) && r.err.contains(QStringLiteral("No file was written")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(QFile(out("regular-file")).size(), qint64(0));
        if (underProc)
            QVERIFY(QDir(QStringLiteral("/proc")).entryList({QStringLiteral("report.*")}).isEmpty());
    }

    // The profile's settings.ini (ProfileSettings) as the desktop program writes it: its display zone
    // decides which local day an event falls on, its CSV preset whether the file starts with a BOM.
    // Without them (every test above) the defaults are cli.md's and reports.md's.
    void profileDisplayZoneAndCsvPresetApply() {
        setRole(Role::Admin);
        const QString ini = m_profile + QStringLiteral("/settings.ini");
        const auto runDay = [this](const char* day, const QString& file) {
            return cli({QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("event-attendance"),
                        QStringLiteral("--from"), QString::fromLatin1(day), QStringLiteral("--to"),
                        QString::fromLatin1(day), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--out"), file});
        };
        const auto read = [](const QString& file) {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };

        // Defaults: Year End Celebration (23:30 on Jul 31 in Chicago) is on Jul 31, in a file with a BOM.
        QVERIFY(!QFile::exists(ini) || QFile::remove(ini));
        QCOMPARE(runDay("2026-07-31", out("zone-default.csv")).code, 0);
        QByteArray bytes = read(out("zone-default.csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(parseCsv(bytes).value(1).value(1), QStringLiteral("Year End Celebration"));
        QCOMPARE(parseCsv(bytes).value(1).value(0), QStringLiteral("2026-07-31"));

        // An Admin set UTC and plain CSV: the same event is on Aug 1 there.
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[display]\ntime_zone=UTC\n[export]\ncsv_preset=plain\n");
        }
        QCOMPARE(runDay("2026-07-31", out("zone-utc-jul31.csv")).code, 0);
        QCOMPARE(parseCsv(read(out("zone-utc-jul31.csv"))).size(), 1); // the header alone
        const Run r = runDay("2026-08-01", out("zone-utc-aug1.csv"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        bytes = read(out("zone-utc-aug1.csv"));
        QVERIFY(bytes.startsWith("Date,Event,"));
        bool found = false;
        for (const QStringList& row : parseCsv(bytes).mid(1))
            if (row.value(1) == u"Year End Celebration")
                found = row.value(0) == u"2026-08-01";
        QVERIFY(found);

        // A zone typed wrong is the default again: a warning in the profile's log, not a failure.
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[display]\ntime_zone=Kansas City\n");
        }
        const Run bad = runDay("2026-07-31", out("zone-bad.csv"));
        QCOMPARE(bad.code, 0);
        QVERIFY(read(m_profile + QStringLiteral("/logs/vms.app.log"))
                    .contains("display/time_zone = 'Kansas City'"));
        bytes = read(out("zone-bad.csv"));
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(parseCsv(bytes).value(1).value(0), QStringLiteral("2026-07-31"));
        QVERIFY(QFile::remove(ini));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_CliReport.moc"
