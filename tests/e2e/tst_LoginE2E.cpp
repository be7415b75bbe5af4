// End to end: the real fakeforce server, the real vms-cli, the real keychain (gnome-keyring inside
// dbus-run-session, as scripts/test provides), and a real HTTP client playing the browser. Ends by
// grepping the profile folder and $HOME for the tokens.

#include "core/auth/KeychainTokenStore.h"
#include "core/db/Database.h"
#include "core/profile/Profile.h"
#include "tests/support/FakeforceProcess.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;
using namespace vms::test;

class TestLoginE2E final : public QObject {
    Q_OBJECT

    QProcess m_fake;
    QString m_base; // http://127.0.0.1:<port>
    QNetworkAccessManager m_nam;

    struct Run {
        int code = -1;
        QString out, err;
    };

    static quint16 freePort() {
        QTcpServer s;
        return s.listen(QHostAddress::LocalHost, 0) ? s.serverPort() : 0;
    }

    static QProcessEnvironment env() {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("VMS_LOGIN_TIMEOUT_MS"), QStringLiteral("60000"));
        return e;
    }

    Run cli(const QStringList& args, const QProcessEnvironment& e = env()) {
        QProcess p;
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(VMS_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QNetworkReply* send(const QByteArray& method, const QUrl& url, const QByteArray& body = {},
                        const QByteArray& contentType = "application/json") {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply* r = m_nam.sendCustomRequest(req, method, body);
        (void)QTest::qWaitFor([r] { return r->isFinished(); }, 20000);
        r->deleteLater();
        return r;
    }

    QJsonDocument control(const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        QNetworkReply* r = send(method, QUrl(m_base + QStringLiteral("/__fake/") + path), body);
        return QJsonDocument::fromJson(r->readAll());
    }

    // Runs `vms-cli login` and plays the browser. Returns the exit code and output.
    Run login(const QString& profile, QString* page = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(QStringLiteral(VMS_CLI_PATH),
                {QStringLiteral("--profile"), profile, QStringLiteral("login"), QStringLiteral("--login-url"),
                 m_base, QStringLiteral("--client-id"), QStringLiteral("vms-e2e"),
                 QStringLiteral("--redirect-port"), QString::number(freePort())});
        Run r;
        QString out;
        // The first line is the address to open, flushed before vms-cli waits.
        if (!QTest::qWaitFor(
                [&] {
                    out += QString::fromUtf8(p.readAllStandardOutput());
                    return out.contains(u'\n') || p.state() == QProcess::NotRunning;
                },
                20000))
            return r;
        const QString first = out.section(u'\n', 0, 0);
        if (first.startsWith(u"Sign in at: ")) {
            const QUrl authorize(first.mid(12).trimmed(), QUrl::StrictMode);
            QNetworkReply* a = send("GET", authorize);
            const QUrl redirect = QUrl::fromEncoded(a->rawHeader("Location"));
            QNetworkReply* b = send("GET", redirect);
            if (page)
                *page = QString::fromUtf8(b->readAll());
        }
        p.waitForFinished(60000);
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = out + QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QString profileId(const QString& path) { return Profile::openOrCreate(path).value().id(); }

    static QVariant scalar(const QString& profile, const QString& sql) {
        auto db = Database::open(profile + QStringLiteral("/vms.sqlite"));
        if (!db)
            return {};
        QSqlQuery q((*db)->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        const QVariant v = q.value(0);
        q.finish();
        (*db)->releaseThreadConnection();
        return v;
    }

    static QStringList filesContaining(const QString& root, const QList<QRegularExpression>& patterns) {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromLatin1(f.readAll());
            for (const QRegularExpression& re : patterns)
                if (re.match(text).hasMatch())
                    hits << path + QStringLiteral(" ~ ") + re.pattern();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the session bus and keyring that scripts/test provides");
        m_base = startFakeforce(m_fake);
        QVERIFY(!m_base.isEmpty());
    }

    void cleanupTestCase() { stopFakeforce(m_fake); }

    void signInEndToEndLeavesNoTokenOnDisk() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QString page;
        const Run r = login(profile, &page);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(page.contains(u"signed in", Qt::CaseInsensitive));
        QVERIFY2(r.out.contains(u"Jane Coordinator"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Role: Coordinator"));

        const QJsonObject status = control("GET", QStringLiteral("status")).object();
        const Run who =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami"), QStringLiteral("--json")});
        QVERIFY2(who.code == 0, qPrintable(who.err));
        const QJsonObject j = QJsonDocument::fromJson(who.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("user")).toString(), QStringLiteral("Jane Coordinator"));
        QCOMPARE(j.value(QStringLiteral("role")).toString(), QStringLiteral("Coordinator"));
        QCOMPARE(j.value(QStringLiteral("org_id")).toString(),
                 status.value(QStringLiteral("org_id")).toString());
        QCOMPARE(j.value(QStringLiteral("instance_url")).toString(),
                 status.value(QStringLiteral("instance_url")).toString());
        QVERIFY(j.value(QStringLiteral("user_id")).toString().startsWith(u"005"));
        // cli.md's key order.
        qsizetype last = -1;
        for (const char* k : {"\"user\"", "\"user_id\"", "\"org_id\"", "\"role\"", "\"instance_url\""}) {
            const qsizetype at = who.out.indexOf(QLatin1String(k));
            QVERIFY2(at > last, k);
            last = at;
        }

        // The refresh token is in the keychain (and only there).
        auto stored = KeychainTokenStore().load(profileId(profile));
        QVERIFY(stored.ok() && stored->has_value());
        const QString refresh = QString::fromLatin1((*stored)->refreshToken);
        QVERIFY(refresh.size() > 40);

        // Grep the profile and $HOME for the refresh token and for anything shaped like the fake's tokens
        // (access: "<org id 15>!AQ…", refresh: "5Aep861…"), so the access token that only vms-cli saw is
        // caught too.
        const QString org15 = status.value(QStringLiteral("org_id")).toString().left(15);
        const QList<QRegularExpression> patterns = {
            QRegularExpression(QRegularExpression::escape(refresh)),
            QRegularExpression(QRegularExpression::escape(org15) + QStringLiteral("!AQ[A-Za-z0-9._]{20}")),
            QRegularExpression(QStringLiteral("5Aep861[A-Za-z0-9._]{40}")),
        };
        QStringList hits = filesContaining(profile, patterns);
        hits += filesContaining(QDir::homePath(), patterns);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
        QVERIFY(QFileInfo(QDir::homePath()).isDir());

        QVERIFY(KeychainTokenStore().remove(profileId(profile)).ok());
    }

    void revokedSignInExitsFive() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QVERIFY(login(profile).code == 0);
        const QByteArray refresh = KeychainTokenStore().load(profileId(profile)).value()->refreshToken;
        QNetworkReply* r = send("POST", QUrl(m_base + QStringLiteral("/services/oauth2/revoke")),
                                "token=" + QUrl::toPercentEncoding(QString::fromLatin1(refresh)),
                                "application/x-www-form-urlencoded");
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        const Run who = cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")});
        QCOMPARE(who.code, 5);
        QVERIFY2(who.err.contains(u"Sign in again") || who.err.contains(u"login"), qPrintable(who.err));
        QVERIFY(!KeychainTokenStore().load(profileId(profile)).value().has_value());
        const Run status =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.code, 0);
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8())
                     .object()
                     .value(QStringLiteral("signed_in"))
                     .toBool(true),
                 false);
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}).code, 5);
    }

    void logoutRevokesAtTheOrg() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QVERIFY(login(profile).code == 0);
        // One change that will never reach the org: --wipe below must say so.
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("volunteer"),
                      QStringLiteral("add"), QStringLiteral("--first"), QStringLiteral("Walk"),
                      QStringLiteral("--last"), QStringLiteral("In")})
                     .code,
                 0);
        const QByteArray refresh = KeychainTokenStore().load(profileId(profile)).value()->refreshToken;
        control("DELETE", QStringLiteral("requests"));
        const Run out = cli({QStringLiteral("--profile"), profile, QStringLiteral("logout")});
        QVERIFY2(out.code == 0, qPrintable(out.err));
        bool revoked = false;
        for (const auto& v :
             control("GET", QStringLiteral("requests")).object().value(QStringLiteral("requests")).toArray())
            revoked = revoked || (v.toObject().value(QStringLiteral("path")).toString() ==
                                      QStringLiteral("/services/oauth2/revoke") &&
                                  v.toObject().value(QStringLiteral("status")).toInt() == 200);
        QVERIFY(revoked);
        // The org no longer honours the token, and the keychain no longer has it.
        QNetworkReply* r = send("POST", QUrl(m_base + QStringLiteral("/services/oauth2/token")),
                                "grant_type=refresh_token&client_id=vms-e2e&refresh_token=" +
                                    QUrl::toPercentEncoding(QString::fromLatin1(refresh)),
                                "application/x-www-form-urlencoded");
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(!KeychainTokenStore().load(profileId(profile)).value().has_value());
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}).code, 5);
        // --wipe removes this computer's data: the cache, the logs, the copies of the cache, after saying
        // what is lost.
        QVERIFY(QFile::exists(profile + QStringLiteral("/vms.sqlite")));
        QVERIFY(QFileInfo(profile + QStringLiteral("/logs")).isDir());
        QVERIFY(QDir().mkpath(profile + QStringLiteral("/backups")));
        QFile copy(profile + QStringLiteral("/backups/vms-20260101-000000-daily.sqlite"));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.close();
        const Run wipe =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("logout"), QStringLiteral("--wipe")});
        QCOMPARE(wipe.code, 0);
        QVERIFY2(wipe.err.contains(u"1 change(s)") && wipe.err.contains(u"not reached Salesforce"),
                 qPrintable(wipe.err));
        QVERIFY(!QFile::exists(profile + QStringLiteral("/vms.sqlite")));
        QVERIFY(!QFile::exists(profile + QStringLiteral("/logs")));
        QVERIFY(!QFile::exists(profile + QStringLiteral("/backups")));
    }

    void noKeychainExitsSevenAndWritesNothing() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        control("DELETE", QStringLiteral("requests"));
        const Run r =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("login"), QStringLiteral("--login-url"),
                 m_base, QStringLiteral("--client-id"), QStringLiteral("x"),
                 QStringLiteral("--redirect-port"), QString::number(freePort())},
                e);
        QCOMPARE(r.code, 7);
        QVERIFY2(r.err.contains(u"keychain"), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"Sign in at"));
        // No sign-in happened, so no token exists anywhere, and no keychain entry was made.
        QCOMPARE(control("GET", QStringLiteral("requests")).object().value(QStringLiteral("count")).toInt(-1),
                 0);
        QVERIFY(!KeychainTokenStore().load(profileId(profile)).value().has_value());
        const QList<QRegularExpression> patterns = {
            QRegularExpression(QStringLiteral("5Aep861[A-Za-z0-9._]{40}"))};
        QVERIFY(filesContaining(profile, patterns).isEmpty());
    }

    // salesforce-org.md, "Hosts VMS talks to": a foreign or look-alike login host is refused before any
    // connection (exit 2 at once, no address to open, no listener).
    void foreignLoginHostsExitTwoBeforeAnyConnection_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("foreign") << "https://login.example.org";
        QTest::newRow("look-alike") << "https://login.salesforce.com.evil.example";
        QTest::newRow("loopback-looking name") << "http://127.0.0.1.evil.example";
    }
    void foreignLoginHostsExitTwoBeforeAnyConnection() {
        QFETCH(QString, url);
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        const Run r =
            cli({QStringLiteral("--profile"), dir.filePath(QStringLiteral("profile")),
                 QStringLiteral("login"), QStringLiteral("--login-url"), url, QStringLiteral("--client-id"),
                 QStringLiteral("x"), QStringLiteral("--redirect-port"), QString::number(freePort())});
        QCOMPARE(r.code, 2);
        QVERIFY2(!r.out.contains(u"Sign in at"), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"login host") || r.err.contains(u"login URL"), qPrintable(r.err));
        QVERIFY2(timer.elapsed() < 20000, "login waited instead of refusing");
    }

    // cli.md: "Writes and exports need a signed-in user: after logout they end with exit 5 and queue
    // nothing." The role is forgotten with the sign-in.
    void signedOutWritesAndExportsExitFiveAndQueueNothing() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        QVERIFY(login(profile).code == 0);
        const Run synced = cli({QStringLiteral("--profile"), profile, QStringLiteral("sync")});
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        const QString event =
            scalar(profile, QStringLiteral("SELECT sf_id FROM events WHERE sf_id IS NOT NULL LIMIT 1"))
                .toString();
        const QString volunteer =
            scalar(profile, QStringLiteral("SELECT sf_id FROM volunteers WHERE sf_id IS NOT NULL LIMIT 1"))
                .toString();
        QVERIFY(!event.isEmpty() && !volunteer.isEmpty());
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("logout")}).code, 0);

        const QString out = dir.filePath(QStringLiteral("report.csv"));
        const QList<QStringList> commands = {
            {QStringLiteral("attendance"), QStringLiteral("set"), QStringLiteral("--event"), event,
             QStringLiteral("--contact"), volunteer, QStringLiteral("--status"), QStringLiteral("Attended")},
            {QStringLiteral("volunteer"), QStringLiteral("add"), QStringLiteral("--first"),
             QStringLiteral("Walk"), QStringLiteral("--last"), QStringLiteral("In")},
            {QStringLiteral("volunteer"), QStringLiteral("edit"), volunteer, QStringLiteral("--phone"),
             QStringLiteral("555-0100")},
            {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("district-summary"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out},
            {QStringLiteral("report"), QStringLiteral("run"), QStringLiteral("volunteer-hours"),
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out},
        };
        for (const QStringList& command : commands) {
            const Run r = cli(QStringList{QStringLiteral("--profile"), profile} + command);
            QVERIFY2(r.code == 5, qPrintable(command.join(u' ') + u'\n' + r.err));
            QVERIFY2(r.err.contains(u"login"), qPrintable(r.err));
        }
        QCOMPARE(scalar(profile, QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        QCOMPARE(
            scalar(profile, QStringLiteral("SELECT count(*) FROM volunteers WHERE sf_id IS NULL")).toInt(),
            0);
        QVERIFY(!QFile::exists(out));
        const Run status =
            cli({QStringLiteral("--profile"), profile, QStringLiteral("status"), QStringLiteral("--json")});
        const QJsonObject j = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("signed_in")).toBool(true), false);
        QVERIFY2(j.value(QStringLiteral("role")).isNull(), qPrintable(status.out));
    }

    void usageErrors() {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        const Run http = cli({QStringLiteral("--profile"), profile, QStringLiteral("login"),
                              QStringLiteral("--login-url"), QStringLiteral("http://login.example.com"),
                              QStringLiteral("--client-id"), QStringLiteral("x")});
        QCOMPARE(http.code, 2);
        QVERIFY(http.err.contains(u"http://"));
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("login"),
                      QStringLiteral("--client-id"), QStringLiteral("x")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("login"),
                      QStringLiteral("--login-url"), m_base, QStringLiteral("--client-id"),
                      QStringLiteral("x"), QStringLiteral("--redirect-port"), QStringLiteral("99999")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami")}).code, 5);
        QCOMPARE(
            cli({QStringLiteral("--profile"), profile, QStringLiteral("whoami"), QStringLiteral("--jsn")})
                .code,
            2);
    }
};

QTEST_GUILESS_MAIN(TestLoginE2E)
#include "tst_LoginE2E.moc"
