// The attendance CSV import reads files people made by hand or exported from elsewhere. A problem with
// the file itself (a quote never closed, bytes that are not UTF-8) is reported for the file, with the line
// where it is, and nothing is imported; it is never folded into one rejected row or "repaired" by
// replacing characters.

#include "core/attendance/AttendanceImport.h"
#include "tests/support/AttendanceFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestImportFileErrors final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    AttendanceWorld m_world;

    ImportPreview previewBytes(const QByteArray& bytes) {
        const QString path = m_dir.filePath(QStringLiteral("import.csv"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        f.close();
        auto p = AttendanceImport::previewFile(m_db->connection(), m_world.eventId, path);
        if (!p)
            qFatal("previewFile: %s", qPrintable(p.error().message));
        return *p;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = Database::open(m_dir.filePath(QStringLiteral("vms.sqlite"))).value();
        m_world = seedAttendanceWorld(m_db->connection(), 5, 3);
    }

    void unterminatedQuoteIsAFileErrorWithItsLine() {
        const QByteArray csv = "first_name,last_name,status\r\n"
                               "Ada,Lovelace,Attended\r\n"
                               "\"Grace,Hopper,Attended\r\n" // line 3: the quote is never closed
                               "Alan,Turing,Attended\r\n";
        const ImportPreview p = previewBytes(csv);
        QVERIFY2(p.fileError.contains(u"line 3", Qt::CaseInsensitive), qPrintable(p.fileError));
        QVERIFY2(p.fileError.contains(u"quote", Qt::CaseInsensitive), qPrintable(p.fileError));
        QCOMPARE(p.goodRows(), 0);
    }

    void invalidUtf8IsAFileErrorWithItsLine_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::newRow("latin-1 accent") << QByteArray("first_name,last_name,status\n"
                                                      "Ada,Lovelace,Attended\n"
                                                      "Jos\xe9,Garc\xed"
                                                      "a,Attended\n")
                                        << 3;
        QTest::newRow("stray continuation byte") << QByteArray("first_name,last_name,status\n"
                                                               "Ada,Love\x80"
                                                               "lace,Attended\n")
                                                 << 2;
        QTest::newRow("cut short at the end") << QByteArray("first_name,last_name,status\n"
                                                            "Ada,Lovelace,Attended\n"
                                                            "\n"
                                                            "Ana,Mu\xc3")
                                              << 4;
        QTest::newRow("inside a quoted field") << QByteArray("first_name,last_name,status\n"
                                                             "\"Ada\nLove\xff"
                                                             "lace\",Lovelace,Attended\n")
                                               << 3;
    }
    void invalidUtf8IsAFileErrorWithItsLine() {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        const ImportPreview p = previewBytes(csv);
        QVERIFY2(p.fileError.contains(QStringLiteral("line %1").arg(line), Qt::CaseInsensitive),
                 qPrintable(p.fileError));
        QVERIFY2(p.fileError.contains(u"UTF-8"), qPrintable(p.fileError));
        QVERIFY(p.rows.empty());
    }

    // Valid files stay valid: a BOM, accents in UTF-8, quoted newlines.
    void validUtf8IsRead() {
        const ImportPreview p = previewBytes("\xef\xbb\xbf"
                                             "first_name,last_name,status\r\n"
                                             "Ada,Lovelace,Attended\r\n"
                                             "\"Jos\xc3\xa9\",\"Garc\xc3\xad"
                                             "a\",Attended\r\n");
        QVERIFY2(p.fileError.isEmpty(), qPrintable(p.fileError));
        QCOMPARE(p.rows.size(), size_t(2));
        QVERIFY(p.rows[1].message.contains(QStringLiteral("José García")));
    }
};

QTEST_GUILESS_MAIN(TestImportFileErrors)
#include "tst_ImportFileErrors.moc"
