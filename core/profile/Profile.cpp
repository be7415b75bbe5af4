#include "core/profile/Profile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vms {

namespace {
// One context for every message of this file, the same for lupdate and at run time (see LoginHost.cpp).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::Profile)
};
} // namespace

QString Profile::resolvePath(const QString& explicitPath) {
    if (!explicitPath.isEmpty())
        return QDir(explicitPath).absolutePath();
    const QString fromEnv = qEnvironmentVariable("VMS_PROFILE");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<Profile> Profile::openOrCreate(const QString& path) {
    if (path.isEmpty())
        return Error::usage(Tr::tr("No profile folder could be determined."));
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error::usage(Tr::tr("--profile %1 is not a folder.").arg(path));
    if (!info.exists() && !QDir().mkpath(path))
        return Error::io(Tr::tr("Cannot create the profile folder %1.").arg(path));
    if (!QFile::setPermissions(path,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error::io(Tr::tr("Cannot restrict the profile folder %1 to its owner.").arg(path));
    Profile p(QFileInfo(path).canonicalFilePath());
    QDir().mkpath(p.logDirectory());
    QFile::setPermissions(p.logDirectory(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // QSettings rewrites settings.ini through a temporary file that keeps the existing file's mode, so an
    // owner-only file made here stays owner-only (it names the user's org and login host).
    QFile settings(p.settingsPath());
    if (!settings.exists() && settings.open(QIODevice::WriteOnly))
        settings.close();
    settings.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return p;
}

QString Profile::databasePath() const {
    return m_path + QStringLiteral("/vms.sqlite");
}

QString Profile::settingsPath() const {
    return m_path + QStringLiteral("/settings.ini");
}

QString Profile::logDirectory() const {
    return m_path + QStringLiteral("/logs");
}

QString Profile::id() const {
    return QString::fromLatin1(
        QCryptographicHash::hash(m_path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace vms
