#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#ifndef FAKEFORCE_EXE
#error                                                                                                       \
    "a test that starts the fakeforce server defines FAKEFORCE_EXE (tests/*/CMakeLists.txt) and depends on it"
#endif

namespace vms::test {

// The fakeforce server program on a free loopback port, at tiny scale, for the end-to-end tests that talk
// to it over real HTTP as vms-cli does. Started in `process`; returns its base URL, or an empty string
// (the reason logged) when it did not start. stopFakeforce() ends it.
inline QString startFakeforce(QProcess& process) {
    process.start(QStringLiteral(FAKEFORCE_EXE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--scale"),
                   QStringLiteral("tiny"), QStringLiteral("--quiet")});
    if (!process.waitForStarted()) {
        qWarning("fakeforce did not start: %s", qPrintable(process.errorString()));
        return {};
    }
    QString line;
    const bool answered = QTest::qWaitFor(
        [&] {
            line += QString::fromUtf8(process.readAllStandardOutput());
            return line.contains(u'\n');
        },
        30000);
    const auto m =
        QRegularExpression(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)")).match(line);
    if (!answered || !m.hasMatch()) {
        qWarning("fakeforce did not say where it listens: %s", qPrintable(line));
        return {};
    }
    return m.captured(1);
}

inline void stopFakeforce(QProcess& process) {
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
}

} // namespace vms::test
