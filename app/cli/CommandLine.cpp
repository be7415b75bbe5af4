#include "app/cli/CommandLine.h"

namespace vms::cli {

Result<ParsedOptions> parseOptions(const QString& command, const QStringList& args,
                                   const QList<OptionSpec>& spec, int maxPositionals) {
    ParsedOptions out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(u"--") || arg == u"--") {
            if (out.positionals.size() >= maxPositionals)
                return Error::usage(QStringLiteral("%1: unexpected argument '%2'").arg(command, arg));
            out.positionals << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        const auto it =
            std::find_if(spec.begin(), spec.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (it == spec.end())
            return Error::usage(QStringLiteral("%1: unknown option '--%2'").arg(command, name));
        if (out.has(name))
            return Error::usage(QStringLiteral("%1: option '--%2' given twice").arg(command, name));
        if (!it->takesValue) {
            if (hasInline)
                return Error::usage(QStringLiteral("%1: option '--%2' takes no value").arg(command, name));
            out.flags.insert(name);
            continue;
        }
        if (hasInline) {
            out.values.insert(name, inlineValue);
        } else {
            if (i + 1 >= args.size())
                return Error::usage(QStringLiteral("%1: option '--%2' needs a value").arg(command, name));
            out.values.insert(name, args.at(++i));
        }
    }
    return out;
}

} // namespace vms::cli
