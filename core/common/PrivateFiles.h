#pragma once

#include <QFile>
#include <QFileDevice>
#include <QString>

namespace vms::PrivateFiles {

// Files VMS writes that hold people's data (report exports, the sign-in sheet) are readable and writable
// by their owner only, like the cache (0600), whatever the process's umask: the Documents folder they
// usually go to is often readable by every account on the computer.
inline constexpr QFileDevice::Permissions kMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// An open file (a QSaveFile's temporary file, renamed into place with this mode), before anything is
// written to it. False when the file system refused.
inline bool restrict(QFileDevice& file) {
    return file.setPermissions(kMode);
}

// A file written by a library that takes a path (libxlsxwriter), before it is renamed into place.
inline bool restrict(const QString& path) {
    return QFile::setPermissions(path, kMode);
}

} // namespace vms::PrivateFiles
