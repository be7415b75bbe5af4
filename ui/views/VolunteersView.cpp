#include "ui/views/VolunteersView.h"

#include "core/common/Clock.h"
#include "core/common/PlainText.h"
#include "core/common/TextFold.h"
#include "core/db/Database.h"
#include "core/domain/Role.h"
#include "core/models/AsyncLoad.h"
#include "core/models/DisplayTime.h"
#include "core/models/ListLoaders.h"
#include "core/models/Plural.h"
#include "core/models/RecordTableModel.h"
#include "ui/views/AddVolunteerDialog.h"
#include "ui/views/VolunteerPage.h"
#include "ui/widgets/SortArrowStyle.h"
#include "ui/widgets/ViewHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vms {

namespace {

constexpr char kHeaderKey[] = "volunteers/header";

enum class StatusFilter { Any, Active, Lapsed, Never, DoNotContact, Pending };
enum class DateFilter { Any, Past30Days, ThisSchoolYear, Past12Months, NotIn2Years };

// Down arrow in the filter box moves into the list, as in a browser's address bar.
class FilterKeys final : public QObject {
public:
    FilterKeys(QLineEdit* edit, QTableView* table)
        : QObject(edit)
        , m_table(table) {
        edit->installEventFilter(this);
    }
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                m_table->model()->rowCount() > 0) {
                m_table->setFocus(Qt::ShortcutFocusReason);
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_table->model()->index(0, 0));
                if (key->key() != Qt::Key_Down)
                    Q_EMIT m_table->activated(m_table->currentIndex());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView* m_table;
};

} // namespace

VolunteersView::VolunteersView(const UiContext& context, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("volunteersPage"));
    m_model = new RecordTableModel(ListLoaders::volunteerHeaders(), this);
    m_model->setDecorator([](const RecordRow& row, int column, int role) -> QVariant {
        if (column != 0)
            return {};
        if (role == Qt::DecorationRole && (row.code & PendingChange))
            return QIcon(QStringLiteral(":/icons/pending.svg"));
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            QString text = row.cells.value(0);
            if (row.code & PendingChange)
                text += tr(" — changes waiting to sync");
            if (row.code & DoNotContact)
                text += tr(" — do not contact");
            return role == Qt::ToolTipRole ? PlainText::toolTip(text) : text;
        }
        return {};
    });
    buildUi();
    setSession(m_context.session);
    reload();
}

VolunteersView::~VolunteersView() {
    saveState();
}

void VolunteersView::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("volunteersStack"));
    outer->addWidget(m_stack);

    auto* list = new QWidget;
    list->setObjectName(QStringLiteral("volunteerListPage"));
    auto* layout = new QVBoxLayout(list);
    auto* titleRow = new QHBoxLayout;
    auto* title = new QLabel(tr("Volunteers"));
    title->setObjectName(QStringLiteral("volunteersTitle"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title->setFont(f);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("volunteerCount"));
    titleRow->addWidget(m_count);
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add volunteer…"));
    m_add->setObjectName(QStringLiteral("addVolunteerButton"));
    m_add->setAccessibleName(tr("Add volunteer"));
    connect(m_add, &QPushButton::clicked, this, &VolunteersView::addVolunteer);
    titleRow->addWidget(m_add);
    layout->addLayout(titleRow);

    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("volunteerFilter"));
    m_filter->setPlaceholderText(tr("Name, email, organization or skill"));
    m_filter->setAccessibleName(tr("Filter volunteers"));
    ViewHelpers::enableClearButton(m_filter);
    ViewHelpers::addSearchIcon(m_filter);
    filters->addWidget(m_filter, 3);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("volunteerStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), static_cast<int>(StatusFilter::Any));
    m_status->addItem(tr("Active (past 12 months)"), static_cast<int>(StatusFilter::Active));
    m_status->addItem(tr("Lapsed"), static_cast<int>(StatusFilter::Lapsed));
    m_status->addItem(tr("Never volunteered"), static_cast<int>(StatusFilter::Never));
    m_status->addItem(tr("Do not contact"), static_cast<int>(StatusFilter::DoNotContact));
    m_status->addItem(tr("Changes waiting to sync"), static_cast<int>(StatusFilter::Pending));
    filters->addWidget(m_status, 1);

    m_organization = new QLineEdit;
    m_organization->setObjectName(QStringLiteral("volunteerOrganizationFilter"));
    m_organization->setPlaceholderText(tr("Organization"));
    m_organization->setAccessibleName(tr("Organization"));
    ViewHelpers::enableClearButton(m_organization);
    filters->addWidget(m_organization, 2);

    m_skill = new QComboBox;
    m_skill->setObjectName(QStringLiteral("volunteerSkillFilter"));
    m_skill->setAccessibleName(tr("Skill"));
    m_skill->addItem(tr("Any skill"));
    filters->addWidget(m_skill, 1);

    m_lastVolunteered = new QComboBox;
    m_lastVolunteered->setObjectName(QStringLiteral("volunteerLastVolunteeredFilter"));
    m_lastVolunteered->setAccessibleName(tr("Last volunteered"));
    m_lastVolunteered->addItem(tr("Last volunteered: any time"), static_cast<int>(DateFilter::Any));
    m_lastVolunteered->addItem(tr("In the past 30 days"), static_cast<int>(DateFilter::Past30Days));
    m_lastVolunteered->addItem(tr("This school year"), static_cast<int>(DateFilter::ThisSchoolYear));
    m_lastVolunteered->addItem(tr("In the past 12 months"), static_cast<int>(DateFilter::Past12Months));
    m_lastVolunteered->addItem(tr("Not in the past 2 years"), static_cast<int>(DateFilter::NotIn2Years));
    filters->addWidget(m_lastVolunteered, 1);
    layout->addLayout(filters);
    // The filters show no labels; screen readers on Linux need one for each combo box (see ViewHelpers).
    for (QComboBox* combo : {m_status, m_skill, m_lastVolunteered})
        ViewHelpers::addScreenReaderLabel(combo);

    m_listStack = new QStackedWidget;
    m_listStack->setObjectName(QStringLiteral("volunteerListStack"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("volunteerTable"));
    m_table->setAccessibleName(tr("Volunteers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    // Tab leaves the list (arrow keys move inside it): Tab through 126,000 rows' cells would be a trap.
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 126,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("volunteerTableHeader"));
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setSortIndicator(0, Qt::AscendingOrder);
    SortArrowStyle::apply(header);
    ViewHelpers::fitColumnsToWidth(m_table);
    const int widths[] = {190, 250, 200, 220};
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c)
        header->resizeSection(c, widths[c]);
    ViewHelpers::restoreHeader(m_table, m_context.settings, QLatin1String(kHeaderKey));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openVolunteer(m_model->idAt(index.row())); });
    new FilterKeys(m_filter, m_table);

    m_empty = ViewHelpers::emptyState(QStringLiteral("volunteersEmptyState"));
    m_noMatch = ViewHelpers::noMatchOverlay(m_table, QStringLiteral("volunteersNoMatch"));
    m_noMatch->setText(tr("No volunteer matches these filters."));
    auto* loading = new QLabel(tr("Loading volunteers…"));
    loading->setObjectName(QStringLiteral("volunteersLoading"));
    loading->setAlignment(Qt::AlignCenter);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(loading);
    m_listStack->setCurrentWidget(loading);
    layout->addWidget(m_listStack, 1);
    m_stack->addWidget(list);

    m_page = new VolunteerPage(m_context, m_undoStack);
    connect(m_page, &VolunteerPage::backRequested, this, &VolunteersView::showList);
    connect(m_page, &VolunteerPage::volunteerChanged, this, [this](qint64 id) {
        refreshRow(id);
        Q_EMIT volunteersChanged();
    });
    connect(m_page, &VolunteerPage::organizationRequested, this, &VolunteersView::organizationRequested);
    connect(m_page, &VolunteerPage::eventRequested, this, &VolunteersView::eventRequested);
    m_stack->addWidget(m_page);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString folded = TextFold::fold(text);
        const bool narrows = !m_lastText.isEmpty() && folded.startsWith(m_lastText);
        m_lastText = folded;
        m_model->setFilterText(text, narrows);
        updateCount();
    });
    connect(m_organization, &QLineEdit::textChanged, this, [this] { applyFilters(false); });
    for (QComboBox* combo : {m_status, m_skill, m_lastVolunteered})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { applyFilters(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &VolunteersView::updateCount);
}

void VolunteersView::reload() {
    m_loaded = false;
    // Sorted on the worker too: at 126,000 rows sorting by name costs as much as reading them.
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    auto work = [column, order](QSqlDatabase db) {
        LoadedList list = ListLoaders::volunteers(std::move(db));
        RecordTableModel::sortRows(list.rows, column, order);
        return list;
    };
    const qint64 current = ViewHelpers::currentId(m_table, m_model);
    loadAsync(this, m_context.database, work, [this, column, order, current](LoadedList list) {
        const QString currentSkill = m_skill->currentIndex() > 0 ? m_skill->currentText() : QString();
        m_skill->blockSignals(true);
        while (m_skill->count() > 1)
            m_skill->removeItem(1);
        m_skill->addItems(list.choices);
        m_skill->setCurrentIndex(std::max(0, m_skill->findText(currentSkill)));
        m_skill->blockSignals(false);
        m_model->setRows(std::move(list.rows), column, order);
        // The user may have clicked another column while the rows loaded.
        QHeaderView* header = m_table->horizontalHeader();
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        applyFilters(false);
        ViewHelpers::setCurrentId(m_table, m_model, current);
        m_loaded = true;
        updateCount();
        Q_EMIT loaded();
    });
}

void VolunteersView::refresh() {
    reload();
    if (m_stack->currentWidget() == m_page && !m_page->isEditing())
        m_page->showVolunteer(m_page->volunteerId());
}

void VolunteersView::applyFilters(bool textOnlyNarrowed) {
    const auto status = static_cast<StatusFilter>(m_status->currentData().toInt());
    const auto dateFilter = static_cast<DateFilter>(m_lastVolunteered->currentData().toInt());
    const QString skill = m_skill->currentIndex() > 0 ? m_skill->currentText() : QString();
    const QString org = m_organization->text().trimmed();
    const QDate today = DisplayTime::local(m_context.clock->nowUtc().toMSecsSinceEpoch()).date();
    const qint64 yearAgo = today.addYears(-1).toJulianDay();
    qint64 from = 0, before = 0;
    switch (dateFilter) {
    case DateFilter::Any:
        break;
    case DateFilter::Past30Days:
        from = today.addDays(-30).toJulianDay();
        break;
    case DateFilter::ThisSchoolYear:
        from = QDate(today.month() >= 8 ? today.year() : today.year() - 1, 8, 1).toJulianDay();
        break;
    case DateFilter::Past12Months:
        from = yearAgo;
        break;
    case DateFilter::NotIn2Years:
        before = today.addYears(-2).toJulianDay();
        break;
    }
    RecordTableModel::Predicate extra;
    if (status != StatusFilter::Any || from || before || !skill.isEmpty() || !org.isEmpty()) {
        const int orgColumn = static_cast<int>(VolunteerColumn::Organization);
        extra = [=](const RecordRow& r) {
            switch (status) {
            case StatusFilter::Any:
                break;
            case StatusFilter::Active:
                if (r.date < yearAgo)
                    return false;
                break;
            case StatusFilter::Lapsed:
                if (r.date == 0 || r.date >= yearAgo)
                    return false;
                break;
            case StatusFilter::Never:
                if (r.date != 0)
                    return false;
                break;
            case StatusFilter::DoNotContact:
                if (!(r.code & DoNotContact))
                    return false;
                break;
            case StatusFilter::Pending:
                if (!(r.code & PendingChange))
                    return false;
                break;
            }
            if (from && r.date < from)
                return false;
            if (before && r.date >= before)
                return false;
            if (!skill.isEmpty() && !r.tags.contains(skill))
                return false;
            if (!org.isEmpty() && !r.cells.value(orgColumn).contains(org, Qt::CaseInsensitive))
                return false;
            return true;
        };
    }
    m_model->setFilter(m_filter->text(), std::move(extra), textOnlyNarrowed);
    updateCount();
}

void VolunteersView::updateCount() {
    const int total = m_model->totalCount(), shown = m_model->rowCount();
    QLocale locale;
    if (!m_loaded && total == 0) {
        m_count->clear();
        return;
    }
    m_count->setText(shown == total
                         ? Plural::of(total, tr("%1 volunteer"), tr("%1 volunteers"))
                         : tr("Showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
    if (total == 0) {
        m_empty->setText(
            m_context.session.allows(Permission::WriteRecords)
                ? tr("No volunteers in your local cache yet.\nSign in and sync to bring them from "
                     "Salesforce, or add one with “Add volunteer”.")
                : tr("No volunteers in your local cache yet.\nSign in and sync to bring them from "
                     "Salesforce."));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    m_noMatch->setVisible(total > 0 && shown == 0);
}

void VolunteersView::refreshRow(qint64 localId) {
    if (auto row = ListLoaders::volunteer(m_context.database->connection(), localId))
        m_model->updateRow(*row);
}

void VolunteersView::openVolunteer(qint64 localId) {
    if (localId && m_page->showVolunteer(localId)) {
        m_stack->setCurrentWidget(m_page);
        m_page->setFocus();
    }
}

void VolunteersView::showList() {
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

void VolunteersView::focusFilter() {
    showList();
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void VolunteersView::setSession(const Session& session) {
    m_context.session = session;
    const bool mayWrite = session.allows(Permission::WriteRecords);
    m_add->setEnabled(mayWrite);
    m_add->setToolTip(mayWrite ? tr("Add a volunteer (Ctrl+N)")
                               : session.refusalReason(Permission::WriteRecords));
    if (m_page)
        m_page->setSession(session);
    updateCount();
}

void VolunteersView::addVolunteer() {
    if (!m_context.session.allows(Permission::WriteRecords))
        return;
    auto* dialog = new AddVolunteerDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddVolunteerDialog::volunteerAdded, this, [this](qint64 id) {
        reload();
        openVolunteer(id);
        Q_EMIT volunteersChanged();
    });
    dialog->open();
}

void VolunteersView::saveState() const {
    ViewHelpers::saveHeader(m_table, m_context.settings, QLatin1String(kHeaderKey));
}

} // namespace vms
