#pragma once

#include "core/auth/Session.h"

#include <QByteArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

namespace vms::test {

// Where tests find committed fixtures.
inline QString sourceDir() {
    return qEnvironmentVariable("VMS_SOURCE_DIR", QStringLiteral(VMS_TEST_SOURCE_DIR));
}
inline QString fixturePath(const QString& name) {
    return sourceDir() + QStringLiteral("/tests/fixtures/") + name;
}

// A signed-in session of `role`; by default the tests' coordinator Jane.
inline Session sessionAs(Role role, const QString& userName = QStringLiteral("Jane Coordinator")) {
    Session s;
    s.signedIn = true;
    s.userName = userName;
    s.role = role;
    return s;
}

// Runs `sql` with `values` bound in order; a failure is logged and returns false.
inline bool exec(QSqlQuery& q, const QString& sql, const QVariantList& values = {}) {
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// The first column of the first row, or -1.
inline qint64 scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {}) {
    QSqlQuery q(db);
    if (!exec(q, sql, values) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace vms::test
