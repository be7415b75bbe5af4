#include "ui/views/EventsView.h"

#include "core/common/Clock.h"
#include "core/common/LocaleFormat.h"
#include "core/common/Plural.h"
#include "core/domain/Status.h"
#include "core/models/EventQueries.h"
#include "core/models/ListLoaders.h"
#include "core/models/RecordQueries.h"
#include "core/models/RecordTableModel.h"
#include "core/profile/DisplayTime.h"
#include "core/sync/RefusedChanges.h"
#include "ui/views/DeleteRecord.h"
#include "ui/views/EventForm.h"
#include "ui/views/RecruitPanel.h"
#include "ui/widgets/EventStatusStyle.h"
#include "ui/widgets/FilterComboBox.h"
#include "ui/widgets/ViewHelpers.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vms {

namespace {
const int kYearTag = static_cast<int>(EventTag::SchoolYear);
// The "When" filter's choices besides school years (whose data is the year's code, "2526").
const QString kUpcoming = QStringLiteral("upcoming");
const QString kDateRange = QStringLiteral("range");
const int kTypeTag = static_cast<int>(EventTag::Type);
const int kDistrictTag = static_cast<int>(EventTag::DistrictSfId);
const int kSchoolTag = static_cast<int>(EventTag::SchoolSfId);

QString participationStatusName(ParticipationStatus s) {
    switch (s) {
    case ParticipationStatus::Registered:
        return EventPage::tr("Registered");
    case ParticipationStatus::Attended:
        return EventPage::tr("✔ Attended");
    case ParticipationStatus::NoShow:
        return EventPage::tr("No-show");
    case ParticipationStatus::Cancelled:
        return EventPage::tr("Cancelled");
    case ParticipationStatus::Unknown:
        break;
    }
    return EventPage::tr("Unknown");
}

// The org's Participant_Type__c as the attendance view names it; a type VMS does not know stays as written.
QString participantTypeName(int typeCode, const QString& raw) {
    switch (static_cast<ParticipantType>(typeCode)) {
    case ParticipantType::Volunteer:
        return EventPage::tr("Volunteer");
    case ParticipantType::Presenter:
        return EventPage::tr("Presenter");
    case ParticipantType::Student:
        return EventPage::tr("Student");
    case ParticipantType::Other:
        break;
    }
    return raw;
}
} // namespace

EventPage::EventPage(const UiContext& context, EventPlanner* planner, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_planner(planner) {
    setObjectName(QStringLiteral("eventDetailPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* back = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("&Back to list"));
    back->setObjectName(QStringLiteral("eventBackButton"));
    back->setAccessibleName(tr("Back to the event list"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &EventPage::backRequested);
    top->addWidget(back);
    top->addStretch(1);
    // Planning (issue #17): a User opens the form read-only, with the reason; the rest is greyed out.
    const bool mayWrite = m_context.session.allows(Permission::WriteRecords);
    const QString why = m_context.session.refusalReason(Permission::WriteRecords);
    auto action = [&](const char* name, const QString& text, bool gated, auto slot) {
        auto* b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        if (gated) {
            b->setEnabled(mayWrite);
            b->setToolTip(why);
        }
        connect(b, &QPushButton::clicked, this, [this, slot] {
            if (m_id)
                slot(m_id);
        });
        top->addWidget(b);
        return b;
    };
    action("eventEditButton", mayWrite ? tr("&Edit…") : tr("&Details…"), false,
           [this](qint64 id) { m_planner->edit(id); });
    action("eventDuplicateButton", tr("D&uplicate…"), true, [this](qint64 id) { m_planner->duplicate(id); });
    m_publish = action("eventPublishButton", tr("&Publish"), true,
                       [this](qint64 id) { m_planner->setStatus(id, QStringLiteral("Published")); });
    m_confirm = action("eventConfirmButton", tr("C&onfirm"), true,
                       [this](qint64 id) { m_planner->setStatus(id, QStringLiteral("Confirmed")); });
    m_cancelEvent =
        action("eventCancelButton", tr("&Cancel event…"), true, [this](qint64 id) { m_planner->cancel(id); });
    if (DeleteRecord::allowed(m_context))
        action("eventDeleteButton", tr("De&lete…"), false, [this](qint64 id) { m_planner->remove(id); });
    auto* recruit = new QPushButton(tr("&Recruit volunteers…"));
    recruit->setObjectName(QStringLiteral("eventRecruitButton"));
    recruit->setToolTip(tr("The volunteers to ask for this event, best first, with the reasons."));
    connect(recruit, &QPushButton::clicked, this, [this] {
        if (m_id)
            RecruitPanel::open(m_context, m_id, this);
    });
    top->addWidget(recruit);
    layout->addLayout(top);
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("eventRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    QPalette warn = m_refusal->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x45, 0x3b));
    m_refusal->setPalette(warn);
    m_refusal->hide();
    layout->addWidget(m_refusal);
    m_name = ViewHelpers::title(QString(), QStringLiteral("eventName"));
    layout->addWidget(m_name);
    m_when = new QLabel;
    m_when->setObjectName(QStringLiteral("eventWhen"));
    m_when->setTextFormat(Qt::PlainText); // the event's location is record data
    m_when->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_when->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_when->setFont(f);
    layout->addWidget(m_when);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("eventStatus"));
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("eventRosterSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_roster = ViewHelpers::smallTable(QStringLiteral("eventRosterTable"), tr("Roster"),
                                       {tr("Name"), tr("Type"), tr("Status"), tr("Hours")});
    connect(m_roster, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const qint64 id = m_roster->item(row, 0)->data(Qt::UserRole).toLongLong())
            Q_EMIT volunteerRequested(id);
    });
    layout->addWidget(m_roster, 1);
}

EventPage::~EventPage() = default;

bool EventPage::open(qint64 localId) {
    const std::optional<EventDetail> e = EventQueries::detail(*m_context.database, localId);
    if (!e)
        return false;
    m_id = localId;
    m_name->setText(e->name);
    setAccessibleName(tr("Event %1").arg(e->name));
    // Always shown with the time of day in the display zone; an instant is never shown as a bare date.
    m_when->setText(e->startUtcMs ? DisplayTime::range(*e->startUtcMs, e->endUtcMs) : tr("No date set"));
    const int code = e->statusCode;
    m_status->setText(tr("Status: %1").arg(EventStatusStyle::label(code)));
    const bool mayWrite = m_context.session.allows(Permission::WriteRecords);
    const bool cancelled = code == static_cast<int>(EventStatus::Cancelled);
    m_publish->setEnabled(mayWrite && !cancelled && e->status != u"Published");
    m_confirm->setEnabled(mayWrite && !cancelled && e->status != u"Confirmed");
    m_cancelEvent->setEnabled(mayWrite && !cancelled);
    const auto refusal = refusalOf(*m_context.database, QStringLiteral("event"), localId);
    if (refusal && refusal->has_value()) {
        const RefusedChange& r = **refusal;
        m_refusal->setText(r.waiting
                               ? tr("Waiting to be sent: %1").arg(r.message)
                               : tr("Salesforce refused the last change (%1, %2): %3 Open Edit to fix it.")
                                     .arg(r.code, r.fields.join(QStringLiteral(", ")), r.message));
        m_refusal->show();
    } else {
        m_refusal->hide();
    }
    QPalette pal = m_status->palette();
    pal.setColor(QPalette::WindowText, EventStatusStyle::color(code));
    m_status->setPalette(pal);
    QStringList details;
    auto add = [&](const QString& label, const QVariant& v) {
        if (!v.isNull() && !v.toString().isEmpty())
            details << tr("%1: %2").arg(label, v.toString());
    };
    add(tr("Type"), e->sessionType);
    add(tr("Format"), e->format);
    add(tr("School"), e->schoolName);
    add(tr("District"), e->districtName);
    add(tr("Location"), e->location);
    add(tr("Host"), e->host);
    add(tr("Volunteers requested"), e->requestedJobs);
    add(tr("Open slots"), e->availableSlots);
    add(tr("Cancellation reason"), e->cancellationReason);
    add(tr("Description"), e->description);
    m_details->setText(details.join(QLatin1Char('\n')));

    m_roster->setRowCount(0);
    int counts[2][5] = {};
    double hours = 0;
    for (const EventRosterLine& p : e->roster) {
        const int status = std::clamp(p.statusCode, 0, 4);
        const bool isStudent = p.typeCode == static_cast<int>(ParticipantType::Student);
        ++counts[isStudent ? 1 : 0][status];
        if (status == static_cast<int>(ParticipationStatus::Attended))
            hours += p.hours.toDouble();
        // Students are summarised, never listed by name here (the roster screen is for attendance).
        if (isStudent)
            continue;
        const int row = m_roster->rowCount();
        m_roster->insertRow(row);
        m_roster->setItem(row, 0, ViewHelpers::item(p.name, p.volunteerId));
        m_roster->setItem(row, 1, ViewHelpers::item(participantTypeName(p.typeCode, p.participantType)));
        m_roster->setItem(
            row, 2, ViewHelpers::item(participationStatusName(static_cast<ParticipationStatus>(status))));
        m_roster->setItem(
            row, 3, ViewHelpers::item(p.hours.isNull() ? QString() : QLocale().toString(p.hours.toDouble())));
    }
    auto line = [&](const QString& who, const int* c) {
        return tr("%1: %2 registered, %3 attended, %4 no-show, %5 cancelled")
            .arg(who)
            .arg(c[1])
            .arg(c[2])
            .arg(c[3])
            .arg(c[4]);
    };
    m_summary->setText(line(tr("Volunteers and presenters"), counts[0]) + QLatin1Char('\n') +
                       line(tr("Students"), counts[1]) + QLatin1Char('\n') +
                       tr("Volunteer hours delivered: %1").arg(QLocale().toString(hours)));
    m_roster->resizeColumnsToContents();
    return true;
}

EventsView::EventsView(const UiContext& context, QUndoStack* undoStack, QWidget* parent)
    : RecordListView(context,
                     {QStringLiteral("event"),
                      QStringLiteral("events"),
                      ListLoaders::eventHeaders(),
                      &ListLoaders::events,
                      Qt::DescendingOrder,
                      {130, 250, 140, 120, 190},
                      true,
                      tr("Events"),
                      tr("Loading events…"),
                      tr("No event matches these filters."),
                      tr("%1 event"),
                      tr("%1 events"),
                      tr("Showing %1 of %2")},
                     parent) {
    m_planner = new EventPlanner(m_context, undoStack, this);
    model()->setDecorator([](const RecordRow& row, int column, int role) -> QVariant {
        if (column != static_cast<int>(EventColumn::StatusName))
            return {};
        if (role == Qt::DisplayRole)
            return EventStatusStyle::label(row.code);
        if (role == Qt::ForegroundRole)
            return EventStatusStyle::color(row.code);
        return {};
    });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(ViewHelpers::heading(tr("Events"), QStringLiteral("eventsTitle")));
    titleRow->addStretch(1);
    auto* newEvent = new QPushButton(tr("&New event…"));
    newEvent->setObjectName(QStringLiteral("eventNewButton"));
    newEvent->setEnabled(m_context.session.allows(Permission::WriteRecords));
    newEvent->setToolTip(m_context.session.refusalReason(Permission::WriteRecords));
    connect(newEvent, &QPushButton::clicked, m_planner, [this] {
        if (const qint64 id = m_planner->newEvent())
            openEvent(id);
    });
    titleRow->addWidget(newEvent);
    if (DeleteRecord::allowed(m_context)) {
        auto* remove = new QPushButton(tr("De&lete…"));
        remove->setObjectName(QStringLiteral("eventListDeleteButton"));
        remove->setToolTip(tr("Delete the selected event (Admin)"));
        connect(remove, &QPushButton::clicked, m_planner, [this] {
            if (const qint64 id = ViewHelpers::currentId(m_table, model()))
                m_planner->remove(id);
        });
        titleRow->addWidget(remove);
    }
    titleRow->addWidget(m_count);
    addToList(titleRow);

    auto* filters = new QHBoxLayout;
    m_filter->setAccessibleName(tr("Filter events"));
    m_filter->setPlaceholderText(tr("Filter by name, school or location"));
    filters->addWidget(m_filter, 3);
    auto combo = [&](QComboBox*& c, const char* name, const QString& accessible) {
        c = new FilterComboBox;
        c->setObjectName(QString::fromLatin1(name));
        c->setAccessibleName(accessible);
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        filters->addWidget(c, 1);
    };
    combo(m_when, "eventWhenFilter", tr("When"));
    combo(m_type, "eventTypeFilter", tr("Type"));
    combo(m_status, "eventStatusFilter", tr("Status"));
    combo(m_district, "eventDistrictFilter", tr("District"));
    combo(m_school, "eventSchoolFilter", tr("School"));
    m_status->addItem(tr("Any status"), -1);
    for (const int* code = EventStatusStyle::begin(); code != EventStatusStyle::end(); ++code)
        m_status->addItem(EventStatusStyle::label(*code), *code);
    addToList(filters);
    // The filters show no labels; screen readers on Linux need one for each combo box (see ViewHelpers).
    for (QComboBox* c : {m_when, m_type, m_status, m_district, m_school})
        ViewHelpers::addScreenReaderLabel(c);

    // "Date range…": from and to, both days included, in the display zone.
    m_range = new QWidget;
    m_range->setObjectName(QStringLiteral("eventDateRange"));
    auto* rangeRow = new QHBoxLayout(m_range);
    rangeRow->setContentsMargins(0, 0, 0, 0);
    const QDate today = DisplayTime::local(m_context.clock->nowUtc().toMSecsSinceEpoch()).date();
    auto dateEdit = [&](QDateEdit*& edit, const char* name, const QString& label, const QDate& date) {
        edit = new QDateEdit(date);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(label);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocaleFormat::numericDate(LocaleFormat::displayLocale()));
        auto* l = new QLabel(label);
        l->setBuddy(edit);
        rangeRow->addWidget(l);
        rangeRow->addWidget(edit);
        connect(edit, &QDateEdit::dateChanged, this, &EventsView::applyFilters);
    };
    dateEdit(m_from, "eventFromDate", tr("&From"), today);
    dateEdit(m_to, "eventToDate", tr("&To"), today.addDays(30));
    rangeRow->addStretch(1);
    m_range->hide();
    addToList(m_range);

    m_page = new EventPage(m_context, m_planner);
    // Whatever the planner changed (a form, undo, redo) is shown at once.
    connect(m_planner, &EventPlanner::changed, this, &EventsView::refresh);
    connect(m_page, &EventPage::backRequested, this, &EventsView::showList);
    connect(m_page, &EventPage::volunteerRequested, this, &EventsView::volunteerRequested);
    addPage(m_page);

    connect(m_filter, &QLineEdit::textChanged, this, &EventsView::applyFilters);
    for (QComboBox* c : {m_when, m_type, m_status, m_school})
        connect(c, &QComboBox::currentIndexChanged, this, &EventsView::applyFilters);
    connect(m_when, &QComboBox::currentIndexChanged, this,
            [this] { m_range->setVisible(m_when->currentData().toString() == kDateRange); });
    connect(m_when, &QComboBox::activated, this, [this] { m_whenChosen = true; });
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] {
        fillSchools();
        applyFilters();
    });
}

void EventsView::fillSchools() {
    // Only the schools of the chosen district are offered; with any district, each school says its
    // district, so two schools of the same name can be told apart. The school chosen stays chosen.
    const QString district = m_district->currentData().toString();
    const QString chosen = m_school->currentData().toString();
    QSignalBlocker block(m_school);
    m_school->clear();
    m_school->addItem(tr("Any school"), QString());
    for (const NamedRecord& school : RecordQueries::schools(*m_context.database, district))
        m_school->addItem(district.isEmpty() && !school.districtName.isEmpty()
                              ? tr("%1 — %2").arg(school.name, school.districtName)
                              : school.name,
                          school.sfId);
    m_school->setCurrentIndex(std::max(0, m_school->findData(chosen)));
}

EventsView::~EventsView() = default;

void EventsView::refresh() {
    // Not loaded yet: the first load, on first show, reads the new data anyway.
    if (hasRows())
        reload();
    // An event taken back (the undo of its creation) leaves its page for the list.
    if (currentPage() == m_page && !m_page->open(m_page->eventId()))
        showList();
}

void EventsView::fillChoices(const QStringList&) {
    // The years and types are those of the rows (ListLoaders reads no choices for events).
    QSet<QString> years, types;
    for (const RecordRow& r : model()->allRows()) {
        years.insert(r.tags.value(kYearTag));
        types.insert(r.tags.value(kTypeTag));
    }
    years.remove(QString());
    types.remove(QString());
    QStringList yearList(years.begin(), years.end()), typeList(types.begin(), types.end());
    std::sort(yearList.begin(), yearList.end(), std::greater<>());
    typeList.sort(Qt::CaseInsensitive);
    // What the user chose stays chosen when the choices are filled again (after a sync); before that, the
    // current school year is chosen when there is data for it: what coordinators look at most.
    // Until the user picks a "When" (a new profile lists its events after the first sync), the current
    // school year is the choice.
    const QString when = m_whenChosen
                             ? m_when->currentData().toString()
                             : DisplayTime::schoolYearCodeOf(m_context.clock->nowUtc().toMSecsSinceEpoch());
    const QString type = m_type->currentData().toString(), district = m_district->currentData().toString();
    for (QComboBox* c : {m_when, m_type, m_district})
        c->blockSignals(true);
    m_when->clear();
    m_when->addItem(tr("Upcoming"), kUpcoming);
    for (const QString& code : yearList) {
        SchoolYear y;
        y.startYear = 2000 + code.left(2).toInt();
        m_when->addItem(tr("School year %1").arg(y.label()), code);
    }
    m_when->addItem(tr("All dates"), QString());
    m_when->addItem(tr("Date range…"), kDateRange);
    const int whenIndex = m_when->findData(when);
    m_when->setCurrentIndex(whenIndex >= 0 ? whenIndex : m_when->findData(QString()));
    m_type->clear();
    m_type->addItem(tr("Any type"), QString());
    for (const QString& t : typeList)
        m_type->addItem(t, t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    m_district->clear();
    m_district->addItem(tr("Any district"), QString());
    for (const NamedRecord& d : RecordQueries::named(*m_context.database, QStringLiteral("districts")))
        m_district->addItem(d.name, d.sfId);
    m_district->setCurrentIndex(std::max(0, m_district->findData(district)));
    for (QComboBox* c : {m_when, m_type, m_district})
        c->blockSignals(false);
    m_range->setVisible(m_when->currentData().toString() == kDateRange);
    fillSchools();
}

bool EventsView::positionFirstLoad() {
    // Coordinators look at what is coming up: open the list at the event nearest to now.
    const qint64 now = m_context.clock->nowUtc().toMSecsSinceEpoch();
    int best = -1;
    qint64 bestDistance = 0;
    for (int row = 0; row < model()->rowCount(); ++row) {
        const qint64 distance = std::abs(model()->rowAt(row)->date - now);
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    if (best >= 0) {
        m_table->setCurrentIndex(model()->index(best, 0));
        m_table->scrollTo(model()->index(best, 0), QAbstractItemView::PositionAtCenter);
    }
    return true;
}

void EventsView::applyFilters() {
    if (!hasRows())
        return;
    const QString when = m_when->currentData().toString(), type = m_type->currentData().toString();
    const QString district = m_district->currentData().toString(),
                  school = m_school->currentData().toString();
    const int status = m_status->currentData().toInt();
    // Start times as UTC instants: [from, to), 0 for no bound; the days are the display zone's.
    QString year;
    qint64 from = 0, to = 0;
    if (when == kUpcoming) {
        from = DisplayTime::startOfLocalDay(
            DisplayTime::local(m_context.clock->nowUtc().toMSecsSinceEpoch()).date());
    } else if (when == kDateRange) {
        from = DisplayTime::startOfLocalDay(m_from->date());
        to = DisplayTime::startOfLocalDay(m_to->date().addDays(1));
    } else {
        year = when;
    }
    RecordTableModel::Predicate extra;
    if (!when.isEmpty() || !type.isEmpty() || !district.isEmpty() || !school.isEmpty() || status >= 0) {
        extra = [=](const RecordRow& r) {
            return (year.isEmpty() || r.tags.value(kYearTag) == year) && (!from || r.date >= from) &&
                   (!to || r.date < to) && (type.isEmpty() || r.tags.value(kTypeTag) == type) &&
                   (district.isEmpty() || r.tags.value(kDistrictTag) == district) &&
                   (school.isEmpty() || r.tags.value(kSchoolTag) == school) &&
                   (status < 0 || r.code == status);
        };
    }
    model()->setFilter(m_filter->text(), std::move(extra));
    updateCount();
}

QString EventsView::emptyText() const {
    return tr("No events in your local cache yet.\nSign in and sync to bring them from Salesforce.");
}

void EventsView::openEvent(qint64 localId) {
    if (localId && m_page->open(localId))
        showPage(m_page);
}

} // namespace vms
