#pragma once

#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/profile/Profile.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace vms {

// Copies of a profile's local cache, in its backups/ folder (owner-only, like the profile) or wherever an
// Admin asks. A copy is made with SQLite's backup API on a connection of its own, in one read of a
// consistent snapshot: writers go on meanwhile (WAL), so neither the window nor a sync waits for it.
// Every copy is one self-contained file (no -wal beside it), mode 0600, written under a temporary name
// and renamed when complete, so a half-made copy never looks like a backup.
class Backup final {
public:
    enum class Kind {
        Daily,         // made by VMS when a profile is opened and its newest copy is over a day old
        Manual,        // made by an Admin
        BeforeRestore, // the cache as it was just before a restore replaced it
    };

    struct Info {
        QString path;
        QDateTime createdAt; // UTC
        Kind kind = Kind::Manual;
        qint64 bytes = 0;
    };

    // What a restore did, for the Admin to read.
    struct RestoreReport {
        QString restoredFrom;
        QString previousCopy; // the cache as it was, kept as a BeforeRestore copy (empty if unreadable)
        QString damagedCacheMovedTo; // where an unreadable cache was moved aside, if it was
        int keptQueuedChanges = 0;  // the cache's queued changes, all kept (whether or not the copy had them)
        int droppedSentChanges = 0; // the copy's queued changes the cache had sent since: not sent again
    };

    static constexpr int kDailyKept = 7;

    static QString folder(const Profile& profile);

    // A copy of the profile's cache: into `outFile` when given, else a new file in folder(). Admin only
    // (a copy holds everyone's personal data).
    static Result<Info> create(const Profile& profile, const Session& session, const Clock& clock,
                               const QString& outFile = {});
    // The copies in folder(), newest first. Admin only.
    static Result<std::vector<Info>> list(const Profile& profile, const Session& session);

    // The automatic daily copy: made when the cache exists and the newest copy in folder() is older than a
    // day (or there is none); afterwards only the newest kDailyKept daily copies are kept. Returns the
    // copy made, or nothing when none was due. Not role-checked: VMS protects the user's own data.
    static Result<std::optional<Info>> dailyIfDue(const Profile& profile, const Clock& clock);

    // Replaces the profile's cache with the copy in `file`, keeping every change queued in the cache that
    // the copy lacks (see restore() in Backup.cpp for the rules). Refuses, leaving everything as it was, a
    // file that is not a VMS cache, one from a newer VMS, or one of another org. Admin only: `session`
    // is the cache's signed-in user, or, when the cache cannot be read, the copy's.
    static Result<RestoreReport> restore(const Profile& profile, const QString& file, const Session& session,
                                         const Clock& clock);

    // The desktop program's restore: the window cannot replace the cache it holds open, so an Admin's
    // choice is noted in the profile and the program closes; its next start restores the copy before it
    // opens the cache (runScheduledRestore). Admin only.
    static Status scheduleRestore(const Profile& profile, const QString& file, const Session& session);
    // The copy a restore is scheduled from; empty when none is.
    static QString scheduledRestore(const Profile& profile);
    // Restores the scheduled copy, if any, as `vms-cli backup restore` would (asked by the cache's signed-in
    // user, or the copy's when the cache cannot be read). The note goes first, so a restore that fails is
    // reported once, never retried at every start.
    static Result<std::optional<RestoreReport>> runScheduledRestore(const Profile& profile,
                                                                    const Clock& clock);

    // Checks that `file` is a VMS cache this build can open (not newer) and reads its cached session.
    static Result<Session> inspect(const QString& file);

    static QString kindName(Kind kind); // "daily", "manual", "before-restore": stable, printed by vms-cli
};

} // namespace vms
