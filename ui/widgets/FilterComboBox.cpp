#include "ui/widgets/FilterComboBox.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace vms {

FilterComboBox::FilterComboBox(QWidget* parent)
    : QComboBox(parent) {
    connect(this, &QComboBox::currentTextChanged, this, [this](const QString& text) { setToolTip(text); });
}

FilterComboBox::~FilterComboBox() = default;

QRect FilterComboBox::textRect() const {
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    QRect r = style()->subControlRect(QStyle::CC_ComboBox, &opt, QStyle::SC_ComboBoxEditField, this);
    if (!opt.currentIcon.isNull())
        r.setLeft(r.left() + opt.iconSize.width() + 4);
    return r;
}

QString FilterComboBox::displayedText() const {
    // A few pixels to spare: styles pad the label inside the edit field.
    return fontMetrics().elidedText(currentText(), Qt::ElideRight, std::max(0, textRect().width() - 4));
}

void FilterComboBox::paintEvent(QPaintEvent*) {
    QStylePainter painter(this);
    QStyleOptionComboBox opt;
    initStyleOption(&opt);
    painter.drawComplexControl(QStyle::CC_ComboBox, opt);
    opt.currentText = displayedText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, opt);
}

void FilterComboBox::showPopup() {
    // As wide as the longest choice (and never narrower than the box itself).
    QAbstractItemView* list = view();
    const int wanted =
        list->sizeHintForColumn(0) + 2 * list->frameWidth() + list->verticalScrollBar()->sizeHint().width();
    list->setMinimumWidth(std::max(width(), wanted));
    QComboBox::showPopup();
}

} // namespace vms
