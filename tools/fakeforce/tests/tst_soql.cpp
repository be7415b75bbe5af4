// SOQL subset: parsing errors, operators, literals, ordering, paging options, parent relationships.

#include "Org.h"
#include "TestUtil.h"

#include <QRegularExpression>
#include <QTest>

using namespace fakeforce;
using namespace fakeforce::test;

class TstSoql final : public QObject {
    Q_OBJECT

private:
    Org m_org{[] {
        Org::Options o;
        o.scale = QStringLiteral("empty");
        return o;
    }()};
    QByteArray m_token;
    QByteArray m_acme;

    Response query(const QString& soql, bool all = false) {
        return m_org.handle(queryRequest(soql, m_token, all));
    }

    QStringList lastNames(const QString& where, const QString& tail = QStringLiteral("ORDER BY LastName")) {
        const Response r = query(QStringLiteral("SELECT LastName FROM Contact WHERE ") + where + u' ' + tail);
        if (r.status != 200) {
            qWarning() << r.body;
            return {QStringLiteral("<error %1>").arg(r.status)};
        }
        QStringList out;
        for (const auto& rec : doc(r).object().value(QStringLiteral("records")).toArray())
            out << rec.toObject().value(QStringLiteral("LastName")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        m_org.setClockFrozen(true);
        m_token = m_org.issueTokens().accessToken;
        m_acme = m_org.insertRecord(QStringLiteral("Account"),
                                    {{QStringLiteral("Name"), QStringLiteral("Acme, Inc.")},
                                     {QStringLiteral("Type"), QStringLiteral("Business")}});
        QVERIFY(!m_acme.isEmpty());
        struct C {
            const char* first;
            const char* last;
            const char* type;
            const char* birth;
            bool dnc;
        };
        const C contacts[] = {
            {"José", "García", "Volunteer", "1980-05-01", false},
            {"Siobhán", "O'Brien", "Volunteer", "1975-01-31", true},
            {"芳", "王", "Teacher", nullptr, false},
            {"Zoë", "Zimmer", nullptr, "2001-12-24", false},
            {"Ann", "Able_One", "Student", "2010-03-08", false},
            {"Bob", "100% Bob", "Volunteer", nullptr, false},
        };
        for (const C& c : contacts) {
            QVariantMap f{{QStringLiteral("FirstName"), QString::fromUtf8(c.first)},
                          {QStringLiteral("LastName"), QString::fromUtf8(c.last)},
                          {QStringLiteral("DoNotCall"), c.dnc}};
            if (c.type)
                f.insert(QStringLiteral("Contact_Type__c"), QString::fromUtf8(c.type));
            if (c.birth)
                f.insert(QStringLiteral("Birthdate"), QString::fromLatin1(c.birth));
            if (QByteArray(c.last) == "García")
                f.insert(QStringLiteral("AccountId"), QString::fromLatin1(m_acme));
            QString error;
            QVERIFY2(!m_org.insertRecord(QStringLiteral("Contact"), f, &error).isEmpty(), qPrintable(error));
            m_org.advance(1000);
        }
    }

    void malformed_data() {
        QTest::addColumn<QString>("soql");
        QTest::addColumn<QString>("code");
        QTest::newRow("typo") << QString::fromUtf8("SELEC Id FROM Contact")
                              << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("no fields") << QString::fromUtf8("SELECT FROM Contact")
                                   << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("dangling where")
            << QString::fromUtf8("SELECT Id FROM Contact WHERE") << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("and/or mixed")
            << QString::fromUtf8("SELECT Id FROM Contact WHERE LastName = 'a' AND FirstName = 'b' OR "
                                 "Email = null")
            << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("unterminated") << QString::fromUtf8("SELECT Id FROM Contact WHERE LastName = 'abc")
                                      << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("duplicate field")
            << QString::fromUtf8("SELECT Id, id FROM Contact") << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("trailing junk") << QString::fromUtf8("SELECT Id FROM Contact LIMIT 5 banana")
                                       << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("unbalanced") << QString::fromUtf8("SELECT Id FROM Contact WHERE (LastName = 'a'")
                                    << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("bad escape") << QString::fromUtf8("SELECT Id FROM Contact WHERE LastName = 'a\\qb'")
                                    << QString::fromUtf8("MALFORMED_QUERY");
        QTest::newRow("unknown field")
            << QString::fromUtf8("SELECT Id, Nmae FROM Contact") << QString::fromUtf8("INVALID_FIELD");
        QTest::newRow("unknown where field") << QString::fromUtf8("SELECT Id FROM Contact WHERE Foo__c = 1")
                                             << QString::fromUtf8("INVALID_FIELD");
        QTest::newRow("unknown relationship")
            << QString::fromUtf8("SELECT Foo.Name FROM Contact") << QString::fromUtf8("INVALID_FIELD");
        QTest::newRow("unknown object")
            << QString::fromUtf8("SELECT Id FROM Volunteer__c") << QString::fromUtf8("INVALID_TYPE");
        QTest::newRow("quoted date") << QString::fromUtf8(
                                            "SELECT Id FROM Contact WHERE Birthdate = '2020-01-01'")
                                     << QString::fromUtf8("INVALID_FIELD");
        QTest::newRow("date for datetime")
            << QString::fromUtf8("SELECT Id FROM Contact WHERE SystemModstamp > 2020-01-01")
            << QString::fromUtf8("INVALID_FIELD");
        QTest::newRow("unquoted string") << QString::fromUtf8("SELECT Id FROM Contact WHERE LastName = 5")
                                         << QString::fromUtf8("INVALID_FIELD");
        QTest::newRow("bad id") << QString::fromUtf8("SELECT Id FROM Contact WHERE AccountId = 'nope'")
                                << QString::fromUtf8("INVALID_QUERY_FILTER_OPERATOR");
        QTest::newRow("like on date")
            << QString::fromUtf8("SELECT Id FROM Contact WHERE Birthdate LIKE '2020%'")
            << QString::fromUtf8("INVALID_QUERY_FILTER_OPERATOR");
        QTest::newRow("empty") << QString::fromUtf8("") << QString::fromUtf8("MALFORMED_QUERY");
    }
    void malformed() {
        QFETCH(QString, soql);
        QFETCH(QString, code);
        const Response r = query(soql);
        QCOMPARE(r.status, 400);
        QCOMPARE(errorCode(r), code);
        QVERIFY(!doc(r).array().at(0).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }

    void operators_data() {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("100% Bob"), QStringLiteral("Able_One"),
                              QStringLiteral("García"),   QStringLiteral("O'Brien"),
                              QStringLiteral("Zimmer"),   QStringLiteral("王")};
        QTest::newRow("eq, case-insensitive")
            << QString::fromUtf8("LastName = 'garcía'") << strings({"García"});
        QTest::newRow("escaped quote") << QString::fromUtf8("LastName = 'O\\'Brien'") << strings({"O'Brien"});
        QTest::newRow("non-latin") << QString::fromUtf8("FirstName = '芳'") << strings({"王"});
        QTest::newRow("ne includes null")
            << QString::fromUtf8("Contact_Type__c != 'Volunteer'") << strings({"Able_One", "Zimmer", "王"});
        QTest::newRow("null") << QString::fromUtf8("Contact_Type__c = null") << strings({"Zimmer"});
        QTest::newRow("not null") << QString::fromUtf8("Birthdate != null")
                                  << strings({"Able_One", "García", "O'Brien", "Zimmer"});
        QTest::newRow("or with null")
            << QString::fromUtf8("(Contact_Type__c = 'Volunteer' OR Contact_Type__c = null)")
            << strings({"100% Bob", "García", "O'Brien", "Zimmer"});
        QTest::newRow("in") << QString::fromUtf8("Contact_Type__c IN ('Teacher', 'student')")
                            << strings({"Able_One", "王"});
        QTest::newRow("not in keeps nulls") << QString::fromUtf8("Contact_Type__c NOT IN ('Volunteer')")
                                            << strings({"Able_One", "Zimmer", "王"});
        QTest::newRow("like prefix") << QString::fromUtf8("FirstName LIKE 'jos%'") << strings({"García"});
        QTest::newRow("like underscore")
            << QString::fromUtf8("LastName LIKE 'Z_mmer'") << strings({"Zimmer"});
        QTest::newRow("like escaped underscore")
            << QString::fromUtf8("LastName LIKE '%\\_%'") << strings({"Able_One"});
        QTest::newRow("like escaped percent")
            << QString::fromUtf8("LastName LIKE '100\\%%'") << strings({"100% Bob"});
        QTest::newRow("not") << QString::fromUtf8("NOT (Contact_Type__c = 'Volunteer')")
                             << strings({"Able_One", "Zimmer", "王"});
        QTest::newRow("date lt") << QString::fromUtf8("Birthdate < 1980-05-01") << strings({"O'Brien"});
        QTest::newRow("date ge") << QString::fromUtf8("Birthdate >= 1980-05-01")
                                 << strings({"Able_One", "García", "Zimmer"});
        QTest::newRow("boolean") << QString::fromUtf8("DoNotCall = true") << strings({"O'Brien"});
        QTest::newRow("and") << QString::fromUtf8("Contact_Type__c = 'Volunteer' AND DoNotCall = false")
                             << strings({"100% Bob", "García"});
        QTest::newRow("nested")
            << QString::fromUtf8(
                   "(LastName = 'Zimmer' OR (Contact_Type__c = 'Teacher' AND FirstName = '芳'))")
            << strings({"Zimmer", "王"});
        QTest::newRow("parent field")
            << QString::fromUtf8("Account.Name = 'Acme, Inc.'") << strings({"García"});
        QTest::newRow("parent field null") << QString::fromUtf8("Account.Name = null")
                                           << strings({"100% Bob", "Able_One", "O'Brien", "Zimmer", "王"});
        QTest::newRow("datetime literal")
            << QString::fromUtf8("SystemModstamp >= 2026-11-16T15:00:00Z") << all;
        QTest::newRow("datetime offset literal")
            << QString::fromUtf8("CreatedDate < 2026-11-16T09:00:03.000-06:00")
            << strings({"García", "O'Brien", "王"});
        QTest::newRow("id in") << QStringLiteral("AccountId IN ('%1')").arg(QString::fromLatin1(m_acme))
                               << strings({"García"});
        QTest::newRow("15-char id")
            << QStringLiteral("AccountId = '%1'").arg(QString::fromLatin1(m_acme.left(15)))
            << strings({"García"});
    }
    void operators() {
        QFETCH(QString, where);
        QFETCH(QStringList, expected);
        QStringList got = lastNames(where);
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void orderLimitOffset() {
        QCOMPARE(lastNames(QStringLiteral("LastName != null"),
                           QStringLiteral("ORDER BY Birthdate DESC, LastName LIMIT 3")),
                 (strings({"Able_One", "Zimmer", "García"}))); // DESC puts nulls last
        QCOMPARE(lastNames(QStringLiteral("LastName != null"),
                           QStringLiteral("ORDER BY Birthdate, LastName LIMIT 3")),
                 (strings({"100% Bob", "王", "O'Brien"}))); // ASC puts nulls first
        QCOMPARE(lastNames(QStringLiteral("LastName != null"),
                           QStringLiteral("ORDER BY Birthdate ASC NULLS LAST, LastName LIMIT 2 OFFSET 1")),
                 (strings({"García", "Zimmer"})));
        QCOMPARE(
            lastNames(QStringLiteral("LastName != null"), QStringLiteral("ORDER BY LastName DESC LIMIT 2")),
            (strings({"王", "Zimmer"})));
        QCOMPARE(lastNames(QStringLiteral("Contact_Type__c = 'Volunteer'"),
                           QStringLiteral("ORDER BY SystemModstamp, Id")),
                 (strings({"García", "O'Brien", "100% Bob"})));
    }

    void countAndShape() {
        Response r = query(QStringLiteral("SELECT COUNT() FROM Contact WHERE Contact_Type__c = 'Volunteer'"));
        QCOMPARE(r.status, 200);
        QCOMPARE(doc(r).object().value(QStringLiteral("totalSize")).toInt(), 3);
        QCOMPARE(doc(r).object().value(QStringLiteral("records")).toArray().size(), 0);

        r = query(QStringLiteral(
            "select id, account.name, LASTNAME, Birthdate, DoNotCall, SystemModstamp from contact "
            "where lastname = 'García'"));
        QCOMPARE(r.status, 200);
        const QJsonObject rec = doc(r).object().value(QStringLiteral("records")).toArray().at(0).toObject();
        // Field names come back in their API spelling, whatever the query's case.
        QCOMPARE(rec.value(QStringLiteral("LastName")).toString(), QStringLiteral("García"));
        QCOMPARE(rec.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Contact"));
        const QString id = rec.value(QStringLiteral("Id")).toString();
        QCOMPARE(id.size(), 18);
        QVERIFY(id.startsWith(QStringLiteral("003")));
        QCOMPARE(rec.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url")).toString(),
                 QStringLiteral("/services/data/v60.0/sobjects/Contact/") + id);
        const QJsonObject account = rec.value(QStringLiteral("Account")).toObject();
        QCOMPARE(account.value(QStringLiteral("Name")).toString(), QStringLiteral("Acme, Inc."));
        QCOMPARE(
            account.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
            QStringLiteral("Account"));
        QCOMPARE(rec.value(QStringLiteral("Birthdate")).toString(), QStringLiteral("1980-05-01"));
        QCOMPARE(rec.value(QStringLiteral("DoNotCall")).toBool(), false);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000\\+0000$"))
                    .match(rec.value(QStringLiteral("SystemModstamp")).toString())
                    .hasMatch());

        r = query(QStringLiteral("SELECT Account.Name FROM Contact WHERE LastName = 'Zimmer'"));
        QVERIFY(doc(r)
                    .object()
                    .value(QStringLiteral("records"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("Account"))
                    .isNull());
    }

    void roleQuery() {
        const QByteArray jane = m_org.userId(QStringLiteral("Jane Coordinator"));
        QVERIFY(!jane.isEmpty());
        const Response r = query(
            QStringLiteral("SELECT PermissionSet.Name FROM PermissionSetAssignment WHERE AssigneeId = '%1'")
                .arg(QString::fromLatin1(jane)));
        QCOMPARE(r.status, 200);
        QStringList names;
        for (const auto& rec : doc(r).object().value(QStringLiteral("records")).toArray())
            names << rec.toObject()
                         .value(QStringLiteral("PermissionSet"))
                         .toObject()
                         .value(QStringLiteral("Name"))
                         .toString();
        QVERIFY(names.contains(QStringLiteral("VMS_Coordinator")));
        QCOMPARE(names.size(), 2); // plus the profile's own permission set, as in a real org
        QVERIFY(m_org.setPermissionSets(QStringLiteral("Jane Coordinator"), {QStringLiteral("VMS_Admin")}));
        QCOMPARE(
            m_org.permissionSets(QStringLiteral("Jane Coordinator")).contains(QStringLiteral("VMS_Admin")),
            true);
        QCOMPARE(m_org.permissionSets(QStringLiteral("Jane Coordinator"))
                     .contains(QStringLiteral("VMS_Coordinator")),
                 false);
        QCOMPARE(m_org.permissionSets(QStringLiteral("Uma User")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSoql)
#include "tst_soql.moc"
