#pragma once

#include "SoqlParser.h"
#include "Table.h"
#include "Types.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace fakeforce {

class JsonWriter;

// The fake Salesforce org: data, sign-in state, fault switches and the request log, with one entry point
// (handle) that both front ends share, so a test through the in-process QNetworkAccessManager and one
// through the loopback server see exactly the same behaviour. Not thread-safe: use it from one thread
// (the server runs it on its event-loop thread).
class Org final {
public:
    struct Options {
        QString instanceUrl = QStringLiteral("https://fake.my.salesforce.com");
        QString clientId; // empty: any client_id is accepted
        bool rotateRefreshTokens = false;
        QString scale = QStringLiteral("tiny");
        quint64 seed = 42;
    };

    Org();
    explicit Org(const Options& options);
    ~Org();
    Org(const Org&) = delete;
    Org& operator=(const Org&) = delete;

    // The shared request handler (REST, OAuth, identity, and the /__fake/ control API).
    Response handle(const Request& request);

    // ---- control: data -------------------------------------------------------------------------------
    // Regenerates the data (scale: empty, tiny, demo, seed, x10) and forgets tokens, locators, faults and
    // the request log. Returns false for an unknown scale.
    bool reset(const QString& scale, quint64 seed);
    QString scale() const { return m_scale; }
    quint64 seed() const { return m_seed; }

    // Record mutation "as if by a user in the Salesforce UI": field names and value types are checked, org
    // validation rules are not (so tests can plant messy data). Values: QString for text/picklist/id/
    // date ("2026-03-08")/datetime (ISO 8601), bool, numbers, or an invalid QVariant for null.
    QByteArray insertRecord(const QString& object, const QVariantMap& fields, QString* error = nullptr);
    bool updateRecord(const QString& object, const QString& id, const QVariantMap& fields,
                      QString* error = nullptr);
    bool deleteRecord(const QString& object, const QString& id);
    bool undeleteRecord(const QString& object, const QString& id);
    // Automation (a flow, a rollup) touching the record: SystemModstamp moves, LastModifiedDate does not.
    bool touchRecord(const QString& object, const QString& id);
    // A long transaction committing late: the row's CreatedDate/LastModifiedDate/SystemModstamp are set
    // to modstampMs, typically older than rows a client already pulled.
    QByteArray insertLateRecord(const QString& object, const QVariantMap& fields, qint64 modstampMs,
                                QString* error = nullptr);
    // One record as field -> value (all fields, ids as strings, datetimes in Salesforce format); empty if
    // none.
    QVariantMap record(const QString& object, const QString& id) const;
    // All rows of an object, deleted ones included, as a JSON array of objects.
    QByteArray dumpJson(const QString& object) const;
    int rowCount(const QString& object) const;
    int liveRowCount(const QString& object) const;
    Table& table(int objectIndex) { return *m_tables[size_t(objectIndex)]; }
    const Table& table(int objectIndex) const { return *m_tables[size_t(objectIndex)]; }

    // ---- control: clock (server time stamps CreatedDate, LastModifiedDate, SystemModstamp) -----------
    qint64 now() const;
    void setNow(qint64 msSinceEpoch);
    void advance(qint64 ms);
    // A frozen clock only moves by setNow/advance; a running one (the default) also moves in real time.
    void setClockFrozen(bool frozen);
    bool clockFrozen() const { return m_clockFrozen; }

    // ---- control: faults and switches ----------------------------------------------------------------
    void addFault(const FaultRule& rule);
    void clearFaults();
    const QList<FaultRule>& faults() const { return m_faults; }
    void setAccessDenied(bool denied) { m_accessDenied = denied; } // authorize -> error=access_denied
    void setRequestLimitExceeded(bool exceeded) { m_limitExceeded = exceeded; } // every API call -> 403
    void setRotateRefreshTokens(bool rotate) { m_options.rotateRefreshTokens = rotate; }
    void setClientId(const QString& clientId) { m_options.clientId = clientId; }
    void setApiUsage(int used, int limit);
    int apiUsed() const { return m_apiUsed; }
    int apiLimit() const { return m_apiLimit; }
    // Session timeout by inactivity on the org clock (Salesforce's default is 2 hours).
    void setSessionTimeoutMs(qint64 ms) { m_sessionTimeoutMs = ms; }
    void expireAccessTokens();
    void expireQueryLocators();
    int openQueryLocators() const { return int(m_locators.size()); }

    // ---- control: network latency and requests in flight (fake-org.md #24) -----------------------------
    // Every API, OAuth and identity call waits this long before it is served, on a timer in the front
    // end: no CPU is used, and calls on other connections wait at the same time, as over a real network.
    // Survives reset(); the /__fake/ control API never waits.
    void setLatencyMs(int ms) { m_latencyMs = std::max(0, ms); }
    int latencyMs() const { return m_latencyMs; }
    // Whether a request is an API, OAuth or identity call (waits, is counted in flight, is logged), not
    // a /__fake/ control request.
    static bool isApiRequest(const Request& req);
    // The front ends report each API call from its arrival to the end of its answer (or its client's
    // hang-up); the request log notes how many were in flight as each was served.
    void beginRequest();
    void endRequest();
    int requestsInFlight() const { return m_inFlight; }
    // The most API calls in flight at once since the log was last cleared.
    int maxRequestsInFlight() const { return m_maxInFlight; }

    // ---- control: request log ------------------------------------------------------------------------
    const QList<RequestLogEntry>& requestLog() const { return m_log; }
    void clearRequestLog() {
        m_log.clear();
        m_maxInFlight = m_inFlight;
    }
    // Requests whose method matches (empty: any) and whose path contains pathContains.
    int countRequests(const QByteArray& method = {}, const QString& pathContains = {}) const;

    // ---- control: the setup VMS needs (fake-org.md #25) -------------------------------------------------
    // Removes a field as an admin deleting it would: describe no longer lists it, SOQL and writes naming
    // it fail with INVALID_FIELD, an upsert by it with NOT_FOUND; record() and dumps leave it out. Its
    // values stay and come back with restoreField (Salesforce keeps a deleted field 15 days). reset()
    // restores every field. Names as "Object.Field"; false for an unknown field.
    bool removeField(const QString& object, const QString& field);
    bool restoreField(const QString& object, const QString& field);
    QStringList removedFields() const;
    bool fieldRemoved(int object, int field) const { return m_removedFields.contains({object, field}); }
    // For SOQL and field lists: the fields this org shows.
    FieldVisible visibleFields() const {
        return [this](int object, int field) {
            return !fieldRemoved(object, field);
        };
    }
    // Deletes a permission set and its assignments: the role it gave is gone. setPermissionSets() makes it
    // anew. False if no such permission set.
    bool removePermissionSet(const QString& name);
    // Everything salesforce-org.md "What the org needs" adds (vmsSetupFields() and the VMS_Admin and
    // VMS_Coordinator permission sets), removed at once.
    void removeVmsSetup();
    static QStringList vmsSetupFields();

    // ---- control: users and sign-in -------------------------------------------------------------------
    QByteArray orgId() const;
    // User id by full name ("Jane Coordinator"), username or id; empty if none.
    QByteArray userId(const QString& nameOrId) const;
    QByteArray addUser(const QString& firstName, const QString& lastName, const QStringList& permissionSets);
    bool setPermissionSets(const QString& user, const QStringList& names);
    QStringList permissionSets(const QString& user) const;
    // The user the next authorize request signs in (default Jane Coordinator).
    bool setSignInUser(const QString& user);
    struct Tokens {
        QByteArray accessToken;
        QByteArray refreshToken;
        QByteArray json; // the token response body, as /services/oauth2/token would send it
    };
    // Shortcut for tests: tokens for a user as if it had completed the OAuth flow on loginUrl (default:
    // the instance URL, a My Domain login).
    Tokens issueTokens(const QString& user = {}, const QString& loginUrl = {});

    QString instanceUrl() const { return m_options.instanceUrl; }
    void setInstanceUrl(const QString& url) { m_options.instanceUrl = url; }
    const Options& options() const { return m_options; }

private:
    struct AuthCode {
        std::uint32_t user = 0;
        QString clientId, redirectUri, challenge;
        qint64 issuedMs = 0;
    };
    struct RefreshToken {
        std::uint32_t user = 0;
        QString clientId;
    };
    struct AccessToken {
        std::uint32_t user = 0;
        QByteArray refreshToken;
        qint64 lastUsedMs = 0;
        bool expired = false;
        QString loginUrl; // the login host the token was issued on (its identity URL's host)
    };
    // The signed-in user an API call acts for.
    struct Caller {
        std::uint32_t user = 0;
        QString loginUrl;
    };
    struct Locator {
        std::shared_ptr<const SoqlQuery> query;
        std::vector<std::uint32_t> rows;
        qint64 lastUsedMs = 0;
        int batchSize = 2000;
        QByteArray id;
        qint64 serial = 0;
    };

    Response route(const Request& req, const FaultRule* fault);
    bool authenticate(const Request& req, Caller& caller, Response& error);
    Response handleOAuth(const Request& req);
    Response handleIdentity(const Request& req, const QString& orgId, const QString& userId);
    Response handleControl(const Request& req);
    Response handleRest(const Request& req, const QString& version, const QStringList& rest,
                        const Caller& caller);
    Response handleQuery(const Request& req, const QString& version, bool all);
    Response handleQueryMore(const Request& req, const QString& version, const QString& locator);
    // user: the signed-in user the call acts for (a new Task's default OwnerId).
    Response handleSObjects(const Request& req, const QString& version, const QStringList& parts,
                            std::uint32_t user);
    Response handleComposite(const Request& req, const QString& version, const QStringList& parts,
                             std::uint32_t user);
    Response handleUpdatedDeleted(const Request& req, int object, bool deleted);
    Response describe(int object) const;
    // The field an upsert or a GET by external id names, or -1 with the org's answer: no such field
    // (notFoundStatus: 404 NOT_FOUND for one record, 400 INVALID_FIELD for a collection), or a field that
    // is not an External ID (400 INVALID_FIELD, as for an upsert of Task by its plain VMS_Client_Id__c).
    int externalIdField(int object, const QString& name, int notFoundStatus, Response& error) const;

    Response queryPage(const QString& version, Locator& loc, std::size_t offset, bool storeLocator);
    void writeRecord(JsonWriter& w, const QByteArray& version, int object, std::uint32_t row,
                     const std::vector<FieldPath>& fields) const;
    void writeFieldValue(JsonWriter& w, int object, std::uint32_t row, int field) const;
    QByteArray tokenResponse(std::uint32_t user, const QByteArray& access, const QByteArray& refresh,
                             const QString& loginUrl) const;
    // "<loginUrl>/id/<org id>/<user id>", Salesforce's identity URL.
    QByteArray identityUrl(const QString& loginUrl, std::uint32_t user) const;
    QString loginUrlOf(const Request& req) const { return req.base.isEmpty() ? instanceUrl() : req.base; }
    QByteArray newToken(const char* prefix, int length);
    std::uint32_t defaultUserRow() const;
    qint64 stampNow() const; // now(), truncated to the second like Salesforce datetimes

public:
    // One per-record error of a write (shared with OrgWriter; not part of the control API).
    struct WriteError {
        QByteArray statusCode;
        QString message;
        QStringList fields;
    };

private:
    void sweepLocators();

    Options m_options;
    QString m_scale;
    quint64 m_seed = 42;
    std::vector<std::unique_ptr<Table>> m_tables;

    qint64 m_clockBaseMs = 0;
    QElapsedTimer m_clockTimer;
    bool m_clockFrozen = false;

    QHash<QByteArray, AuthCode> m_codes;
    QHash<QByteArray, RefreshToken> m_refreshTokens;
    QHash<QByteArray, AccessToken> m_accessTokens;
    std::uint32_t m_signInUser = 0;
    bool m_accessDenied = false;
    quint64 m_tokenCounter = 0;
    qint64 m_sessionTimeoutMs = 2 * 3600 * 1000;

    QHash<QByteArray, Locator> m_locators;
    qint64 m_locatorSerial = 0;

    QList<FaultRule> m_faults;
    bool m_limitExceeded = false;
    int m_apiUsed = 0;
    int m_apiLimit = 100000;
    QList<RequestLogEntry> m_log;
    QSet<QPair<int, int>> m_removedFields; // (object, field)
    int m_latencyMs = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;

    friend class OrgWriter;
};

// Default "now" of a freshly reset org: Monday 2026-11-16 15:00 UTC = 09:00 in Kansas City (the data's
// present, in Nov 2026).
constexpr qint64 kDefaultNowMs = 1'794'841'200'000;

} // namespace fakeforce
