#include "ui/widgets/Prompter.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTextDocument>

#include <memory>

namespace vms {

namespace {
// Messages quote record data (a duplicate's name, a file name) and never carry markup of their own: plain
// text, so a name like `Ann <img src="…">` is shown as typed. The informative text's label takes no
// format of its own, so it gets markup that spells the text exactly.
QMessageBox* plainBox(QMessageBox::Icon icon, const QString& title, const QString& text, QWidget* parent) {
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setTextFormat(Qt::PlainText);
    return box;
}
} // namespace

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text,
                                 const QString& details, const QString& acceptText) {
    std::unique_ptr<QMessageBox> box(plainBox(QMessageBox::Warning, title, text, parent));
    if (!details.isEmpty())
        box->setInformativeText(Qt::convertFromPlainText(details, Qt::WhiteSpaceNormal));
    QPushButton* accept = box->addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    // The safe choice is the default: Enter must not save a duplicate by accident.
    box->setDefaultButton(cancel);
    box->exec();
    return box->clickedButton() == accept;
}

void MessageBoxPrompter::error(QWidget* parent, const QString& title, const QString& text) {
    std::unique_ptr<QMessageBox> box(plainBox(QMessageBox::Warning, title, text, parent));
    box->addButton(QMessageBox::Ok);
    box->exec();
}

} // namespace vms
