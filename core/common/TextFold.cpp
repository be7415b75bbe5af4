#include "core/common/TextFold.h"

#include <QHash>

namespace vms {

namespace {

bool isAscii(const QString& text) {
    for (QChar c : text)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// For each folded letter, every spelling of it in the scripts VMS meets in names (Latin with its
// extensions, Greek, Cyrillic), upper and lower case: built once, from Unicode's own decompositions.
const QHash<QChar, QString>& spellings() {
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> out;
        const std::pair<char16_t, char16_t> ranges[] = {
            {0x0041, 0x005A}, {0x0061, 0x007A}, {0x00C0, 0x024F}, {0x0370, 0x04FF}, {0x1E00, 0x1EFF}};
        for (const auto& [from, to] : ranges) {
            for (char16_t u = from; u <= to; ++u) {
                const QChar c(u);
                if (!c.isLetter())
                    continue;
                const QString folded = TextFold::fold(QString(c));
                if (folded.size() != 1)
                    continue;
                QString& list = out[folded.front()];
                if (!list.contains(c))
                    list += c;
            }
        }
        return out;
    }();
    return table;
}

} // namespace

QString TextFold::fold(const QString& text) {
    // Most names are plain ASCII: no decomposition needed.
    if (isAscii(text))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toLower();
}

QString TextFold::containsGlob(const QString& typed) {
    const QString folded = fold(typed);
    QString out = QStringLiteral("*");
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isSurrogate()) { // outside the tables: matched exactly, both halves together
            out += c;
            continue;
        }
        if (c == u'*' || c == u'?' || c == u'[') {
            out += u'[' + QString(c) + u']';
            continue;
        }
        QString variants = spellings().value(c);
        if (!variants.contains(c))
            variants.prepend(c);
        // SQLite's lower() leaves non-ASCII capitals alone: "ÁLVAREZ" is stored as such.
        const QString upper = QString(c).toUpper();
        if (upper.size() == 1 && !variants.contains(upper.front()))
            variants += upper.front();
        out += variants.size() == 1 ? variants : u'[' + variants + u']';
    }
    out += u'*';
    return out;
}

} // namespace vms
