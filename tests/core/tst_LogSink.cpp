#include "core/common/LogSink.h"
#include "core/common/Logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

class TestLogSink final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void onePerLinePerCategory() {
        QTemporaryDir dir;
        LogSink::install(dir.path(), false);
        qCInfo(lcSync) << "pulled" << 42 << "records of Contact";
        qCWarning(lcSfHttp) << "GET /services/data/v60.0/query 503";
        LogSink::uninstall();
        QFile sync(dir.filePath(QStringLiteral("vms.sync.log")));
        QVERIFY(sync.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = sync.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one event and the final newline
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("vms.sync"));
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
        QVERIFY(o.value(QStringLiteral("msg")).toString().contains(QStringLiteral("42")));
        QVERIFY(!o.value(QStringLiteral("ts")).toString().isEmpty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("vms.sf.http.log"))));
    }

    void tokensNeverReachTheFile() {
        QTemporaryDir dir;
        LogSink::install(dir.path(), false);
        const QString access =
            QStringLiteral("00D5g000004XyZaEAK!AQ4AQFakeAccessTokenValue.1234567890abcdef");
        qCWarning(lcAuth) << "refresh failed for" << access;
        qCWarning(lcAuth).noquote() << "Authorization: Bearer abcdefSECRET123";
        qCWarning(lcAuth).noquote() << "body refresh_token=5Aep861SECRETREFRESH&grant_type=refresh_token";
        LogSink::uninstall();
        QFile f(dir.filePath(QStringLiteral("vms.auth.log")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(!all.contains("FakeAccessTokenValue"));
        QVERIFY(!all.contains("SECRET123"));
        QVERIFY(!all.contains("SECRETREFRESH"));
        QVERIFY(all.contains("[redacted]"));
    }
};

QTEST_GUILESS_MAIN(TestLogSink)
#include "tst_LogSink.moc"
