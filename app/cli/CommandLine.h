#pragma once

#include "core/common/Error.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace vms::cli {

// A strict parser for one command's options: every option must be declared, so a typo is an error
// that names it (exit 2), never silently ignored.
struct OptionSpec {
    QString name; // without the leading "--"
    bool takesValue = false;
};

struct ParsedOptions {
    QStringList positionals;
    QHash<QString, QString> values;
    QSet<QString> flags;

    bool has(const QString& name) const { return flags.contains(name) || values.contains(name); }
    QString value(const QString& name) const { return values.value(name); }
};

Result<ParsedOptions> parseOptions(const QString& command, const QStringList& args,
                                   const QList<OptionSpec>& spec, int maxPositionals);

} // namespace vms::cli
