#include "ui/widgets/SortArrowStyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QStyleOptionHeader>

namespace vms {

SortArrowStyle::SortArrowStyle() = default;

SortArrowStyle::~SortArrowStyle() = default;

void SortArrowStyle::apply(QHeaderView* header) {
    // Owned by the application, so it outlives every header that uses it.
    static QPointer<SortArrowStyle> shared;
    if (!shared) {
        shared = new SortArrowStyle;
        shared->setParent(qApp);
    }
    header->setStyle(shared);
}

void SortArrowStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                   const QWidget* widget) const {
    const auto* header = qstyleoption_cast<const QStyleOptionHeader*>(option);
    if (element != PE_IndicatorHeaderArrow || !header) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // QHeaderView: AscendingOrder -> SortDown, DescendingOrder -> SortUp.
    const bool ascending = header->sortIndicator & QStyleOptionHeader::SortDown;
    const bool descending = header->sortIndicator & QStyleOptionHeader::SortUp;
    if (!ascending && !descending)
        return;
    const QRectF r = option->rect;
    const qreal side = std::min({r.width(), r.height(), qreal(9)});
    const QPointF c = r.center();
    const qreal half = side / 2, h = side * 0.45;
    QPainterPath arrow;
    if (ascending) {
        arrow.moveTo(c.x(), c.y() - h);
        arrow.lineTo(c.x() + half, c.y() + h);
        arrow.lineTo(c.x() - half, c.y() + h);
    } else {
        arrow.moveTo(c.x() - half, c.y() - h);
        arrow.lineTo(c.x() + half, c.y() - h);
        arrow.lineTo(c.x(), c.y() + h);
    }
    arrow.closeSubpath();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    QColor color = option->palette.windowText().color();
    color.setAlpha(200);
    painter->setBrush(color);
    painter->drawPath(arrow);
    painter->restore();
}

} // namespace vms
