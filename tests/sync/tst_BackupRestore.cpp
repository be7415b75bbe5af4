// Backups of the local cache (core/profile/Backup) on real files, and restores that keep what only this
// computer knows: changes queued after the copy survive and reach the org exactly once, changes the copy
// still had queued are neither doubled nor sent again once they were sent, and anything that is not a VMS
// cache of this org is refused with the cache left as it was. The org is the in-process fake
// (tools/fakeforce).

#include "FakeNetworkAccessManager.h"
#include "Org.h"
#include "SyncTestSupport.h"
#include "core/changes/LocalChanges.h"
#include "core/db/AuditLog.h"
#include "core/db/Meta.h"
#include "core/db/Migrations.h"
#include "core/profile/Backup.h"
#include "core/salesforce/SalesforceClient.h"
#include "core/sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace vms;
using namespace vms::test;

namespace {

Session sessionAs(Role role) {
    Session s;
    s.signedIn = true;
    s.userName = QStringLiteral("Alex Admin");
    s.role = role;
    return s;
}

int fileMode(const QString& path) {
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

QString sourceDir() {
    return qEnvironmentVariable("VMS_SOURCE_DIR");
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A database file made by plain SQL (a copy of an older VMS, or something that is not VMS at all).
bool runSql(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("plain-%1").arg(path);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString& s : statements)
            if (!s.trimmed().isEmpty() && !q.exec(s)) {
                qWarning() << s.left(100) << q.lastError().text();
                ok = false;
            }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestBackupRestore final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Profile> m_profile;
    std::unique_ptr<fakeforce::Org> m_org;
    std::unique_ptr<fakeforce::FakeNetworkAccessManager> m_nam;
    std::unique_ptr<OrgTokenSource> m_tokens;
    std::unique_ptr<SalesforceClient> m_client;
    std::shared_ptr<Database> m_db; // the program's own connection to the cache, open throughout
    OrgMapping m_mapping;
    FixedClock m_clock{QDateTime::fromMSecsSinceEpoch(fakeforce::kDefaultNowMs, Qt::UTC)};
    const Session m_admin = sessionAs(Role::Admin);

    QSqlDatabase db() { return m_db->connection(); }
    qint64 count(const QString& sql) { return scalar(db(), sql); }

    Result<SyncSummary> sync() {
        SyncEngine engine(db(), *m_client, m_mapping, m_clock, m_admin);
        return engine.run({});
    }

    // The n-th cached event with a start, and the n-th cached volunteer not yet on its roster.
    qint64 event() {
        return count(QStringLiteral("SELECT id FROM events WHERE start_utc IS NOT NULL ORDER BY id LIMIT 1"));
    }
    qint64 volunteer(int n) {
        return count(
            QStringLiteral("SELECT id FROM volunteers v WHERE sf_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
                           "FROM participations p WHERE p.volunteer_id=v.id AND p.event_id=%1) ORDER BY "
                           "id LIMIT 1 OFFSET %2")
                .arg(event())
                .arg(n));
    }
    // Marks attendance as a Coordinator would; returns the participation's client id.
    QString mark(qint64 volunteerId, ParticipationStatus status = ParticipationStatus::Attended) {
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        auto id =
            changes.setAttendance({event(), {ContactRef::Kind::Volunteer, volunteerId}, status, 1.5, false});
        if (!id)
            return {};
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT client_id FROM participations WHERE id=?"));
        q.addBindValue(*id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    // How many of the org's participations carry this client id.
    int inOrg(const QString& clientId) {
        int n = 0;
        for (const auto& r :
             nlohmann::json::parse(m_org->dumpJson(QStringLiteral("Session_Participant__c")).toStdString()))
            if (!r.value("IsDeleted", false) && r.value("VMS_Client_Id__c", nlohmann::json()).is_string() &&
                r["VMS_Client_Id__c"].get<std::string>() == clientId.toStdString())
                ++n;
        return n;
    }
    qint64 queued(const QString& clientId) {
        return count(
            QStringLiteral("SELECT count(*) FROM outbox o JOIN participations p ON p.id=o.local_id WHERE "
                           "o.entity='participation' AND p.client_id='%1'")
                .arg(clientId));
    }
    Backup::Info backupNow() {
        auto made = Backup::create(*m_profile, m_admin, m_clock);
        return made ? *made : Backup::Info{};
    }
    Result<Backup::RestoreReport> restore(const QString& file, const Session& who = {}) {
        return Backup::restore(*m_profile, file, who.signedIn ? who : m_admin, m_clock);
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        auto profile = Profile::openOrCreate(m_dir->filePath(QStringLiteral("profile")));
        QVERIFY(profile.ok());
        m_profile = std::make_unique<Profile>(*profile);
        fakeforce::Org::Options o;
        o.scale = QStringLiteral("tiny");
        m_org = std::make_unique<fakeforce::Org>(o);
        m_org->setClockFrozen(true);
        m_nam = std::make_unique<fakeforce::FakeNetworkAccessManager>(m_org.get());
        m_tokens = std::make_unique<OrgTokenSource>(*m_org);
        SalesforceClientOptions options;
        options.baseBackoff = std::chrono::milliseconds(1);
        options.maxBackoff = std::chrono::milliseconds(5);
        m_client = std::make_unique<SalesforceClient>(m_nam.get(), QUrl(m_org->instanceUrl()), m_tokens.get(),
                                                      options);
        auto opened = Database::open(m_profile->databasePath());
        QVERIFY(opened.ok());
        m_db = *opened;
        m_mapping = *OrgMapping::loadDefault();
        Session admin = m_admin;
        admin.orgId = QString::fromLatin1(m_org->orgId());
        QVERIFY(admin.saveCached(db()).ok());
        auto first = sync();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
    }
    void cleanup() {
        m_client.reset();
        m_db.reset();
        m_nam.reset();
        m_org.reset();
        m_dir.reset();
    }

    void copyIsWholeSelfContainedAndOwnerOnly() {
        const QString walkIn = mark(volunteer(0));
        QVERIFY(!walkIn.isEmpty());
        // A change the program is still writing (uncommitted) neither blocks the copy nor gets into it.
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE volunteers SET title='uncommitted' WHERE id=%1").arg(volunteer(1))));
        const Backup::Info copy = backupNow();
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        QVERIFY(QFile::exists(copy.path));
        QCOMPARE(copy.kind, Backup::Kind::Manual);
        QVERIFY(copy.path.startsWith(Backup::folder(*m_profile)));
        QCOMPARE(fileMode(copy.path), 0600);
        QCOMPARE(fileMode(Backup::folder(*m_profile)), 0700);
        QVERIFY(!QFile::exists(copy.path + QStringLiteral("-wal")));
        QVERIFY(QDir(Backup::folder(*m_profile)).entryList(QDir::Files | QDir::Hidden).size() == 1);
        // It is the cache: every table's rows, the queued change included, and nothing uncommitted.
        auto opened = Database::open(copy.path);
        QVERIFY(opened.ok());
        QSqlDatabase c = (*opened)->connection();
        for (const char* table : {"volunteers", "events", "participations", "outbox", "audit_log", "meta"})
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                     count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM volunteers WHERE title='uncommitted'")), 0);
        QCOMPARE(
            scalar(c, QStringLiteral("SELECT count(*) FROM participations WHERE client_id='%1'").arg(walkIn)),
            1);
        QCOMPARE(Migrations::currentVersion(c), Migrations::latestVersion());
    }

    void copyToAChosenFile() {
        const QString out = m_dir->filePath(QStringLiteral("elsewhere/vms-copy.sqlite"));
        QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
        auto made = Backup::create(*m_profile, m_admin, m_clock, out);
        QVERIFY(made.ok());
        QCOMPARE(made->path, out);
        QCOMPARE(fileMode(out), 0600);
        // An existing file is replaced whole; a file that cannot be written is reported, with nothing left.
        QVERIFY(Backup::create(*m_profile, m_admin, m_clock, out).ok());
        QFile blocker(m_dir->filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto refused =
            Backup::create(*m_profile, m_admin, m_clock, blocker.fileName() + QStringLiteral("/copy.sqlite"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Io);
        QVERIFY(refused.error().message.contains(QStringLiteral("No file was written")));
        QCOMPARE(QDir(QFileInfo(out).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void onlyAnAdminCopiesListsOrRestores() {
        const Backup::Info copy = backupNow();
        for (Role role : {Role::User, Role::Coordinator}) {
            QCOMPARE(Backup::create(*m_profile, sessionAs(role), m_clock).error().kind, ErrorKind::Forbidden);
            QCOMPARE(Backup::list(*m_profile, sessionAs(role)).error().kind, ErrorKind::Forbidden);
            QCOMPARE(restore(copy.path, sessionAs(role)).error().kind, ErrorKind::Forbidden);
        }
    }

    void dailyCopiesAreMadeOnceADayAndSevenKept() {
        const std::vector<Backup::Info> none = *Backup::list(*m_profile, m_admin);
        QVERIFY(none.empty());
        auto first = Backup::dailyIfDue(*m_profile, m_clock);
        QVERIFY(first.ok() && first->has_value());
        QCOMPARE((*first)->kind, Backup::Kind::Daily);
        QCOMPARE(fileMode((*first)->path), 0600);
        m_clock.advanceSecs(23 * 3600);
        QVERIFY(Backup::dailyIfDue(*m_profile, m_clock).ok());
        QCOMPARE(Backup::list(*m_profile, m_admin)->size(), size_t(1)); // not yet a day
        const Backup::Info manual = backupNow();
        for (int day = 0; day < 9; ++day) {
            m_clock.advanceSecs(25 * 3600);
            auto made = Backup::dailyIfDue(*m_profile, m_clock);
            QVERIFY(made.ok() && made->has_value());
        }
        const std::vector<Backup::Info> copies = *Backup::list(*m_profile, m_admin);
        int daily = 0;
        for (const Backup::Info& c : copies)
            daily += c.kind == Backup::Kind::Daily;
        QCOMPARE(daily, Backup::kDailyKept);
        // Newest first, and an Admin's own copy is never removed by the rotation.
        QVERIFY(std::is_sorted(copies.begin(), copies.end(),
                               [](const auto& a, const auto& b) { return a.createdAt > b.createdAt; }));
        QVERIFY(
            std::any_of(copies.begin(), copies.end(), [&](const auto& c) { return c.path == manual.path; }));
        QCOMPARE(copies.front().createdAt, m_clock.nowUtc().addMSecs(-m_clock.nowUtc().time().msec()));
    }

    void aNewProfileGetsNoDailyCopy() {
        // Nothing synced and nothing queued: nothing a copy could save.
        auto fresh = Profile::openOrCreate(m_dir->filePath(QStringLiteral("fresh")));
        QVERIFY(fresh.ok());
        QVERIFY(Database::open(fresh->databasePath()).ok());
        auto made = Backup::dailyIfDue(*fresh, m_clock);
        QVERIFY(made.ok());
        QVERIFY(!made->has_value());
        QVERIFY(!QDir(Backup::folder(*fresh)).exists() || QDir(Backup::folder(*fresh)).isEmpty());
    }

    // The heart of it: a copy made with one change queued, then more work, then a restore.
    void restoreKeepsChangesQueuedAfterTheCopyAndPushesEachOnce() {
        const qint64 first = volunteer(0), second = volunteer(1);
        const QString before = mark(first); // queued before the copy, still waiting
        QVERIFY(!before.isEmpty());
        const Backup::Info copy = backupNow();
        // After the copy: the waiting change is edited again, a new one is queued, a walk-in is added and
        // marked (records the copy has never seen).
        LocalChanges changes(db(), sessionAs(Role::Coordinator), m_clock);
        QVERIFY(changes
                    .setAttendance({event(),
                                    {ContactRef::Kind::Volunteer, first},
                                    ParticipationStatus::Attended,
                                    3.0,
                                    false})
                    .ok());
        const QString after = mark(second, ParticipationStatus::NoShow);
        auto walkIn = changes.addVolunteer(
            {QStringLiteral("Walk"), QStringLiteral("In"), QStringLiteral("walk@example.org"), {}, {}});
        QVERIFY(walkIn.ok());
        const QString walkInMark = mark(*walkIn);
        QVERIFY(!after.isEmpty() && !walkInMark.isEmpty());
        const qint64 queuedBefore = count(QStringLiteral("SELECT count(*) FROM outbox"));
        const qint64 auditBefore = count(QStringLiteral("SELECT count(*) FROM audit_log"));

        auto report = restore(copy.path);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->keptQueuedChanges, int(queuedBefore));
        QCOMPARE(report->droppedSentChanges, 0);
        QVERIFY(QFile::exists(report->previousCopy));

        // Seen through the program's connection, opened before the restore: every change is queued once.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), queuedBefore);
        for (const QString& id : {before, after, walkInMark})
            QCOMPARE(queued(id), 1);
        QCOMPARE(
            count(
                QStringLiteral("SELECT delivery_hours FROM participations WHERE client_id='%1'").arg(before)),
            3);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM volunteers WHERE first_name='Walk' AND pending=1")),
            1);
        // Nobody's history is lost.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);

        const int participations = m_org->liveRowCount(QStringLiteral("Session_Participant__c"));
        const int contacts = m_org->liveRowCount(QStringLiteral("Contact"));
        auto pushed = sync();
        QVERIFY2(pushed.ok(), pushed.ok() ? "" : qPrintable(pushed.error().message));
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), participations + 3);
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Contact")), contacts + 1);
        for (const QString& id : {before, after, walkInMark})
            QCOMPARE(inOrg(id), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
        // Another sync sends nothing more.
        m_org->clearRequestLog();
        QVERIFY(sync().ok());
        QCOMPARE(m_org->countRequests("PATCH", QStringLiteral("/composite/sobjects")), 0);
        QCOMPARE(m_org->liveRowCount(QStringLiteral("Session_Participant__c")), participations + 3);
        const QStringList diffs = compareCacheWithOrg(db(), *m_org, m_mapping);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }

    void restoreDoesNotResendWhatWasSentAfterTheCopy() {
        const QString sent = mark(volunteer(0));
        const Backup::Info copy = backupNow(); // the copy still has it queued
        QVERIFY(sync().ok());
        QCOMPARE(inOrg(sent), 1);
        QCOMPARE(queued(sent), 0);

        auto report = restore(copy.path);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->droppedSentChanges, 1);
        QCOMPARE(queued(sent), 0);
        // The row is the cache's: it has its Salesforce Id and waits for nothing.
        QCOMPARE(count(QStringLiteral(
                           "SELECT count(*) FROM participations WHERE client_id='%1' AND sf_id IS NOT NULL "
                           "AND pending=0")
                           .arg(sent)),
                 1);
        m_org->clearRequestLog();
        QVERIFY(sync().ok());
        QCOMPARE(m_org->countRequests("PATCH", QStringLiteral("/composite/sobjects")), 0);
        QCOMPARE(inOrg(sent), 1);
        const QStringList diffs = compareCacheWithOrg(db(), *m_org, m_mapping);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(u'\n')));
    }

    void restoreOverADamagedCacheMovesItAsideAndKeepsTheCopysQueue() {
        const QString queuedInCopy = mark(volunteer(0));
        const Backup::Info copy = backupNow();
        m_db.reset(); // the program is gone; its cache is then overwritten with garbage
        QFile live(m_profile->databasePath());
        QVERIFY(live.open(QIODevice::WriteOnly | QIODevice::Truncate));
        live.write(QByteArray(8192, 'x'));
        live.close();
        QFile::remove(m_profile->databasePath() + QStringLiteral("-wal"));
        QFile::remove(m_profile->databasePath() + QStringLiteral("-shm"));

        auto report = restore(copy.path);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(report->previousCopy.isEmpty());
        QFile moved(report->damagedCacheMovedTo);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), QByteArray(8192, 'x')); // kept, untouched
        QCOMPARE(fileMode(m_profile->databasePath()), 0600);
        m_db = Database::open(m_profile->databasePath()).value();
        QCOMPARE(queued(queuedInCopy), 1);
        QVERIFY(sync().ok());
        QCOMPARE(inOrg(queuedInCopy), 1);
    }

    void aCopyFromAnOlderVmsIsMigrated() {
        const QString old = m_dir->filePath(QStringLiteral("v1.sqlite"));
        QFile dump(sourceDir() + QStringLiteral("/tests/fixtures/schema-v1.sql"));
        QVERIFY(dump.open(QIODevice::ReadOnly));
        QVERIFY(runSql(old, QString::fromUtf8(dump.readAll()).split(QStringLiteral(";\n"))));
        const QString queuedHere = mark(volunteer(0));
        auto report = restore(old);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QSqlDatabase c = db();
        QCOMPARE(Migrations::currentVersion(c), Migrations::latestVersion());
        // The older copy's own queued change is there too: only the copy knows it.
        QCOMPARE(count(QStringLiteral(
                     "SELECT count(*) FROM outbox o JOIN participations p ON p.id=o.local_id WHERE "
                     "p.sf_id='a02000000000P01AAA'")),
                 1);
        QCOMPARE(queued(queuedHere), 1);
    }

    void refusesWhatIsNotACopyOfThisOrgsCache_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("not SQLite") << "text"
                                    << "is not a VMS cache";
        QTest::newRow("SQLite, not VMS") << "other"
                                         << "is not a VMS cache";
        QTest::newRow("newer VMS") << "newer"
                                   << "newer VMS";
        QTest::newRow("another org") << "org"
                                     << "another org";
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
    }
    void refusesWhatIsNotACopyOfThisOrgsCache() {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        mark(volunteer(0));
        const QString file = m_dir->filePath(QStringLiteral("candidate.sqlite"));
        if (kind == u"text") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("volunteers,hours\nAda,2\n");
        } else if (kind == u"other") {
            QVERIFY(runSql(file, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)"),
                                  QStringLiteral("PRAGMA user_version=3")}));
        } else if (kind != u"missing") {
            QVERIFY(Backup::create(*m_profile, m_admin, m_clock, file).ok());
            QVERIFY(runSql(
                file, {kind == u"newer"
                           ? QStringLiteral("PRAGMA user_version=%1").arg(Migrations::latestVersion() + 1)
                           : QStringLiteral("UPDATE meta SET value='00D0000000000OTHER' WHERE "
                                            "key='session.org_id'")}));
        }
        m_db->releaseThreadConnection(); // so the cache file is complete on disk for the comparison
        const QByteArray hash = fileHash(m_profile->databasePath());
        Session who = m_admin;
        who.orgId = QString::fromLatin1(m_org->orgId());
        auto r = restore(file, who);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
        QCOMPARE(fileHash(m_profile->databasePath()), hash);
        // No working file or copy was left behind.
        QVERIFY(QDir(Backup::folder(*m_profile)).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void auditLogOfBothIsKept() {
        const qint64 first = volunteer(0), second = volunteer(1);
        mark(first);
        const Backup::Info copy = backupNow();
        mark(second);
        auto r = restore(copy.path);
        QVERIFY(r.ok());
        auto entries = AuditLog(db()).query(m_admin, {});
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "tst_BackupRestore.moc"
