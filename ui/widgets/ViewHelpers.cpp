#include "ui/widgets/ViewHelpers.h"

#include "core/models/RecordTableModel.h"
#include "ui/widgets/SortArrowStyle.h"

#include <QAction>
#include <QEvent>
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
    SortArrowStyle::apply(table->horizontalHeader());
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

namespace {
// Keeps an overlay label the size of its list's viewport.
class FollowViewport final : public QObject {
public:
    FollowViewport(QWidget* viewport, QLabel* label)
        : QObject(label)
        , m_label(label) {
        viewport->installEventFilter(this);
        m_label->setGeometry(viewport->rect());
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize)
            m_label->setGeometry(static_cast<QWidget*>(watched)->rect());
        return QObject::eventFilter(watched, event);
    }

private:
    QLabel* m_label;
};
} // namespace

QLabel* ViewHelpers::noMatchOverlay(QTableView* table, const QString& objectName) {
    auto* l = new QLabel(table->viewport());
    l->setObjectName(objectName);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setAttribute(Qt::WA_TransparentForMouseEvents);
    l->hide();
    new FollowViewport(table->viewport(), l);
    return l;
}

qint64 ViewHelpers::currentId(const QTableView* table, const RecordTableModel* model) {
    return model->idAt(table->currentIndex().row());
}

void ViewHelpers::setCurrentId(QTableView* table, const RecordTableModel* model, qint64 id) {
    const int row = id ? model->rowOfId(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, std::max(0, table->currentIndex().column()));
    table->setCurrentIndex(index);
    table->scrollTo(index);
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
