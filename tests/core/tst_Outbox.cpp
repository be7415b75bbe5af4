#include "core/db/Database.h"
#include "core/db/Outbox.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

// The outbox's owner on its own: merging, confirming exactly what was sent (an edit made while the push
// ran stays queued, based on what landed), refusals, waiting, conflicts, counts, and the notifier.
class TestOutbox final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    qint64 m_volunteer = 0;
    const QString kNow = QStringLiteral("2026-11-24T15:00:00.000Z");

    QSqlDatabase db() { return m_db->connection(); }
    Outbox outbox() { return Outbox(db()); }

    int pendingFlag() {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT pending FROM volunteers WHERE id=%1").arg(m_volunteer));
        return q.next() ? q.value(0).toInt() : -1;
    }

    OutboxEntry only() {
        auto all = outbox().toPush(QStringLiteral("volunteer"));
        if (!all || all->size() != 1)
            qFatal("expected one entry to push");
        return all->front();
    }

    Status edit(const QVariantMap& fields, const QVariantMap& base = {}) {
        return outbox().enqueue(QStringLiteral("volunteer"), m_volunteer, OutboxEntry::Operation::Update,
                                fields, base, QStringLiteral("2026-11-01T00:00:00.000Z"),
                                QStringLiteral("003000000000001AAA"), QStringLiteral("Jane"), kNow);
    }

private Q_SLOTS:
    void init() {
        static int n = 0;
        m_db = Database::open(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(++n))).value();
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO volunteers(sf_id,first_name,last_name,title) VALUES "
                                      "('003000000000001AAA','Ada','Lovelace','Old')")));
        m_volunteer = q.lastInsertId().toLongLong();
    }

    void editsMergeNewestValueEarliestBase() {
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("A")}},
                     {{QStringLiteral("title"), QStringLiteral("Old")}})
                    .ok());
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("B")},
                      {QStringLiteral("phone"), QStringLiteral("1")}},
                     {{QStringLiteral("title"), QStringLiteral("A")}, {QStringLiteral("phone"), QVariant()}})
                    .ok());
        const OutboxEntry e = only();
        QCOMPARE(e.fields.value(QStringLiteral("title")).toString(), QStringLiteral("B"));
        QCOMPARE(e.base.value(QStringLiteral("title")).toString(), QStringLiteral("Old"));
        QVERIFY(e.base.value(QStringLiteral("phone")).isNull());
        QCOMPARE(e.sfId, QStringLiteral("003000000000001AAA"));
        QCOMPARE(pendingFlag(), 1);
    }

    void confirmingWhatWasSentRemovesTheEntry() {
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("A")}}).ok());
        const OutboxEntry e = only();
        QVERIFY(outbox().markSent(e.id, e.fields, {}, kNow).ok());
        QVERIFY(outbox().confirm(e, e.fields).ok());
        QCOMPARE(outbox().counts()->total(), 0);
        QCOMPARE(pendingFlag(), 0);
    }

    // The user edited the record while its push was on the way: only what landed leaves; the newer value
    // stays, based on what the org now has (so the next push sees the org's value as this client's own).
    void anEditMadeDuringThePushStaysQueued() {
        QVERIFY(
            edit({{QStringLiteral("title"), QStringLiteral("A")},
                  {QStringLiteral("phone"), QStringLiteral("1")}},
                 {{QStringLiteral("title"), QStringLiteral("Old")}, {QStringLiteral("phone"), QVariant()}})
                .ok());
        const OutboxEntry sent = only();
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("B")}}).ok());
        QVERIFY(outbox().confirm(sent, sent.fields).ok());
        const OutboxEntry left = only();
        QCOMPARE(left.fields.keys(), QStringList{QStringLiteral("title")});
        QCOMPARE(left.fields.value(QStringLiteral("title")).toString(), QStringLiteral("B"));
        QCOMPARE(left.base.value(QStringLiteral("title")).toString(), QStringLiteral("A"));
        QCOMPARE(left.operation, OutboxEntry::Operation::Update);
        QCOMPARE(pendingFlag(), 1);
    }

    void refusalIsKeptShownAndClearedByAnEdit() {
        QVERIFY(edit({{QStringLiteral("title"), QString(90, u'x')}}).ok());
        const OutboxEntry e = only();
        QVERIFY(outbox().markSent(e.id, e.fields, {}, kNow).ok());
        QVERIFY(outbox()
                    .fail(e.id,
                          {QStringLiteral("STRING_TOO_LONG"),
                           QStringLiteral("Title: too long"),
                           {QStringLiteral("Title")}},
                          kNow)
                    .ok());
        QCOMPARE(outbox().counts()->failed, 1);
        auto problems = outbox().problems();
        QVERIFY(problems.ok() && problems->size() == 1);
        QCOMPARE(problems->front().error.code, QStringLiteral("STRING_TOO_LONG"));
        QCOMPARE(problems->front().error.fields, QStringList{QStringLiteral("Title")});
        QVERIFY(problems->front().sent.isEmpty()); // the org answered: nothing is in doubt
        QCOMPARE(problems->front().attempts, 1);
        // Still to push (retried every run), and an edit makes it pending again.
        QCOMPARE(outbox().toPush(QStringLiteral("volunteer"))->size(), size_t(1));
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("Short")}}).ok());
        QCOMPARE(outbox().counts()->failed, 0);
        QVERIFY(outbox().problems()->empty());
    }

    void waitingSaysWhyWithoutBeingRefused() {
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("A")}}).ok());
        QVERIFY(outbox()
                    .wait(only().id, {QStringLiteral("PARENT_NOT_PUSHED"), QStringLiteral("waits"), {}})
                    .ok());
        QCOMPARE(outbox().counts()->pending, 1);
        QCOMPARE(outbox().counts()->failed, 0);
        QVERIFY(outbox().problems()->front().waiting());
    }

    void conflictOnlyWhenTheEntryIsUnchanged() {
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("A")}}).ok());
        const OutboxEntry e = only();
        QVERIFY(edit({{QStringLiteral("phone"), QStringLiteral("2")}}).ok());
        auto stale = outbox().markConflict(e, {{QStringLiteral("title"), QStringLiteral("A")}},
                                           {{QStringLiteral("title"), QStringLiteral("Theirs")}}, kNow);
        QVERIFY(stale.ok() && !*stale); // edited meanwhile: looked at again next run
        const OutboxEntry fresh = only();
        auto marked = outbox().markConflict(fresh, {{QStringLiteral("title"), QStringLiteral("A")}},
                                            {{QStringLiteral("title"), QStringLiteral("Theirs")}}, kNow);
        QVERIFY(marked.ok() && *marked);
        QCOMPARE(outbox().counts()->conflicts, 1);
        QVERIFY(outbox().toPush(QStringLiteral("volunteer"))->empty());
        // Keep mine: it goes at the next push.
        QVERIFY(outbox()
                    .settleConflict(QStringLiteral("volunteer"), m_volunteer, QStringLiteral("title"), true,
                                    false)
                    .ok());
        QCOMPARE(outbox().counts()->pending, 1);
    }

    void goneLeavesAndTheFlagFollows() {
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("A")}}).ok());
        QVERIFY(outbox().removeGone(only()).ok());
        QCOMPARE(outbox().counts()->total(), 0);
        QCOMPARE(pendingFlag(), 0);
    }

    // The GUI's replacement for polling: one signal for a burst of changes, delivered by the event loop,
    // and `queued` only for local changes (the push's own confirmations must not trigger another push).
    void notifierCoalescesAndTellsLocalChangesApart() {
        QSignalSpy changed(&OutboxNotifier::instance(), &OutboxNotifier::changed);
        QSignalSpy queued(&OutboxNotifier::instance(), &OutboxNotifier::queued);
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("A")}}).ok());
        QVERIFY(edit({{QStringLiteral("title"), QStringLiteral("B")}}).ok());
        QCOMPARE(changed.size(),
                 0); // not before the event loop runs (the change's transaction commits first)
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(queued.size(), 1);
        QVERIFY(outbox().confirm(only(), only().fields).ok());
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(queued.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_Outbox.moc"
