// The volunteer page's read of one volunteer (core/models/VolunteerDetails): every column Volunteer holds
// comes back in the member that names it, with awkward text intact and empty columns empty.
#include "core/db/Database.h"
#include "core/models/VolunteerDetails.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <vector>

using namespace vms;

namespace {

// The text columns of the volunteers table and the member of Volunteer that holds each.
const std::vector<std::pair<const char*, QString Volunteer::*>>& textColumns() {
    static const std::vector<std::pair<const char*, QString Volunteer::*>> columns = {
        {"sf_id", &Volunteer::sfId},
        {"first_name", &Volunteer::firstName},
        {"last_name", &Volunteer::lastName},
        {"email", &Volunteer::email},
        {"phone", &Volunteer::phone},
        {"mobile_phone", &Volunteer::mobilePhone},
        {"title", &Volunteer::title},
        {"department", &Volunteer::department},
        {"mailing_street", &Volunteer::mailingStreet},
        {"mailing_city", &Volunteer::mailingCity},
        {"mailing_state", &Volunteer::mailingState},
        {"mailing_postal_code", &Volunteer::mailingPostalCode},
        {"primary_affiliation", &Volunteer::primaryAffiliation},
        {"skills", &Volunteer::skills},
        {"skills_text", &Volunteer::skillsText},
        {"interests", &Volunteer::interests},
        {"recruitment_notes", &Volunteer::recruitmentNotes},
        {"gender", &Volunteer::gender},
        {"birthdate", &Volunteer::birthdate},
        {"racial_ethnic_background", &Volunteer::racialEthnicBackground},
        {"age_group", &Volunteer::ageGroup},
    };
    return columns;
}

const std::vector<std::pair<const char*, bool Volunteer::*>>& flagColumns() {
    static const std::vector<std::pair<const char*, bool Volunteer::*>> columns = {
        {"pending", &Volunteer::pending},
        {"do_not_call", &Volunteer::doNotCall},
        {"do_not_contact", &Volunteer::doNotContact},
        {"email_opt_out", &Volunteer::emailOptOut},
    };
    return columns;
}

// A distinct value per column (non-Latin text, quotes, commas, a newline), so a column read into the
// wrong member shows.
QString awkward(int n) {
    return QStringLiteral("v%1 «Ünïcødé», \"q\"\n王%1").arg(n);
}

} // namespace

class TestVolunteerDetails final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    qint64 insert(const QString& columns, const QVariantList& values) {
        QSqlQuery q(m_db->connection());
        QStringList marks(values.size(), QStringLiteral("?"));
        if (!test::exec(
                q, QStringLiteral("INSERT INTO volunteers(%1) VALUES(%2)").arg(columns, marks.join(u',')),
                values))
            return 0;
        return q.lastInsertId().toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        m_db = *db;
    }

    void everyColumnInItsMember() {
        QStringList columns;
        QVariantList values;
        int n = 0;
        for (const auto& [column, member] : textColumns()) {
            columns << QString::fromLatin1(column);
            values << awkward(++n);
        }
        // Each flag set alone in turn would need four volunteers; alternating ones tell them apart too.
        for (const auto& [column, member] : flagColumns()) {
            columns << QString::fromLatin1(column);
            values << (++n % 2);
        }
        columns << QStringLiteral("volunteer_status");
        values << QStringLiteral("On Hold");
        const qint64 id = insert(columns.join(u','), values);
        QVERIFY(id > 0);

        auto loaded = VolunteerDetails::load(*m_db, id);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        QVERIFY(loaded->has_value());
        const Volunteer& v = (*loaded)->volunteer;
        QCOMPARE(v.id, id);
        int i = 0;
        for (const auto& [column, member] : textColumns())
            QVERIFY2(v.*member == values.at(i++).toString(), column);
        for (const auto& [column, member] : flagColumns())
            QVERIFY2(v.*member == (values.at(i++).toInt() != 0), column);
        QCOMPARE((*loaded)->status, QStringLiteral("On Hold"));
    }

    void emptyColumnsStayEmpty() {
        const qint64 id = insert(QStringLiteral("last_name"), {QStringLiteral("Lovelace")});
        QVERIFY(id > 0);
        auto loaded = VolunteerDetails::load(*m_db, id);
        QVERIFY(loaded.ok() && loaded->has_value());
        const Volunteer& v = (*loaded)->volunteer;
        for (const auto& [column, member] : textColumns())
            if (qstrcmp(column, "last_name") != 0)
                QVERIFY2((v.*member).isEmpty(), column);
        for (const auto& [column, member] : flagColumns())
            QVERIFY2(!(v.*member), column);
        QCOMPARE(v.displayName(), QStringLiteral("Lovelace"));
        QVERIFY((*loaded)->status.isEmpty());
        QCOMPARE((*loaded)->organizationId, 0);
    }

    void noSuchVolunteerIsNothing() {
        auto loaded = VolunteerDetails::load(*m_db, 987654);
        QVERIFY(loaded.ok());
        QVERIFY(!loaded->has_value());
    }

    // The primary organization: the link VMS keeps (one added offline has no Id yet), else the cached
    // organization the affiliation's Id names, else the Id's text.
    void primaryOrganization() {
        QSqlQuery q(m_db->connection());
        QVERIFY(test::exec(q, QStringLiteral("INSERT INTO organizations(sf_id, name) VALUES(?, ?)"),
                           {QStringLiteral("001000000000ACMAAA"), QStringLiteral("Acme")}));
        const qint64 acme = q.lastInsertId().toLongLong();
        QVERIFY(test::exec(q, QStringLiteral("INSERT INTO organizations(name) VALUES('Offline Org')")));
        const qint64 offline = q.lastInsertId().toLongLong();

        const qint64 named = insert(QStringLiteral("last_name, primary_affiliation"),
                                    {QStringLiteral("A"), QStringLiteral("001000000000ACMAAA")});
        auto a = VolunteerDetails::load(*m_db, named);
        QVERIFY(a.ok() && a->has_value());
        QCOMPARE((*a)->organizationId, acme);
        QCOMPARE((*a)->organizationName, QStringLiteral("Acme"));

        const qint64 kept = insert(QStringLiteral("last_name, primary_affiliation, organization_id"),
                                   {QStringLiteral("B"), QStringLiteral("001000000000ACMAAA"), offline});
        auto b = VolunteerDetails::load(*m_db, kept);
        QVERIFY(b.ok() && b->has_value());
        QCOMPARE((*b)->organizationId, offline);
        QCOMPARE((*b)->organizationName, QStringLiteral("Offline Org"));

        const qint64 unknown = insert(QStringLiteral("last_name, primary_affiliation"),
                                      {QStringLiteral("C"), QStringLiteral("001000000000ZZZAAA")});
        auto c = VolunteerDetails::load(*m_db, unknown);
        QVERIFY(c.ok() && c->has_value());
        QCOMPARE((*c)->organizationId, 0);
        QVERIFY(!(*c)->organizationName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVolunteerDetails)
#include "tst_VolunteerDetails.moc"
