#pragma once

namespace vms {

// How CSV files are encoded. Both are reports.md's CSV (RFC 4180, comma, CRLF, formula guarding); they
// differ only in the byte order mark: Excel needs it to read UTF-8 (names with accents), while some
// scripts and databases choke on it.
enum class CsvPreset {
    ExcelUtf8Bom, // the default
    PlainUtf8,
};

} // namespace vms
