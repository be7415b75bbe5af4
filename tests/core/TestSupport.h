#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace vms::test {

// Where tests find committed fixtures.
inline QString sourceDir() {
    return qEnvironmentVariable("VMS_SOURCE_DIR", QStringLiteral(VMS_TEST_SOURCE_DIR));
}
inline QString fixturePath(const QString& name) {
    return sourceDir() + QStringLiteral("/tests/fixtures/") + name;
}

} // namespace vms::test
