#include "core/auth/KeychainTokenStore.h"

#include "core/common/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::KeychainTokenStore)
};

struct JobResult {
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QByteArray data;
};

constexpr int kKeychainTimeoutMs = 60'000;

// Runs one QtKeychain job to completion.
JobResult run(QKeychain::Job& job) {
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // A keyring that must first be created or unlocked shows a password prompt; on a session with no
    // visible desktop (Xvfb, ssh) nobody can answer it, so the wait is bounded and then explained
    // rather than hanging the program.
    QTimer::singleShot(kKeychainTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    JobResult r;
    if (!finished) {
        r.error = QKeychain::OtherError;
        r.message = Tr::tr("the keychain did not answer within %1 s (it may be waiting for a password prompt "
                           "that cannot be shown)")
                        .arg(kKeychainTimeoutMs / 1000);
        return r;
    }
    r.error = job.error();
    r.message = job.errorString();
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(&job); read && r.error == QKeychain::NoError)
        r.data = read->binaryData();
    return r;
}

Error keychainError(const JobResult& r) {
    const QString how = Tr::tr(
        "VMS keeps your Salesforce sign-in only in the OS keychain and never writes it anywhere else. "
        "Install and unlock a Secret Service keychain (GNOME Keyring or KWallet) in your desktop session, "
        "then try again.");
    QString what;
    switch (r.error) {
    case QKeychain::NoBackendAvailable:
        what = Tr::tr("No OS keychain is available");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        what = Tr::tr("The OS keychain refused access (is it locked?)");
        break;
    default:
        what = Tr::tr("The OS keychain failed");
        break;
    }
    qCWarning(lcAuth) << "keychain error" << static_cast<int>(r.error) << r.message;
    return Error{ErrorKind::Keychain, QStringLiteral("%1 (%2). %3").arg(what, r.message, how),
                 QStringLiteral("KEYCHAIN_%1").arg(static_cast<int>(r.error))};
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service)) {}

QString KeychainTokenStore::credentialsKey(const QString& profileId, const QString& userId) {
    return QStringLiteral("profile/%1/user/%2").arg(profileId, userId);
}

QString KeychainTokenStore::pointerKey(const QString& profileId) {
    return QStringLiteral("profile/%1/current").arg(profileId);
}

QString KeychainTokenStore::description() const {
    return Tr::tr("the OS keychain");
}

Status KeychainTokenStore::probe() {
    // A read of a key that need not exist: EntryNotFound proves the keychain answers.
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(QStringLiteral("probe"));
    const JobResult r = run(job);
    if (r.error == QKeychain::NoError || r.error == QKeychain::EntryNotFound)
        return {};
    return keychainError(r);
}

Status KeychainTokenStore::save(const QString& profileId, const StoredCredentials& credentials) {
    // Another user signed into this profile before: their entry goes once this one is stored, so the
    // profile only ever has one sign-in in the keychain, and remove() (sign-out, removing this
    // computer's data) leaves none behind.
    QString previousUser;
    {
        QKeychain::ReadPasswordJob pointer(m_service);
        pointer.setKey(pointerKey(profileId));
        const JobResult p = run(pointer);
        if (p.error == QKeychain::NoError)
            previousUser = QString::fromUtf8(p.data);
    }
    {
        QKeychain::WritePasswordJob job(m_service);
        job.setKey(credentialsKey(profileId, credentials.userId));
        job.setBinaryData(credentials.toJson());
        const JobResult r = run(job);
        if (r.error != QKeychain::NoError)
            return keychainError(r);
    }
    QKeychain::WritePasswordJob pointer(m_service);
    pointer.setKey(pointerKey(profileId));
    pointer.setBinaryData(credentials.userId.toUtf8());
    const JobResult r = run(pointer);
    if (r.error != QKeychain::NoError)
        return keychainError(r);
    if (!previousUser.isEmpty() && previousUser != credentials.userId) {
        QKeychain::DeletePasswordJob old(m_service);
        old.setKey(credentialsKey(profileId, previousUser));
        if (const JobResult d = run(old);
            d.error != QKeychain::NoError && d.error != QKeychain::EntryNotFound)
            qCWarning(lcAuth) << "could not delete the previous user's keychain entry"
                              << static_cast<int>(d.error);
    }
    return {};
}

Result<std::optional<StoredCredentials>> KeychainTokenStore::load(const QString& profileId) {
    QKeychain::ReadPasswordJob pointer(m_service);
    pointer.setKey(pointerKey(profileId));
    const JobResult p = run(pointer);
    if (p.error == QKeychain::EntryNotFound)
        return std::optional<StoredCredentials>();
    if (p.error != QKeychain::NoError)
        return keychainError(p);
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(credentialsKey(profileId, QString::fromUtf8(p.data)));
    const JobResult r = run(job);
    if (r.error == QKeychain::EntryNotFound)
        return std::optional<StoredCredentials>();
    if (r.error != QKeychain::NoError)
        return keychainError(r);
    auto c = StoredCredentials::fromJson(r.data);
    if (!c)
        return c.error();
    return std::optional<StoredCredentials>(std::move(c).value());
}

Status KeychainTokenStore::remove(const QString& profileId) {
    QKeychain::ReadPasswordJob pointer(m_service);
    pointer.setKey(pointerKey(profileId));
    const JobResult p = run(pointer);
    if (p.error == QKeychain::EntryNotFound)
        return {};
    if (p.error != QKeychain::NoError)
        return keychainError(p);
    for (const QString& key : {credentialsKey(profileId, QString::fromUtf8(p.data)), pointerKey(profileId)}) {
        QKeychain::DeletePasswordJob job(m_service);
        job.setKey(key);
        const JobResult r = run(job);
        if (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound)
            return keychainError(r);
    }
    return {};
}

} // namespace vms
