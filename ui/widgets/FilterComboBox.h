#pragma once

#include <QComboBox>

namespace vms {

// The drop-down of a filter row. A row of filters shares little width (a 1024-pixel screen), so a long
// choice ("Lopez High School — Hickman Mills C-1") may not fit the closed box: it is shown shortened with
// "…" (never cut in the middle of a letter), with the whole text as the tooltip, and the open list is as
// wide as its longest choice.
class FilterComboBox final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterComboBox)
    Q_PROPERTY(QString displayedText READ displayedText)

public:
    explicit FilterComboBox(QWidget* parent = nullptr);
    ~FilterComboBox() override;

    // The text the closed box shows: the current text, shortened with "…" when it does not fit.
    QString displayedText() const;
    void showPopup() override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect textRect() const;
};

} // namespace vms
