// Exported files hold people's names and contact details: whatever the umask, each is created readable
// by its owner only (0600), like the cache. The report writers, the sign-in sheet PDF, all of them.

#include "core/reports/CsvWriter.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportExport.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/XlsxWriter.h"
#include "export/ReportPdfWriter.h"
#include "tests/support/ReportFixture.h"
#include "ui/attendance/SignInSheet.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vms;
using namespace vms::test;

class TestExportFiles final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    mode_t m_umask = 0;

    static Session admin() {
        Session s;
        s.signedIn = true;
        s.role = Role::Admin;
        return s;
    }

    ReportResult report(const char* name) {
        ReportRequest req;
        req.period = *ReportPeriod::parseSchoolYear(QStringLiteral("2526"));
        auto r =
            ReportEngine(m_db->connection(), ReportEngine::defaultZone()).run(QString::fromLatin1(name), req);
        if (!r)
            qFatal("report %s: %s", name, qPrintable(r.error().message));
        return *r;
    }

    static QString modeOf(const QString& path) {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return QStringLiteral("missing");
        return QString::number(st.st_mode & 0777, 8);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_db = ReportFixture::create(m_dir.filePath(QStringLiteral("vms.sqlite")));
        m_umask = ::umask(022); // a common default, under which plain files come out 0644
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void reportFilesAreOwnerOnly_data() {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << QStringLiteral("csv");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }
    void reportFilesAreOwnerOnly() {
        QFETCH(QString, format);
        const ReportResult r = report("volunteer-hours");
        const QString path = m_dir.filePath(QStringLiteral("hours.") + format);
        Status s;
        if (format == u"csv")
            s = CsvWriter::write(r, path, admin());
        else if (format == u"xlsx")
            s = XlsxWriter::write(r, path, admin());
        else
            s = ReportPdfWriter::write(r, path, admin(), nullptr, QPageSize::Letter);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
    }

    // Writing over an existing file that others could read takes that away too.
    void overwritingTightensTheMode() {
        const QString path = m_dir.filePath(QStringLiteral("again.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(CsvWriter::write(report("district-summary"), path, admin()).ok());
        QCOMPARE(modeOf(path), QStringLiteral("600"));
    }

    void signInSheetIsOwnerOnly() {
        AttendanceEvent event;
        event.id = 1;
        event.name = QStringLiteral("Career Day");
        RosterRow row;
        row.firstName = QStringLiteral("Sam");
        row.lastName = QStringLiteral("Student");
        const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
        const Status s = SignInSheet::writePdf(admin(), event, {row}, path, QPageSize::A4);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(modeOf(path), QStringLiteral("600"));
    }

    // The sheet names students (minors): a User may not print it, whatever the caller did, and neither
    // may anyone signed out.
    void signInSheetIsCheckedInTheWriter() {
        AttendanceEvent event;
        event.id = 1;
        event.name = QStringLiteral("Career Day");
        Session user;
        user.signedIn = true;
        user.role = Role::User;
        const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
        const Status refused = SignInSheet::writePdf(user, event, {}, path, QPageSize::A4);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Forbidden);
        Session signedOut = admin();
        signedOut.signedIn = false;
        QCOMPARE(SignInSheet::writePdf(signedOut, event, {}, path, QPageSize::A4).error().kind,
                 ErrorKind::Auth);
        QVERIFY(!QFile::exists(path));
        Session coordinator = admin();
        coordinator.role = Role::Coordinator;
        QVERIFY(SignInSheet::writePdf(coordinator, event, {}, path, QPageSize::A4).ok());
    }

    // Printing a report needs what its PDF needs, checked in core.
    void printingIsCheckedInCore() {
        const ReportResult personal = report("volunteer-hours");
        Session coordinator = admin();
        coordinator.role = Role::Coordinator;
        QCOMPARE(ReportExport::authorizePrint(coordinator, personal).error().kind, ErrorKind::Forbidden);
        QVERIFY(ReportExport::authorizePrint(admin(), personal).ok());
        Session signedOut = admin();
        signedOut.signedIn = false;
        QCOMPARE(ReportExport::authorizePrint(signedOut, report("district-summary")).error().kind,
                 ErrorKind::Auth);
    }
};

QTEST_MAIN(TestExportFiles)
#include "tst_ExportFiles.moc"
