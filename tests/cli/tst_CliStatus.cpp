#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestCliStatus final : public QObject {
    Q_OBJECT

    struct Run {
        int code = -1;
        QByteArray out, err;
    };

    static Run runCli(const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(VMS_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void statusJsonOnNewProfile() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("p"));
        const Run r = runCli(
            {QStringLiteral("--profile"), profile, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QJsonParseError perr{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &perr);
        QVERIFY2(perr.error == QJsonParseError::NoError, r.out.constData());
        const QJsonObject o = doc.object();
        // cli.md's keys, then the extension: refused changes, waiting records and their total.
        const QStringList keys = {
            QStringLiteral("profile"),     QStringLiteral("signed_in"),    QStringLiteral("user"),
            QStringLiteral("role"),        QStringLiteral("counts"),       QStringLiteral("pending_changes"),
            QStringLiteral("conflicts"),   QStringLiteral("last_sync"),    QStringLiteral("failed_changes"),
            QStringLiteral("sync_issues"), QStringLiteral("sync_problems")};
        QStringList actualKeys = o.keys();
        QStringList expectedKeys = keys;
        actualKeys.sort();
        expectedKeys.sort();
        QCOMPARE(actualKeys, expectedKeys);
        // cli.md prints the keys in this order; scripts reading the raw text may rely on it.
        qsizetype last = -1;
        for (const QString& k : keys) {
            const qsizetype at = r.out.indexOf(QByteArray("\"") + k.toUtf8() + "\"");
            QVERIFY2(at > last, qPrintable(k));
            last = at;
        }
        QCOMPARE(o.value(QStringLiteral("signed_in")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("pending_changes")).toInt(-1), 0);
        QCOMPARE(o.value(QStringLiteral("conflicts")).toInt(-1), 0);
        QVERIFY(o.value(QStringLiteral("profile")).toString().endsWith(QStringLiteral("/p")));
        const QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
        const QStringList entities = {QStringLiteral("organizations"), QStringLiteral("districts"),
                                      QStringLiteral("schools"),       QStringLiteral("classes"),
                                      QStringLiteral("volunteers"),    QStringLiteral("teachers"),
                                      QStringLiteral("students"),      QStringLiteral("affiliations"),
                                      QStringLiteral("events"),        QStringLiteral("participations")};
        QCOMPARE(counts.size(), entities.size());
        for (const QString& e : entities) {
            QVERIFY2(counts.contains(e), qPrintable(e));
            QCOMPARE(counts.value(e).toInt(-1), 0);
        }
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(profile).constData(), &st), 0);
        QCOMPARE(static_cast<int>(st.st_mode & 0777), 0700);
    }

    void profileFromEnvironment() {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VMS_PROFILE"), dir.filePath(QStringLiteral("envprofile")));
        const Run r = runCli({QStringLiteral("status"), QStringLiteral("--json")}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("envprofile/vms.sqlite"))));
    }

    void wrongUsageExitsTwoNamingIt_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "frobnicate";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("status"), QStringLiteral("--jsn")} << "--jsn";
        QTest::newRow("stray argument")
            << QStringList{QStringLiteral("status"), QStringLiteral("extra")} << "extra";
        QTest::newRow("no command") << QStringList{} << "no command";
        QTest::newRow("profile without value") << QStringList{QStringLiteral("--profile")} << "--profile";
        QTest::newRow("unknown global")
            << QStringList{QStringLiteral("--verbose"), QStringLiteral("status")} << "--verbose";
    }
    void wrongUsageExitsTwoNamingIt() {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VMS_PROFILE"), dir.path());
        const Run r = runCli(args, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(named), r.err.constData());
    }

    void corruptCacheIsReportedNotReplaced() {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("garbage garbage garbage");
        f.close();
        const Run r = runCli({QStringLiteral("--profile"), dir.path(), QStringLiteral("status")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("not a VMS database"), r.err.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("garbage garbage garbage"));
    }
};

QTEST_GUILESS_MAIN(TestCliStatus)
#include "tst_CliStatus.moc"
