#include "core/common/Clock.h"
#include "core/reports/ReportPresets.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

// Named report presets (reports.md): kept in the profile's settings.ini, managed by Coordinators and Admins.
class TestReportPresets final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString freshIni() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_file)); }

    static Session as(Role role) {
        Session s;
        s.signedIn = true;
        s.role = role;
        return s;
    }

    static ReportPreset preset(const QString& name, const char* report = "district-year-end",
                               const char* period = "current") {
        ReportPreset p;
        p.name = name;
        p.report = QString::fromLatin1(report);
        p.period = QString::fromLatin1(period);
        return p;
    }

    static QStringList names(const ReportPresets& presets) {
        QStringList out;
        for (const ReportPreset& p : presets.list())
            out << p.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void periods() {
        const QTimeZone chicago(QByteArrayLiteral("America/Chicago"));
        FixedClock clock(QDateTime(QDate(2026, 9, 2), QTime(12, 0), Qt::UTC));
        const auto current = PresetPeriod::parse(QStringLiteral("current"));
        QVERIFY(current);
        // "Current" moves on with the clock: in September 2026 it is 2026-27.
        QCOMPARE(current->resolve(clock, chicago).from, QDate(2026, 8, 1));
        QCOMPARE(current->toText(), QStringLiteral("current"));
        const auto year = PresetPeriod::parse(QStringLiteral("2526"));
        QVERIFY(year);
        QCOMPARE(year->resolve(clock, chicago).to, QDate(2026, 7, 31));
        QCOMPARE(year->toText(), QStringLiteral("2526"));
        QCOMPARE(PresetPeriod::schoolYear(2099).toText(), QStringLiteral("9900"));
        const auto range = PresetPeriod::parse(QStringLiteral("2025-09-01..2025-12-31"));
        QVERIFY(range);
        QCOMPARE(range->resolve(clock, chicago).from, QDate(2025, 9, 1));
        QCOMPARE(range->toText(), QStringLiteral("2025-09-01..2025-12-31"));
        for (const char* bad :
             {"", "now", "2527", "2025-12-31..2025-09-01", "2025-02-30..2025-03-01", "2025-09-01.."})
            QCOMPARE(PresetPeriod::parse(QString::fromLatin1(bad)).error().kind, ErrorKind::Usage);
    }

    void saveRenameDeleteAndReadBack() {
        const QString ini = freshIni();
        {
            QSettings settings(ini, QSettings::IniFormat);
            ReportPresets presets(settings);
            ReportPreset p = preset(QStringLiteral("  Year end, virtual  "));
            p.format = QStringLiteral("Virtual");
            p.districtSfId = ReportRequest::blankFilter();
            p.countedOnly = true;
            QVERIFY(presets.save(as(Role::Coordinator), p).ok());
            QVERIFY(
                presets
                    .save(as(Role::Admin), preset(QString::fromUtf8("Über-Liste"), "volunteer-hours", "2526"))
                    .ok());
            QVERIFY(presets
                        .save(as(Role::Admin),
                              preset(QStringLiteral("année"), "event-attendance", "2025-09-01..2025-12-31"))
                        .ok());
            // Names are trimmed and sorted without regard to case.
            QCOMPARE(names(presets),
                     (QStringList{QStringLiteral("année"), QStringLiteral("Year end, virtual"),
                                  QString::fromUtf8("Über-Liste")}));
        }
        // Another QSettings on the same file (vms-cli beside the GUI) sees them, field by field.
        QSettings settings(ini, QSettings::IniFormat);
        ReportPresets presets(settings);
        const auto found = presets.find(QStringLiteral("YEAR END, VIRTUAL"));
        QVERIFY(found);
        QCOMPARE(found->name, QStringLiteral("Year end, virtual"));
        QCOMPARE(found->report, QStringLiteral("district-year-end"));
        QCOMPARE(found->period, QStringLiteral("current"));
        QCOMPARE(found->format, QStringLiteral("Virtual"));
        QCOMPARE(found->districtSfId, ReportRequest::blankFilter());
        QVERIFY(found->countedOnly);
        QVERIFY(found->organizationSfId.isEmpty());

        // Same name again: refused unless replacing.
        const Status again = presets.save(as(Role::Admin), preset(QStringLiteral("year end, VIRTUAL")));
        QCOMPARE(again.error().kind, ErrorKind::Usage);
        QVERIFY(
            presets
                .save(as(Role::Admin), preset(QStringLiteral("year end, VIRTUAL"), "district-summary"), true)
                .ok());
        QCOMPARE(presets.find(QStringLiteral("Year end, virtual"))->report,
                 QStringLiteral("district-summary"));
        QCOMPARE(presets.list().size(), size_t(3));

        QVERIFY(
            presets.rename(as(Role::Coordinator), QStringLiteral("année"), QStringLiteral("Fall term")).ok());
        QVERIFY(!presets.find(QStringLiteral("année")));
        QCOMPARE(presets.find(QStringLiteral("Fall term"))->period, QStringLiteral("2025-09-01..2025-12-31"));
        QCOMPARE(presets.rename(as(Role::Admin), QStringLiteral("Fall term"), QString::fromUtf8("über-liste"))
                     .error()
                     .kind,
                 ErrorKind::Usage);
        QCOMPARE(presets.rename(as(Role::Admin), QStringLiteral("nope"), QStringLiteral("x")).error().kind,
                 ErrorKind::Usage);

        QVERIFY(presets.remove(as(Role::Admin), QStringLiteral("fall term")).ok());
        QCOMPARE(names(presets),
                 (QStringList{QStringLiteral("Year end, virtual"), QString::fromUtf8("Über-Liste")}));
        QCOMPARE(presets.remove(as(Role::Admin), QStringLiteral("fall term")).error().kind, ErrorKind::Usage);
    }

    void onlyCoordinatorsAndAdminsChangePresets() {
        QSettings settings(freshIni(), QSettings::IniFormat);
        ReportPresets presets(settings);
        QVERIFY(presets.save(as(Role::Admin), preset(QStringLiteral("Kept"))).ok());
        const Status save = presets.save(as(Role::User), preset(QStringLiteral("Mine")));
        QCOMPARE(save.error().kind, ErrorKind::Forbidden);
        QVERIFY(save.error().message.contains(QStringLiteral("Coordinator")));
        QCOMPARE(presets.rename(as(Role::User), QStringLiteral("Kept"), QStringLiteral("x")).error().kind,
                 ErrorKind::Forbidden);
        QCOMPARE(presets.remove(as(Role::User), QStringLiteral("Kept")).error().kind, ErrorKind::Forbidden);
        QCOMPARE(names(presets), QStringList{QStringLiteral("Kept")});
    }

    void badPresetsAreRefusedWithTheReason() {
        QSettings settings(freshIni(), QSettings::IniFormat);
        ReportPresets presets(settings);
        const struct {
            ReportPreset p;
            const char* mentions;
        } cases[] = {
            {preset(QStringLiteral("   ")), "name"},
            {preset(QString(81, u'x')), "80"},
            {preset(QStringLiteral("two\nlines")), "control"},
            {preset(QStringLiteral("No such"), "weekly-digest"), "weekly-digest"},
            {preset(QStringLiteral("Bad period"), "district-summary", "2527"), "2527"},
            {preset(QStringLiteral("No event"), "event-contacts", ""), "event"},
        };
        for (const auto& c : cases) {
            const Status s = presets.save(as(Role::Admin), c.p);
            QCOMPARE(s.error().kind, ErrorKind::Usage);
            QVERIFY2(s.error().message.contains(QLatin1String(c.mentions)), qPrintable(s.error().message));
        }
        QVERIFY(presets.list().empty());
    }

    // A preset this VMS cannot run (a hand edit, a newer VMS) is listed, refused when used, and kept when
    // the others are rewritten.
    void unreadablePresetsAreKept() {
        const QString ini = freshIni();
        {
            QFile f(ini);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[report_presets]\n1\\name=From the future\n1\\report=weekly-digest\n1\\period=next\n"
                    "2\\name=Hand "
                    "made\n2\\report=district-summary\n2\\period=2425\n2\\district=DIS001\nsize=2\n");
        }
        QSettings settings(ini, QSettings::IniFormat);
        ReportPresets presets(settings);
        const auto future = presets.find(QStringLiteral("From the future"));
        QVERIFY(future);
        QCOMPARE(ReportPresets::check(*future).error().kind, ErrorKind::Usage);
        QCOMPARE(presets.find(QStringLiteral("Hand made"))->districtSfId, QStringLiteral("DIS001"));
        QVERIFY(ReportPresets::check(*presets.find(QStringLiteral("Hand made"))).ok());
        QVERIFY(presets.save(as(Role::Admin), preset(QStringLiteral("New one"))).ok());
        QVERIFY(presets.remove(as(Role::Admin), QStringLiteral("Hand made")).ok());
        QCOMPARE(names(presets), (QStringList{QStringLiteral("From the future"), QStringLiteral("New one")}));
        QCOMPARE(presets.find(QStringLiteral("From the future"))->period, QStringLiteral("next"));
    }
};

QTEST_GUILESS_MAIN(TestReportPresets)
#include "tst_ReportPresets.moc"
