#include "ui/views/VolunteersView.h"

#include "core/common/Clock.h"
#include "core/common/PlainText.h"
#include "core/common/TextFold.h"
#include "core/domain/Role.h"
#include "core/models/ListLoaders.h"
#include "core/models/RecordTableModel.h"
#include "core/profile/DisplayTime.h"
#include "ui/views/AddVolunteerDialog.h"
#include "ui/views/VolunteerPage.h"
#include "ui/widgets/ViewHelpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace vms {

namespace {

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
    : RecordListView(context,
                     {QStringLiteral("volunteer"),
                      QStringLiteral("volunteers"),
                      ListLoaders::volunteerHeaders(),
                      &ListLoaders::volunteers,
                      Qt::AscendingOrder,
                      {190, 250, 200, 220},
                      false,
                      tr("Volunteers"),
                      tr("Loading volunteers…"),
                      tr("No volunteer matches these filters."),
                      tr("%1 volunteer"),
                      tr("%1 volunteers"),
                      tr("Showing %1 of %2")},
                     parent)
    , m_undoStack(undoStack) {
    model()->setDecorator([](const RecordRow& row, int column, int role) -> QVariant {
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

VolunteersView::~VolunteersView() = default;

void VolunteersView::buildUi() {
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(ViewHelpers::heading(tr("Volunteers"), QStringLiteral("volunteersTitle")));
    titleRow->addStretch(1);
    titleRow->addWidget(m_count);
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Add volunteer…"));
    m_add->setObjectName(QStringLiteral("addVolunteerButton"));
    m_add->setAccessibleName(tr("Add volunteer"));
    connect(m_add, &QPushButton::clicked, this, &VolunteersView::addVolunteer);
    titleRow->addWidget(m_add);
    addToList(titleRow);

    auto* filters = new QHBoxLayout;
    m_filter->setPlaceholderText(tr("Name, email, organization or skill"));
    m_filter->setAccessibleName(tr("Filter volunteers"));
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
    addToList(filters);
    // The filters show no labels; screen readers on Linux need one for each combo box (see ViewHelpers).
    for (QComboBox* combo : {m_status, m_skill, m_lastVolunteered})
        ViewHelpers::addScreenReaderLabel(combo);
    new FilterKeys(m_filter, m_table);

    m_page = new VolunteerPage(m_context, m_undoStack);
    connect(m_page, &VolunteerPage::backRequested, this, &VolunteersView::showList);
    connect(m_page, &VolunteerPage::volunteerChanged, this, [this](qint64 id) {
        refreshRow(id);
        Q_EMIT volunteersChanged();
    });
    connect(m_page, &VolunteerPage::organizationRequested, this, &VolunteersView::organizationRequested);
    connect(m_page, &VolunteerPage::eventRequested, this, &VolunteersView::eventRequested);
    addPage(m_page);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString folded = TextFold::fold(text);
        const bool narrows = !m_lastText.isEmpty() && folded.startsWith(m_lastText);
        m_lastText = folded;
        model()->setFilterText(text, narrows);
        updateCount();
    });
    connect(m_organization, &QLineEdit::textChanged, this, [this] { filterRows(false); });
    for (QComboBox* combo : {m_status, m_skill, m_lastVolunteered})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { filterRows(false); });
    connect(model(), &QAbstractItemModel::modelReset, this, &VolunteersView::updateCount);
}

void VolunteersView::fillChoices(const QStringList& skills) {
    const QString currentSkill = m_skill->currentIndex() > 0 ? m_skill->currentText() : QString();
    const QSignalBlocker block(m_skill);
    while (m_skill->count() > 1)
        m_skill->removeItem(1);
    m_skill->addItems(skills);
    m_skill->setCurrentIndex(std::max(0, m_skill->findText(currentSkill)));
}

void VolunteersView::refresh() {
    reload();
    if (currentPage() == m_page && !m_page->isEditing())
        m_page->showVolunteer(m_page->volunteerId());
}

void VolunteersView::filterRows(bool textOnlyNarrowed) {
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
    model()->setFilter(m_filter->text(), std::move(extra), textOnlyNarrowed);
    updateCount();
}

QString VolunteersView::emptyText() const {
    return m_context.session.allows(Permission::WriteRecords)
               ? tr("No volunteers in your local cache yet.\nSign in and sync to bring them from "
                    "Salesforce, or add one with “Add volunteer”.")
               : tr("No volunteers in your local cache yet.\nSign in and sync to bring them from "
                    "Salesforce.");
}

void VolunteersView::refreshRow(qint64 localId) {
    if (auto row = ListLoaders::volunteer(*m_context.database, localId))
        model()->updateRow(*row);
}

void VolunteersView::openVolunteer(qint64 localId) {
    if (localId && m_page->showVolunteer(localId))
        showPage(m_page);
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

} // namespace vms
