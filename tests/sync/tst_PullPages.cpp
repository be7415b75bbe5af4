// The sync's bulk read path: query pages parsed straight into flat values (RecordPage), converted and
// written without a JSON document or QVariant (CacheApplier::convertValue), routed by RecordFilter, and
// secondary indexes deferred on a first load (DeferredIndexes). Each fast path is checked against the
// reference it replaces (nlohmann::json's DOM, CacheApplier::convert), and the whole engine is run on
// pages that are malformed in every way the parser and the applier must survive.

#include "FakeNetworkAccessManager.h"
#include "core/db/DeferredIndexes.h"
#include "core/db/Sqlite.h"
#include "core/salesforce/RecordPage.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"
#include "tests/support/CannedReply.h"
#include "tests/support/SyncTestSupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <cmath>
#include <thread>

using nlohmann::json;
using namespace vms;
using namespace vms::test;

namespace {

// A canned org: answers /queryAll with a fixed body per object (an empty result for the others).
class CannedOrg final : public QNetworkAccessManager {
public:
    QHash<QString, QByteArray> bodies; // by object
    int queries = 0;

protected:
    QNetworkReply* createRequest(Operation, const QNetworkRequest& request, QIODevice*) override {
        ++queries;
        const QString soql = QUrlQuery(request.url()).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        const qsizetype from = soql.indexOf(QStringLiteral(" FROM "));
        const QString object = soql.mid(from + 6).section(u' ', 0, 0);
        const QByteArray body =
            bodies.value(object, QByteArray(R"json({"totalSize":0,"done":true,"records":[]})json"));
        return new CannedReply(this, request, QNetworkAccessManager::GetOperation, 200, body);
    }
};

class NoRefresh final : public AccessTokenSource {
public:
    QByteArray accessToken() const override { return "token"; }
    void refreshAccessToken(const QByteArray&, QObject* context, RefreshCallback done) override {
        QTimer::singleShot(0, context, [done] { done(Error{ErrorKind::Auth, QStringLiteral("no"), {}}); });
    }
};

QVariant variantOf(const CacheApplier::Bound& b) {
    return b.toVariant();
}

bool sameColumnValue(const QVariant& a, const QVariant& b) {
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    const bool aNumber =
        a.typeId() == QMetaType::Double || a.typeId() == QMetaType::Int || a.typeId() == QMetaType::LongLong;
    const bool bNumber =
        b.typeId() == QMetaType::Double || b.typeId() == QMetaType::Int || b.typeId() == QMetaType::LongLong;
    if (aNumber != bNumber)
        return false;
    if (aNumber)
        return a.toDouble() == b.toDouble() &&
               (a.typeId() == QMetaType::Double) == (b.typeId() == QMetaType::Double);
    return a.toString() == b.toString();
}

} // namespace

class TestPullPages final : public QObject {
    Q_OBJECT

    // Parses `text` as one page whose records are checked slot by slot against nlohmann's own DOM.
    static void expectSameAsDom(const QByteArray& text, const std::vector<std::string>& fields) {
        RecordPage page(fields);
        QVERIFY2(page.parse(text), qPrintable(page.why()));
        const json dom = json::parse(text.constBegin(), text.constEnd());
        const json& records = dom.at("records");
        QCOMPARE(page.size(), static_cast<int>(records.size()));
        QCOMPARE(page.totalSize(), dom.value("totalSize", qint64(0)));
        QCOMPARE(page.done(), dom.value("done", true));
        for (int r = 0; r < page.size(); ++r) {
            const json& rec = records.at(static_cast<size_t>(r));
            QCOMPARE(page.isObject(r), rec.is_object());
            if (!rec.is_object()) {
                QVERIFY(page.toJson(r) == rec);
                continue;
            }
            for (size_t f = 0; f < fields.size(); ++f) {
                const RecordPage::Value& v = page.value(r, static_cast<int>(f));
                const auto it = rec.find(fields[f]);
                if (it == rec.end()) {
                    QCOMPARE(int(v.kind), int(RecordPage::Kind::Missing));
                    continue;
                }
                QVERIFY2(page.toJsonValue(v) == *it, fields[f].c_str());
                QCOMPARE(page.dump(v), it->dump());
            }
        }
    }

    // Both conversions of one JSON value to a column of `type` agree: same value or same problem.
    static void expectSameConversion(const json& value, FieldType type) {
        QVariant reference;
        QString referenceProblem;
        const bool referenceOk = CacheApplier::convert(value, type, reference, referenceProblem);
        json record = json::object();
        record["F"] = value;
        const RecordPage page = RecordPage::fromJson({QStringLiteral("F")}, record);
        CacheApplier::Bound bound;
        QString problem;
        const bool ok = CacheApplier::convertValue(page, page.value(0, 0), type, bound, problem);
        const QString what =
            QStringLiteral("%1 as type %2").arg(QString::fromStdString(value.dump())).arg(int(type));
        QVERIFY2(ok == referenceOk, qPrintable(what));
        if (ok)
            QVERIFY2(sameColumnValue(variantOf(bound), reference),
                     qPrintable(what + QStringLiteral(": '%1' vs '%2'")
                                           .arg(variantOf(bound).toString(), reference.toString())));
        else
            QCOMPARE(problem, referenceProblem);
    }

private Q_SLOTS:
    void pageIsParsedIntoSlots() {
        // (No \" in raw strings here: moc's tokenizer takes it for an escaped quote and loses the class.)
        const QByteArray text =
            R"json({"totalSize":3,"done":false,"nextRecordsUrl":"/services/data/v60.0/query/01gX-2",
            "records":[
              {"attributes":{"type":"Contact","url":"/x"},"Id":"003A","Name":"Zoë \u0022Z\u0022 \u738b","Age":41,"Ok":true,"Nope":null},
              {"Name":"=HYPERLINK(\u0022x\u0022)","Id":"003B","Extra":{"a":[1,2]},"Age":-2.5e3},
              {"Id":"003C","Name":{"nested":[true,null,"s"]},"Age":18446744073709551615}
            ]})json";
        RecordPage page(std::vector<std::string>{"Id", "Name", "Age", "Ok", "Nope", "Missing"});
        QVERIFY2(page.parse(text), qPrintable(page.why()));
        QCOMPARE(page.size(), 3);
        QCOMPARE(page.totalSize(), 3);
        QVERIFY(!page.done());
        QCOMPARE(page.nextRecordsUrl(), QStringLiteral("/services/data/v60.0/query/01gX-2"));
        const RecordView first(page, 0);
        QCOMPARE(QString::fromStdString(std::string(first.string(1))), QStringLiteral("Zoë \"Z\" 王"));
        QCOMPARE(int(first.value(2).kind), int(RecordPage::Kind::Unsigned)); // as nlohmann reads 41
        QCOMPARE(int(first.value(4).kind), int(RecordPage::Kind::Null));
        QCOMPARE(int(first.value(5).kind), int(RecordPage::Kind::Missing));
        QCOMPARE(int(RecordView(page, 1).value(2).kind), int(RecordPage::Kind::Float));
        QCOMPARE(int(RecordView(page, 2).value(2).kind), int(RecordPage::Kind::Unsigned));
        QCOMPARE(int(RecordView(page, 2).value(1).kind), int(RecordPage::Kind::Json));
        QCOMPARE(page.dump(RecordView(page, 2).value(1)),
                 std::string(R"json({"nested":[true,null,"s"]})json"));
        expectSameAsDom(text, {"Id", "Name", "Age", "Ok", "Nope", "Missing", "Extra", "attributes"});
    }

    void randomPagesMatchTheDom() {
        // Values of every JSON type, with escapes and non-ASCII text, in shuffled key orders.
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "random seed" << seed;
        QRandomGenerator random(seed);
        const std::vector<std::string> fields{"Id", "A", "B", "C", "D", "E"};
        auto randomValue = [&random](int depth, auto& self) -> json {
            switch (random.bounded(depth > 1 ? 7 : 9)) {
            case 0:
                return nullptr;
            case 1:
                return random.bounded(2) == 1;
            case 2:
                return static_cast<qint64>(random.generate64()) >> random.bounded(64);
            case 3:
                return random.generate64();
            case 4:
                return (random.generateDouble() - 0.5) * std::pow(10.0, random.bounded(-20, 20));
            case 5:
            case 6: {
                static const char* const pieces[] = {"a", "Zoë",    "王", "\"",      "\\",   "\n", "\t",
                                                     "/", "\u0001", "🎉",  "O'Brien", "=1+1", ",",  " "};
                std::string s;
                for (int i = random.bounded(6); i > 0; --i)
                    s += pieces[random.bounded(static_cast<int>(std::size(pieces)))];
                return s;
            }
            case 7: {
                json a = json::array();
                for (int i = random.bounded(3); i > 0; --i)
                    a.push_back(self(depth + 1, self));
                return a;
            }
            default: {
                json o = json::object();
                for (int i = random.bounded(3); i > 0; --i)
                    o["k" + std::to_string(i)] = self(depth + 1, self);
                return o;
            }
            }
        };
        for (int round = 0; round < 50; ++round) {
            json records = json::array();
            for (int r = random.bounded(1, 30); r > 0; --r) {
                if (random.bounded(20) == 0) {
                    records.push_back(randomValue(1, randomValue)); // not an object
                    continue;
                }
                json rec = json::object();
                rec["attributes"] = {{"type", "X"}, {"url", "/y"}};
                for (const std::string& f : fields)
                    if (random.bounded(5) != 0)
                        rec[f] = randomValue(0, randomValue);
                if (random.bounded(4) == 0)
                    rec["Unknown"] = randomValue(0, randomValue);
                records.push_back(rec);
            }
            const json page = {{"totalSize", 1234}, {"done", true}, {"records", records}};
            expectSameAsDom(QByteArray::fromStdString(page.dump(random.bounded(2) ? -1 : 2)), fields);
        }
    }

    void invalidJsonIsRefusedAtEveryCut() {
        const QByteArray text =
            R"json({"totalSize":2,"done":true,"records":[{"Id":"003A","N":"x\u00e9y","V":[1,{"a":null}]},{"Id":"003B","N":-1.5e2}]})json";
        RecordPage page(std::vector<std::string>{"Id", "N", "V"});
        QVERIFY(page.parse(text));
        for (qsizetype cut = 0; cut < text.size(); ++cut) {
            QVERIFY2(!page.parse(text.left(cut)), qPrintable(QString::number(cut)));
            QVERIFY(!page.isShapeError());
            QVERIFY(page.why().startsWith(QStringLiteral("invalid JSON")));
        }
        QVERIFY(!page.parse(QByteArray("{\"totalSize\":1,\"done\":true,\"records\":[{\"Id\":\"00") +
                            char(0xff) + QByteArray("\"}]}")));
        QVERIFY(!page.isShapeError());
        QVERIFY(!page.parse(QByteArray(R"json({"records":[]} trailing)json")));
        QVERIFY(!page.parse(QByteArray(R"json({"records":[{"Id":"\ud800"}]})json")));
    }

    void mutatedPagesAgreeWithNlohmann() {
        // Whatever bytes arrive, the page parser and nlohmann agree on whether they are JSON; and when they
        // are a query answer, on every value.
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo() << "random seed" << seed;
        QRandomGenerator random(seed);
        const std::vector<std::string> fields{"Id", "Name", "N", "F", "B", "X"};
        const QByteArray base = QByteArray(
            R"json({"totalSize":3,"done":false,"nextRecordsUrl":"\/q\/01g-3","records":[)json"
            R"json({"attributes":{"type":"Contact","url":"\/c"},"Id":"003A","Name":"Zo\u00eb \ud83c\udf89 \u738b\n","N":-12,"F":2.5e-3,"B":true,"X":null},)json"
            R"json({"Id":"003B","Name":"Łukasz ©","N":18446744073709551615,"F":-0.0,"B":false,"X":{"a":[1,2,{"b":"c"}]}},)json"
            R"json(["odd",1],{"Id":"003C","N":12345678901234567890123,"F":1E+2,"X":[]}]})json");
        static const char pieces[] =
            "{}[]\",:\\ \t\n0123456789eE.-+tfnulrsa\x7f\x80\xbf\xc0\xc3\xe0\xed\xf0\xf4\xff";
        int valid = 0, shaped = 0;
        for (int round = 0; round < 30000; ++round) {
            QByteArray text = base;
            for (int edits = random.bounded(1, 4); edits > 0; --edits) {
                const int at = random.bounded(static_cast<int>(text.size()) + 1);
                switch (random.bounded(4)) {
                case 0:
                    if (at < text.size())
                        text[at] = pieces[random.bounded(static_cast<int>(sizeof(pieces) - 1))];
                    break;
                case 1:
                    text.insert(at, pieces[random.bounded(static_cast<int>(sizeof(pieces) - 1))]);
                    break;
                case 2:
                    text.remove(at, random.bounded(1, 6));
                    break;
                default:
                    text.insert(
                        at, text.mid(random.bounded(static_cast<int>(text.size())), random.bounded(1, 12)));
                    break;
                }
            }
            const bool isJson = json::accept(text.constBegin(), text.constEnd());
            RecordPage page(fields);
            const bool parsed = page.parse(text);
            QVERIFY2(isJson == (parsed || page.isShapeError()),
                     qPrintable(QStringLiteral("%1: nlohmann %2, page %3")
                                    .arg(QString::fromUtf8(text))
                                    .arg(isJson)
                                    .arg(page.why())));
            valid += isJson ? 1 : 0;
            if (parsed) {
                ++shaped;
                expectSameAsDom(text, fields);
                if (QTest::currentTestFailed()) {
                    qWarning() << text;
                    return;
                }
            }
        }
        qInfo() << valid << "mutations were JSON," << shaped << "of them query answers";
        QVERIFY(shaped > 100);
    }

    void oddButValidInputs() {
        RecordPage page(std::vector<std::string>{"Id"});
        // A BOM, as nlohmann skips it; whitespace everywhere JSON allows it.
        const QByteArray bom = QByteArray("\xEF\xBB\xBF") +
                               QByteArray(R"json( { "records" : [ { "Id" : "1" } ] , "done" : true } )json");
        QCOMPARE(page.parse(bom), json::accept(bom.constBegin(), bom.constEnd()));
        // Nesting far deeper than any stack allows: refused or skipped, never a crash.
        const QByteArray deep = QByteArray(R"json({"records":[{"Id":"1","X":)json") +
                                QByteArray(1'000'000, '[') + QByteArray(1'000'000, ']') + QByteArray("}]}");
        QVERIFY(page.parse(deep));
        QCOMPARE(page.size(), 1);
        QVERIFY(
            !page.parse(QByteArray(R"json({"records":[{"Id":"1","X":)json") + QByteArray(1'000'000, '[')));
        // The same in a field the page keeps (its JSON text would be written recursively): refused.
        RecordPage keeping(std::vector<std::string>{"Id", "X"});
        QVERIFY(!keeping.parse(deep));
        QVERIFY(keeping.why().contains(QStringLiteral("nested too deeply")));
        const QByteArray shallow = QByteArray(R"json({"records":[{"Id":"1","X":)json") + QByteArray(64, '[') +
                                   QByteArray(64, ']') + QByteArray("}]}");
        QVERIFY(keeping.parse(shallow));
    }

    void wrongShapesAreNotQueryAnswers_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray(R"json([{"message":"x","errorCode":"Y"}])json");
        QTest::newRow("scalar") << QByteArray(R"json("records")json");
        QTest::newRow("no records") << QByteArray(R"json({"totalSize":0,"done":true})json");
        QTest::newRow("records object") << QByteArray(R"json({"done":true,"records":{"Id":"1"}})json");
        QTest::newRow("records string") << QByteArray(R"json({"done":true,"records":"none"})json");
        QTest::newRow("records twice") << QByteArray(R"json({"records":[],"records":[]})json");
        QTest::newRow("done string") << QByteArray(R"json({"done":"yes","records":[]})json");
        QTest::newRow("done object") << QByteArray(R"json({"done":{},"records":[]})json");
        QTest::newRow("totalSize string") << QByteArray(R"json({"totalSize":"3","records":[]})json");
        QTest::newRow("next url number") << QByteArray(R"json({"nextRecordsUrl":5,"records":[]})json");
    }
    void wrongShapesAreNotQueryAnswers() {
        QFETCH(QByteArray, body);
        RecordPage page(std::vector<std::string>{"Id"});
        QVERIFY(!page.parse(body));
        QVERIFY(page.isShapeError());
        QVERIFY(page.why().startsWith(QStringLiteral("not a query answer")));
        // Still invalid JSON first: a shape error is only reported for a complete document.
        QVERIFY(!page.parse(body.left(body.size() - 1)));
        QVERIFY(!page.isShapeError());
    }

    void fastConversionsMatchTheReference() {
        const std::vector<json> values = {
            nullptr, true, false, 0, 1, -7, 18446744073709551615ULL, 2.5, -0.0, 1e300, "", "x", "12.5",
            " 12 ", "abc", "1e400", "nan", "inf", json::array({1, "a"}), json::object({{"a", 1}}),
            // dates
            "2026-03-08", "2024-02-29", "2026-02-29", "2026-13-01", "2026-00-10", "2026-3-8", "0999-01-01",
            "1000-01-01", "9999-12-31", "2026-03-08T15:30:00.000+0000", "2026-03-08xyz", "２０２６-03-08",
            "2026-03-08\u00e9", "+2026-03-08",
            // datetimes
            "2026-03-08T15:30:00.000+0000", "2026-03-08T15:30:00.000Z", "2025-11-02T06:30:59.999+0000",
            "1970-01-01T00:00:00.000+0000", "1969-12-31T23:59:59.999+0000", "2026-08-01T04:30:00.000-0500",
            "2026-08-01T04:30:00.000+0530", "2026-03-08T15:30:00+0000", "2026-03-08T24:00:00.000+0000",
            "2026-03-08T23:60:00.000+0000", "2026-03-08T23:59:60.000+0000", "2026-02-30T10:00:00.000+0000",
            "2024-02-29T10:00:00.000+0000", "0001-01-01T00:00:00.000+0000", "2026-03-08 15:30:00.000+0000",
            "2026-03-08T15:30:00.000+00:00", "2026-03-08T15:30:00.000", "2026-03-08T15:30:00.000+0000 ",
            // links
            R"json(<a href="https://example.org/r?a=1&amp;b=2" target="_blank">Sign up</a>)json",
            "<a HREF='x'>y</a>", "plain text", "href=\"only\""};
        for (const json& v : values)
            for (FieldType type :
                 {FieldType::Text, FieldType::Id, FieldType::Bool, FieldType::Number, FieldType::Date,
                  FieldType::DateTimeMs, FieldType::MultiPicklist, FieldType::HtmlHref})
                expectSameConversion(v, type);
        // The org's datetime form across the whole range of dates it can carry.
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = random.bounded(Q_INT64_C(-62135596800000), Q_INT64_C(253402300799999));
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString text = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                 (i % 2 ? QStringLiteral("+0000") : QStringLiteral("Z"));
            expectSameConversion(text.toStdString(), FieldType::DateTimeMs);
            expectSameConversion(text.left(10).toStdString(), FieldType::Date);
        }
    }

    void modstampNormalisationMatchesBothForms() {
        for (const char* raw : {"2026-03-08T15:30:00.000+0000", "2026-03-08T15:30:00.000Z",
                                "2026-03-08T15:30:00Z", "2026-03-08T10:30:00.000-0500", "garbage", "",
                                "2026-03-08T15:30:00.000+0000é", "2026-03-08Té5:30:00.000+0000"}) {
            const QString viaQt = CacheApplier::normaliseModstamp(QString::fromUtf8(raw));
            QCOMPARE(QString::fromStdString(CacheApplier::normaliseModstamp(std::string_view(raw))), viaQt);
        }
    }

    void filterOnPagesMatchesFilterOnJson() {
        const auto filter = RecordFilter::parse(QStringLiteral(
            "(Type NOT IN ('Household','School District') AND NOT Name = 'x') OR Flag = true OR "
            "Kind = null OR Name = 'ZOË' OR Name = 'kelvin'"));
        QVERIFY(filter.ok());
        const std::vector<json> records = {
            {{"Type", "Business"}, {"Name", "y"}},
            {{"Type", "household"}, {"Name", "y"}, {"Kind", "k"}},
            {{"Type", "household"}, {"Flag", true}, {"Kind", "k"}},
            {{"Type", nullptr}, {"Kind", "k"}},
            {{"Type", "School District"}, {"Name", "zoë"}, {"Kind", 3}},
            {{"Type", "School District"}, {"Name", "\u212Aelvin"}, {"Kind", 3}}, // Kelvin sign folds to k
            {{"Type", 5}, {"Name", "x"}, {"Kind", json::array()}},
            json::array({1}),
        };
        QStringList fields = filter->fields();
        std::vector<int> slots;
        for (int i = 0; i < fields.size(); ++i)
            slots.push_back(i);
        for (const json& r : records) {
            const RecordPage page = RecordPage::fromJson(fields, r);
            QCOMPARE(filter->matches(RecordView(page, 0), slots), filter->matches(r));
        }
    }

    void deferredIndexesComeBackAfterACrash() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vms.sqlite"));
        auto indexCount = [](QSqlDatabase db) {
            return scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type='index' AND "
                                             "tbl_name='participations' AND sql IS NOT NULL"));
        };
        qint64 before = 0;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            before = indexCount((*db)->connection());
            QVERIFY(before >= 6);
            auto raw = sqlite::Connection::forQtConnection((*db)->connection());
            QVERIFY(raw.ok());
            QVERIFY(raw->isBorrowed()); // Debian's QSQLITE driver uses the system SQLite, as VMS does
            QVERIFY(DeferredIndexes::defer(raw.value(), "participations").ok());
            QCOMPARE(indexCount((*db)->connection()), 0);
            QCOMPARE(scalar((*db)->connection(),
                            QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index.%'")),
                     before);
            // The process dies here, before restore().
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(indexCount((*db)->connection()), before);
        QCOMPARE(scalar((*db)->connection(),
                        QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index.%'")),
                 0);
        QVERIFY((*db)->quickCheck().isEmpty());
    }

    void malformedRecordsBecomeSyncIssuesNotCrashes() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        CannedOrg org;
        org.bodies.insert(QStringLiteral("npe5__Affiliation__c"),
                          QByteArray(R"json({"totalSize":9,"done":true,"records":[
            {"attributes":{"type":"npe5__Affiliation__c"},"Id":"a0A000000000001AAA","SystemModstamp":"2026-01-01T00:00:00.000+0000","IsDeleted":false,"npe5__Role__c":"Mentor","npe5__Primary__c":true,"npe5__StartDate__c":"2025-09-01"},
            {"Id":"a0A000000000002AAA","SystemModstamp":"2026-01-01T00:00:01.000+0000","npe5__Primary__c":"yes"},
            {"Id":"a0A000000000003AAA","SystemModstamp":"2026-01-01T00:00:02.000+0000","npe5__StartDate__c":"2026-02-30"},
            {"Id":"a0A000000000004AAA","SystemModstamp":"2026-01-01T00:00:03.000+0000","npe5__EndDate__c":20260101},
            {"Id":"a0A000000000005AAA","SystemModstamp":"not a time"},
            {"SystemModstamp":"2026-01-01T00:00:05.000+0000","npe5__Role__c":"no id"},
            {"Id":"a0A000000000007AAA","SystemModstamp":"2026-01-01T00:00:06.000+0000","npe5__Role__c":{"odd":[1,2]},"npe5__Status__c":42},
            "not a record",
            {"Id":"a0A000000000009AAA","SystemModstamp":"2026-01-01T00:00:08.000+0000","npe5__Primary__c":null}
          ]})json"));
        org.bodies.insert(QStringLiteral("Session__c"),
                          QByteArray(R"json({"totalSize":2,"done":true,"records":[
            {"Id":"a0B000000000001AAA","SystemModstamp":"2026-01-01T00:00:00.000+0000","Start_Date_and_Time__c":"2026-03-08T15:30:00.000+0000","Non_Scheduled_Students_Count__c":"12"},
            {"Id":"a0B000000000002AAA","SystemModstamp":"2026-01-01T00:00:00.000+0000","Start_Date_and_Time__c":"next Tuesday","Total_Requested_Volunteer_Jobs__c":[3]}
          ]})json"));
        NoRefresh tokens;
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        options.maxBackoff = std::chrono::milliseconds(2);
        SalesforceClient client(&org, QUrl(QStringLiteral("http://127.0.0.1:9")), &tokens, options);
        Session session;
        session.signedIn = true;
        session.role = Role::Coordinator;
        SystemClock clock;
        SyncEngine engine((*db)->connection(), client, *mapping, clock, session);
        auto r = engine.run({});
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM affiliations")), 3);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT is_primary FROM affiliations WHERE sf_id='a0A000000000009AAA'")),
            0);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT count(*) FROM affiliations WHERE sf_id='a0A000000000007AAA' AND "
                                     "role='{\"odd\":[1,2]}' AND status='42'")),
            1);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT count(*) FROM affiliations WHERE start_date='2025-09-01' AND "
                                     "is_primary=1 AND role='Mentor'")),
            1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT start_utc FROM events WHERE sf_id='a0B000000000001AAA'")),
                 QDateTime(QDate(2026, 3, 8), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch());
        auto issue = [&c](const char* id) {
            QSqlQuery q(c);
            q.prepare(QStringLiteral("SELECT code || ': ' || message FROM sync_issues WHERE sf_id=?"));
            q.addBindValue(QString::fromLatin1(id));
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(issue("a0A000000000002AAA"),
                 QStringLiteral("BAD_VALUE: npe5__Primary__c: expected true or false"));
        QCOMPARE(issue("a0A000000000003AAA"),
                 QStringLiteral("BAD_VALUE: npe5__StartDate__c: '2026-02-30' is not a date"));
        QCOMPARE(issue("a0A000000000004AAA"), QStringLiteral("BAD_VALUE: npe5__EndDate__c: expected a date"));
        QCOMPARE(issue("a0A000000000005AAA"), QStringLiteral("BAD_VALUE: SystemModstamp does not parse."));
        QCOMPARE(issue("(no id)"), QStringLiteral("NO_ID: The record has no Id."));
        QCOMPARE(issue("a0B000000000002AAA"),
                 QStringLiteral("BAD_VALUE: Start_Date_and_Time__c: 'next Tuesday' is not a date and time"));
        // Kept whole, so a retry (after a fix in the org) has everything.
        QSqlQuery payload(c);
        QVERIFY(payload.exec(
                    QStringLiteral("SELECT payload FROM sync_issues WHERE sf_id='a0A000000000002AAA'")) &&
                payload.next());
        const json kept = json::parse(payload.value(0).toString().toStdString());
        QVERIFY(kept.value("npe5__Primary__c", json()) == json("yes"));
        QVERIFY(kept.value("SystemModstamp", json()) == json("2026-01-01T00:00:01.000+0000"));
        // Every record of the page is accounted for: applied, or kept with a reason (the record that is
        // not an object too, under the same "(no id)" key as the one without an Id).
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_issues WHERE entity='affiliation'")), 5);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT count(*) FROM sync_issues WHERE message IS NULL OR message=''")),
            0);

        // A second run retries the kept records and keeps them, still with their reasons.
        auto again = engine.run({});
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_issues")), 6);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_issues WHERE attempts >= 2")), 6);
    }

    void bigFirstLoadDefersIndexesAndPutsThemBack_data() {
        QTest::addColumn<bool>("callerKeepsAStatementOpen");
        QTest::newRow("deferred") << false;
        // SQLite refuses DROP INDEX then: the load keeps its indexes and is only slower.
        QTest::newRow("kept") << true;
    }
    void bigFirstLoadDefersIndexesAndPutsThemBack() {
        QFETCH(bool, callerKeepsAStatementOpen);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        auto mapping = OrgMapping::loadDefault();
        json records = json::array();
        const int count = 4500;
        for (int i = 0; i < count; ++i)
            records.push_back(
                {{"Id", QStringLiteral("a0A%1AAA").arg(i, 12, 10, QLatin1Char('0')).toStdString()},
                 {"SystemModstamp", "2026-01-01T00:00:00.000+0000"},
                 {"npe5__Contact__c", "003" + std::to_string(i % 97)},
                 {"npe5__Organization__c", "001" + std::to_string(i % 13)}});
        CannedOrg org;
        org.bodies.insert(QStringLiteral("npe5__Affiliation__c"),
                          QByteArray::fromStdString(
                              json{{"totalSize", count}, {"done", true}, {"records", records}}.dump()));
        NoRefresh tokens;
        SalesforceClient client(&org, QUrl(QStringLiteral("http://127.0.0.1:9")), &tokens);
        Session session;
        session.signedIn = true;
        session.role = Role::Coordinator;
        SystemClock clock;
        QSqlDatabase c = (*db)->connection();
        QSqlQuery open(c);
        if (callerKeepsAStatementOpen)
            QVERIFY(
                open.exec(QStringLiteral("SELECT key FROM meta UNION ALL SELECT 'x' UNION ALL SELECT 'y'")) &&
                open.next());
        static QStringList lines;
        lines.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { lines << message; });
        auto r = SyncEngine(c, client, *mapping, clock, session).run({});
        qInstallMessageHandler(previous);
        open.finish();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM affiliations")), count);
        const bool deferred = lines.contains(
            QStringLiteral("rebuilt 2 indexes deferred for the first load of npe5__Affiliation__c"));
        QCOMPARE(deferred, !callerKeepsAStatementOpen);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                          "('affiliations_contact','affiliations_org')")),
                 2);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index.%'")), 0);
        QCOMPARE(scalar(c, QStringLiteral(
                               "SELECT count(*) FROM affiliations INDEXED BY affiliations_contact WHERE "
                               "contact_sf_id = '0035'")),
                 count / 97 + (5 < count % 97 ? 1 : 0));
        QVERIFY((*db)->quickCheck().isEmpty());
    }

    void writeLockIsNotHeldWhileThePageIsSlow() {
        // The org is slow to send the next page: meanwhile a user's edit (another connection, another
        // thread) must not wait for the sync's transaction.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vms.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto mapping = OrgMapping::loadDefault();
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("tiny");
        fakeforce::Org org(o);
        fakeforce::FakeNetworkAccessManager nam(&org);
        fakeforce::FaultRule slow;
        slow.kind = fakeforce::FaultKind::Delay;
        slow.delayMs = 700;
        slow.pathContains = QStringLiteral("/query/"); // the pages after the first
        org.addFault(slow);
        OrgTokenSource tokens(org);
        SalesforceClientOptions options;
        options.queryBatchSize = 200;
        SalesforceClient client(&nam, QUrl(org.instanceUrl()), &tokens, options);
        Session session;
        session.signedIn = true;
        session.role = Role::Coordinator;
        FixedClock clock{QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, Qt::UTC)};

        std::atomic<bool> stop{false};
        std::atomic<qint64> worstWaitMs{0};
        std::atomic<int> writes{0};
        std::thread user([&] {
            auto c = sqlite::Connection::open(path);
            if (!c)
                return;
            while (!stop) {
                QElapsedTimer t;
                t.start();
                if (c.value().exec(
                        "BEGIN IMMEDIATE; INSERT OR REPLACE INTO meta(key, value) VALUES('test.edit', "
                        "'x'); COMMIT")) {
                    worstWaitMs = std::max<qint64>(worstWaitMs, t.elapsed());
                    ++writes;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(15));
            }
        });
        auto r = SyncEngine((*db)->connection(), client, *mapping, clock, session).run({});
        stop = true;
        user.join();
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QVERIFY(writes > 20);
        // Without the commit while waiting, an edit could wait the whole 700 ms of a slow page.
        QVERIFY2(worstWaitMs < 400, qPrintable(QString::number(worstWaitMs.load())));
        QVERIFY(compareCacheWithOrg((*db)->connection(), org, *mapping).isEmpty());
    }

    void answersThatAreNotQueryAnswersStopTheSyncCleanly_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("done is a string")
            << QByteArray(R"json({"done":"yes","records":[]})json") << QStringLiteral("BAD_QUERY_RESPONSE");
        QTest::newRow("no records") << QByteArray(R"json({"totalSize":1,"done":true})json")
                                    << QStringLiteral("BAD_QUERY_RESPONSE");
        QTest::newRow("cut short") << QByteArray("{\"totalSize\":1,\"done\":true,\"records\":[{\"Id\":\"0")
                                   << QStringLiteral("INVALID_JSON");
        QTest::newRow("not JSON") << QByteArray("{totalSize: 1}") << QStringLiteral("INVALID_JSON");
    }
    void answersThatAreNotQueryAnswersStopTheSyncCleanly() {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        auto mapping = OrgMapping::loadDefault();
        CannedOrg org;
        org.bodies.insert(QStringLiteral("Contact"), body);
        NoRefresh tokens;
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        options.maxBackoff = std::chrono::milliseconds(2);
        SalesforceClient client(&org, QUrl(QStringLiteral("http://127.0.0.1:9")), &tokens, options);
        Session session;
        session.signedIn = true;
        session.role = Role::Coordinator;
        SystemClock clock;
        SyncEngine engine((*db)->connection(), client, *mapping, clock, session);
        auto r = engine.run({});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        // What came before Contact is kept, with its watermark; Contact's indexes are back.
        QSqlDatabase c = (*db)->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_state WHERE entity='Account'")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sync_state WHERE entity='Contact'")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index.%'")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='volunteers_name'")),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPullPages)
#include "tst_PullPages.moc"
