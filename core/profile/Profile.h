#pragma once

#include "core/common/Error.h"

#include <QString>

namespace vms {

// A profile folder holds one user's cache, settings and logs, and nothing lives anywhere else
// (cli.md). Keychain entries are keyed by the profile's id.
class Profile final {
public:
    // Resolves the folder: explicit argument, else $VMS_PROFILE, else the platform's AppDataLocation.
    static QString resolvePath(const QString& explicitPath);
    // Creates the folder (mode 0700) if needed and tightens its mode if it exists.
    static Result<Profile> openOrCreate(const QString& path);

    const QString& path() const { return m_path; }
    QString databasePath() const;
    QString settingsPath() const;
    QString logDirectory() const;
    // Stable id for keychain entries: a hash of the canonical path.
    QString id() const;

private:
    explicit Profile(QString path)
        : m_path(std::move(path)) {}
    QString m_path;
};

} // namespace vms
