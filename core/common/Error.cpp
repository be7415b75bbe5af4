#include "core/common/Error.h"

namespace vms {

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Usage:
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
    case ErrorKind::Io:
    case ErrorKind::Server:
    case ErrorKind::Cancelled:
    case ErrorKind::Internal:
        break;
    }
    return 1;
}

} // namespace vms
