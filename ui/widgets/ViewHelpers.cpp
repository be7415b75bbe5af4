#include "ui/widgets/ViewHelpers.h"

#include "core/models/RecordTableModel.h"
#include "ui/widgets/SortArrowStyle.h"

#include <QAction>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>
#include <vector>

namespace vms {

QLabel* ViewHelpers::heading(const QString& text, const QString& objectName) {
    auto* l = new QLabel(text);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    l->setFont(f);
    return l;
}

QLabel* ViewHelpers::title(const QString& text, const QString& objectName) {
    // Titles name records (a volunteer, an event): record data is text, never markup (heading() is plain).
    QLabel* l = heading(text, objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
    fitColumnsToWidth(table);
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

namespace {
// Shrinks a list's columns to its width whenever the list is resized (see fitColumnsToWidth).
class FitColumns final : public QObject {
public:
    static constexpr char kUserWidths[] = "vmsUserColumnWidths";

    explicit FitColumns(QTableView* table)
        : QObject(table)
        , m_table(table) {
        table->viewport()->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize) {
            if (!m_watching) {
                // From the first layout on (the view has set its widths), a width that changes by other
                // means than fit() is the user's choice, and theirs to keep.
                m_watching = true;
                connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
                    if (!m_fitting)
                        m_table->setProperty(kUserWidths, true);
                });
            }
            // Only a change of width: a scroll bar coming or going changes the height alone.
            const auto* resize = static_cast<QResizeEvent*>(event);
            if (resize->size().width() != resize->oldSize().width())
                fit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fit() {
        // Widths the user chose (dragged now, or remembered from before) are left as they are.
        if (m_table->property(kUserWidths).toBool())
            return;
        QHeaderView* header = m_table->horizontalHeader();
        const int available = m_table->viewport()->width();
        // The last column stretches into what is left, but never below the header's default section
        // size (QHeaderView keeps a stretched last section at least that wide).
        const int lastMin = std::max(80, header->defaultSectionSize()) + 2;
        constexpr int kMin = 50;
        int last = -1, total = 0;
        for (int visual = header->count() - 1; visual >= 0; --visual) {
            const int logical = header->logicalIndex(visual);
            if (header->isSectionHidden(logical))
                continue;
            if (last < 0)
                last = logical;
            else
                total += header->sectionSize(logical);
        }
        if (available <= 0 || total + lastMin <= available)
            return;
        // The widest columns give up width first (down to a common cap), so short ones such as a date
        // keep showing all of theirs.
        std::vector<int> widths;
        for (int logical = 0; logical < header->count(); ++logical)
            if (logical != last && !header->isSectionHidden(logical))
                widths.push_back(header->sectionSize(logical));
        const int target = std::max(available - lastMin, kMin * static_cast<int>(widths.size()));
        std::sort(widths.begin(), widths.end());
        int cap = widths.back(), below = 0; // sum of the columns narrower than the cap
        for (size_t i = 0; i < widths.size(); ++i) {
            const int wider = static_cast<int>(widths.size() - i); // columns at the cap
            const int capHere = (target - below) / wider;
            if (capHere <= widths[i]) {
                cap = std::max(kMin, capHere);
                break;
            }
            below += widths[i];
        }
        m_fitting = true;
        for (int logical = 0; logical < header->count(); ++logical)
            if (logical != last && !header->isSectionHidden(logical) && header->sectionSize(logical) > cap)
                header->resizeSection(logical, cap);
        m_fitting = false;
    }

    QTableView* m_table;
    bool m_fitting = false;
    bool m_watching = false;
};
} // namespace

void ViewHelpers::fitColumnsToWidth(QTableView* table) {
    new FitColumns(table);
}

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
    if (!settings)
        return;
    table->horizontalHeader()->restoreState(settings->value(key).toByteArray());
    // Widths the user chose stay theirs (fitColumnsToWidth leaves them alone); widths VMS fitted to a
    // window do not become the user's by being remembered.
    table->setProperty(FitColumns::kUserWidths, settings->value(key + QStringLiteral("UserWidths")).toBool());
}

void ViewHelpers::saveHeader(const QTableView* table, QSettings* settings, const QString& key) {
    if (!settings)
        return;
    settings->setValue(key, table->horizontalHeader()->saveState());
    settings->setValue(key + QStringLiteral("UserWidths"), table->property(FitColumns::kUserWidths).toBool());
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
