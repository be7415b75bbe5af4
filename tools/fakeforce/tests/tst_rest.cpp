// REST behaviour of the fake org through Org::handle: paging, locators, writes, collections, validation,
// describe, replication endpoints, auth and limit errors, and every fault switch.

#include "DateTimeUtil.h"
#include "Org.h"
#include "TestUtil.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace fakeforce;
using namespace fakeforce::test;

namespace {

Org::Options tinyOptions() {
    Org::Options o;
    o.scale = QStringLiteral("tiny");
    return o;
}

QJsonArray records(const Response& r) {
    return doc(r).object().value(QStringLiteral("records")).toArray();
}

} // namespace

class TstRest final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Org> m_org;
    QByteArray m_token;
    QByteArray m_session; // a live Session__c id

    Response call(const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        return m_org->handle(request(method, path, m_token, body));
    }
    Response query(const QString& soql, bool all = false) {
        return m_org->handle(queryRequest(soql, m_token, all));
    }

    QByteArray participant(const QString& clientId, const QString& status, double hours = 2) {
        QJsonObject o{{QStringLiteral("attributes"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("Session_Participant__c")}}},
                      {QStringLiteral("Session__c"), QString::fromLatin1(m_session)},
                      {QStringLiteral("Status__c"), status},
                      {QStringLiteral("Participant_Type__c"), QStringLiteral("Volunteer")},
                      {QStringLiteral("Delivery_Hours__c"), hours}};
        if (!clientId.isEmpty())
            o.insert(QStringLiteral("VMS_Client_Id__c"), clientId);
        return json(o);
    }

private Q_SLOTS:
    void init() {
        m_org = std::make_unique<Org>(tinyOptions());
        m_org->setClockFrozen(true);
        m_token = m_org->issueTokens().accessToken;
        const Response r = query(QStringLiteral("SELECT Id FROM Session__c LIMIT 1"));
        m_session = records(r).at(0).toObject().value(QStringLiteral("Id")).toString().toLatin1();
        QCOMPARE(m_session.size(), 18);
    }

    void paging() {
        for (int i = 0; i < 4500; ++i)
            QVERIFY(!m_org
                         ->insertRecord(QStringLiteral("Contact"),
                                        {{QStringLiteral("LastName"), QStringLiteral("P%1").arg(i)}})
                         .isEmpty());
        const int expected = m_org->liveRowCount(QStringLiteral("Contact"));
        Response r = query(QStringLiteral("SELECT Id, LastName FROM Contact ORDER BY Id"));
        QCOMPARE(r.status, 200);
        QJsonObject page = doc(r).object();
        QCOMPARE(page.value(QStringLiteral("totalSize")).toInt(), expected);
        QCOMPARE(page.value(QStringLiteral("done")).toBool(), false);
        QSet<QString> ids;
        QString last;
        int pages = 0;
        for (;;) {
            ++pages;
            const QJsonArray recs = page.value(QStringLiteral("records")).toArray();
            QVERIFY(recs.size() <= 2000);
            for (const auto& v : recs) {
                const QString id = v.toObject().value(QStringLiteral("Id")).toString();
                QVERIFY(id > last); // ORDER BY Id holds across pages
                last = id;
                ids.insert(id);
            }
            if (page.value(QStringLiteral("done")).toBool()) {
                QVERIFY(!page.contains(QStringLiteral("nextRecordsUrl")));
                break;
            }
            QCOMPARE(recs.size(), 2000);
            const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
            QVERIFY2(QRegularExpression(QStringLiteral("^/services/data/v60\\.0/query/01g\\w{15}-\\d+$"))
                         .match(next)
                         .hasMatch(),
                     qPrintable(next));
            r = call("GET", next);
            QCOMPARE(r.status, 200);
            page = doc(r).object();
        }
        QCOMPARE(pages, (expected + 1999) / 2000);
        QCOMPARE(ids.size(), expected);
        QCOMPARE(m_org->openQueryLocators(), 0); // the cursor closed after its last page

        // batchSize: honoured within 200..2000, clamped outside.
        const QList<QPair<int, int>> sizes{{500, 500}, {50, 200}, {5000, 2000}, {200, 200}};
        for (const auto& s : sizes) {
            Request q = queryRequest(QStringLiteral("SELECT Id FROM Contact"), m_token);
            q.setHeader("Sforce-Query-Options", "batchSize=" + QByteArray::number(s.first));
            const Response b = m_org->handle(q);
            QCOMPARE(records(b).size(), s.second);
            Request more =
                request("GET", doc(b).object().value(QStringLiteral("nextRecordsUrl")).toString(), m_token);
            more.setHeader("Sforce-Query-Options", "batchSize=" + QByteArray::number(s.first));
            QCOMPARE(records(m_org->handle(more)).size(), s.second);
        }
    }

    void locatorExpiry() {
        for (int i = 0; i < 2100; ++i)
            m_org->insertRecord(QStringLiteral("npe5__Affiliation__c"),
                                {{QStringLiteral("npe5__Role__c"), QStringLiteral("x")}});
        auto firstPage = [&] {
            const Response r = query(QStringLiteral("SELECT Id FROM npe5__Affiliation__c"));
            return doc(r).object().value(QStringLiteral("nextRecordsUrl")).toString();
        };
        // Idle for longer than 15 minutes: gone.
        QString next = firstPage();
        m_org->advance(16 * 60 * 1000);
        Response r = call("GET", next);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_QUERY_LOCATOR"));
        // Used within 15 minutes: fine.
        next = firstPage();
        m_org->advance(14 * 60 * 1000);
        QCOMPARE(call("GET", next).status, 200);
        // The control switch expires every open locator.
        next = firstPage();
        m_org->expireQueryLocators();
        QCOMPARE(errorCode(call("GET", next)), QStringLiteral("INVALID_QUERY_LOCATOR"));
        QCOMPARE(errorCode(call("GET", api(QStringLiteral("query/01gXXXXXXXXXXXXXXX-2000")))),
                 QStringLiteral("INVALID_QUERY_LOCATOR"));
        // Since API v56 there is no limit on open cursors: a parallel pull keeps many open at once, and
        // the first one opened still answers after fifty more.
        const QString oldest = firstPage();
        for (int i = 0; i < 50; ++i)
            firstPage();
        QCOMPARE(m_org->openQueryLocators(), 51);
        QCOMPARE(call("GET", oldest).status, 200);
    }

    void queryAllShowsDeleted() {
        const QByteArray id = m_org->insertRecord(QStringLiteral("Contact"),
                                                  {{QStringLiteral("LastName"), QStringLiteral("Gone")}});
        QCOMPARE(call("DELETE", api(QStringLiteral("sobjects/Contact/") + QString::fromLatin1(id))).status,
                 204);
        const QString soql = QStringLiteral("SELECT Id, IsDeleted FROM Contact WHERE LastName = 'Gone'");
        QCOMPARE(records(query(soql)).size(), 0);
        const QJsonArray all = records(query(soql, true));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("IsDeleted")).toBool(), true);
        QCOMPARE(records(query(QStringLiteral(
                                   "SELECT Id FROM Contact WHERE LastName = 'Gone' AND IsDeleted = true"),
                               true))
                     .size(),
                 1);
        // Deleted again: 404 ENTITY_IS_DELETED; unknown: NOT_FOUND.
        Response r = call("DELETE", api(QStringLiteral("sobjects/Contact/") + QString::fromLatin1(id)));
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), QStringLiteral("ENTITY_IS_DELETED"));
        r = call("GET", api(QStringLiteral("sobjects/Contact/0035g000000ZZZZAAA")));
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), QStringLiteral("NOT_FOUND"));
        // Undelete brings it back.
        QVERIFY(m_org->undeleteRecord(QStringLiteral("Contact"), QString::fromLatin1(id)));
        QCOMPARE(records(query(soql)).size(), 1);
    }

    void singleRecordCrud() {
        Response r = call("POST", api(QStringLiteral("sobjects/Contact")),
                          json({{QStringLiteral("LastName"), QStringLiteral("Walk-in")},
                                {QStringLiteral("Email"), QStringLiteral("w@example.org")}}));
        QCOMPARE(r.status, 201);
        const QJsonObject created = doc(r).object();
        QCOMPARE(created.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(created.value(QStringLiteral("errors")).toArray().size(), 0);
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("003")));
        const QString url = api(QStringLiteral("sobjects/Contact/") + id);

        m_org->advance(5000);
        r = call("PATCH", url, json({{QStringLiteral("Phone"), QStringLiteral("816-555-0101")}}));
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        r = call("GET", url + QStringLiteral("?fields=Phone,LastName,CreatedDate,LastModifiedDate"));
        QCOMPARE(r.status, 200);
        QJsonObject rec = doc(r).object();
        QCOMPARE(rec.value(QStringLiteral("Phone")).toString(), QStringLiteral("816-555-0101"));
        QVERIFY(rec.value(QStringLiteral("LastModifiedDate")).toString() >
                rec.value(QStringLiteral("CreatedDate")).toString());
        QCOMPARE(call("DELETE", url).status, 204);
        QCOMPARE(call("PATCH", url, json({{QStringLiteral("Phone"), QStringLiteral("1")}})).status, 404);
        QCOMPARE(call("GET", api(QStringLiteral("sobjects/Nope__c/") + id)).status, 404);
        QCOMPARE(call("PUT", api(QStringLiteral("sobjects/Contact/") + id)).status, 404);
    }

    void upsertReplay() {
        const QString url = api(QStringLiteral(
            "sobjects/Session_Participant__c/VMS_Client_Id__c/5b0c7f7e-1111-4a4a-a111-000000000001"));
        const QByteArray body = json({{QStringLiteral("Session__c"), QString::fromLatin1(m_session)},
                                      {QStringLiteral("Status__c"), QStringLiteral("Attended")},
                                      {QStringLiteral("Delivery_Hours__c"), 2.5}});
        Response r = call("PATCH", url, body);
        QCOMPARE(r.status, 201);
        const QJsonObject first = doc(r).object();
        QCOMPARE(first.value(QStringLiteral("created")).toBool(), true);
        r = call("PATCH", url, body); // the replay after a lost response
        QCOMPARE(r.status, 200);
        const QJsonObject second = doc(r).object();
        QCOMPARE(second.value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(second.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(second.value(QStringLiteral("id")).toString(), first.value(QStringLiteral("id")).toString());
        QCOMPARE(
            records(query(QStringLiteral("SELECT Id FROM Session_Participant__c WHERE VMS_Client_Id__c = "
                                         "'5B0C7F7E-1111-4A4A-A111-000000000001'")))
                .size(),
            1);
        // The Name auto-number was filled in.
        r = call("GET", api(QStringLiteral("sobjects/Session_Participant__c/") +
                            first.value(QStringLiteral("id")).toString()));
        QVERIFY(doc(r).object().value(QStringLiteral("Name")).toString().startsWith(QStringLiteral("SP-")));
        // A field that is not an External ID: INVALID_FIELD, as a real org answers; no such field: 404.
        r = call("PATCH", api(QStringLiteral("sobjects/Session_Participant__c/Title__c/x")), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_FIELD"));
        QCOMPARE(call("PATCH", api(QStringLiteral("sobjects/Session_Participant__c/Nope__c/x")), body).status,
                 404);
    }

    void collectionUpsert() {
        const QString url = api(QStringLiteral("composite/sobjects/Session_Participant__c/VMS_Client_Id__c"));
        auto bodyWith = [&](const QList<QByteArray>& recs, bool allOrNone) {
            QJsonArray arr;
            for (const QByteArray& r : recs)
                arr.append(QJsonDocument::fromJson(r).object());
            return json({{QStringLiteral("allOrNone"), allOrNone}, {QStringLiteral("records"), arr}});
        };
        const QList<QByteArray> recs{participant(QStringLiteral("c-1"), QStringLiteral("Attended")),
                                     participant(QStringLiteral("c-2"), QStringLiteral("Bogus")),
                                     participant(QStringLiteral("c-3"), QStringLiteral("No-Show"), 0)};
        Response r = call("PATCH", url, bodyWith(recs, false));
        QCOMPARE(r.status, 200);
        QJsonArray res = doc(r).array();
        QCOMPARE(res.size(), 3);
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("created")).toBool(), true);
        const QJsonObject bad = res.at(1).toObject();
        QCOMPARE(bad.value(QStringLiteral("success")).toBool(), false);
        const QJsonObject err = bad.value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(err.value(QStringLiteral("statusCode")).toString(),
                 QStringLiteral("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"));
        QCOMPARE(err.value(QStringLiteral("fields")).toArray().at(0).toString(), QStringLiteral("Status__c"));
        QVERIFY(!err.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(res.at(2).toObject().value(QStringLiteral("success")).toBool(), true);

        // Replay: the two good ones update, the bad one still fails.
        r = call("PATCH", url, bodyWith(recs, false));
        res = doc(r).array();
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(res.at(2).toObject().value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(
            records(query(QStringLiteral(
                        "SELECT Id FROM Session_Participant__c WHERE VMS_Client_Id__c IN ('c-1','c-3')")))
                .size(),
            2);

        // allOrNone: nothing is written; the good records carry ALL_OR_NONE_OPERATION_ROLLED_BACK.
        const QList<QByteArray> aon{participant(QStringLiteral("c-10"), QStringLiteral("Attended")),
                                    participant(QStringLiteral("c-11"), QStringLiteral("Attended"), 30)};
        r = call("PATCH", url, bodyWith(aon, true));
        res = doc(r).array();
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(res.at(0)
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toString(),
                 QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
        QCOMPARE(res.at(1)
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toString(),
                 QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        QCOMPARE(records(query(QStringLiteral(
                             "SELECT Id FROM Session_Participant__c WHERE VMS_Client_Id__c = 'c-10'")))
                     .size(),
                 0);

        // The same external id twice in one request fails both.
        r = call("PATCH", url,
                 bodyWith({participant(QStringLiteral("c-20"), QStringLiteral("Attended")),
                           participant(QStringLiteral("c-20"), QStringLiteral("Attended"))},
                          false));
        res = doc(r).array();
        for (const auto& v : res)
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("errors"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("statusCode"))
                         .toString(),
                     QStringLiteral("DUPLICATE_EXTERNAL_ID"));

        // More than 200 records: refused as a whole.
        QList<QByteArray> many;
        for (int i = 0; i < 201; ++i)
            many << participant(QStringLiteral("m-%1").arg(i), QStringLiteral("Attended"));
        r = call("PATCH", url, bodyWith(many, false));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("EXCEEDED_ID_LIMIT"));
        many.removeLast();
        r = call("PATCH", url, bodyWith(many, false));
        QCOMPARE(r.status, 200);
        QCOMPARE(doc(r).array().size(), 200);
        // Bad JSON: the whole request fails.
        QCOMPARE(errorCode(call("PATCH", url, "{\"records\": [")), QStringLiteral("JSON_PARSER_ERROR"));
    }

    // fake-org.md #22: field names are case-insensitive in SOQL and in write bodies, and answers spell
    // them as the schema does. jsforce, for one, sends "id" in sObject Collections updates.
    void fieldNamesAreCaseInsensitive() {
        Response r = query(QStringLiteral("select id, lastname, account.name, ACCOUNTID from contact where "
                                          "lastname != null and contact_type__c = 'Volunteer' order by "
                                          "LASTNAME, id limit 1"));
        QCOMPARE(r.status, 200);
        QJsonObject rec = records(r).at(0).toObject();
        QStringList keys = rec.keys();
        keys.sort();
        QCOMPARE(keys, strings({"Account", "AccountId", "Id", "LastName", "attributes"}));
        QVERIFY(rec.value(QStringLiteral("Account")).toObject().contains(QStringLiteral("Name")));
        QCOMPARE(rec.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Contact"));

        // Single-record create and GET ?fields= in any case.
        r = call("POST", api(QStringLiteral("sobjects/contact")),
                 json({{QStringLiteral("lastname"), QStringLiteral("Lower")},
                       {QStringLiteral("EMAIL"), QStringLiteral("lower@example.org")}}));
        QCOMPARE(r.status, 201);
        const QString id = doc(r).object().value(QStringLiteral("id")).toString();
        r = call("GET", api(QStringLiteral("sobjects/Contact/%1?fields=lastName,email").arg(id)));
        QCOMPARE(doc(r).object().value(QStringLiteral("LastName")).toString(), QStringLiteral("Lower"));
        QCOMPARE(doc(r).object().value(QStringLiteral("Email")).toString(),
                 QStringLiteral("lower@example.org"));

        // Collections update with "id" (as jsforce sends it) and lower-case fields.
        const QJsonObject attrs{{QStringLiteral("type"), QStringLiteral("Contact")}};
        r = call("PATCH", api(QStringLiteral("composite/sobjects")),
                 json({{QStringLiteral("allOrNone"), false},
                       {QStringLiteral("records"),
                        QJsonArray{QJsonObject{{QStringLiteral("attributes"), attrs},
                                               {QStringLiteral("id"), id},
                                               {QStringLiteral("title"), QStringLiteral("Lowercase")}}}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(doc(r).array().at(0).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(m_org->record(QStringLiteral("Contact"), id).value(QStringLiteral("Title")).toString(),
                 QStringLiteral("Lowercase"));

        // Collections upsert whose external id field is spelled differently in the URL and the records.
        const QString url = api(QStringLiteral("composite/sobjects/Session_Participant__c/vms_client_id__c"));
        const QByteArray body =
            json({{QStringLiteral("allOrNone"), false},
                  {QStringLiteral("records"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("attributes"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("Session_Participant__c")}}},
                       {QStringLiteral("VMS_CLIENT_ID__C"),
                        QStringLiteral("5b0c7f7e-2222-4a4a-a111-000000000001")},
                       {QStringLiteral("session__c"), QString::fromLatin1(m_session)},
                       {QStringLiteral("status__c"), QStringLiteral("Registered")}}}}});
        r = call("PATCH", url, body);
        QCOMPARE(r.status, 200);
        QJsonObject res = doc(r).array().at(0).toObject();
        QVERIFY2(res.value(QStringLiteral("success")).toBool(), r.body.constData());
        QCOMPARE(res.value(QStringLiteral("created")).toBool(), true);
        r = call("PATCH", url, body);
        QCOMPARE(doc(r).array().at(0).toObject().value(QStringLiteral("created")).toBool(), false);

        // Two spellings of one field in one record: refused, nothing written.
        r = call("POST", api(QStringLiteral("sobjects/Contact")),
                 "{\"LastName\":\"One\",\"lastname\":\"Two\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("JSON_PARSER_ERROR"));
        QCOMPARE(
            records(query(QStringLiteral("SELECT Id FROM Contact WHERE LastName IN ('One','Two')"))).size(),
            0);
    }

    void collectionsCreateUpdateDeleteGet() {
        QJsonArray recs;
        for (int i = 0; i < 3; ++i)
            recs.append(QJsonObject{{QStringLiteral("attributes"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
                                    {QStringLiteral("LastName"), QStringLiteral("Coll%1").arg(i)}});
        recs.append(QJsonObject{
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
            {QStringLiteral("FirstName"), QStringLiteral("NoLast")}});
        Response r = call("POST", api(QStringLiteral("composite/sobjects")),
                          json({{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), recs}}));
        QCOMPARE(r.status, 200);
        QJsonArray res = doc(r).array();
        QCOMPARE(res.size(), 4);
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << res.at(i).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(res.at(3)
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toString(),
                 QStringLiteral("REQUIRED_FIELD_MISSING"));

        m_org->advance(2000);
        QJsonArray upd;
        upd.append(QJsonObject{
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
            {QStringLiteral("Id"), ids[0]},
            {QStringLiteral("Title"), QStringLiteral("VP, Ops")}});
        upd.append(QJsonObject{
            {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
            {QStringLiteral("Id"), QStringLiteral("003bad")},
            {QStringLiteral("Title"), QStringLiteral("x")}});
        r = call("PATCH", api(QStringLiteral("composite/sobjects")),
                 json({{QStringLiteral("records"), upd}}));
        res = doc(r).array();
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("id")).toString(), ids[0]);
        QCOMPARE(res.at(1)
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toString(),
                 QStringLiteral("MALFORMED_ID"));

        // GET of SystemModstamp for conflict checks, in request order, null for unknown/deleted ids.
        const QString unknown = QStringLiteral("0035g000000ZZZZAAA");
        r = call("GET",
                 api(QStringLiteral("composite/sobjects/Contact?ids=%1,%2,%3&fields=Id,SystemModstamp,Title")
                         .arg(ids[1], unknown, ids[0])));
        QCOMPARE(r.status, 200);
        res = doc(r).array();
        QCOMPARE(res.size(), 3);
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("Id")).toString(), ids[1]);
        QVERIFY(res.at(1).isNull());
        QCOMPARE(res.at(2).toObject().value(QStringLiteral("Title")).toString(), QStringLiteral("VP, Ops"));
        QVERIFY(res.at(2).toObject().value(QStringLiteral("SystemModstamp")).toString() >
                res.at(0).toObject().value(QStringLiteral("SystemModstamp")).toString());

        r = call("DELETE",
                 api(QStringLiteral("composite/sobjects?ids=%1,%2&allOrNone=false").arg(ids[1], unknown)));
        res = doc(r).array();
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(res.at(1).toObject().value(QStringLiteral("success")).toBool(), false);
        r = call("DELETE",
                 api(QStringLiteral("composite/sobjects?ids=%1,%2&allOrNone=true").arg(ids[2], unknown)));
        res = doc(r).array();
        QCOMPARE(res.at(0)
                     .toObject()
                     .value(QStringLiteral("errors"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("statusCode"))
                     .toString(),
                 QStringLiteral("ALL_OR_NONE_OPERATION_ROLLED_BACK"));
        QCOMPARE(records(query(QStringLiteral("SELECT Id FROM Contact WHERE Id = '%1'").arg(ids[2]))).size(),
                 1);
    }

    void validation_data() {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("required LastName")
            << QString::fromUtf8("Contact") << QByteArray("{\"FirstName\":\"A\"}")
            << QString::fromUtf8("REQUIRED_FIELD_MISSING") << QString::fromUtf8("LastName");
        QTest::newRow("required Session__c")
            << QString::fromUtf8("Session_Participant__c") << QByteArray("{\"Status__c\":\"Attended\"}")
            << QString::fromUtf8("REQUIRED_FIELD_MISSING") << QString::fromUtf8("Session__c");
        QTest::newRow("restricted picklist")
            << QString::fromUtf8("Session_Participant__c")
            << QByteArray("{\"Session__c\":\"SES\",\"Status__c\":\"attended \"}")
            << QString::fromUtf8("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST") << QString::fromUtf8("Status__c");
        QTest::newRow("hours > 24") << QString::fromUtf8("Session_Participant__c")
                                    << QByteArray("{\"Session__c\":\"SES\",\"Delivery_Hours__c\":24.5}")
                                    << QString::fromUtf8("FIELD_CUSTOM_VALIDATION_EXCEPTION")
                                    << QString::fromUtf8("Delivery_Hours__c");
        QTest::newRow("hours < 0") << QString::fromUtf8("Session_Participant__c")
                                   << QByteArray("{\"Session__c\":\"SES\",\"Delivery_Hours__c\":-1}")
                                   << QString::fromUtf8("FIELD_CUSTOM_VALIDATION_EXCEPTION")
                                   << QString::fromUtf8("Delivery_Hours__c");
        QTest::newRow("unknown field")
            << QString::fromUtf8("Contact") << QByteArray("{\"LastName\":\"A\",\"Shoe_Size__c\":9}")
            << QString::fromUtf8("INVALID_FIELD") << QString::fromUtf8("Shoe_Size__c");
        QTest::newRow("malformed id")
            << QString::fromUtf8("Contact") << QByteArray("{\"LastName\":\"A\",\"AccountId\":\"xyz\"}")
            << QString::fromUtf8("MALFORMED_ID") << QString::fromUtf8("AccountId");
        QTest::newRow("wrong object id")
            << QString::fromUtf8("Contact") << QByteArray("{\"LastName\":\"A\",\"AccountId\":\"SES\"}")
            << QString::fromUtf8("INVALID_CROSS_REFERENCE_KEY") << QString::fromUtf8("AccountId");
        QTest::newRow("duplicate external id")
            << QString::fromUtf8("Contact")
            << QByteArray("{\"LastName\":\"A\",\"VMS_Client_Id__c\":\"DUP-1\"}")
            << QString::fromUtf8("DUPLICATE_VALUE") << QString::fromUtf8("VMS_Client_Id__c");
        QTest::newRow("read-only field")
            << QString::fromUtf8("Session_Participant__c")
            << QByteArray("{\"Session__c\":\"SES\",\"Name\":\"SP-1\"}")
            << QString::fromUtf8("INVALID_FIELD_FOR_INSERT_UPDATE") << QString::fromUtf8("Name");
        QTest::newRow("too long") << QString::fromUtf8("Contact")
                                  << QByteArray("{\"LastName\":\"") + QByteArray(81, 'x') + "\"}"
                                  << QString::fromUtf8("STRING_TOO_LONG") << QString::fromUtf8("LastName");
        QTest::newRow("bad email") << QString::fromUtf8("Contact")
                                   << QByteArray("{\"LastName\":\"A\",\"Email\":\"not-an-email\"}")
                                   << QString::fromUtf8("INVALID_EMAIL_ADDRESS")
                                   << QString::fromUtf8("Email");
        // The org rules of fake-org.md #21.
        QTest::newRow("cancelled without a reason")
            << QString::fromUtf8("Session__c")
            << QByteArray("{\"Name\":\"S\",\"Session_Status__c\":\"Cancelled\"}")
            << QString::fromUtf8("FIELD_CUSTOM_VALIDATION_EXCEPTION")
            << QString::fromUtf8("Cancellation_Reason__c");
        QTest::newRow("cancelled with an empty reason")
            << QString::fromUtf8("Session__c")
            << QByteArray(
                   "{\"Name\":\"S\",\"Session_Status__c\":\"Cancelled\",\"Cancellation_Reason__c\":\"\"}")
            << QString::fromUtf8("FIELD_CUSTOM_VALIDATION_EXCEPTION")
            << QString::fromUtf8("Cancellation_Reason__c");
        QTest::newRow("end before start")
            << QString::fromUtf8("Session__c")
            << QByteArray("{\"Name\":\"S\",\"Start_Date_and_Time__c\":\"2026-12-01T15:00:00.000+0000\","
                          "\"End_Date_and_Time__c\":\"2026-12-01T14:59:59.000+0000\"}")
            << QString::fromUtf8("FIELD_CUSTOM_VALIDATION_EXCEPTION")
            << QString::fromUtf8("End_Date_and_Time__c");
        QTest::newRow("account without a name")
            << QString::fromUtf8("Account") << QByteArray("{\"Type\":\"Business\"}")
            << QString::fromUtf8("REQUIRED_FIELD_MISSING") << QString::fromUtf8("Name");
        QTest::newRow("account with an empty name")
            << QString::fromUtf8("Account") << QByteArray("{\"Name\":\"\"}")
            << QString::fromUtf8("REQUIRED_FIELD_MISSING") << QString::fromUtf8("Name");
        QTest::newRow("volunteer status not in the picklist")
            << QString::fromUtf8("Contact")
            << QByteArray("{\"LastName\":\"A\",\"Volunteer_Status__c\":\"Retired\"}")
            << QString::fromUtf8("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST")
            << QString::fromUtf8("Volunteer_Status__c");
        QTest::newRow("volunteer status spelled differently")
            << QString::fromUtf8("Contact")
            << QByteArray("{\"LastName\":\"A\",\"Volunteer_Status__c\":\"on hold\"}")
            << QString::fromUtf8("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST")
            << QString::fromUtf8("Volunteer_Status__c");
        QTest::newRow("reason too long")
            << QString::fromUtf8("Session__c")
            << QByteArray("{\"Name\":\"S\",\"Cancellation_Reason__c\":\"") + QByteArray(256, 'r') + "\"}"
            << QString::fromUtf8("STRING_TOO_LONG") << QString::fromUtf8("Cancellation_Reason__c");
        QTest::newRow("client id over 36")
            << QString::fromUtf8("Account")
            << QByteArray("{\"Name\":\"A\",\"VMS_Client_Id__c\":\"") + QByteArray(37, 'c') + "\"}"
            << QString::fromUtf8("STRING_TOO_LONG") << QString::fromUtf8("VMS_Client_Id__c");
        QTest::newRow("notes too long")
            << QString::fromUtf8("Session_Participant__c")
            << QByteArray("{\"Session__c\":\"SES\",\"Notes__c\":\"") + QByteArray(32769, 'n') + "\"}"
            << QString::fromUtf8("STRING_TOO_LONG") << QString::fromUtf8("Notes__c");
        QTest::newRow("task status null")
            << QString::fromUtf8("Task") << QByteArray("{\"Subject\":\"Call\",\"Status\":null}")
            << QString::fromUtf8("REQUIRED_FIELD_MISSING") << QString::fromUtf8("Status");
    }
    void validation() {
        QFETCH(QString, object);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QVERIFY(!m_org
                     ->insertRecord(QStringLiteral("Contact"),
                                    {{QStringLiteral("LastName"), QStringLiteral("D")},
                                     {QStringLiteral("VMS_Client_Id__c"), QStringLiteral("dup-1")}})
                     .isEmpty());
        body.replace("SES", m_session);
        const Response r = call("POST", api(QStringLiteral("sobjects/") + object), body);
        QCOMPARE(r.status, 400);
        const QJsonObject e = doc(r).array().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(), code);
        QCOMPARE(e.value(QStringLiteral("fields")).toArray().at(0).toString(), field);
        // The same rules on update.
        if (object == QStringLiteral("Session_Participant__c") &&
            code == QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION")) {
            const Response ok = call("POST", api(QStringLiteral("sobjects/Session_Participant__c")),
                                     "{\"Session__c\":\"" + m_session + "\",\"Delivery_Hours__c\":24}");
            QCOMPARE(ok.status, 201);
            const QString id = doc(ok).object().value(QStringLiteral("id")).toString();
            QCOMPARE(call("PATCH", api(QStringLiteral("sobjects/Session_Participant__c/") + id),
                          "{\"Delivery_Hours__c\":25}")
                         .status,
                     400);
        }
    }

    // The session rules hold on update too, judged on the whole record (the stored values plus the change).
    void orgRulesOnUpdate() {
        Response r =
            call("POST", api(QStringLiteral("sobjects/Session__c")),
                 "{\"Name\":\"Rules\",\"Start_Date_and_Time__c\":\"2026-12-01T15:00:00Z\","
                 "\"End_Date_and_Time__c\":\"2026-12-01T16:00:00Z\",\"Session_Status__c\":\"Draft\"}");
        QCOMPARE(r.status, 201);
        const QString url = api(QStringLiteral("sobjects/Session__c/") +
                                doc(r).object().value(QStringLiteral("id")).toString());
        r = call("PATCH", url, "{\"Session_Status__c\":\"Cancelled\"}");
        QCOMPARE(r.status, 400);
        QJsonObject e = doc(r).array().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        QCOMPARE(e.value(QStringLiteral("fields")).toArray().at(0).toString(),
                 QStringLiteral("Cancellation_Reason__c"));
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(
            call("PATCH", url, "{\"Session_Status__c\":\"Cancelled\",\"Cancellation_Reason__c\":\"Snow\"}")
                .status,
            204);
        QCOMPARE(call("PATCH", url, "{\"Cancellation_Reason__c\":null}").status,
                 400); // the stored status counts
        // Moving only the start past the stored end.
        r = call("PATCH", url, "{\"Start_Date_and_Time__c\":\"2026-12-01T17:00:00Z\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(doc(r).array().at(0).toObject().value(QStringLiteral("fields")).toArray().at(0).toString(),
                 QStringLiteral("End_Date_and_Time__c"));
        QCOMPARE(call("PATCH", url, "{\"Start_Date_and_Time__c\":\"2026-12-01T16:00:00Z\"}").status,
                 204); // equal: fine
        // Clearing an account's name.
        r = call("POST", api(QStringLiteral("sobjects/Account")), "{\"Name\":\"Named\"}");
        QCOMPARE(call("PATCH",
                      api(QStringLiteral("sobjects/Account/") +
                          doc(r).object().value(QStringLiteral("id")).toString()),
                      "{\"Name\":\"\"}")
                     .status,
                 400);
        // In a collection each record keeps its own error with the field.
        const QJsonObject attrs{{QStringLiteral("type"), QStringLiteral("Session__c")}};
        r = call("POST", api(QStringLiteral("composite/sobjects")),
                 json({{QStringLiteral("allOrNone"), false},
                       {QStringLiteral("records"),
                        QJsonArray{
                            QJsonObject{{QStringLiteral("attributes"), attrs},
                                        {QStringLiteral("Name"), QStringLiteral("Bad")},
                                        {QStringLiteral("Session_Status__c"), QStringLiteral("Cancelled")}},
                            QJsonObject{{QStringLiteral("attributes"), attrs},
                                        {QStringLiteral("Name"), QStringLiteral("Good")},
                                        {QStringLiteral("Session_Status__c"), QStringLiteral("Draft")}}}}}));
        const QJsonArray res = doc(r).array();
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("success")).toBool(), false);
        e = res.at(0).toObject().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("statusCode")).toString(),
                 QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION"));
        QCOMPARE(e.value(QStringLiteral("fields")).toArray().at(0).toString(),
                 QStringLiteral("Cancellation_Reason__c"));
        QCOMPARE(res.at(1).toObject().value(QStringLiteral("success")).toBool(), true);
    }

    // fake-org.md #20: Task, Notes__c, Volunteer_Status__c, Teacher participations, and VMS_Client_Id__c as
    // the org's setup adds it (External ID on Session__c and Account, plain text on Task).
    void planningObjects() {
        auto describeFields = [&](const char* object) {
            const Response d =
                call("GET", api(QStringLiteral("sobjects/%1/describe").arg(QLatin1String(object))));
            QHash<QString, QJsonObject> fields;
            for (const auto& f : doc(d).object().value(QStringLiteral("fields")).toArray())
                fields.insert(f.toObject().value(QStringLiteral("name")).toString(), f.toObject());
            return fields;
        };
        auto values = [](const QJsonObject& f) {
            QStringList out;
            for (const auto& v : f.value(QStringLiteral("picklistValues")).toArray())
                out << v.toObject().value(QStringLiteral("value")).toString();
            return out;
        };
        for (const char* object : {"Session__c", "Account", "Contact", "Session_Participant__c"}) {
            const QJsonObject ext = describeFields(object).value(QStringLiteral("VMS_Client_Id__c"));
            QVERIFY2(ext.value(QStringLiteral("externalId")).toBool(), object);
            QVERIFY2(ext.value(QStringLiteral("unique")).toBool(), object);
            QCOMPARE(ext.value(QStringLiteral("length")).toInt(), 36);
        }
        const auto task = describeFields("Task");
        QCOMPARE(task.value(QStringLiteral("VMS_Client_Id__c")).value(QStringLiteral("externalId")).toBool(),
                 false);
        QCOMPARE(task.value(QStringLiteral("VMS_Client_Id__c")).value(QStringLiteral("length")).toInt(), 36);
        QCOMPARE(task.value(QStringLiteral("Subject")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("combobox"));
        QCOMPARE(values(task.value(QStringLiteral("Type"))), strings({"Call", "Email", "Meeting", "Other"}));
        const QJsonObject status = task.value(QStringLiteral("Status"));
        QVERIFY(values(status).contains(QStringLiteral("Not Started")) &&
                values(status).contains(QStringLiteral("Completed")));
        QCOMPARE(status.value(QStringLiteral("nillable")).toBool(), false);
        QCOMPARE(status.value(QStringLiteral("defaultedOnCreate")).toBool(), true);
        const QJsonObject what = task.value(QStringLiteral("WhatId"));
        QCOMPARE(what.value(QStringLiteral("type")).toString(), QStringLiteral("reference"));
        QCOMPARE(what.value(QStringLiteral("referenceTo")).toArray(),
                 (QJsonArray{QStringLiteral("Account"), QStringLiteral("Session__c")}));
        QCOMPARE(what.value(QStringLiteral("relationshipName")).toString(), QStringLiteral("What"));
        QCOMPARE(task.value(QStringLiteral("WhoId")).value(QStringLiteral("referenceTo")).toArray(),
                 (QJsonArray{QStringLiteral("Contact")}));
        QCOMPARE(task.value(QStringLiteral("OwnerId")).value(QStringLiteral("defaultedOnCreate")).toBool(),
                 true);
        const auto contact = describeFields("Contact");
        QCOMPARE(contact.value(QStringLiteral("Volunteer_Status__c"))
                     .value(QStringLiteral("restrictedPicklist"))
                     .toBool(),
                 true);
        QCOMPARE(values(contact.value(QStringLiteral("Volunteer_Status__c"))),
                 strings({"Active", "Inactive", "On Hold"}));
        const auto part = describeFields("Session_Participant__c");
        QCOMPARE(part.value(QStringLiteral("Notes__c")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("textarea"));
        QCOMPARE(part.value(QStringLiteral("Notes__c")).value(QStringLiteral("length")).toInt(), 32768);
        QVERIFY(
            values(part.value(QStringLiteral("Participant_Type__c"))).contains(QStringLiteral("Teacher")));
        QCOMPARE(doc(call("GET", api(QStringLiteral("sobjects/Task/describe"))))
                     .object()
                     .value(QStringLiteral("keyPrefix"))
                     .toString(),
                 QStringLiteral("00T"));

        // Log a call: created with the caller as owner and Status defaulted; found again by its client id.
        const QString volunteer =
            records(query(QStringLiteral(
                        "SELECT Id FROM Contact WHERE Contact_Type__c = 'Volunteer' ORDER BY Id LIMIT 1")))
                .at(0)
                .toObject()
                .value(QStringLiteral("Id"))
                .toString();
        const QString clientId = QStringLiteral("0f6a3c1e-5d1b-4c3a-9e1f-7a2b3c4d5e6f");
        const QJsonObject call1{{QStringLiteral("Subject"), QStringLiteral("Call: invite, \"Career Day\"")},
                                {QStringLiteral("Type"), QStringLiteral("Call")},
                                {QStringLiteral("ActivityDate"), QStringLiteral("2026-11-16")},
                                {QStringLiteral("Description"), QStringLiteral("Said yes,\nbring a friend")},
                                {QStringLiteral("WhoId"), volunteer},
                                {QStringLiteral("WhatId"), QString::fromLatin1(m_session).left(15)},
                                {QStringLiteral("VMS_Client_Id__c"), clientId}};
        Response r = call("POST", api(QStringLiteral("sobjects/Task")), json(call1));
        QCOMPARE(r.status, 201);
        const QString taskId = doc(r).object().value(QStringLiteral("id")).toString();
        QVERIFY(taskId.startsWith(QStringLiteral("00T")));
        const QVariantMap stored = m_org->record(QStringLiteral("Task"), taskId);
        QCOMPARE(stored.value(QStringLiteral("Status")).toString(), QStringLiteral("Not Started"));
        QCOMPARE(stored.value(QStringLiteral("OwnerId")).toString(),
                 QString::fromLatin1(m_org->userId(QStringLiteral("Jane Coordinator"))));
        QCOMPARE(stored.value(QStringLiteral("WhatId")).toString(),
                 QString::fromLatin1(m_session)); // 18 characters
        r = query(
            QStringLiteral("SELECT Id, Status, Who.Name, WhatId FROM Task WHERE VMS_Client_Id__c = '%1'")
                .arg(clientId));
        QCOMPARE(records(r).size(), 1);
        QCOMPARE(records(r).at(0).toObject().value(QStringLiteral("Id")).toString(), taskId);
        QVERIFY(records(r)
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("Who"))
                    .toObject()
                    .contains(QStringLiteral("Name")));
        QCOMPARE(records(query(QStringLiteral("SELECT Id FROM Task WHERE WhatId = '%1'")
                                   .arg(QString::fromLatin1(m_session).left(15))))
                     .size(),
                 records(query(QStringLiteral("SELECT Id FROM Task WHERE WhatId = '%1'")
                                   .arg(QString::fromLatin1(m_session))))
                     .size());
        QCOMPARE(errorCode(query(QStringLiteral("SELECT What.Name FROM Task"))),
                 QStringLiteral("INVALID_FIELD"));

        // Task cannot be upserted by VMS_Client_Id__c (not an External ID): refused, nothing created.
        const int before = m_org->liveRowCount(QStringLiteral("Task"));
        r = call("PATCH", api(QStringLiteral("sobjects/Task/VMS_Client_Id__c/") + clientId), json(call1));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_FIELD"));
        QVERIFY(doc(r)
                    .array()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("not an External ID")));
        QJsonObject rec = call1;
        rec.insert(QStringLiteral("attributes"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("Task")}});
        r = call("PATCH", api(QStringLiteral("composite/sobjects/Task/VMS_Client_Id__c")),
                 json({{QStringLiteral("allOrNone"), false}, {QStringLiteral("records"), QJsonArray{rec}}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_FIELD"));
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Task")), before);

        // WhatId: an event or an account; a contact is the wrong kind of record.
        QJsonObject wrong = call1;
        wrong.insert(QStringLiteral("WhatId"), volunteer);
        wrong.remove(QStringLiteral("VMS_Client_Id__c"));
        r = call("POST", api(QStringLiteral("sobjects/Task")), json(wrong));
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_CROSS_REFERENCE_KEY"));
        const QString account = records(query(QStringLiteral("SELECT Id FROM Account LIMIT 1")))
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("Id"))
                                    .toString();
        wrong.insert(QStringLiteral("WhatId"), account);
        QCOMPARE(call("POST", api(QStringLiteral("sobjects/Task")), json(wrong)).status, 201);

        // Events and organizations upsert by VMS_Client_Id__c: created once, then updated.
        for (const char* object : {"Session__c", "Account"}) {
            const QString url =
                api(QStringLiteral("sobjects/%1/VMS_Client_Id__c/7d1e2a40-0000-4000-8000-00000000000%2")
                        .arg(QLatin1String(object))
                        .arg(object[0] == 'S' ? 1 : 2));
            const QByteArray body = "{\"Name\":\"Planned offline\"}";
            QCOMPARE(call("PATCH", url, body).status, 201);
            QCOMPARE(call("PATCH", url, body).status, 200);
        }

        // Notes on a participation and a teacher's attendance.
        r = call("POST", api(QStringLiteral("sobjects/Session_Participant__c")),
                 json({{QStringLiteral("Session__c"), QString::fromLatin1(m_session)},
                       {QStringLiteral("Participant_Type__c"), QStringLiteral("Teacher")},
                       {QStringLiteral("Status__c"), QStringLiteral("Attended")},
                       {QStringLiteral("Notes__c"), QStringLiteral("Brought \"two\" classes,\nroom 12")}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(m_org
                     ->record(QStringLiteral("Session_Participant__c"),
                              doc(r).object().value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("Notes__c"))
                     .toString(),
                 QStringLiteral("Brought \"two\" classes,\nroom 12"));
        // Volunteer status: each value of the picklist is accepted.
        for (const char* s : {"Active", "Inactive", "On Hold"})
            QCOMPARE(call("PATCH", api(QStringLiteral("sobjects/Contact/") + volunteer),
                          json({{QStringLiteral("Volunteer_Status__c"), QString::fromLatin1(s)}}))
                         .status,
                     204);
    }

    // fake-org.md #25: the org without the setup VMS needs, for the client's setup check.
    void setupCanBeRemoved() {
        auto described = [&](const char* object) {
            QStringList names;
            const Response d =
                call("GET", api(QStringLiteral("sobjects/%1/describe").arg(QLatin1String(object))));
            for (const auto& f : doc(d).object().value(QStringLiteral("fields")).toArray())
                names << f.toObject().value(QStringLiteral("name")).toString();
            return names;
        };
        Response r =
            call("PATCH", api(QStringLiteral("sobjects/Session__c/") + QString::fromLatin1(m_session)),
                 "{\"VMS_Client_Id__c\":\"kept-1\"}");
        QCOMPARE(r.status, 204);
        QVERIFY(m_org->removeField(QStringLiteral("Session__c"), QStringLiteral("VMS_Client_Id__c")));
        QVERIFY(!m_org->removeField(QStringLiteral("Session__c"), QStringLiteral("Nope__c")));
        QVERIFY(!m_org->removeField(QStringLiteral("Session__c"), QStringLiteral("Id")));
        QCOMPARE(m_org->removedFields(), strings({"Session__c.VMS_Client_Id__c"}));
        QVERIFY(!described("Session__c").contains(QStringLiteral("VMS_Client_Id__c")));
        QVERIFY(described("Account").contains(QStringLiteral("VMS_Client_Id__c"))); // only the one named

        // Everything naming it fails as on an org without the field.
        QCOMPARE(errorCode(query(QStringLiteral("SELECT Id, VMS_Client_Id__c FROM Session__c"))),
                 QStringLiteral("INVALID_FIELD"));
        QCOMPARE(errorCode(query(QStringLiteral("SELECT Id FROM Session__c WHERE vms_client_id__c = 'x'"))),
                 QStringLiteral("INVALID_FIELD"));
        r = call("POST", api(QStringLiteral("sobjects/Session__c")),
                 "{\"Name\":\"S\",\"VMS_Client_Id__c\":\"new-1\"}");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_FIELD"));
        QCOMPARE(doc(r).array().at(0).toObject().value(QStringLiteral("fields")).toArray().at(0).toString(),
                 QStringLiteral("VMS_Client_Id__c"));
        QCOMPARE(call("POST", api(QStringLiteral("sobjects/Session__c")), "{\"Name\":\"S\"}").status, 201);
        r = call("PATCH", api(QStringLiteral("sobjects/Session__c/VMS_Client_Id__c/new-1")),
                 "{\"Name\":\"S\"}");
        QCOMPARE(r.status, 404);
        QCOMPARE(errorCode(r), QStringLiteral("NOT_FOUND"));
        r = call("PATCH", api(QStringLiteral("composite/sobjects/Session__c/VMS_Client_Id__c")),
                 "{\"records\":[{\"attributes\":{\"type\":\"Session__c\"},\"VMS_Client_Id__c\":\"new-1\","
                 "\"Name\":\"S\"}]}");
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_FIELD"));
        const QString url = api(QStringLiteral("sobjects/Session__c/") + QString::fromLatin1(m_session));
        QVERIFY(!doc(call("GET", url)).object().contains(QStringLiteral("VMS_Client_Id__c")));
        QCOMPARE(call("GET", url + QStringLiteral("?fields=VMS_Client_Id__c")).status, 400);
        QVERIFY(!m_org->record(QStringLiteral("Session__c"), QString::fromLatin1(m_session))
                     .contains(QStringLiteral("VMS_Client_Id__c")));

        // Restored, with its values (as an undeleted field comes back).
        QVERIFY(m_org->restoreField(QStringLiteral("Session__c"), QStringLiteral("VMS_Client_Id__c")));
        QVERIFY(described("Session__c").contains(QStringLiteral("VMS_Client_Id__c")));
        QCOMPARE(m_org->record(QStringLiteral("Session__c"), QString::fromLatin1(m_session))
                     .value(QStringLiteral("VMS_Client_Id__c"))
                     .toString(),
                 QStringLiteral("kept-1"));

        // A permission set removed: the role it gave is gone, and it can be made again.
        const QString roleQuery =
            QStringLiteral("SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '%1'")
                .arg(QString::fromLatin1(m_org->userId(QStringLiteral("Jane Coordinator"))));
        auto roles = [&] {
            QStringList out;
            for (const auto& v : records(query(roleQuery)))
                out << v.toObject()
                           .value(QStringLiteral("PermissionSet"))
                           .toObject()
                           .value(QStringLiteral("Name"))
                           .toString();
            return out;
        };
        QVERIFY(roles().contains(QStringLiteral("VMS_Coordinator")));
        QVERIFY(m_org->removePermissionSet(QStringLiteral("VMS_Coordinator")));
        QVERIFY(!m_org->removePermissionSet(QStringLiteral("VMS_Coordinator")));
        QVERIFY(!roles().contains(QStringLiteral("VMS_Coordinator")));
        QCOMPARE(records(query(QStringLiteral("SELECT Id FROM PermissionSet WHERE Name = 'VMS_Coordinator'")))
                     .size(),
                 0);
        QVERIFY(m_org->setPermissionSets(QStringLiteral("Jane Coordinator"),
                                         {QStringLiteral("VMS_Coordinator")}));
        QVERIFY(roles().contains(QStringLiteral("VMS_Coordinator")));

        // All of the setup at once, through the control API.
        r = call("POST", QStringLiteral("/__fake/setup"), "{\"remove_vms_setup\":true}");
        QCOMPARE(r.status, 200);
        QStringList removed;
        for (const auto& v : doc(r).object().value(QStringLiteral("removed_fields")).toArray())
            removed << v.toString();
        QStringList setup = Org::vmsSetupFields();
        setup.sort();
        QCOMPARE(removed, setup);
        QVERIFY(doc(r).object().value(QStringLiteral("permission_sets")).toArray().isEmpty());
        QVERIFY(!described("Task").contains(QStringLiteral("VMS_Client_Id__c")));
        QVERIFY(!described("Contact").contains(QStringLiteral("Volunteer_Status__c")));
        QVERIFY(!described("Session_Participant__c").contains(QStringLiteral("Notes__c")));
        QVERIFY(m_org->permissionSets(QStringLiteral("Alex Admin")).filter(QStringLiteral("VMS_")).isEmpty());
        r = call("POST", QStringLiteral("/__fake/setup"), "{\"restore_fields\":[\"Task.VMS_Client_Id__c\"]}");
        QVERIFY(!doc(r)
                     .object()
                     .value(QStringLiteral("removed_fields"))
                     .toArray()
                     .contains(QStringLiteral("Task.VMS_Client_Id__c")));
        QCOMPARE(
            call("POST", QStringLiteral("/__fake/setup"), "{\"remove_fields\":[\"Task.Nope__c\"]}").status,
            400);
        // reset() brings the whole setup back.
        QVERIFY(m_org->reset(QStringLiteral("tiny"), 42));
        QVERIFY(m_org->removedFields().isEmpty());
        QVERIFY(m_org->permissionSets(QStringLiteral("Alex Admin")).contains(QStringLiteral("VMS_Admin")));
    }

    void ifUnmodifiedSince() {
        const QByteArray id = m_org->insertRecord(QStringLiteral("Contact"),
                                                  {{QStringLiteral("LastName"), QStringLiteral("Cond")}});
        const QString url = api(QStringLiteral("sobjects/Contact/") + QString::fromLatin1(id));
        const QByteArray before = dt::formatHttpDate(m_org->now());
        m_org->advance(60'000);
        QVERIFY(m_org->updateRecord(QStringLiteral("Contact"), QString::fromLatin1(id),
                                    {{QStringLiteral("Title"), QStringLiteral("changed")}}));
        Request r = request("PATCH", url, m_token, "{\"Phone\":\"1\"}");
        r.setHeader("If-Unmodified-Since", before);
        Response resp = m_org->handle(r);
        QCOMPARE(resp.status, 412);
        r = request("PATCH", url, m_token, "{\"Phone\":\"1\"}");
        r.setHeader("If-Unmodified-Since", dt::formatHttpDate(m_org->now()));
        QCOMPARE(m_org->handle(r).status, 204);
    }

    void describe() {
        Response r = call("GET", api(QStringLiteral("sobjects/Session_Participant__c/describe")));
        QCOMPARE(r.status, 200);
        const QJsonObject d = doc(r).object();
        QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("Session_Participant__c"));
        QHash<QString, QJsonObject> fields;
        for (const auto& f : d.value(QStringLiteral("fields")).toArray())
            fields.insert(f.toObject().value(QStringLiteral("name")).toString(), f.toObject());
        const QJsonObject status = fields.value(QStringLiteral("Status__c"));
        QCOMPARE(status.value(QStringLiteral("type")).toString(), QStringLiteral("picklist"));
        QCOMPARE(status.value(QStringLiteral("restrictedPicklist")).toBool(), true);
        QStringList values;
        for (const auto& v : status.value(QStringLiteral("picklistValues")).toArray())
            values << v.toObject().value(QStringLiteral("value")).toString();
        QCOMPARE(values, (strings({"Attended", "Completed", "Successfully Completed", "No-Show", "No Show",
                                   "Cancelled", "Canceled", "Registered", "Scheduled", "Confirmed"})));
        const QJsonObject ext = fields.value(QStringLiteral("VMS_Client_Id__c"));
        QCOMPARE(ext.value(QStringLiteral("externalId")).toBool(), true);
        QCOMPARE(ext.value(QStringLiteral("unique")).toBool(), true);
        QCOMPARE(ext.value(QStringLiteral("length")).toInt(), 36);
        QCOMPARE(fields.value(QStringLiteral("Session__c")).value(QStringLiteral("nillable")).toBool(),
                 false);
        QCOMPARE(fields.value(QStringLiteral("Session__c"))
                     .value(QStringLiteral("referenceTo"))
                     .toArray()
                     .at(0)
                     .toString(),
                 QStringLiteral("Session__c"));
        QCOMPARE(fields.value(QStringLiteral("SystemModstamp")).value(QStringLiteral("updateable")).toBool(),
                 false);
        QCOMPARE(fields.value(QStringLiteral("Delivery_Hours__c")).value(QStringLiteral("type")).toString(),
                 QStringLiteral("double"));
        QCOMPARE(call("GET", api(QStringLiteral("sobjects/Nope/describe"))).status, 404);
    }

    void updatedAndDeleted() {
        const QByteArray id = m_org->insertRecord(QStringLiteral("Contact"),
                                                  {{QStringLiteral("LastName"), QStringLiteral("Rep")}});
        m_org->advance(60'000);
        QVERIFY(m_org->deleteRecord(QStringLiteral("Contact"), QString::fromLatin1(id)));
        const QString start = QString::fromLatin1(dt::formatDateTime(m_org->now() - 3 * dt::kDayMs));
        const QString end = QString::fromLatin1(dt::formatDateTime(m_org->now()));
        Request r = request("GET", api(QStringLiteral("sobjects/Contact/deleted/")), m_token);
        r.path = api(QStringLiteral("sobjects/Contact/deleted"));
        r.query.addQueryItem(QStringLiteral("start"), QString::fromLatin1(QUrl::toPercentEncoding(start)));
        r.query.addQueryItem(QStringLiteral("end"), QString::fromLatin1(QUrl::toPercentEncoding(end)));
        Response resp = m_org->handle(r);
        QCOMPARE(resp.status, 200);
        bool found = false;
        for (const auto& v : doc(resp).object().value(QStringLiteral("deletedRecords")).toArray())
            found = found || v.toObject().value(QStringLiteral("id")).toString() == QString::fromLatin1(id);
        QVERIFY(found);
        QVERIFY(doc(resp).object().contains(QStringLiteral("earliestDateAvailable")));
        // More than 15 days back: refused.
        r.query = QUrlQuery();
        r.query.addQueryItem(QStringLiteral("start"),
                             QString::fromLatin1(QUrl::toPercentEncoding(
                                 QString::fromLatin1(dt::formatDateTime(m_org->now() - 16 * dt::kDayMs)))));
        r.query.addQueryItem(QStringLiteral("end"), QString::fromLatin1(QUrl::toPercentEncoding(end)));
        resp = m_org->handle(r);
        QCOMPARE(resp.status, 400);
        QCOMPARE(errorCode(resp), QStringLiteral("INVALID_REPLICATION_DATE"));
        // updated: ids touched in the window.
        const QByteArray touched = m_org->insertRecord(QStringLiteral("Contact"),
                                                       {{QStringLiteral("LastName"), QStringLiteral("Upd")}});
        r.path = api(QStringLiteral("sobjects/Contact/updated"));
        r.query = QUrlQuery();
        r.query.addQueryItem(QStringLiteral("start"), QString::fromLatin1(QUrl::toPercentEncoding(start)));
        r.query.addQueryItem(QStringLiteral("end"),
                             QString::fromLatin1(QUrl::toPercentEncoding(
                                 QString::fromLatin1(dt::formatDateTime(m_org->now() + 1000)))));
        resp = m_org->handle(r);
        QCOMPARE(resp.status, 200);
        QVERIFY(
            doc(resp).object().value(QStringLiteral("ids")).toArray().contains(QString::fromLatin1(touched)));
        QVERIFY(!doc(resp).object().value(QStringLiteral("ids")).toArray().contains(QString::fromLatin1(id)));
    }

    void automationAndLateCommit() {
        const QByteArray id = m_org->insertRecord(QStringLiteral("Contact"),
                                                  {{QStringLiteral("LastName"), QStringLiteral("Auto")}});
        const QVariantMap before = m_org->record(QStringLiteral("Contact"), QString::fromLatin1(id));
        m_org->advance(10'000);
        QVERIFY(m_org->touchRecord(QStringLiteral("Contact"), QString::fromLatin1(id)));
        const QVariantMap after = m_org->record(QStringLiteral("Contact"), QString::fromLatin1(id));
        QCOMPARE(after.value(QStringLiteral("LastModifiedDate")),
                 before.value(QStringLiteral("LastModifiedDate")));
        QVERIFY(after.value(QStringLiteral("SystemModstamp")).toString() >
                before.value(QStringLiteral("SystemModstamp")).toString());

        const qint64 old = m_org->now() - 3'600'000;
        const QByteArray late = m_org->insertLateRecord(
            QStringLiteral("Contact"), {{QStringLiteral("LastName"), QStringLiteral("Late")}}, old);
        QCOMPARE(m_org->record(QStringLiteral("Contact"), QString::fromLatin1(late))
                     .value(QStringLiteral("SystemModstamp"))
                     .toString(),
                 QString::fromLatin1(dt::formatDateTime(old)));
    }

    void masterDetailCascade() {
        const QByteArray p1 =
            m_org->insertRecord(QStringLiteral("Session_Participant__c"),
                                {{QStringLiteral("Session__c"), QString::fromLatin1(m_session)}});
        QVERIFY(!p1.isEmpty());
        const QString soql = QStringLiteral("SELECT Id FROM Session_Participant__c WHERE Session__c = '%1'")
                                 .arg(QString::fromLatin1(m_session));
        const int live = int(records(query(soql)).size());
        QVERIFY(live >= 1);
        QCOMPARE(call("DELETE", api(QStringLiteral("sobjects/Session__c/") + QString::fromLatin1(m_session)))
                     .status,
                 204);
        QCOMPARE(records(query(soql)).size(), 0);
        QCOMPARE(records(query(soql, true)).size() >= live, true);
        QVERIFY(m_org->undeleteRecord(QStringLiteral("Session__c"), QString::fromLatin1(m_session)));
        QCOMPARE(int(records(query(soql)).size()), live);
    }

    void authErrors() {
        const QString url = api(QStringLiteral("limits"));
        Response r = m_org->handle(request("GET", url, {}));
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("INVALID_SESSION_ID"));
        QCOMPARE(doc(r).array().at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Session expired or invalid"));
        QCOMPARE(m_org->handle(request("GET", url, "00Dbogus!token")).status, 401);
        QCOMPARE(call("GET", url).status, 200);
        m_org->expireAccessTokens();
        QCOMPARE(call("GET", url).status, 401);
        // Inactivity timeout on the org clock.
        m_token = m_org->issueTokens().accessToken;
        m_org->advance(2 * 3600 * 1000 + 1000);
        QCOMPARE(call("GET", url).status, 401);
    }

    void limits() {
        m_org->setApiUsage(0, 5);
        Response r = call("GET", api(QStringLiteral("limits")));
        QCOMPARE(r.header("Sforce-Limit-Info"), QByteArray("api-usage=1/5"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(call("GET", api(QStringLiteral("limits"))).status, 200);
        r = call("GET", api(QStringLiteral("limits")));
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        QCOMPARE(doc(r).array().at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("TotalRequests Limit exceeded."));
        QCOMPARE(r.header("Sforce-Limit-Info"), QByteArray("api-usage=5/5"));
        m_org->setApiUsage(0, 1000);
        m_org->setRequestLimitExceeded(true);
        QCOMPARE(call("GET", api(QStringLiteral("limits"))).status, 403);
        m_org->setRequestLimitExceeded(false);
        QCOMPARE(call("GET", api(QStringLiteral("limits"))).status, 200);
    }

    void faults() {
        const QString url = api(QStringLiteral("limits"));
        auto add = [&](FaultKind kind, int count = 1, const QString& path = {},
                       const QByteArray& method = {}) {
            FaultRule f;
            f.kind = kind;
            f.remaining = count;
            f.pathContains = path;
            f.method = method;
            f.delayMs = kind == FaultKind::Delay ? 250 : 0;
            m_org->addFault(f);
        };
        add(FaultKind::Http500);
        Response r = call("GET", url);
        QCOMPARE(r.status, 500);
        QCOMPARE(errorCode(r), QStringLiteral("UNKNOWN_EXCEPTION"));
        QCOMPARE(call("GET", url).status, 200); // fired once only

        add(FaultKind::Http503, 2);
        QCOMPARE(call("GET", url).status, 503);
        QCOMPARE(call("GET", url).status, 503);
        QCOMPARE(call("GET", url).status, 200);

        add(FaultKind::Http503Html);
        r = call("GET", url);
        QCOMPARE(r.status, 503);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.startsWith("<!DOCTYPE html>"));

        add(FaultKind::RequestLimitExceeded);
        QCOMPARE(errorCode(call("GET", url)), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        add(FaultKind::ConcurrentLimitExceeded);
        r = call("GET", url);
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
        QVERIFY(r.body.contains("ConcurrentRequests"));

        add(FaultKind::ExpireAccessToken);
        QCOMPARE(call("GET", url).status, 401);
        QCOMPARE(call("GET", url).status, 401); // the token stays expired
        m_token = m_org->issueTokens().accessToken;

        add(FaultKind::Delay);
        r = call("GET", url);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.delayMs, 250);

        add(FaultKind::CloseMidBody);
        QCOMPARE(call("GET", url).delivery, Delivery::CloseMidBody);
        add(FaultKind::TruncatedJson);
        QCOMPARE(call("GET", url).delivery, Delivery::TruncatedBody);

        // Path and method filters; a dropped response still commits the write.
        add(FaultKind::DropResponse, 1, QStringLiteral("/sobjects/Contact"), "POST");
        QCOMPARE(call("GET", url).delivery, Delivery::Normal);
        const int before = m_org->rowCount(QStringLiteral("Contact"));
        r = call("POST", api(QStringLiteral("sobjects/Contact")), "{\"LastName\":\"Dropped\"}");
        QCOMPARE(r.delivery, Delivery::DropResponse);
        QCOMPARE(m_org->rowCount(QStringLiteral("Contact")), before + 1);
        QCOMPARE(m_org->faults().size(), 0);

        // Unlimited until cleared.
        add(FaultKind::Http500, -1, QStringLiteral("query"));
        QCOMPARE(query(QStringLiteral("SELECT Id FROM Account")).status, 500);
        QCOMPARE(query(QStringLiteral("SELECT Id FROM Account")).status, 500);
        QCOMPARE(call("GET", url).status, 200);
        m_org->clearFaults();
        QCOMPARE(query(QStringLiteral("SELECT Id FROM Account")).status, 200);
    }

    void requestLog() {
        m_org->clearRequestLog();
        query(QStringLiteral("SELECT Id FROM Account"));
        call("GET", api(QStringLiteral("limits")));
        m_org->handle(request("GET", api(QStringLiteral("limits")), {}));
        QCOMPARE(m_org->requestLog().size(), 3);
        QCOMPARE(m_org->countRequests("GET", QStringLiteral("/query")), 1);
        QCOMPARE(m_org->requestLog().at(2).status, 401);
        QCOMPARE(m_org->requestLog().at(0).path, api(QStringLiteral("query")));
        m_org->handle(request("GET", QStringLiteral("/__fake/status"), {})); // control calls are not logged
        QCOMPARE(m_org->requestLog().size(), 3);
        m_org->clearRequestLog();
        QCOMPARE(m_org->requestLog().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRest)
#include "tst_rest.moc"
