// SalesforceClient against the in-process fake org: paging, retries, refresh, limits, cancel, writes.
// Every behaviour is asserted on the fake's request log, so a client that retries too much or too little
// fails here.

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "core/salesforce/SalesforceClient.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <vector>

using nlohmann::json;
using namespace vms;
using namespace std::chrono_literals;

namespace {

// Everything the vms.* categories print while a test runs, to prove no token is ever logged.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    g_logLines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A token source that refreshes against the fake org, honouring AccessTokenSource's contract: one
// refresh in flight, joiners share it, callbacks later on the context's thread.
class FakeOrgTokenSource final
    : public QObject
    , public AccessTokenSource {
public:
    FakeOrgTokenSource(QNetworkAccessManager* nam, QUrl tokenUrl, QByteArray access, QByteArray refresh)
        : m_nam(nam)
        , m_tokenUrl(std::move(tokenUrl))
        , m_access(std::move(access))
        , m_refresh(std::move(refresh)) {}

    QByteArray accessToken() const override {
        QMutexLocker lock(&m_mutex);
        return m_access;
    }
    void refreshAccessToken(const QByteArray& rejected, QObject* context, RefreshCallback done) override {
        QPointer<QObject> ctx(context);
        auto deliver = [ctx, done](Result<QByteArray> r) {
            if (ctx)
                QMetaObject::invokeMethod(
                    ctx.data(), [done, r] { done(r); }, Qt::QueuedConnection);
        };
        if (!m_inFlight && accessToken() != rejected && !accessToken().isEmpty()) {
            deliver(accessToken());
            return;
        }
        m_waiters.push_back(deliver);
        if (m_inFlight)
            return;
        m_inFlight = true;
        ++refreshes;
        QNetworkRequest req(m_tokenUrl);
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply* reply =
            m_nam->post(req, "grant_type=refresh_token&client_id=test&refresh_token=" + m_refresh);
        QObject::connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const json j = json::parse(reply->readAll().toStdString(), nullptr, false);
            Result<QByteArray> r =
                Error{ErrorKind::Auth, QStringLiteral("refresh refused"), QStringLiteral("invalid_grant")};
            if (j.is_object() && j.contains("access_token")) {
                QMutexLocker lock(&m_mutex);
                m_access = QByteArray::fromStdString(j["access_token"].get<std::string>());
                r = m_access;
            }
            m_inFlight = false;
            auto waiters = std::move(m_waiters);
            m_waiters.clear();
            for (auto& w : waiters)
                w(r);
        });
    }

    int refreshes = 0;

private:
    QNetworkAccessManager* m_nam;
    QUrl m_tokenUrl;
    mutable QMutex m_mutex;
    QByteArray m_access, m_refresh;
    bool m_inFlight = false;
    std::vector<std::function<void(Result<QByteArray>)>> m_waiters;
};

} // namespace

class TestSalesforceClient final : public QObject {
    Q_OBJECT

    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<FakeOrgTokenSource> m_tokens;
    std::unique_ptr<SalesforceClient> m_client;
    fakeforce::Org::Tokens m_issued;

    SalesforceClient& client() { return *m_client; }
    fakeforce::Org& org() { return *m_org; }

    void makeClient(SalesforceClientOptions options) {
        m_client = std::make_unique<SalesforceClient>(m_nam.get(), QUrl(org().instanceUrl()), m_tokens.get(),
                                                      options);
    }

    static SalesforceClientOptions fastOptions() {
        SalesforceClientOptions o;
        o.baseBackoff = 1ms;
        o.maxBackoff = 5ms;
        o.requestTimeout = 5s;
        o.maxAttempts = 4;
        return o;
    }

    static fakeforce::FaultRule fault(fakeforce::FaultKind kind, int count, const QString& path,
                                      int delayMs = 0) {
        fakeforce::FaultRule f;
        f.kind = kind;
        f.remaining = count;
        f.pathContains = path;
        f.delayMs = delayMs;
        return f;
    }

    int queries() const { return m_org->countRequests("GET", QStringLiteral("/query")); }
    int tokenPosts() const { return m_org->countRequests("POST", QStringLiteral("/services/oauth2/token")); }

    // A valid event and contact, for participation writes.
    std::pair<QString, QString> eventAndContact() {
        QString event, contact;
        auto r = client().query(QStringLiteral("SELECT Id FROM Session__c LIMIT 1"), [&](const QueryPage& p) {
            event = QString::fromStdString(p.records.at(0).at("Id").get<std::string>());
            return Status{};
        });
        auto c = client().query(
            QStringLiteral("SELECT Id FROM Contact WHERE Contact_Type__c = 'Volunteer' LIMIT 1"),
            [&](const QueryPage& p) {
                contact = QString::fromStdString(p.records.at(0).at("Id").get<std::string>());
                return Status{};
            });
        return {r.ok() ? event : QString(), c.ok() ? contact : QString()};
    }

private Q_SLOTS:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("vms.*=true"));
        g_previousHandler = qInstallMessageHandler(captureMessages);
    }

    void init() {
        m_org = std::make_unique<fakeforce::Org>();
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_issued = m_org->issueTokens(QStringLiteral("Jane Coordinator"));
        m_tokens = std::make_unique<FakeOrgTokenSource>(
            m_nam.get(), QUrl(QStringLiteral("https://login.salesforce.com/services/oauth2/token")),
            m_issued.accessToken, m_issued.refreshToken);
        makeClient(fastOptions());
        m_org->clearRequestLog();
    }

    void cleanup() {
        // No token, and no Authorization header, in any log line of any level.
        for (const QString& line : std::as_const(g_logLines)) {
            QVERIFY2(!line.contains(QString::fromLatin1(m_issued.accessToken)), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(m_issued.refreshToken)), qPrintable(line));
            QVERIFY2(!line.contains(QString::fromLatin1(m_tokens->accessToken())), qPrintable(line));
            QVERIFY2(!line.contains(u"Bearer", Qt::CaseInsensitive), qPrintable(line));
        }
        g_logLines.clear();
        m_client.reset();
        m_tokens.reset();
        m_nam.reset();
        m_org.reset();
    }

    void queryStreamsPagesFollowingNextRecordsUrl() {
        const int total = org().liveRowCount(QStringLiteral("Session_Participant__c"));
        QVERIFY(total > 400);
        std::vector<int> pageSizes;
        QSet<QString> ids;
        auto r = client().query(
            QStringLiteral("SELECT Id, Status__c FROM Session_Participant__c"),
            [&](const QueryPage& page) {
                pageSizes.push_back(static_cast<int>(page.records.size()));
                for (const json& rec : page.records)
                    ids.insert(QString::fromStdString(rec.at("Id").get<std::string>()));
                // The next page is fetched only after this one was handed over.
                if (queries() != page.pageIndex + 1)
                    return Status(Error::internal(QStringLiteral("fetched ahead")));
                return Status{};
            },
            {}, 200);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->records, total);
        QCOMPARE(r->totalSize, total);
        QCOMPARE(ids.size(), total);
        // Sforce-Query-Options: batchSize=200 was honoured: full pages of 200, then the rest.
        QCOMPARE(pageSizes.front(), 200);
        QCOMPARE(static_cast<int>(pageSizes.size()), (total + 199) / 200);
        QCOMPARE(r->pages, static_cast<int>(pageSizes.size()));
        QCOMPARE(queries(), r->pages);
    }

    void queryAllSeesDeletedRows() {
        const QString object = QStringLiteral("Session_Participant__c");
        QVERIFY(org().rowCount(object) >= org().liveRowCount(object));
        QString someId;
        auto first = client().query(
            QStringLiteral("SELECT Id FROM Session_Participant__c LIMIT 1"), [&](const QueryPage& p) {
                someId = QString::fromStdString(p.records.at(0).at("Id").get<std::string>());
                return Status{};
            });
        QVERIFY(first.ok());
        QVERIFY(org().deleteRecord(object, someId));
        bool sawDeleted = false;
        auto r = client().queryAll(
            QStringLiteral("SELECT Id, IsDeleted FROM Session_Participant__c WHERE Id = '") + someId + u'\'',
            [&](const QueryPage& p) {
                for (const json& rec : p.records)
                    sawDeleted =
                        sawDeleted || (rec.contains("IsDeleted") && rec.at("IsDeleted") == json(true));
                return Status{};
            });
        QVERIFY(r.ok());
        QVERIFY(sawDeleted);
    }

    void pageHandlerErrorStopsTheQuery() {
        auto r = client().query(
            QStringLiteral("SELECT Id FROM Session_Participant__c"),
            [](const QueryPage&) { return Status(Error::database(QStringLiteral("disk full"))); }, {}, 200);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Database);
        QCOMPARE(queries(), 1);
    }

    void transientFailuresAreRetried_data() {
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << int(fakeforce::FaultKind::Http500);
        QTest::newRow("503") << int(fakeforce::FaultKind::Http503);
        QTest::newRow("503 html page") << int(fakeforce::FaultKind::Http503Html);
        QTest::newRow("closed mid-body") << int(fakeforce::FaultKind::CloseMidBody);
        QTest::newRow("truncated json") << int(fakeforce::FaultKind::TruncatedJson);
        QTest::newRow("response dropped") << int(fakeforce::FaultKind::DropResponse);
    }
    void transientFailuresAreRetried() {
        QFETCH(int, kind);
        org().addFault(fault(fakeforce::FaultKind(kind), 2, QStringLiteral("/query")));
        int records = 0;
        auto r = client().query(QStringLiteral("SELECT Id FROM Account LIMIT 5"), [&](const QueryPage& p) {
            records += static_cast<int>(p.records.size());
            return Status{};
        });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(records, 5);
        QCOMPARE(queries(), 3); // two failures, then success
    }

    void persistentFailureIsNetworkErrorAfterBoundedRetries() {
        org().addFault(fault(fakeforce::FaultKind::Http503, -1, QStringLiteral("/query")));
        auto r = client().query(QStringLiteral("SELECT Id FROM Account"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(exitCodeFor(r.error().kind), 4);
        QCOMPARE(r.error().code, QStringLiteral("SERVER_UNAVAILABLE"));
        QCOMPARE(queries(), fastOptions().maxAttempts);
    }

    void requestLimitExceededIsNotRetried() {
        org().setRequestLimitExceeded(true);
        auto r = client().query(QStringLiteral("SELECT Id FROM Account"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        QVERIFY(r.error().kind != ErrorKind::Network);
        QVERIFY(r.error().message.contains(u"limit"));
        QCOMPARE(queries(), 1);
    }

    void limitHeaderIsRecorded() {
        QVERIFY(!client().apiUsage().has_value());
        org().setApiUsage(1234, 15000);
        auto r = client().getJson(client().dataPath() + QStringLiteral("/sobjects/Contact/describe"));
        QVERIFY(r.ok());
        const auto usage = client().apiUsage();
        QVERIFY(usage.has_value());
        QCOMPARE(usage->limit, 15000);
        QVERIFY(usage->used >= 1234 && usage->used <= 1236);
    }

    void expiredTokenIsRefreshedOnceAndReplayed() {
        org().expireAccessTokens();
        int records = 0;
        auto r = client().query(QStringLiteral("SELECT Id FROM Account LIMIT 3"), [&](const QueryPage& p) {
            records += static_cast<int>(p.records.size());
            return Status{};
        });
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(records, 3);
        QCOMPARE(tokenPosts(), 1);
        QCOMPARE(queries(), 2); // the 401, then the replay
        QVERIFY(m_tokens->accessToken() != m_issued.accessToken);
    }

    void secondUnauthorizedIsAuthErrorNotALoop() {
        // Every query presents a token the org has just expired: refresh once, replay once, then stop.
        org().addFault(fault(fakeforce::FaultKind::ExpireAccessToken, -1, QStringLiteral("/query")));
        auto r = client().query(QStringLiteral("SELECT Id FROM Account"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Auth);
        QCOMPARE(r.error().code, QStringLiteral("INVALID_SESSION_ID"));
        QCOMPARE(tokenPosts(), 1);
        QCOMPARE(queries(), 2);
    }

    void concurrentRequestsShareOneRefresh() {
        org().expireAccessTokens();
        constexpr int kRequests = 4;
        int finished = 0, succeeded = 0;
        for (int i = 0; i < kRequests; ++i) {
            SfRequest req;
            req.path = client().dataPath() + QStringLiteral("/query");
            req.query = {{QStringLiteral("q"), QStringLiteral("SELECT Id FROM Account LIMIT 1")}};
            client().sendAsync(req, {}, [&](Result<SfResponse> r) {
                ++finished;
                succeeded += r.ok() ? 1 : 0;
            });
        }
        QTRY_COMPARE(finished, kRequests);
        QCOMPARE(succeeded, kRequests);
        QCOMPARE(m_tokens->refreshes, 1);
        QCOMPARE(tokenPosts(), 1);
        QCOMPARE(queries(), 2 * kRequests); // each: one 401, one replay
    }

    void timeoutIsRetriedThenNetworkError() {
        auto o = fastOptions();
        o.requestTimeout = 150ms;
        o.maxAttempts = 2;
        makeClient(o);
        org().addFault(fault(fakeforce::FaultKind::Delay, -1, QStringLiteral("/query"), 3000));
        QElapsedTimer t;
        t.start();
        auto r = client().query(QStringLiteral("SELECT Id FROM Account"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(r.error().code, QStringLiteral("TIMEOUT"));
        QCOMPARE(queries(), 2);
        QVERIFY(t.elapsed() < 2500);
    }

    void cancelAbortsPromptly() {
        org().addFault(fault(fakeforce::FaultKind::Delay, -1, QStringLiteral("/query"), 10000));
        CancelToken cancel;
        QTimer::singleShot(100, [cancel] { cancel.cancel(); });
        QElapsedTimer t;
        t.start();
        auto r = client().query(QStringLiteral("SELECT Id FROM Account"), {}, cancel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void cancelStopsBackoff() {
        auto o = fastOptions();
        o.baseBackoff = 5s;
        o.maxBackoff = 5s;
        makeClient(o);
        org().addFault(fault(fakeforce::FaultKind::Http503, -1, QStringLiteral("/query")));
        CancelToken cancel;
        QTimer::singleShot(100, [cancel] { cancel.cancel(); });
        QElapsedTimer t;
        t.start();
        auto r = client().query(QStringLiteral("SELECT Id FROM Account"), {}, cancel);
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY(t.elapsed() < 1500);
        QCOMPARE(queries(), 1);
    }

    void salesforceErrorsAreParsed() {
        auto r = client().query(QStringLiteral("SELECT Id FRM Account"), {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Server);
        QCOMPARE(r.error().code, QStringLiteral("MALFORMED_QUERY"));
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(queries(), 1);
        auto d = client().describe(QStringLiteral("NoSuchObject__c"));
        QVERIFY(!d.ok());
        QCOMPARE(d.error().kind, ErrorKind::Server);
        QVERIFY(!d.error().code.isEmpty());
    }

    void upsertByExternalIdIsIdempotentAndOrdered() {
        const auto [event, contact] = eventAndContact();
        QVERIFY(!event.isEmpty() && !contact.isEmpty());
        auto rec = [&](const QString& clientId, const QString& status) {
            return json{{"VMS_Client_Id__c", clientId.toStdString()}, {"Session__c", event.toStdString()},
                        {"Contact__c", contact.toStdString()},        {"Participant_Type__c", "Volunteer"},
                        {"Status__c", status.toStdString()},          {"Delivery_Hours__c", 2.5}};
        };
        const std::vector<json> records = {rec(QStringLiteral("c-1"), QStringLiteral("Attended")),
                                           rec(QStringLiteral("c-2"), QStringLiteral("Not A Status")),
                                           rec(QStringLiteral("c-3"), QStringLiteral("No-Show"))};
        const int before = org().liveRowCount(QStringLiteral("Session_Participant__c"));
        auto first = client().upsertByExternalId(QStringLiteral("Session_Participant__c"),
                                                 QStringLiteral("VMS_Client_Id__c"), records);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->size(), 3u);
        QVERIFY(first->at(0).success && first->at(0).created && !first->at(0).id.isEmpty());
        QVERIFY(!first->at(1).success);
        QVERIFY(!first->at(1).errors.empty());
        QVERIFY(!first->at(1).errors.front().code.isEmpty());
        QVERIFY(first->at(2).success);
        QCOMPARE(org().liveRowCount(QStringLiteral("Session_Participant__c")), before + 2);

        // The response to a replay is lost once: the upsert is resent (idempotent) and nothing duplicates.
        org().addFault(fault(fakeforce::FaultKind::DropResponse, 1, QStringLiteral("/composite/sobjects")));
        auto replay =
            client().upsertByExternalId(QStringLiteral("Session_Participant__c"),
                                        QStringLiteral("VMS_Client_Id__c"), {records[0], records[2]});
        QVERIFY2(replay.ok(), qPrintable(replay.ok() ? QString() : replay.error().message));
        QVERIFY(replay->at(0).success && !replay->at(0).created);
        QCOMPARE(replay->at(0).id, first->at(0).id);
        QCOMPARE(org().countRequests("PATCH", QStringLiteral("/composite/sobjects")), 3);
        QCOMPARE(org().liveRowCount(QStringLiteral("Session_Participant__c")), before + 2);
    }

    void largeUpsertIsSplitIntoCallsOf200() {
        const auto [event, contact] = eventAndContact();
        std::vector<json> records;
        for (int i = 0; i < 201; ++i)
            records.push_back(json{{"VMS_Client_Id__c", "bulk-" + std::to_string(i)},
                                   {"Session__c", event.toStdString()},
                                   {"Contact__c", contact.toStdString()},
                                   {"Participant_Type__c", "Volunteer"},
                                   {"Status__c", "Registered"}});
        auto r = client().upsertByExternalId(QStringLiteral("Session_Participant__c"),
                                             QStringLiteral("VMS_Client_Id__c"), records);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->size(), 201u);
        QVERIFY(std::all_of(r->begin(), r->end(), [](const SaveResult& s) { return s.success; }));
        QCOMPARE(org().countRequests("PATCH", QStringLiteral("/composite/sobjects")), 2);
    }

    void updateByIdIsNeverResentBlindly() {
        QString id;
        auto q = client().query(
            QStringLiteral("SELECT Id FROM Contact WHERE Contact_Type__c = 'Volunteer' LIMIT 1"),
            [&](const QueryPage& p) {
                id = QString::fromStdString(p.records.at(0).at("Id").get<std::string>());
                return Status{};
            });
        QVERIFY(q.ok());
        org().addFault(fault(fakeforce::FaultKind::DropResponse, 1, QStringLiteral("/composite/sobjects")));
        auto r = client().updateById(QStringLiteral("Contact"),
                                     {json{{"Id", id.toStdString()}, {"Title", "Engineer"}}});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Network);
        QCOMPARE(r.error().code, QStringLiteral("OUTCOME_UNKNOWN"));
        QCOMPARE(org().countRequests("PATCH", QStringLiteral("/composite/sobjects")), 1);

        auto ok = client().updateById(QStringLiteral("Contact"),
                                      {json{{"Id", id.toStdString()}, {"Title", "Teacher"}}});
        QVERIFY(ok.ok());
        QVERIFY(ok->at(0).success);
        QCOMPARE(org().record(QStringLiteral("Contact"), id).value(QStringLiteral("Title")).toString(),
                 QStringLiteral("Teacher"));
    }

    void retrieveReturnsRecordsInIdOrder() {
        QStringList ids;
        auto q = client().query(QStringLiteral("SELECT Id FROM Contact LIMIT 3"), [&](const QueryPage& p) {
            for (const json& rec : p.records)
                ids << QString::fromStdString(rec.at("Id").get<std::string>());
            return Status{};
        });
        QVERIFY(q.ok());
        std::reverse(ids.begin(), ids.end());
        auto r = client().retrieve(QStringLiteral("Contact"), ids,
                                   {QStringLiteral("Id"), QStringLiteral("SystemModstamp")});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->size(), 3u);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QString::fromStdString(r->at(size_t(i)).at("Id").get<std::string>()), ids.at(i));
        QVERIFY(r->at(0).contains("SystemModstamp"));
    }

    void deletedDescribeAndIdentity() {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(org().now(), QTimeZone::utc());
        auto d = client().deleted(QStringLiteral("Contact"), now.addDays(-10), now);
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
        QVERIFY(d->contains("deletedRecords"));

        auto desc = client().describe(QStringLiteral("Session_Participant__c"));
        QVERIFY(desc.ok());
        QVERIFY(desc->contains("fields"));

        // A server-given absolute URL on the instance itself is used as its path.
        const json token = json::parse(m_issued.json.toStdString());
        QUrl identity(QString::fromStdString(token.at("id").get<std::string>()));
        identity.setScheme(QUrl(org().instanceUrl()).scheme());
        identity.setHost(QUrl(org().instanceUrl()).host());
        auto id = client().getJson(identity.toString());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QCOMPARE(QString::fromStdString(id->value("display_name", "")), QStringLiteral("Jane Coordinator"));
    }

    void userinfoBadOAuthTokenIsRefreshedToo() {
        org().expireAccessTokens();
        auto r = client().getJson(QStringLiteral("/services/oauth2/userinfo"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(QString::fromStdString(r->value("name", std::string())), QStringLiteral("Jane Coordinator"));
        QCOMPARE(tokenPosts(), 1);
    }

    // The bearer token goes to the instance only: another host (in clear text or not) is never asked.
    void aUrlOffTheInstanceIsRefused() {
        for (const char* url : {"http://example.com/services/data", "https://login.salesforce.com/id/x/y",
                                "//evil.example/services/data"}) {
            auto r = client().getJson(QString::fromLatin1(url));
            QVERIFY2(!r.ok(), url);
            QCOMPARE(r.error().code, QStringLiteral("FOREIGN_URL"));
        }
        QCOMPARE(org().countRequests("GET", QString()), 0);
    }
};

QTEST_GUILESS_MAIN(TestSalesforceClient)
#include "tst_SalesforceClient.moc"
