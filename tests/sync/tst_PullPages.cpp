// The sync's bulk read path: query pages parsed straight into flat values (RecordPage), converted and
// written without a JSON document or QVariant (CacheApplier::convert), routed by RecordFilter, and
// secondary indexes deferred on a first load (DeferredIndexes). The parser is checked against
// nlohmann::json's DOM, the conversion and the filter against the column values and answers each case
// must give, and the whole engine is run on pages that are malformed in every way the parser and the
// applier must survive.

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

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
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

    // The org sends `value` for a field of `type`: the cache gets `column`, or, when `problem` is given,
    // no column and that problem (kept as a sync issue).
    static void expectConversion(const json& value, FieldType type, const QVariant& column,
                                 const QString& problem = {}) {
        json record = json::object();
        record["F"] = value;
        const RecordPage page = RecordPage::fromJson({QStringLiteral("F")}, record);
        const QString what =
            QStringLiteral("%1 as type %2").arg(QString::fromStdString(value.dump())).arg(int(type));
        CacheApplier::Bound bound;
        QString why;
        const bool ok = CacheApplier::convert(RecordView(page, 0), 0, type, bound, why);
        expectColumn(what, ok, bound.toVariant(), why, column, problem);
    }
    static void expectColumn(const QString& what, bool ok, const QVariant& got, const QString& why,
                             const QVariant& column, const QString& problem) {
        if (problem.isEmpty()) {
            QVERIFY2(ok, qPrintable(what + QStringLiteral(": ") + why));
            QVERIFY2(sameColumnValue(got, column),
                     qPrintable(what + QStringLiteral(": '%1' (%2), expected '%3' (%4)")
                                           .arg(got.toString(), QString::fromLatin1(got.typeName()),
                                                column.toString(), QString::fromLatin1(column.typeName()))));
        } else {
            QVERIFY2(!ok, qPrintable(what + QStringLiteral(": gave '%1'").arg(got.toString())));
            QCOMPARE(why, problem);
        }
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

    void conversionsGiveTheColumnValues() {
        // Every FieldType, from every JSON type the org could send. The org's own forms take the fast
        // path; the rest (numbers as text, other offsets, years before 1000, links) go through Qt.
        const QVariant null;
        auto text = [](const char* s) {
            return QVariant(QString::fromUtf8(s));
        };
        auto number = [](double d) {
            return QVariant(d);
        };
        auto integer = [](qint64 i) {
            return QVariant(i);
        };
        auto utc = [](int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
            return QVariant(QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch());
        };
        const json link =
            R"json(<a href="https://example.org/r?a=1&amp;b=2" target="_blank">Sign up</a>)json";
        const json anArray = json::array({1, "a"}), anObject = json::object({{"a", 1}});

        for (FieldType type : {FieldType::Text, FieldType::Id, FieldType::MultiPicklist, FieldType::Number,
                               FieldType::Date, FieldType::DateTimeMs, FieldType::HtmlHref})
            expectConversion(nullptr, type, null);
        expectConversion(nullptr, FieldType::Bool, integer(0)); // an unticked checkbox
        // A field the page does not carry (slot -1) reads as null too.
        const RecordPage without = RecordPage::fromJson({QStringLiteral("F")}, json::object());
        for (FieldType type : {FieldType::Text, FieldType::Bool, FieldType::Number, FieldType::DateTimeMs}) {
            CacheApplier::Bound bound;
            QString why;
            QVERIFY(CacheApplier::convert(RecordView(without, 0), -1, type, bound, why));
            QVERIFY(sameColumnValue(bound.toVariant(), type == FieldType::Bool ? integer(0) : null));
        }

        // Text as sent; any other JSON value as its JSON text.
        for (FieldType type : {FieldType::Text, FieldType::Id, FieldType::MultiPicklist}) {
            for (const char* s : {"", "x", " 12 ", "Zoë \"王\" 🎉\n\\", "=1+1", "a;b;c"})
                expectConversion(s, type, text(s));
            expectConversion(true, type, text("true"));
            expectConversion(false, type, text("false"));
            expectConversion(0, type, text("0"));
            expectConversion(-7, type, text("-7"));
            expectConversion(18446744073709551615ULL, type, text("18446744073709551615"));
            expectConversion(2.5, type, text("2.5"));
            expectConversion(-0.0, type, text("-0.0"));
            expectConversion(1e300, type, text("1e+300"));
            expectConversion(anArray, type, text(R"json([1,"a"])json"));
            expectConversion(anObject, type, text(R"json({"a":1})json"));
        }

        expectConversion(true, FieldType::Bool, integer(1));
        expectConversion(false, FieldType::Bool, integer(0));
        for (const json& v : {json("true"), json(""), json(1), json(0), json(2.5), anArray, anObject})
            expectConversion(v, FieldType::Bool, null, QStringLiteral("expected true or false"));

        expectConversion(0, FieldType::Number, number(0));
        expectConversion(-7, FieldType::Number, number(-7));
        expectConversion(18446744073709551615ULL, FieldType::Number, number(18446744073709551615.0));
        expectConversion(2.5, FieldType::Number, number(2.5));
        expectConversion(-0.0, FieldType::Number, number(-0.0));
        expectConversion(1e300, FieldType::Number, number(1e300));
        expectConversion("12.5", FieldType::Number, number(12.5)); // a number sent as text
        expectConversion(" 12 ", FieldType::Number, number(12));
        expectConversion("-3e2", FieldType::Number, number(-300));
        for (const json& v : {json(""), json("abc"), json("12abc"), json("1e400"), json("nan"), json("inf"),
                              json(true), anArray, anObject})
            expectConversion(v, FieldType::Number, null, QStringLiteral("expected a number"));
        expectConversion(std::numeric_limits<double>::infinity(), FieldType::Number, null,
                         QStringLiteral("not a finite number"));
        expectConversion(std::numeric_limits<double>::quiet_NaN(), FieldType::Number, null,
                         QStringLiteral("not a finite number"));

        for (const char* d : {"2026-03-08", "2024-02-29", "1000-01-01", "9999-12-31", "0999-01-01"})
            expectConversion(d, FieldType::Date, text(d));
        // The date of a longer text (a datetime sent for a date field).
        for (const char* d : {"2026-03-08T15:30:00.000+0000", "2026-03-08xyz", "2026-03-08é"})
            expectConversion(d, FieldType::Date, text("2026-03-08"));
        for (const char* d : {"2026-02-29", "2026-13-01", "2026-00-10", "2026-3-8", "+2026-03-08",
                              "２０２６-03-08", "", "abc"})
            expectConversion(d, FieldType::Date, null,
                             QStringLiteral("'%1' is not a date").arg(QString::fromUtf8(d)));
        for (const json& v : {json(20260101), json(true), anArray})
            expectConversion(v, FieldType::Date, null, QStringLiteral("expected a date"));

        expectConversion("2026-03-08T15:30:00.000+0000", FieldType::DateTimeMs, utc(2026, 3, 8, 15, 30));
        expectConversion("2026-03-08T15:30:00.000Z", FieldType::DateTimeMs, utc(2026, 3, 8, 15, 30));
        expectConversion("2025-11-02T06:30:59.999+0000", FieldType::DateTimeMs,
                         utc(2025, 11, 2, 6, 30, 59, 999));
        expectConversion("1970-01-01T00:00:00.000+0000", FieldType::DateTimeMs, integer(0));
        expectConversion("1969-12-31T23:59:59.999+0000", FieldType::DateTimeMs, integer(-1));
        expectConversion("2024-02-29T10:00:00.000+0000", FieldType::DateTimeMs, utc(2024, 2, 29, 10, 0));
        expectConversion("0001-01-01T00:00:00.000+0000", FieldType::DateTimeMs,
                         integer(Q_INT64_C(-62135596800000)));
        // Offsets other than the org's +0000, in either form, and no milliseconds.
        expectConversion("2026-08-01T04:30:00.000-0500", FieldType::DateTimeMs, utc(2026, 8, 1, 9, 30));
        expectConversion("2026-08-01T04:30:00.000+0530", FieldType::DateTimeMs, utc(2026, 7, 31, 23, 0));
        expectConversion("2026-03-08T15:30:00.000+00:00", FieldType::DateTimeMs, utc(2026, 3, 8, 15, 30));
        expectConversion("2026-03-08T15:30:00+0000", FieldType::DateTimeMs, utc(2026, 3, 8, 15, 30));
        expectConversion("2026-03-08T24:00:00.000+0000", FieldType::DateTimeMs, utc(2026, 3, 9, 0, 0));
        expectConversion("2026-03-08 15:30:00.000+0000", FieldType::DateTimeMs, utc(2026, 3, 8, 15, 30));
        // Qt's ISO parser passes over trailing white space.
        expectConversion("2026-03-08T15:30:00.000+0000 ", FieldType::DateTimeMs, utc(2026, 3, 8, 15, 30));
        // No offset at all: Qt reads local time.
        expectConversion("2026-03-08T15:30:00.000", FieldType::DateTimeMs,
                         QDateTime(QDate(2026, 3, 8), QTime(15, 30)).toMSecsSinceEpoch());
        for (const char* t : {"2026-03-08T23:60:00.000+0000", "2026-03-08T23:59:60.000+0000",
                              "2026-02-30T10:00:00.000+0000", "next Tuesday", ""})
            expectConversion(t, FieldType::DateTimeMs, null,
                             QStringLiteral("'%1' is not a date and time").arg(QString::fromUtf8(t)));
        for (const json& v : {json(1772983800000), json(true), anObject})
            expectConversion(v, FieldType::DateTimeMs, null, QStringLiteral("expected a date and time"));

        // A registration link keeps its href; anything else its text.
        expectConversion(link, FieldType::HtmlHref, text("https://example.org/r?a=1&b=2"));
        expectConversion("<a HREF='x'>y</a>", FieldType::HtmlHref, text("x"));
        expectConversion("href=\"only\"", FieldType::HtmlHref, text("only"));
        expectConversion("plain text", FieldType::HtmlHref, text("plain text"));
        expectConversion("", FieldType::HtmlHref, text(""));
        expectConversion(12, FieldType::HtmlHref, text("12"));
        expectConversion(true, FieldType::HtmlHref, text("true"));
        expectConversion(anObject, FieldType::HtmlHref, text(R"json({"a":1})json"));

        // The org's datetime form across the whole range of dates it can carry.
        QRandomGenerator random(7);
        for (int i = 0; i < 20000; ++i) {
            const qint64 ms = random.bounded(Q_INT64_C(-62135596800000), Q_INT64_C(253402300799999));
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString when = t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                 (i % 2 ? QStringLiteral("+0000") : QStringLiteral("Z"));
            expectConversion(when.toStdString(), FieldType::DateTimeMs, integer(ms));
            expectConversion(when.left(10).toStdString(), FieldType::Date, when.left(10));
            if (QTest::currentTestFailed())
                return;
        }
    }

    void modstampsAreNormalisedToUtcWithMilliseconds_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("normalised"); // empty: not a date and time, so no watermark
        QTest::newRow("the org's form")
            << QByteArray("2026-03-08T15:30:00.000+0000") << QByteArray("2026-03-08T15:30:00.000Z");
        QTest::newRow("Z") << QByteArray("2026-03-08T15:30:00.000Z")
                           << QByteArray("2026-03-08T15:30:00.000Z");
        QTest::newRow("no milliseconds")
            << QByteArray("2026-03-08T15:30:00Z") << QByteArray("2026-03-08T15:30:00.000Z");
        QTest::newRow("+00:00") << QByteArray("2026-03-08T15:30:00.000+00:00")
                                << QByteArray("2026-03-08T15:30:00.000Z");
        QTest::newRow("-05:00") << QByteArray("2026-03-08T10:30:00.000-05:00")
                                << QByteArray("2026-03-08T15:30:00.000Z");
        QTest::newRow("-0500") << QByteArray("2026-03-08T10:30:00.000-0500")
                               << QByteArray("2026-03-08T15:30:00.000Z");
        QTest::newRow("garbage") << QByteArray("garbage") << QByteArray();
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("not a month") << QByteArray("2026-13-08T15:30:00.000+0000") << QByteArray();
        QTest::newRow("trailing é") << QByteArray("2026-03-08T15:30:00.000+0000é") << QByteArray();
        QTest::newRow("é for a digit") << QByteArray("2026-03-08Té5:30:00.000+0000") << QByteArray();
    }
    void modstampsAreNormalisedToUtcWithMilliseconds() {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, normalised);
        QCOMPARE(QByteArray::fromStdString(
                     CacheApplier::normaliseModstamp(std::string_view(raw.constData(), size_t(raw.size())))),
                 normalised);
    }

    void filtersRouteAsSoqlWould_data() {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("matches");
        const QString volunteers = QStringLiteral("Contact_Type__c = 'Volunteer' OR Contact_Type__c = null");
        QTest::newRow("equal") << volunteers << QByteArray(R"({"Contact_Type__c":"Volunteer"})") << true;
        QTest::newRow("equal, other case")
            << volunteers << QByteArray(R"({"Contact_Type__c":"vOLUNTEER"})") << true;
        QTest::newRow("not equal") << volunteers << QByteArray(R"({"Contact_Type__c":"Teacher"})") << false;
        QTest::newRow("= null, null") << volunteers << QByteArray(R"({"Contact_Type__c":null})") << true;
        QTest::newRow("= null, not sent") << volunteers << QByteArray(R"({"Id":"003A"})") << true;
        QTest::newRow("not an object") << volunteers << QByteArray(R"([1])") << true;
        const QString notIn = QStringLiteral("Type NOT IN ('Household','School District')");
        QTest::newRow("NOT IN, other") << notIn << QByteArray(R"({"Type":"Business"})") << true;
        QTest::newRow("NOT IN, listed") << notIn << QByteArray(R"({"Type":"school district"})") << false;
        // A null field is not in the list, so NOT IN keeps it.
        QTest::newRow("NOT IN, null") << notIn << QByteArray(R"({"Type":null})") << true;
        QTest::newRow("NOT IN, a number") << notIn << QByteArray(R"({"Type":5})") << true;
        const QString in = QStringLiteral("Type IN ('A', null)");
        QTest::newRow("IN, listed") << in << QByteArray(R"({"Type":"a"})") << true;
        QTest::newRow("IN, null listed") << in << QByteArray(R"({"Type":null})") << true;
        QTest::newRow("IN, other") << in << QByteArray(R"({"Type":"B"})") << false;
        const QString logic =
            QStringLiteral("Active__c = true AND NOT (Stage = 'Closed' OR Stage != null AND Count = 3)");
        QTest::newRow("true and open") << logic << QByteArray(R"({"Active__c":true,"Stage":"Open"})") << true;
        QTest::newRow("false") << logic << QByteArray(R"({"Active__c":false,"Stage":"Open"})") << false;
        QTest::newRow("closed") << logic << QByteArray(R"({"Active__c":true,"Stage":"CLOSED"})") << false;
        QTest::newRow("count 3") << logic << QByteArray(R"({"Active__c":true,"Stage":"Open","Count":3})")
                                 << false;
        QTest::newRow("count 4") << logic << QByteArray(R"({"Active__c":true,"Stage":"Open","Count":4})")
                                 << true;
        QTest::newRow("count '3'") << logic << QByteArray(R"({"Active__c":true,"Stage":"Open","Count":"3"})")
                                   << false;
        QTest::newRow("bool as text")
            << logic << QByteArray(R"({"Active__c":"TRUE","Stage":"Open"})") << true;
        QTest::newRow("an object") << logic << QByteArray(R"({"Active__c":{"a":true},"Stage":"Open"})")
                                   << false;
        // Case folding beyond ASCII: 'Ë' is 'ë', the Kelvin sign is 'k'; 'e' is not 'ë'.
        const QString names = QStringLiteral("Name = 'ZOË' OR Name = 'kelvin'");
        QTest::newRow("ë") << names << QByteArray(R"({"Name":"zoë"})") << true;
        QTest::newRow("Kelvin sign") << names << QByteArray(R"({"Name":"\u212Aelvin"})") << true;
        QTest::newRow("e") << names << QByteArray(R"({"Name":"Zoe"})") << false;
        QTest::newRow("empty filter") << QString() << QByteArray(R"({"Name":"x"})") << true;
    }
    void filtersRouteAsSoqlWould() {
        QFETCH(QString, filter);
        QFETCH(QByteArray, record);
        QFETCH(bool, matches);
        const auto parsed = RecordFilter::parse(filter);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        // As the pull reads it: a page whose slots are the filter's fields in another order, beside others.
        QStringList fields = parsed->fields();
        std::reverse(fields.begin(), fields.end());
        fields.prepend(QStringLiteral("Id"));
        RecordPage page(fields);
        QVERIFY2(page.parse(QByteArray(R"({"records":[)") + record + "]}"), qPrintable(page.why()));
        std::vector<int> slots;
        for (const QString& f : parsed->fields())
            slots.push_back(page.slot(f));
        QCOMPARE(parsed->matches(RecordView(page, 0), slots), matches);
    }

    void aFilterFieldThePageDoesNotCarryReadsAsNull() {
        const auto filter = RecordFilter::parse(QStringLiteral("Kind = null AND Name != null"));
        QVERIFY(filter.ok());
        RecordPage page(QStringList{QStringLiteral("Name")});
        QVERIFY(page.parse(QByteArray(R"({"records":[{"Name":"x","Kind":"k"}]})")));
        QVERIFY(filter->matches(RecordView(page, 0), {-1, 0}));
        QVERIFY(!filter->matches(RecordView(page, 0), {-1, -1}));
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
