#pragma once

#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/domain/Status.h"
#include "ui/UiContext.h"
#include "ui/widgets/Prompter.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVariantList>

#include <memory>

namespace vms::test {

// A child of `root` (a window, a view, a dialog) by objectName; a missing one is named in the log (the
// test's QVERIFY then fails). The one lookup every widget test uses.
template <typename T>
T* find(const QObject* root, const char* name) {
    auto* w = root->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}
template <typename T>
T* find(const QObject& root, const char* name) {
    return find<T>(&root, name);
}

// Answers the views' questions the way a test tells it to, and remembers what was asked.
class ScriptedPrompter final : public Prompter {
public:
    bool answer = false;
    QStringList questions;
    QStringList details;
    QStringList errors;
    bool confirm(QWidget*, const QString& title, const QString& text, const QString& detail,
                 const QString&) override {
        questions << title + QStringLiteral(": ") + text;
        details << detail;
        return answer;
    }
    void error(QWidget*, const QString& title, const QString& text) override {
        errors << title + QStringLiteral(": ") + text;
    }
};

inline void exec(QSqlDatabase db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture SQL failed: %s", qPrintable(q.lastError().text()));
}

inline qint64 utcMs(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// A profile folder with a cache, settings and a session, optionally filled with a small known org.
struct UiFixture {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    std::unique_ptr<QSettings> settings;
    FixedClock clock{QDateTime(QDate(2026, 3, 10), QTime(15, 0), QTimeZone::utc())};
    ScriptedPrompter prompter;
    UiContext context;

    explicit UiFixture(Role role = Role::Coordinator, bool withData = true) {
        auto opened = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        if (!opened)
            qFatal("cannot open test cache: %s", qPrintable(opened.error().message));
        db = *opened;
        settings =
            std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        context.database = db;
        context.session.signedIn = true;
        context.session.userName = QStringLiteral("tester@example.org");
        context.session.role = role;
        context.clock = &clock;
        context.settings = settings.get();
        context.prompter = &prompter;
        if (withData)
            fill();
    }

    void fill() {
        QSqlDatabase c = db->connection();
        exec(c, QStringLiteral("INSERT INTO organizations(id, sf_id, name, type, billing_city) VALUES "
                               "(1,'001A','Acme Corp','Business','Kansas City'), "
                               "(2,'001B','Burns & McDonnell','Business','Overland Park')"));
        exec(c, QStringLiteral(
                    "INSERT INTO districts(id, sf_id, name) VALUES (1,'001D','Kansas City Public Schools')"));
        exec(c, QStringLiteral("INSERT INTO schools(id, sf_id, name, district_sf_id) VALUES "
                               "(1,'001S','Central High','001D')"));
        const QString ins = QStringLiteral("INSERT INTO volunteers(id, sf_id, first_name, last_name, email, "
                                           "phone, primary_affiliation, skills, "
                                           "last_volunteer_date, do_not_contact, gender, age_group, title) "
                                           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const QVariant null;
        exec(c, ins,
             {1, QStringLiteral("003A"), QStringLiteral("Jane"), QStringLiteral("Smith"),
              QStringLiteral("jane@acme.test"), QStringLiteral("816-555-0100"), QStringLiteral("001A"),
              QStringLiteral("Engineering;Mentoring"), QStringLiteral("2026-02-01"), 0,
              QStringLiteral("Female"), QStringLiteral("35-44"), QStringLiteral("Engineer")});
        exec(c, ins,
             {2, QStringLiteral("003B"), QStringLiteral("John"), QStringLiteral("Smithers"),
              QStringLiteral("john@bm.test"), null, QStringLiteral("001B"), QStringLiteral("Finance"),
              QStringLiteral("2023-05-01"), 0, null, null, null});
        exec(c, ins,
             {3, QStringLiteral("003C"), QStringLiteral("Alice"), QStringLiteral("Jones"),
              QStringLiteral("alice@example.test"), QStringLiteral("816-555-0101"), null,
              QStringLiteral("Engineering"), null, 0, null, null, null});
        exec(c, ins,
             {4, QStringLiteral("003D"), QStringLiteral("Bob"), QStringLiteral("Brown"),
              QStringLiteral("bob@acme.test"), null, QStringLiteral("001A"), QStringLiteral("Art"),
              QStringLiteral("2025-09-15"), 1, null, null, null});
        exec(c, ins,
             {5, QStringLiteral("003E"), QStringLiteral("Carol"), QStringLiteral("White"),
              QStringLiteral("carol@example.test"), null, QStringLiteral("Free Text Org"), null, null, 0,
              null, null, null});
        exec(c, QStringLiteral(
                    "INSERT INTO affiliations(sf_id, organization_sf_id, contact_sf_id, role, is_primary, "
                    "status, start_date) VALUES ('0AF1','001A','003A','Employee',1,'Current','2020-01-06')"));
        const QString ev =
            QStringLiteral("INSERT INTO events(id, sf_id, name, session_type, start_utc, end_utc, status, "
                           "status_code, school_sf_id, "
                           "district_sf_id, location) VALUES (?,?,?,?,?,?,?,?,'001S','001D','Room 101')");
        exec(c, ev,
             {1, QStringLiteral("a0E1"), QStringLiteral("Career Day"), QStringLiteral("Career Fair"),
              utcMs("2026-02-01T15:00:00Z"), utcMs("2026-02-01T17:00:00Z"), QStringLiteral("Completed"),
              static_cast<int>(EventStatus::Completed)});
        exec(c, ev,
             {2, QStringLiteral("a0E2"), QStringLiteral("Mock Interviews"), QStringLiteral("Workshop"),
              utcMs("2025-03-01T16:00:00Z"), utcMs("2025-03-01T19:00:00Z"), QStringLiteral("Completed"),
              static_cast<int>(EventStatus::Completed)});
        exec(c, ev,
             {3, QStringLiteral("a0E3"), QStringLiteral("Science Fair Judging"), QStringLiteral("Workshop"),
              utcMs("2026-03-20T14:30:00Z"), utcMs("2026-03-20T16:00:00Z"), QStringLiteral("Confirmed"),
              static_cast<int>(EventStatus::Confirmed)});
        exec(c, ev,
             {4, QStringLiteral("a0E4"), QStringLiteral("Resume Review"), QStringLiteral("Workshop"),
              utcMs("2026-03-12T18:00:00Z"), utcMs("2026-03-12T19:00:00Z"), QStringLiteral("Cancelled"),
              static_cast<int>(EventStatus::Cancelled)});
        const QString part = QStringLiteral("INSERT INTO participations(sf_id, event_id, volunteer_id, "
                                            "participant_type, status, status_code, "
                                            "type_code, delivery_hours) VALUES (?,?,?,'Volunteer',?,?,1,?)");
        const int attended = static_cast<int>(ParticipationStatus::Attended);
        exec(c, part, {QStringLiteral("a0P1"), 1, 1, QStringLiteral("Attended"), attended, 2.0});
        exec(c, part, {QStringLiteral("a0P2"), 2, 1, QStringLiteral("Attended"), attended, 3.0});
        exec(c, part,
             {QStringLiteral("a0P3"), 3, 1, QStringLiteral("Registered"),
              static_cast<int>(ParticipationStatus::Registered), null});
        exec(c, part, {QStringLiteral("a0P4"), 1, 2, QStringLiteral("Attended"), attended, 2.0});
    }

    QVariant scalar(const QString& sql, const QVariantList& values = {}) const {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return {};
        return q.value(0);
    }
};

} // namespace vms::test
