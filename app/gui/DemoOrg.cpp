#include "app/gui/DemoOrg.h"

#include "FakeHttpServer.h"
#include "Org.h"
#include "core/db/Database.h"
#include "core/db/Meta.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vms {

DemoOrg::DemoOrg() {
    m_thread.setObjectName(QStringLiteral("demo-org"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

DemoOrg::~DemoOrg() {
    if (m_thread.isRunning()) {
        // The org and its server were made on the demo thread and are destroyed there.
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                delete m_server;
                delete m_org;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

Status DemoOrg::start(const QString& scale) {
    m_thread.start();
    QString error;
    QMetaObject::invokeMethod(
        m_worker,
        [this, scale, &error] {
            fakeforce::Org::Options options;
            options.scale = scale;
            options.seed = 42;
            m_org = new fakeforce::Org(options);
            m_server = new fakeforce::FakeHttpServer(m_org);
            if (!m_server->listen(0))
                error = m_server->errorString();
            else
                m_baseUrl = m_server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!error.isEmpty())
        return Error{
            ErrorKind::Network,
            QCoreApplication::translate("vms::DemoOrg", "The demo org could not start: %1").arg(error),
            {}};
    return {};
}

QString DemoOrg::userFor(Role role) {
    switch (role) {
    case Role::User:
        return QStringLiteral("Uma User");
    case Role::Admin:
        return QStringLiteral("Alex Admin");
    case Role::Coordinator:
        break;
    }
    return QStringLiteral("Jane Coordinator");
}

QString DemoOrg::defaultProfilePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo-profile");
}

Status DemoOrg::claimProfile(Database& cache, bool existedBefore) {
    Meta meta(cache.connection());
    if (meta.get(MetaKey::DemoProfile) == u"1")
        return {};
    const QString folder = QFileInfo(cache.path()).absolutePath();
    // The default demo profile was only ever the demo's, also before profiles were marked.
    const bool demoDefault =
        QFileInfo(folder).canonicalFilePath() == QFileInfo(defaultProfilePath()).canonicalFilePath();
    if (existedBefore && !demoDefault)
        return Error::usage(
            QCoreApplication::translate("vms::DemoOrg",
                                        "--demo runs only on a profile of its own, and %1 is a real profile: "
                                        "the demo would sign it into the demo org. Leave out --profile, or "
                                        "give a new folder.")
                .arg(QDir::toNativeSeparators(folder)));
    return meta.set(MetaKey::DemoProfile, QStringLiteral("1"));
}

QByteArray DemoOrg::signInAs(Role role) {
    QByteArray json;
    const QString user = userFor(role);
    QMetaObject::invokeMethod(
        m_worker, [this, &json, &user] { json = m_org->issueTokens(user).json; },
        Qt::BlockingQueuedConnection);
    return json;
}

} // namespace vms
