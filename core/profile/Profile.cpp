#include "profile/Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace vms {

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
        return Error::usage(QStringLiteral("No profile folder could be determined."));
    QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return Error::usage(QStringLiteral("--profile %1 is not a folder.").arg(path));
    if (!info.exists() && !QDir().mkpath(path))
        return Error::io(QStringLiteral("Cannot create the profile folder %1.").arg(path));
    if (!QFile::setPermissions(path,
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return Error::io(QStringLiteral("Cannot restrict the profile folder %1 to its owner.").arg(path));
    Profile p(QFileInfo(path).canonicalFilePath());
    QDir().mkpath(p.logDirectory());
    QFile::setPermissions(p.logDirectory(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
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
