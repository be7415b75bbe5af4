#include "ui/views/RecordListView.h"

#include "core/common/Plural.h"
#include "core/models/AsyncLoad.h"
#include "core/models/RecordTableModel.h"
#include "ui/widgets/ViewHelpers.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vms {

RecordListView::RecordListView(const UiContext& context, Spec spec, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_spec(std::move(spec)) {
    setObjectName(m_spec.plural + QStringLiteral("Page"));
    m_model = new RecordTableModel(m_spec.headers, this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(m_spec.plural + QStringLiteral("Stack"));
    outer->addWidget(m_stack);

    auto* list = new QWidget;
    list->setObjectName(m_spec.singular + QStringLiteral("ListPage"));
    m_listLayout = new QVBoxLayout(list);
    m_count = new QLabel;
    m_count->setObjectName(m_spec.singular + QStringLiteral("Count"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(m_spec.singular + QStringLiteral("Filter"));
    ViewHelpers::enableClearButton(m_filter);
    ViewHelpers::addSearchIcon(m_filter);

    m_listStack = new QStackedWidget;
    m_listStack->setObjectName(m_spec.singular + QStringLiteral("ListStack"));
    m_table = new QTableView;
    ViewHelpers::setupList(m_table, m_spec.singular + QStringLiteral("Table"), m_spec.accessibleName);
    m_table->setModel(m_model);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(m_spec.singular + QStringLiteral("TableHeader"));
    for (int c = 0; c < static_cast<int>(m_spec.widths.size()); ++c)
        header->resizeSection(c, m_spec.widths[static_cast<size_t>(c)]);
    header->setSortIndicator(0, m_spec.firstSort);
    ViewHelpers::restoreHeader(m_table, m_context.settings, m_spec.plural + QStringLiteral("/header"));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRecord(m_model->idAt(index.row())); });
    m_empty = ViewHelpers::emptyState(m_spec.plural + QStringLiteral("EmptyState"));
    m_noMatch = ViewHelpers::noMatchOverlay(m_table, m_spec.plural + QStringLiteral("NoMatch"));
    m_noMatch->setText(m_spec.noMatch);
    auto* loading = new QLabel(m_spec.loading);
    loading->setObjectName(m_spec.plural + QStringLiteral("Loading"));
    loading->setAlignment(Qt::AlignCenter);
    m_loadingLabel = loading;
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(loading);
    m_listStack->setCurrentWidget(loading);
    m_listLayout->addWidget(m_listStack, 1);
    m_stack->addWidget(list);
}

RecordListView::~RecordListView() {
    saveState();
}

void RecordListView::saveState() const {
    ViewHelpers::saveHeader(m_table, m_context.settings, m_spec.plural + QStringLiteral("/header"));
}

void RecordListView::addToList(QLayout* layout) {
    m_listLayout->insertLayout(m_listLayout->count() - 1, layout);
}

void RecordListView::addToList(QWidget* widget) {
    m_listLayout->insertWidget(m_listLayout->count() - 1, widget);
}

void RecordListView::addPage(QWidget* page) {
    m_stack->addWidget(page);
}

void RecordListView::showPage(QWidget* page) {
    m_stack->setCurrentWidget(page);
    page->setFocus();
}

QWidget* RecordListView::currentPage() const {
    return m_stack->currentWidget();
}

void RecordListView::showList() {
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void RecordListView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_spec.loadWhenShown)
        ensureLoaded();
}

void RecordListView::ensureLoaded() {
    if (!m_loaded && m_pending == 0)
        reload();
}

void RecordListView::reload() {
    ++m_pending;
    QHeaderView* header = m_table->horizontalHeader();
    const int column = header->sortIndicatorSection();
    const Qt::SortOrder order = header->sortIndicatorOrder();
    auto work = [load = m_spec.load, column, order](auto db) {
        LoadedList list = load(std::move(db));
        RecordTableModel::sortRows(list.rows, column, order);
        return list;
    };
    // A reload (after a sync, an edit) keeps the row the user was on; the first load may open elsewhere.
    const bool first = !m_loaded;
    const qint64 current = first ? 0 : ViewHelpers::currentId(m_table, m_model);
    loadAsync(this, m_context.database, work, [this, column, order, first, current](LoadedList list) {
        m_model->setRows(std::move(list.rows), column, order);
        // The user may have clicked another column while the rows loaded.
        QHeaderView* h = m_table->horizontalHeader();
        m_table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
        m_loaded = true;
        --m_pending;
        fillChoices(list.choices);
        applyFilters();
        if (!first || !positionFirstLoad())
            ViewHelpers::setCurrentId(m_table, m_model, current);
        Q_EMIT loaded();
    });
}

void RecordListView::updateCount() {
    if (!m_loaded) {
        m_count->clear();
        return;
    }
    const int total = m_model->totalCount(), shown = m_model->rowCount();
    const QLocale locale;
    m_count->setText(shown == total
                         ? Plural::of(total, m_spec.countOne, m_spec.countMany)
                         : m_spec.countShowing.arg(locale.toString(shown), locale.toString(total)));
    if (total == 0) {
        m_empty->setText(emptyText());
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    m_noMatch->setVisible(total > 0 && shown == 0);
}

} // namespace vms
