// `vms-cli report run` with a filter that names nothing known (an unknown --district or --organization, an
// event type no event has) is bad input: exit 2 naming the option, no file. An empty report would look
// like "nothing happened there".

#include "core/auth/Session.h"
#include "tests/support/ReportFixture.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestCliReportFilters final : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_dir;
    QString m_profile;

    Run cli(const QStringList& args) const {
        QProcess p;
        p.start(QStringLiteral(VMS_CLI_PATH), QStringList{QStringLiteral("--profile"), m_profile} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_profile = m_dir.filePath(QStringLiteral("profile"));
        QCOMPARE(cli({QStringLiteral("status")}).code, 0);
        auto db = ReportFixture::create(m_profile + QStringLiteral("/vms.sqlite"));
        Session s;
        s.signedIn = true;
        s.userName = QStringLiteral("Alex Admin");
        s.role = Role::Admin;
        QVERIFY(s.saveCached(db->connection()).ok());
    }

    void unknownFilterValuesExitTwo_data() {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::newRow("district") << "district-summary"
                                  << "district"
                                  << "001000000000000ZZZ";
        QTest::newRow("district, not an id") << "event-attendance"
                                             << "district"
                                             << "Nowhere";
        QTest::newRow("organization") << "organization-summary"
                                      << "organization"
                                      << "001000000000000ZZZ";
        QTest::newRow("event type") << "volunteer-hours"
                                    << "event-type"
                                    << "Underwater Basket Weaving";
    }
    void unknownFilterValuesExitTwo() {
        QFETCH(QString, report);
        QFETCH(QString, option);
        QFETCH(QString, value);
        const QString out = m_dir.filePath(report + QStringLiteral(".csv"));
        const Run r =
            cli({QStringLiteral("report"), QStringLiteral("run"), report, QStringLiteral("--school-year"),
                 QStringLiteral("2526"), QStringLiteral("--") + option, value, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--") + option) && r.err.contains(value), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCliReportFilters)
#include "tst_CliReportFilters.moc"
