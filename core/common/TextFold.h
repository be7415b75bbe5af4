#pragma once

#include <QString>

namespace vms {

// Matching what people type against names, ignoring case and accents: "maria gar" finds "María García".
// Stored text is folded once, where a search key is built (list loaders); what the user types is folded
// per keystroke, which costs one short string. SQLite cannot fold accents itself (its lower() knows ASCII
// only, and a custom SQL function would not exist in every SQLite that opens the cache), so searches that
// run in SQL expand the typed text into a GLOB pattern instead (containsGlob).
class TextFold final {
public:
    // Lower case without combining marks: "José Ñúñez" -> "jose nunez". Text is decomposed first (NFD),
    // so precomposed and decomposed spellings fold alike.
    static QString fold(const QString& text);

    // A GLOB pattern for SQLite that matches text containing `typed` when both are compared folded, for
    // text as SQLite's lower() leaves it (ASCII lower-cased, everything else as stored): every letter
    // becomes a class of its accented and upper-case spellings, "ma" -> "*[mḿ…][aáàâäãåā…ÁÀ…]*", and GLOB's
    // own special characters stand for themselves.
    static QString containsGlob(const QString& typed);
};

} // namespace vms
