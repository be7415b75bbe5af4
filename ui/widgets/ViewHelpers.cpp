#include "widgets/ViewHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

namespace vms {

QLabel* ViewHelpers::title(const QString& text, const QString& objectName) {
    auto* l = new QLabel(text);
    l->setObjectName(objectName);
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

} // namespace vms
