#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vms {

// The kinds of failure VMS distinguishes. They map one-to-one onto vms-cli's exit codes (cli.md), so a
// failure deep in core reaches the user with the right code without string matching.
enum class ErrorKind {
    Usage,     // bad usage or bad input (exit 2)
    Partial,   // some records failed (exit 3)
    Network,   // the org could not be reached (exit 4)
    Auth,      // not signed in / sign-in revoked or expired (exit 5)
    Forbidden, // the role may not do this (exit 6)
    Keychain,  // no usable OS keychain (exit 7)
    Database,  // the local cache is unusable (corrupt, unwritable)
    Busy,      // another writer kept the local cache locked past the wait; nothing was changed (exit 2)
    Io,        // a file could not be read or written
    Server,    // the org answered with an error that retrying will not fix
    Cancelled, // the user cancelled
    Internal,  // a bug
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QString code; // e.g. a Salesforce errorCode or a SQLite error code, for logs and tests

    static Error usage(QString m) { return {ErrorKind::Usage, std::move(m), {}}; }
    static Error database(QString m, QString c = {}) {
        return {ErrorKind::Database, std::move(m), std::move(c)};
    }
    static Error io(QString m) { return {ErrorKind::Io, std::move(m), {}}; }
    static Error forbidden(QString m) { return {ErrorKind::Forbidden, std::move(m), {}}; }
    static Error busy(QString m) { return {ErrorKind::Busy, std::move(m), QStringLiteral("BUSY")}; }
    static Error internal(QString m) { return {ErrorKind::Internal, std::move(m), {}}; }
};

int exitCodeFor(ErrorKind kind);

// Result<T>: a value or an Error. No exceptions cross Qt's event loop, so every fallible core call
// returns one of these.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_v(std::move(value)) {} // NOLINT(google-explicit-constructor)
    Result(Error error)
        : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_v); }
    T& value() & { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace vms
