#include "ui/widgets/ViewHelpers.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

namespace vms {

QLabel* ViewHelpers::title(const QString& text, const QString& objectName) {
    auto* l = new QLabel(text);
    l->setObjectName(objectName);
    // Titles name records (a volunteer, an event): record data is text, never markup.
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

void ViewHelpers::setupList(QTableView* table, const QString& objectName, const QString& accessibleName) {
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setSortingEnabled(true);
    table->setWordWrap(false);
    // Tab leaves the list (arrow keys move inside it); Tab through every cell would trap keyboard users.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionsMovable(true);
    table->horizontalHeader()->setStretchLastSection(true);
}

QTableWidget* ViewHelpers::smallTable(const QString& objectName, const QString& accessibleName,
                                      const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside it
    return t;
}

QTableWidgetItem* ViewHelpers::item(const QString& text, qint64 id) {
    auto* i = new QTableWidgetItem(text);
    if (id)
        i->setData(Qt::UserRole, id);
    return i;
}

QLabel* ViewHelpers::emptyState(const QString& objectName) {
    auto* l = new QLabel;
    l->setObjectName(objectName);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    return l;
}

void ViewHelpers::restoreHeader(QTableView* table, QSettings* settings, const QString& key) {
    if (settings)
        table->horizontalHeader()->restoreState(settings->value(key).toByteArray());
}

void ViewHelpers::saveHeader(const QTableView* table, QSettings* settings, const QString& key) {
    if (settings)
        settings->setValue(key, table->horizontalHeader()->saveState());
}

void ViewHelpers::enableClearButton(QLineEdit* edit) {
    edit->setClearButtonEnabled(true);
    // The action QLineEdit creates for it (its object name has been the same since Qt 5).
    if (auto* clear = edit->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear"));
}

void ViewHelpers::addScreenReaderLabel(QWidget* field) {
    QWidget* parent = field->parentWidget();
    if (!parent) {
        qWarning("addScreenReaderLabel: %s has no parent yet", qPrintable(field->objectName()));
        return;
    }
    auto* label = new QLabel(field->accessibleName(), parent);
    label->setObjectName(field->objectName() + QStringLiteral("Label"));
    label->setBuddy(field);
    label->setFixedSize(0, 0); // outside any layout: takes no room and is never seen
    if (parent->isVisible())
        label->show();
}

void ViewHelpers::addSearchIcon(QLineEdit* edit) {
    edit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition)
        ->setText(tr("Search"));
}

} // namespace vms
