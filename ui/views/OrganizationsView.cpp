#include "ui/views/OrganizationsView.h"

#include "core/common/Plural.h"
#include "core/domain/Status.h"
#include "core/models/ListLoaders.h"
#include "core/models/OrganizationQueries.h"
#include "core/models/RecordTableModel.h"
#include "core/profile/DisplayTime.h"
#include "ui/views/DeleteRecord.h"
#include "ui/views/OrganizationForm.h"
#include "ui/widgets/EventStatusStyle.h"
#include "ui/widgets/ViewHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vms {

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
    const std::optional<OrganizationDetail> d = OrganizationQueries::detail(*m_context.database, localId);
    if (!d)
        return false;
    m_id = localId;
    m_name->setText(d->name);
    setAccessibleName(tr("Organization %1").arg(d->name));
    QStringList details;
    if (!d->type.isEmpty())
        details << tr("Type: %1").arg(d->type);
    if (!d->address.isEmpty())
        details << tr("Address: %1").arg(d->address.join(QStringLiteral(", ")));
    if (!d->lastActivityDate.isEmpty())
        details << tr("Last activity: %1").arg(d->lastActivityDate);
    if (!d->description.isEmpty())
        details << d->description;
    m_details->setText(details.join(QLatin1Char('\n')));

    m_volunteers->setRowCount(0);
    for (const OrganizationDetail::Volunteer& v : d->volunteers) {
        const int row = m_volunteers->rowCount();
        m_volunteers->insertRow(row);
        m_volunteers->setItem(row, 0, ViewHelpers::item(v.name, v.id));
        m_volunteers->setItem(row, 1, ViewHelpers::item(v.email));
        m_volunteers->setItem(row, 2, ViewHelpers::item(v.role));
        m_volunteers->setItem(row, 3, ViewHelpers::item(v.status));
    }

    m_events->setRowCount(0);
    double hours = 0;
    for (const OrganizationDetail::Event& e : d->events) {
        const int row = m_events->rowCount();
        m_events->insertRow(row);
        m_events->setItem(row, 0,
                          ViewHelpers::item(e.startUtcMs ? DisplayTime::sortable(*e.startUtcMs) : QString()));
        m_events->setItem(row, 1, ViewHelpers::item(e.name, e.id));
        m_events->setItem(row, 2, ViewHelpers::item(EventStatusStyle::label(e.statusCode)));
        m_events->setItem(row, 3, ViewHelpers::item(QLocale().toString(e.volunteers)));
        m_events->setItem(row, 4, ViewHelpers::item(QLocale().toString(e.attendedHours)));
        hours += e.attendedHours;
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
    : RecordListView(context,
                     {QStringLiteral("organization"),
                      QStringLiteral("organizations"),
                      ListLoaders::organizationHeaders(),
                      &ListLoaders::organizations,
                      Qt::AscendingOrder,
                      {360, 180, 180},
                      true,
                      tr("Organizations"),
                      tr("Loading organizations…"),
                      tr("No organization matches these filters."),
                      tr("%1 organization"),
                      tr("%1 organizations"),
                      tr("Showing %1 of %2")},
                     parent)
    , m_undoStack(undoStack) {
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(ViewHelpers::heading(tr("Organizations"), QStringLiteral("organizationsTitle")));
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
            if (const qint64 id = ViewHelpers::currentId(m_table, model()))
                removeOrganization(id);
        });
        titleRow->addWidget(remove);
    }
    titleRow->addWidget(m_count);
    addToList(titleRow);
    auto* filters = new QHBoxLayout;
    m_filter->setAccessibleName(tr("Filter organizations"));
    m_filter->setPlaceholderText(tr("Filter by name, type or city"));
    filters->addWidget(m_filter, 3);
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("organizationTypeFilter"));
    m_type->setAccessibleName(tr("Type"));
    m_type->addItem(tr("Any type"));
    filters->addWidget(m_type, 1);
    addToList(filters);
    // The filter shows no label; screen readers on Linux need one for a combo box (see ViewHelpers).
    ViewHelpers::addScreenReaderLabel(m_type);
    m_page = new OrganizationPage(m_context);
    connect(m_page, &OrganizationPage::backRequested, this, &OrganizationsView::showList);
    connect(m_page, &OrganizationPage::volunteerRequested, this, &OrganizationsView::volunteerRequested);
    connect(m_page, &OrganizationPage::eventRequested, this, &OrganizationsView::eventRequested);
    connect(m_page, &OrganizationPage::editRequested, this, &OrganizationsView::openForm);
    connect(m_page, &OrganizationPage::deleteRequested, this, &OrganizationsView::removeOrganization);
    addPage(m_page);
    connect(m_filter, &QLineEdit::textChanged, this, &OrganizationsView::applyFilters);
    connect(m_type, &QComboBox::currentIndexChanged, this, &OrganizationsView::applyFilters);
}

OrganizationsView::~OrganizationsView() = default;

void OrganizationsView::fillChoices(const QStringList& types) {
    const QString currentType = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    const QSignalBlocker block(m_type);
    while (m_type->count() > 1)
        m_type->removeItem(1);
    m_type->addItems(types);
    m_type->setCurrentIndex(std::max(0, m_type->findText(currentType)));
}

QString OrganizationsView::emptyText() const {
    return tr("No organizations in your local cache yet.\nSign in and sync to bring them from Salesforce.");
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
    if (hasRows())
        reload();
    // An organization deleted (or taken back) leaves its page for the list.
    if (currentPage() == m_page && !m_page->open(m_page->organizationId()))
        showList();
}

void OrganizationsView::applyFilters() {
    if (!hasRows())
        return;
    const QString type = m_type->currentIndex() > 0 ? m_type->currentText() : QString();
    RecordTableModel::Predicate extra;
    if (!type.isEmpty())
        extra = [type](const RecordRow& r) {
            return r.tags.value(0) == type;
        };
    model()->setFilter(m_filter->text(), std::move(extra));
    updateCount();
}

void OrganizationsView::openOrganization(qint64 localId) {
    ensureLoaded();
    if (localId && m_page->open(localId))
        showPage(m_page);
}

} // namespace vms
