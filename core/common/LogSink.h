#pragma once

#include <QString>

namespace vms {

// Writes every Qt log message of the vms.* categories to the profile's logs folder: one file per
// category (logs/vms.sync.log, ...), one JSON object per line {"ts","level","category","msg"} so
// logs can be filtered with ordinary tools. Files rotate at kMaxBytes, keeping kKeep old files.
//
// Nothing logged by VMS contains a secret by design (the HTTP layer logs method, path and status
// only); as a second line of defence the sink also masks anything shaped like a Salesforce token.
class LogSink final {
public:
    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;
    static constexpr int kKeep = 3;

    // Installs the sink as Qt's message handler (chaining to the previous one for stderr output when
    // `alsoStderr`). Call once per process, after the profile is known.
    static void install(const QString& logDirectory, bool alsoStderr);
    static void uninstall();

    // The masking used for every line; public for tests.
    static QString redact(const QString& message);
};

} // namespace vms
