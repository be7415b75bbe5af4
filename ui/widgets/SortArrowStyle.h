#pragma once

#include <QProxyStyle>

class QHeaderView;

namespace vms {

// Column headers whose sort arrow points the way people read it: ▲ ascending (A to Z, oldest first),
// ▼ descending. QHeaderView hands styles SortDown for ascending and SortUp for descending, and Fusion on
// Linux draws those literally, so a list sorted newest first showed an arrow pointing up.
class SortArrowStyle final : public QProxyStyle {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SortArrowStyle)

public:
    SortArrowStyle();
    ~SortArrowStyle() override;

    // Gives a list's header this style (one shared instance, over the application's own style).
    static void apply(QHeaderView* header);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace vms
