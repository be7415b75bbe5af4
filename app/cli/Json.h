#pragma once

#include <QString>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace vms::cli {

// JSON output keeps keys in the order cli.md documents them.
using ojson = nlohmann::ordered_json;

inline ojson stringOrNull(const QString& s) {
    return s.isEmpty() ? ojson(nullptr) : ojson(s.toStdString());
}

inline void printJson(QTextStream& out, const ojson& j) {
    out << QString::fromStdString(j.dump(2)) << "\n";
    out.flush();
}

} // namespace vms::cli
