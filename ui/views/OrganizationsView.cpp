#include "ui/views/OrganizationsView.h"

#include "core/db/Database.h"
#include "core/domain/Status.h"
#include "core/models/AsyncLoad.h"
#include "core/models/DisplayTime.h"
#include "core/models/ListLoaders.h"
#include "core/models/Plural.h"
#include "core/models/RecordTableModel.h"
#include "ui/views/DeleteRecord.h"
#include "ui/views/OrganizationForm.h"
#include "ui/widgets/EventStatusStyle.h"
#include "ui/widgets/ViewHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vms {

namespace {
constexpr char kHeaderKey[] = "organizations/header";
} // namespace

OrganizationPage::OrganizationPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("organizationDetailPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("&Back to list"));
    back->setObjectName(QStringLiteral("organizationBackButton"));
    back->setAccessibleName(tr("Back to the organization list"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &OrganizationPage::backRequested);
    top->addWidget(back);
    top->addStretch(1);
    auto* edit =
        new QPushButton(m_context.session.allows(Permission::WriteRecords) ? tr("&Edit…") : tr("&Details…"));
    edit->setObjectName(QStringLiteral("organizationEditButton"));
    connect(edit, &QPushButton::clicked, this, [this] {
        if (m_id)
            Q_EMIT editRequested(m_id);
    });
    top->addWidget(edit);
    if (DeleteRecord::allowed(m_context)) {
        auto* remove = new QPushButton(tr("De&lete…"));
        remove->setObjectName(QStringLiteral("organizationDeleteButton"));
        connect(remove, &QPushButton::clicked, this, [this] {
            if (m_id)
                Q_EMIT deleteRequested(m_id);
        });
        top->addWidget(remove);
    }
    layout->addLayout(top);
    m_name = ViewHelpers::title(QString(), QStringLiteral("organizationName"));
    layout->addWidget(m_name);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("organizationDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    layout->addWidget(m_details);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("organizationHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    QFont f = m_headline->font();
    f.setBold(true);
    m_headline->setFont(f);
    layout->addWidget(m_headline);
    auto* split = new QSplitter(Qt::Vertical);
    m_volunteers = ViewHelpers::smallTable(QStringLiteral("organizationVolunteersTable"), tr("Volunteers"),
                                           {tr("Volunteer"), tr("Email"), tr("Role"), tr("Status")});
    m_events =
        ViewHelpers::smallTable(QStringLiteral("organizationEventsTable"), tr("Events"),
                                {tr("Starts"), tr("Event"), tr("Status"), tr("Volunteers"), tr("Hours")});
    connect(m_volunteers, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT volunteerRequested(m_volunteers->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(m_events, &QTableWidget::cellActivated, this, [this](int row, int) {
        Q_EMIT eventRequested(m_events->item(row, 1)->data(Qt::UserRole).toLongLong());
    });
    split->addWidget(m_volunteers);
    split->addWidget(m_events);
    layout->addWidget(split, 1);
}

OrganizationPage::~OrganizationPage() = default;

bool OrganizationPage::open(qint64 localId) {
    QSqlDatabase db = m_context.database->connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT name, type, description, billing_street, billing_city, billing_state, "
                       "billing_postal_code, sf_id, last_activity_date FROM organizations WHERE id = ?"));
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return false;
    m_id = localId;
    m_name->setText(q.value(0).toString());
    setAccessibleName(tr("Organization %1").arg(q.value(0).toString()));
    QStringList address;
    for (int c = 3; c <= 6; ++c)
        if (!q.value(c).toString().isEmpty())
            address << q.value(c).toString();
    QStringList details;
    if (!q.value(1).toString().isEmpty())
        details << tr("Type: %1").arg(q.value(1).toString());
    if (!address.isEmpty())
        details << tr("Address: %1").arg(address.join(QStringLiteral(", ")));
    if (!q.value(8).toString().isEmpty())
        details << tr("Last activity: %1").arg(q.value(8).toString());
    if (!q.value(2).toString().isEmpty())
        details << q.value(2).toString();
    m_details->setText(details.join(QLatin1Char('\n')));
    const QString sfId = q.value(7).toString();

    // Volunteers: through affiliations, or naming the organization as their primary affiliation.
    m_volunteers->setRowCount(0);
    QHash<qint64, int> seen;
    QSqlQuery v(db);
    v.setForwardOnly(true);
    v.prepare(QStringLiteral(
        "SELECT v.id, v.first_name || ' ' || v.last_name, v.email, a.role, a.status FROM affiliations a "
        "JOIN volunteers v ON v.sf_id = a.contact_sf_id WHERE a.organization_sf_id = ? "
        "UNION ALL SELECT id, first_name || ' ' || last_name, email, NULL, NULL FROM volunteers "
        "WHERE primary_affiliation = ? ORDER BY 2"));
    v.addBindValue(sfId);
    v.addBindValue(sfId);
    if (!sfId.isEmpty() && v.exec()) {
        while (v.next()) {
            const qint64 id = v.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            const int row = m_volunteers->rowCount();
            seen.insert(id, row);
            m_volunteers->insertRow(row);
            m_volunteers->setItem(row, 0, ViewHelpers::item(v.value(1).toString(), id));
            m_volunteers->setItem(row, 1, ViewHelpers::item(v.value(2).toString()));
            m_volunteers->setItem(row, 2, ViewHelpers::item(v.value(3).toString()));
            m_volunteers->setItem(row, 3, ViewHelpers::item(v.value(4).toString()));
        }
    }

    m_events->setRowCount(0);
    double hours = 0;
    QSqlQuery e(db);
    e.setForwardOnly(true);
    e.prepare(QStringLiteral(
        "SELECT e.id, e.name, e.start_utc, e.status_code, count(DISTINCT p.volunteer_id), "
        "sum(CASE WHEN p.status_code = ? THEN p.delivery_hours ELSE 0 END) FROM participations p "
        "JOIN events e ON e.id = p.event_id WHERE p.volunteer_id IN (SELECT v.id FROM affiliations a JOIN "
        "volunteers v ON v.sf_id = a.contact_sf_id WHERE a.organization_sf_id = ? UNION SELECT id FROM "
        "volunteers "
        "WHERE primary_affiliation = ?) GROUP BY e.id ORDER BY e.start_utc DESC"));
    e.addBindValue(static_cast<int>(ParticipationStatus::Attended));
    e.addBindValue(sfId);
    e.addBindValue(sfId);
    if (!sfId.isEmpty() && e.exec()) {
        while (e.next()) {
            const int row = m_events->rowCount();
            m_events->insertRow(row);
            m_events->setItem(row, 0,
                              ViewHelpers::item(e.value(2).isNull()
                                                    ? QString()
                                                    : DisplayTime::sortable(e.value(2).toLongLong())));
            m_events->setItem(row, 1, ViewHelpers::item(e.value(1).toString(), e.value(0).toLongLong()));
            m_events->setItem(row, 2, ViewHelpers::item(EventStatusStyle::label(e.value(3).toInt())));
            m_events->setItem(row, 3, ViewHelpers::item(QLocale().toString(e.value(4).toInt())));
            m_events->setItem(row, 4, ViewHelpers::item(QLocale().toString(e.value(5).toDouble())));
            hours += e.value(5).toDouble();
        }
    }
    m_headline->setText(Plural::of(m_volunteers->rowCount(), tr("%1 volunteer"), tr("%1 volunteers")) +
                        QStringLiteral(" · ") +
                        Plural::of(m_events->rowCount(), tr("%1 event"), tr("%1 events")) +
                        QStringLiteral(" · ") + tr("%1 volunteer hours").arg(QLocale().toString(hours)));
    m_volunteers->resizeColumnsToContents();
    m_events->resizeColumnsToContents();
    return true;
}

OrganizationsView::OrganizationsView(const UiContext& context, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("organizationsPage"));
    m_model = new RecordTableModel(ListLoaders::organizationHeaders(), this);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    outer->addWidget(m_stack);
    auto* list = new QWidget;
    auto* layout = new QVBoxLayout(list);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(ViewHelpers::title(tr("Organizations"), QStringLiteral("organizationsTitle")));
    titleRow->addStretch(1);
    auto* add = new QPushButton(tr("&New organization…"));
    add->setObjectName(QStringLiteral("organizationNewButton"));
    add->setEnabled(m_context.session.allows(Permission::WriteRecords));
    add->setToolTip(m_context.session.refusalReason(Permission::WriteRecords));
    connect(add, &QPushButton::clicked, this, [this] {
        if (const qint64 id = openForm(0))
            openOrganization(id);
    });
    titleRow->addWidget(add);
    if (DeleteRecord::allowed(m_context)) {
        auto* remove = new QPushButton(tr("De&lete…"));
        remove->setObjectName(QStringLiteral("organizationListDeleteButton"));
        remove->setToolTip(tr("Delete the selected organization (Admin)"));
        connect(remove, &QPushButton::clicked, this, [this] {
            if (const qint64 id = ViewHelpers::currentId(m_table, m_model))
                removeOrganization(id);
        });
        titleRow->addWidget(remove);
    }
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("organizationCount"));
    titleRow->addWidget(m_count);
    layout->addLayout(titleRow);
    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("organizationFilter"));
    m_filter->setAccessibleName(tr("Filter organizations"));
    m_filter->setPlaceholderText(tr("Filter by name, type or city"));
    ViewHelpers::enableClearButton(m_filter);
    ViewHelpers::addSearchIcon(m_filter);
    filters->addWidget(m_filter, 3);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("organizationTypeFilter"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Any type"));
    filters->addWidget(m_type, 1);
    layout->addLayout(filters);
    // The filter shows no label; screen readers on Linux need one for a combo box (see ViewHelpers).
    ViewHelpers::addScreenReaderLabel(m_type);
    m_listStack = new QStackedWidget;
    m_table = new QTableView;
    ViewHelpers::setupList(m_table, QStringLiteral("organizationTable"), tr("Organizations"));
    m_table->setModel(m_model);
    const int widths[] = {360, 180, 180};
    for (int c = 0; c < static_cast<int>(std::size(widths)); ++c)
        m_table->horizontalHeader()->resizeSection(c, widths[c]);
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    ViewHelpers::restoreHeader(m_table, m_context.settings, QLatin1String(kHeaderKey));
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openOrganization(m_model->idAt(index.row())); });
    m_empty = ViewHelpers::emptyState(QStringLiteral("organizationsEmptyState"));
    m_noMatch = ViewHelpers::noMatchOverlay(m_table, QStringLiteral("organizationsNoMatch"));
    m_noMatch->setText(tr("No organization matches these filters."));
    auto* loading = new QLabel(tr("Loading organizations…"));
    loading->setAlignment(Qt::AlignCenter);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_empty);
    m_listStack->addWidget(loading);
    m_listStack->setCurrentWidget(loading);
    layout->addWidget(m_listStack, 1);
    m_stack->addWidget(list);
    m_page = new OrganizationPage(m_context);
    connect(m_page, &OrganizationPage::backRequested, this, &OrganizationsView::showList);
    connect(m_page, &OrganizationPage::volunteerRequested, this, &OrganizationsView::volunteerRequested);
    connect(m_page, &OrganizationPage::eventRequested, this, &OrganizationsView::eventRequested);
    connect(m_page, &OrganizationPage::editRequested, this, &OrganizationsView::openForm);
    connect(m_page, &OrganizationPage::deleteRequested, this, &OrganizationsView::removeOrganization);
    m_stack->addWidget(m_page);
    connect(m_filter, &QLineEdit::textChanged, this, &OrganizationsView::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OrganizationsView::applyFilters);
}

OrganizationsView::~OrganizationsView() {
    saveState();
}

void OrganizationsView::saveState() const {
    ViewHelpers::saveHeader(m_table, m_context.settings, QLatin1String(kHeaderKey));
}

void OrganizationsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loaded && !m_loading)
        reload();
}

void OrganizationsView::reload() {
    m_loading = true;
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    const Qt::SortOrder order = m_table->horizontalHeader()->sortIndicatorOrder();
    auto work = [column, order](QSqlDatabase db) {
        LoadedList list = ListLoaders::organizations(std::move(db));
        RecordTableModel::sortRows(list.rows, column, order);
        return list;
    };
    const qint64 current = ViewHelpers::currentId(m_table, m_model);
    loadAsync(this, m_context.database, work, [this, column, order, current](LoadedList list) {
        const QString currentType = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
        m_type->blockSignals(true);
        while (m_type->count() > 1)
            m_type->removeItem(1);
        m_type->addItems(list.choices);
        m_type->setCurrentIndex(std::max(0, m_type->findText(currentType)));
        m_type->blockSignals(false);
        m_model->setRows(std::move(list.rows), column, order);
        QHeaderView* header = m_table->horizontalHeader();
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        m_loaded = true;
        m_loading = false;
        applyFilters();
        ViewHelpers::setCurrentId(m_table, m_model, current);
        Q_EMIT loaded();
    });
}

qint64 OrganizationsView::openForm(qint64 localId) {
    OrganizationForm form(m_context, localId, m_undoStack, this);
    qint64 saved = 0;
    connect(&form, &OrganizationForm::changed, this, [&saved](qint64 id) { saved = id; });
    form.exec();
    if (form.deleteRequested()) {
        removeOrganization(localId);
        return 0;
    }
    if (saved)
        refresh();
    return saved;
}

bool OrganizationsView::removeOrganization(qint64 localId) {
    return DeleteRecord::confirmAndDelete(m_context, m_undoStack, this, QStringLiteral("organization"),
                                          localId, [this] { refresh(); });
}

void OrganizationsView::refresh() {
    // Not loaded yet: the first load, on first show, reads the new data anyway.
    if (m_loaded)
        reload();
    // An organization deleted (or taken back) leaves its page for the list.
    if (m_stack->currentWidget() == m_page && !m_page->open(m_page->organizationId()))
        showList();
}

void OrganizationsView::applyFilters() {
    if (!m_loaded)
        return;
    const QString type = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    RecordTableModel::Predicate extra;
    if (!type.isEmpty())
        extra = [type](const RecordRow& r) {
            return r.tags.value(0) == type;
        };
    m_model->setFilter(m_filter->text(), std::move(extra));
    const int total = m_model->totalCount(), shown = m_model->rowCount();
    QLocale locale;
    m_count->setText(shown == total
                         ? Plural::of(total, tr("%1 organization"), tr("%1 organizations"))
                         : tr("Showing %1 of %2").arg(locale.toString(shown), locale.toString(total)));
    if (total == 0) {
        m_empty->setText(
            tr("No organizations in your local cache yet.\nSign in and sync to bring them from Salesforce."));
        m_listStack->setCurrentWidget(m_empty);
    } else {
        m_listStack->setCurrentWidget(m_table);
    }
    m_noMatch->setVisible(total > 0 && shown == 0);
}

void OrganizationsView::openOrganization(qint64 localId) {
    if (!m_loaded && !m_loading)
        reload();
    if (localId && m_page->open(localId)) {
        m_stack->setCurrentWidget(m_page);
        m_page->setFocus();
    }
}

void OrganizationsView::showList() {
    m_stack->setCurrentIndex(0);
    m_table->setFocus();
}

} // namespace vms
