#include "core/common/Error.h"

namespace vms {

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Usage:
    // cli.md: "A file that cannot be written (a read-only folder, a full disk) ends with exit 2": the file
    // named on the command line is the bad input.
    case ErrorKind::Io:
    // Not 3 or 4: both promise the work is kept, and a change refused because the cache stayed locked
    // was not written at all. Like bad input, the command did nothing and says so; running it again works.
    case ErrorKind::Busy:
        return 2;
    case ErrorKind::Partial:
        return 3;
    case ErrorKind::Network:
        return 4;
    case ErrorKind::Auth:
        return 5;
    case ErrorKind::Forbidden:
        return 6;
    case ErrorKind::Keychain:
        return 7;
    case ErrorKind::Database:
    case ErrorKind::Server:
    case ErrorKind::Cancelled:
    case ErrorKind::Internal:
        break;
    }
    return 1;
}

} // namespace vms
