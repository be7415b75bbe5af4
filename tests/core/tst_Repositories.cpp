#include "core/db/Database.h"
#include "core/db/Repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace vms;

namespace {

// Fills every column of a value with a distinct, awkward value (non-Latin text, quotes, commas,
// newlines) so a round trip proves each column is stored and read back by the right member.
struct Filler {
    int n = 0;
    void operator()(QString& s) { s = QStringLiteral("v%1 «Ünïcødé», \"q\"\n王%1").arg(++n); }
    void operator()(bool& b) { b = (++n % 2) == 1; }
    void operator()(qint64& v) { v = 1000 + ++n; }
    void operator()(std::optional<double>& d) { d = 0.25 * ++n; }
    void operator()(std::optional<qint64>& v) { v = 1'700'000'000'000LL + ++n; }
};

template <typename T>
T filled() {
    T value;
    Filler fill;
    detail::forEachColumn(EntityTable<T>::columns(), [&](const auto& c) { fill(value.*(c.member)); });
    return value;
}

template <typename T>
bool sameColumns(const T& a, const T& b, QString* which) {
    bool same = true;
    detail::forEachColumn(EntityTable<T>::columns(), [&](const auto& c) {
        if (!(a.*(c.member) == b.*(c.member))) {
            same = false;
            *which = QString::fromLatin1(c.name);
        }
    });
    return same;
}

} // namespace

class TestRepositories final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;

    template <typename T>
    void roundTrip() {
        Repository<T> repo(m_db->connection());
        T original = filled<T>();
        if constexpr (std::is_same_v<T, Participation>) {
            // Participations need a real event (foreign key); volunteer/student/teacher links are optional.
            Event e = filled<Event>();
            QVERIFY(Repository<Event>(m_db->connection()).insert(e).ok());
            original.eventId = e.id;
            original.volunteerId.reset();
            original.studentId.reset();
            original.teacherId.reset();
        }
        QVERIFY(repo.insert(original).ok());
        QVERIFY(original.id > 0);
        auto loaded = repo.get(original.id);
        QVERIFY(loaded.ok());
        QVERIFY(loaded->has_value());
        QString which;
        QVERIFY2(sameColumns(original, **loaded, &which), qPrintable(which));

        auto bySf = repo.findBySfId(original.sfId);
        QVERIFY(bySf.ok() && bySf->has_value());
        QCOMPARE((*bySf)->id, original.id);

        // Nulls survive too: a fresh value has null text and empty optionals.
        T sparse;
        if constexpr (std::is_same_v<T, Participation>)
            sparse.eventId = original.eventId;
        QVERIFY(repo.insert(sparse).ok());
        auto sparseLoaded = repo.get(sparse.id);
        QVERIFY(sparseLoaded.ok() && sparseLoaded->has_value());
        QVERIFY2(sameColumns(sparse, **sparseLoaded, &which), qPrintable(which));

        // Update changes what was written.
        T changed = **loaded;
        changed.sfId = QStringLiteral("a0X000000000001AAA");
        QVERIFY(repo.update(changed).ok());
        auto reloaded = repo.get(original.id);
        QVERIFY(reloaded.ok() && reloaded->has_value());
        QCOMPARE((*reloaded)->sfId, changed.sfId);

        QVERIFY(repo.remove(original.id).ok());
        auto gone = repo.get(original.id);
        QVERIFY(gone.ok() && !gone->has_value());
    }

private Q_SLOTS:
    void initTestCase() {
        auto db = Database::open(m_dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db.ok());
        m_db = *db;
    }
    void organization() { roundTrip<Organization>(); }
    void district() { roundTrip<District>(); }
    void school() { roundTrip<School>(); }
    void schoolClass() { roundTrip<SchoolClass>(); }
    void volunteer() { roundTrip<Volunteer>(); }
    void teacher() { roundTrip<Teacher>(); }
    void student() { roundTrip<Student>(); }
    void affiliation() { roundTrip<Affiliation>(); }
    void event() { roundTrip<Event>(); }
    void participation() { roundTrip<Participation>(); }

    void derivedStatusCodesWritten() {
        Event e;
        e.name = QStringLiteral("Career fair");
        e.status = QStringLiteral(" canceled ");
        QVERIFY(Repository<Event>(m_db->connection()).insert(e).ok());
        Participation p;
        p.eventId = e.id;
        p.status = QStringLiteral("Successfully Completed");
        p.participantType = QStringLiteral("volunteer");
        QVERIFY(Repository<Participation>(m_db->connection()).insert(p).ok());
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT status_code, type_code FROM participations WHERE id=?"));
        q.addBindValue(p.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), static_cast<int>(ParticipationStatus::Attended));
        QCOMPARE(q.value(1).toInt(), static_cast<int>(ParticipantType::Volunteer));
        q.prepare(QStringLiteral("SELECT status_code FROM events WHERE id=?"));
        q.addBindValue(e.id);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), static_cast<int>(EventStatus::Cancelled));
    }

    void participationGoesWithItsEvent() {
        Repository<Event> events(m_db->connection());
        Repository<Participation> parts(m_db->connection());
        Event e;
        QVERIFY(events.insert(e).ok());
        Participation p;
        p.eventId = e.id;
        QVERIFY(parts.insert(p).ok());
        QVERIFY(events.remove(e.id).ok());
        auto gone = parts.get(p.id);
        QVERIFY(gone.ok() && !gone->has_value());
    }

    void uniqueSalesforceIdEnforced() {
        Repository<District> repo(m_db->connection());
        District a;
        a.sfId = QStringLiteral("001000000000DUPAAA");
        District b = a;
        QVERIFY(repo.insert(a).ok());
        QVERIFY(!repo.insert(b).ok());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_Repositories.moc"
