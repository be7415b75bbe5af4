#pragma once

#include <QColor>
#include <QString>

namespace vms {

// How an event status looks wherever events are listed: a colour AND a glyph AND a word, so colour
// is never the only cue (colour-blind users, monochrome printouts). The colours are mid-tones that
// read on both the light and the dark palette.
class EventStatusStyle final {
public:
    static QColor color(int statusCode);
    static QString glyph(int statusCode);
    static QString name(int statusCode);
    // "✔ Completed"
    static QString label(int statusCode);
    // Status codes in legend order.
    static const int* begin();
    static const int* end();
};

} // namespace vms
