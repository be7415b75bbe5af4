#pragma once

#include <QString>

namespace vms::PlainText {

// Record data (names, places, titles) comes from the org, where anyone can type `Ann <img src="…">`. Qt
// shows tooltips (and AutoText labels) as rich text when the text "might be" markup, and would then load
// the picture or drop the name. Labels that show record data are set to Qt::PlainText; a tooltip cannot
// be, so its text goes through here: escaped inside <qt>, it is always read as markup that spells the
// text exactly as typed (line breaks kept).
inline QString toolTip(const QString& text) {
    if (text.isEmpty())
        return text;
    return QStringLiteral("<qt>") + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) +
           QStringLiteral("</qt>");
}

} // namespace vms::PlainText
