#pragma once

#include "core/common/Error.h"
#include "core/domain/Role.h"

#include <QByteArray>
#include <QString>
#include <QThread>

#include <memory>

namespace fakeforce {
class FakeHttpServer;
class Org;
} // namespace fakeforce

namespace vms {

class Database;

// `vms --demo`: the project's fake Salesforce org with its `demo` data, served on a free loopback port
// from a thread of its own (so the sync worker's HTTP requests never wait for the GUI thread). The
// same fake that the tests and benchmarks use; nothing here is reachable from outside the machine.
class DemoOrg final {
public:
    DemoOrg();
    ~DemoOrg();
    DemoOrg(const DemoOrg&) = delete;
    DemoOrg& operator=(const DemoOrg&) = delete;

    Status start(const QString& scale = QStringLiteral("demo"));
    QString baseUrl() const { return m_baseUrl; }
    // A token response (as /services/oauth2/token sends it) for the demo org's user holding `role`, so
    // the demo can sign in without a browser. The role then comes from that user's permission sets, as
    // with a real org.
    QByteArray signInAs(Role role);
    // The fake org's user for each role: "Jane Coordinator", "Uma User", "Alex Admin".
    static QString userFor(Role role);

    // Where `vms --demo` keeps its profile when no --profile is given.
    static QString defaultProfilePath();
    // The demo runs on a profile of its own: a new one (`existedBefore` false: its cache was just made),
    // the default demo profile, or one it marked before; it marks the ones it takes. A real profile is
    // refused (ErrorKind::Usage) before the demo signs in: its keychain entry, cached role and queued
    // changes must never meet the demo org.
    static Status claimProfile(Database& cache, bool existedBefore);

private:
    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread: the context for calls into the org
    fakeforce::Org* m_org = nullptr;
    fakeforce::FakeHttpServer* m_server = nullptr;
    QString m_baseUrl;
};

} // namespace vms
