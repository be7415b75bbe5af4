#include "ui/widgets/Prompter.h"

#include <QMessageBox>
#include <QPushButton>

namespace vms {

bool MessageBoxPrompter::confirm(QWidget* parent, const QString& title, const QString& text,
                                 const QString& details, const QString& acceptText) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    // The safe choice is the default: Enter must not save a duplicate by accident.
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void MessageBoxPrompter::error(QWidget* parent, const QString& title, const QString& text) {
    QMessageBox::warning(parent, title, text);
}

} // namespace vms
