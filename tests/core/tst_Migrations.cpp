#include "core/db/Database.h"
#include "core/db/Migrations.h"
#include "core/db/Outbox.h"
#include "core/salesforce/OrgMapping.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

namespace {

QStringList tableNames(QSqlDatabase db) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Loads a committed SQL dump (statements end with ";\n") into a new SQLite file.
bool loadDump(const QString& dumpPath, const QString& dbPath) {
    QFile f(dumpPath);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QString script = QString::fromUtf8(f.readAll());
    const QString name = QStringLiteral("fixture-loader");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& stmt : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
            const QString s = stmt.trimmed();
            if (s.isEmpty())
                continue;
            if (!q.exec(s)) {
                qWarning() << "fixture statement failed:" << s.left(120) << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyDatabaseReachesLatest() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlDatabase conn = db.value()->connection();
        QCOMPARE(Migrations::currentVersion(conn), Migrations::latestVersion());
        const QStringList tables = tableNames(conn);
        for (const char* t :
             {"organizations", "districts", "schools", "classes", "volunteers", "volunteer_skills",
              "teachers", "students", "affiliations", "events", "participations", "outbox", "sync_state",
              "conflicts", "sync_issues", "audit_log", "meta"})
            QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Every earlier schema version has a frozen dump in tests/fixtures (schema-vN.sql, with data).
    // Opening it must migrate it to the latest version and keep its rows.
    void everyEarlierVersionMigrates_data() {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void everyEarlierVersionMigrates() {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(loadDump(test::fixturePath(QStringLiteral("schema-v%1.sql").arg(version)), path));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QSqlDatabase conn = db.value()->connection();
        QCOMPARE(Migrations::currentVersion(conn), Migrations::latestVersion());
        QSqlQuery q(conn);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM volunteers")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM participations")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        // Version 2 added the volunteer search key; old rows must have it filled.
        QVERIFY(q.exec(QStringLiteral("SELECT search_key FROM volunteers WHERE last_name='Nguyễn'")) &&
                q.next());
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("nguyễn")), qPrintable(q.value(0).toString()));
    }

    // Version 4 gave the outbox what a change needs to reach the org exactly once (core/db/Outbox): the
    // entries of an older cache read through it, a create named as such, a refusal still a refusal.
    void version3OutboxReadsAfterMigration() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        QVERIFY(loadDump(test::fixturePath(QStringLiteral("schema-v3.sql")), path));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        Outbox outbox(db.value()->connection());
        auto counts = outbox.counts();
        QVERIFY(counts.ok());
        QCOMPARE(counts->pending, 1);
        QCOMPARE(counts->failed, 1);
        auto entries = outbox.toPush(QStringLiteral("participation"));
        QVERIFY(entries.ok() && entries->size() == 1);
        QCOMPARE(entries->front().operation, OutboxEntry::Operation::Create);
        QCOMPARE(entries->front().fields.value(QStringLiteral("status")).toString(),
                 QStringLiteral("Attended"));
        auto refused = outbox.problems();
        QVERIFY(refused.ok() && refused->size() == 1);
        QCOMPARE(refused->front().state, OutboxEntry::State::Failed);
        QVERIFY(refused->front().error.message.contains(QStringLiteral("STRING_TOO_LONG")));
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT organization_id FROM volunteers")) && q.next());
        QVERIFY(q.value(0).isNull());
    }

    void newerSchemaRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        auto again = Database::open(path);
        QVERIFY(!again.ok());
        QVERIFY(again.error().message.contains(QStringLiteral("newer")));
    }

    void searchKeyKeptByTriggers() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO volunteers(first_name,last_name,email) "
                                      "VALUES('Ada','Lovelace','ADA@example.org')")));
        QVERIFY(q.exec(QStringLiteral("SELECT search_key FROM volunteers")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ada lovelace ada@example.org  "));
        QVERIFY(q.exec(QStringLiteral("UPDATE volunteers SET last_name='Byron'")));
        QVERIFY(q.exec(QStringLiteral("SELECT search_key FROM volunteers")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("byron")));
    }

    // The pull upserts every record by its Salesforce Id (ON CONFLICT(sf_id)), so each table the mapping
    // pulls into holds an Id once; records created in VMS have none yet, and many may wait at once.
    void everyPulledTableHoldsASalesforceIdOnce() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        auto mapping = OrgMapping::loadDefault();
        QVERIFY(mapping.ok());
        QSqlQuery q(db.value()->connection());
        QVERIFY(test::exec(q, QStringLiteral("INSERT INTO events(name) VALUES('Parent event')")));
        const qint64 event = q.lastInsertId().toLongLong();
        for (const EntityMapping& e : mapping->entities()) {
            // A participation needs its event (below); every other synced table stands alone.
            const bool participation = e.table == u"participations";
            const QString insert =
                participation ? QStringLiteral("INSERT INTO participations(sf_id, event_id) VALUES(?, ?)")
                              : QStringLiteral("INSERT INTO %1(sf_id) VALUES(?)").arg(e.table);
            const QVariantList id = participation ? QVariantList{QStringLiteral("a0X000000000DUPAAA"), event}
                                                  : QVariantList{QStringLiteral("a0X000000000DUPAAA")};
            const QVariantList none = participation
                                          ? QVariantList{QVariant(QMetaType(QMetaType::QString)), event}
                                          : QVariantList{QVariant(QMetaType(QMetaType::QString))};
            QVERIFY2(test::exec(q, insert, id), qPrintable(e.table));
            q.prepare(insert);
            for (const QVariant& v : id)
                q.addBindValue(v);
            QVERIFY2(!q.exec(), qPrintable(e.table + QStringLiteral(": a second row with the same Id")));
            QVERIFY2(test::exec(q, insert, none) && test::exec(q, insert, none), qPrintable(e.table));
        }
    }

    // What goes with an event, a volunteer, a student or a teacher when the cache drops it (a pulled
    // delete, a contact moved to another table): its participations, never a dangling row; a participation
    // names a cached event or is refused.
    void participationsGoWithWhatTheyBelongTo() {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        QSqlDatabase conn = db.value()->connection();
        QSqlQuery q(conn);
        for (const QString& owner :
             {QStringLiteral("volunteers"), QStringLiteral("students"), QStringLiteral("teachers")}) {
            QVERIFY(test::exec(q, QStringLiteral("INSERT INTO events(name) VALUES('Career fair')")));
            const qint64 event = q.lastInsertId().toLongLong();
            QVERIFY(test::exec(q, QStringLiteral("INSERT INTO %1(last_name) VALUES('Lovelace')").arg(owner)));
            const qint64 contact = q.lastInsertId().toLongLong();
            const QString link = owner.chopped(1) + QStringLiteral("_id");
            const QString add =
                QStringLiteral("INSERT INTO participations(event_id, %1) VALUES(?, ?)").arg(link);
            QVERIFY(test::exec(q, add, {event, contact}));
            QVERIFY(test::exec(q, add, {event, contact}));
            QVERIFY(test::exec(q, QStringLiteral("DELETE FROM %1 WHERE id=?").arg(owner), {contact}));
            QCOMPARE(test::scalar(conn,
                                  QStringLiteral("SELECT count(*) FROM participations WHERE event_id=?"),
                                  {event}),
                     0);
            QVERIFY(test::exec(q, add, {event, QVariant(QMetaType(QMetaType::LongLong))}));
            QVERIFY(test::exec(q, QStringLiteral("DELETE FROM events WHERE id=?"), {event}));
            QCOMPARE(test::scalar(conn, QStringLiteral("SELECT count(*) FROM participations")), 0);
        }
        q.prepare(QStringLiteral("INSERT INTO participations(event_id) VALUES(424242)"));
        QVERIFY2(!q.exec(), "a participation of an event the cache does not hold");
        q.prepare(QStringLiteral("INSERT INTO participations(sf_id) VALUES('a0X000000000NOEAAA')"));
        QVERIFY2(!q.exec(), "a participation without an event");
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_Migrations.moc"
