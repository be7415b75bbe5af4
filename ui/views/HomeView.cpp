#include "ui/views/HomeView.h"

#include "core/common/Clock.h"
#include "core/common/OutboxNotifier.h"
#include "core/common/Plural.h"
#include "core/domain/Status.h"
#include "core/models/AsyncLoad.h"
#include "core/models/HomeData.h"
#include "core/profile/DisplayTime.h"
#include "ui/views/RecruitPanel.h"
#include "ui/widgets/EventStatusStyle.h"
#include "ui/widgets/ViewHelpers.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace vms {

namespace {

QLabel* headline(QGridLayout* grid, int column, const QString& objectName, const QString& caption,
                 QLabel** note = nullptr) {
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(frame);
    auto* value = new QLabel(QStringLiteral("–"));
    value->setObjectName(objectName);
    // The number is the label's name (a name of its own would hide it from screen readers); the caption
    // under it is read next, and is the description.
    value->setAccessibleDescription(caption);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 2.0);
    f.setBold(true);
    value->setFont(f);
    auto* text = new QLabel(caption);
    text->setWordWrap(true);
    layout->addWidget(value);
    layout->addWidget(text);
    if (note) {
        *note = new QLabel;
        (*note)->setObjectName(objectName + QStringLiteral("Note"));
        (*note)->setWordWrap(true);
        QFont small = (*note)->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        (*note)->setFont(small);
        layout->addWidget(*note);
    }
    grid->addWidget(frame, 0, column);
    return value;
}

} // namespace

HomeView::HomeView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("homePage"));
    auto* outer = new QVBoxLayout(this);
    m_greeting = ViewHelpers::title(tr("Home"), QStringLiteral("homePageTitle"));
    outer->addWidget(m_greeting);
    m_stack = new QStackedWidget;
    outer->addWidget(m_stack, 1);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* grid = new QGridLayout;
    m_volunteers = headline(grid, 0, QStringLiteral("homeVolunteerCount"), tr("Volunteers"));
    m_organizations = headline(grid, 1, QStringLiteral("homeOrganizationCount"), tr("Organizations"));
    m_events =
        headline(grid, 2, QStringLiteral("homeEventsThisYear"), tr("Events this school year"), &m_eventsNote);
    m_hours = headline(grid, 3, QStringLiteral("homeHoursThisYear"), tr("Volunteer hours this school year"));
    layout->addLayout(grid);

    auto* sync = new QGroupBox(tr("Sync"));
    auto* syncLayout = new QVBoxLayout(sync);
    m_pending = new QLabel;
    m_pending->setObjectName(QStringLiteral("homePendingChanges"));
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("homeSyncProblems"));
    m_problems->setWordWrap(true);
    syncLayout->addWidget(m_pending);
    syncLayout->addWidget(m_problems);
    layout->addWidget(sync);

    auto* upcoming = new QGroupBox(tr("Upcoming events (next two weeks)"));
    auto* upLayout = new QVBoxLayout(upcoming);
    m_upcoming = new QListWidget;
    m_upcoming->setObjectName(QStringLiteral("homeUpcomingEvents"));
    m_upcoming->setAccessibleName(tr("Upcoming events"));
    m_upcoming->setSpacing(3);
    connect(m_upcoming, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT eventRequested(id);
    });
    upLayout->addWidget(m_upcoming);
    auto* lists = new QHBoxLayout;
    lists->addWidget(upcoming, 1);

    auto* needing = new QGroupBox(tr("Events needing volunteers"));
    auto* needLayout = new QVBoxLayout(needing);
    m_needing = new QListWidget;
    m_needing->setObjectName(QStringLiteral("homeEventsNeedingVolunteers"));
    m_needing->setAccessibleName(tr("Events needing volunteers"));
    m_needing->setToolTip(tr("Open an event to see the volunteers to ask, best first."));
    m_needing->setSpacing(3);
    connect(m_needing, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            RecruitPanel::open(m_context, id, this);
    });
    needLayout->addWidget(m_needing);
    lists->addWidget(needing, 1);
    layout->addLayout(lists, 1);
    m_stack->addWidget(content);

    auto* empty = ViewHelpers::emptyState(QStringLiteral("homePageEmptyState"));
    empty->setText(tr("Welcome to VMS.\n\nYour local cache is empty. Sign in and sync to bring volunteers, "
                      "organizations and events from Salesforce; after that everything works offline too."));
    m_stack->addWidget(empty);
    // A sign-up (here, in the Recruit panel, or at an event's roster) changes the open places.
    connect(&OutboxNotifier::instance(), &OutboxNotifier::changed, this, &HomeView::reload);
    reload();
}

HomeView::~HomeView() = default;

void HomeView::setSession(const Session& session) {
    m_context.session = session;
    showGreeting();
}

void HomeView::showGreeting() {
    m_greeting->setText(m_context.session.signedIn && !m_context.session.userName.isEmpty()
                            ? tr("Welcome, %1").arg(m_context.session.userName)
                            : tr("Home"));
}

void HomeView::reload() {
    const qint64 now = m_context.clock->nowUtc().toMSecsSinceEpoch();
    loadAsync(
        this, m_context.database, [now](auto db) { return HomeData::load(std::move(db), now); },
        [this, now](const HomeData& d) {
            QLocale locale;
            const qint64 records = d.stats.count(QStringLiteral("volunteers")) +
                                   d.stats.count(QStringLiteral("organizations")) +
                                   d.stats.count(QStringLiteral("events"));
            m_stack->setCurrentIndex(d.ok && records > 0 ? 0 : 1);
            showGreeting();
            m_volunteers->setText(locale.toString(d.stats.count(QStringLiteral("volunteers"))));
            m_organizations->setText(locale.toString(d.stats.count(QStringLiteral("organizations"))));
            m_events->setText(locale.toString(d.eventsThisYear));
            // The Events list shows every event of the year; say what this number leaves out.
            QStringList left;
            if (d.draftsThisYear > 0)
                left << Plural::of(d.draftsThisYear, tr("%1 draft"), tr("%1 drafts"));
            if (d.cancelledThisYear > 0)
                left << Plural::of(d.cancelledThisYear, tr("%1 cancelled"), tr("%1 cancelled"));
            m_eventsNote->setText(left.isEmpty() ? QString()
                                                 : tr("Not counted: %1").arg(left.join(tr(" and "))));
            m_eventsNote->setVisible(!left.isEmpty());
            m_hours->setText(locale.toString(d.hoursThisYear, 'f', 0));
            m_pending->setText(d.stats.pendingChanges == 0
                                   ? tr("✔ Every local change has reached Salesforce.")
                                   : Plural::of(d.stats.pendingChanges,
                                                tr("⟳ %1 local change waiting to sync."),
                                                tr("⟳ %1 local changes waiting to sync.")));
            m_problems->setText(
                d.stats.problems() == 0
                    ? tr("No sync problems.")
                    : tr("⚠ %1 change(s) refused by Salesforce, %2 conflict(s) to resolve and "
                         "%3 record(s) that could not be applied.")
                          .arg(d.stats.failedChanges)
                          .arg(d.stats.openConflicts)
                          .arg(d.stats.syncIssues));
            m_upcoming->clear();
            for (const CalendarEvent& e : d.upcoming) {
                if (e.startUtcMs < now)
                    continue;
                auto* item = new QListWidgetItem(tr("%1 — %2   %3")
                                                     .arg(DisplayTime::dateTime(e.startUtcMs), e.name,
                                                          EventStatusStyle::label(e.statusCode)));
                item->setData(Qt::UserRole, e.id);
                m_upcoming->addItem(item);
            }
            if (m_upcoming->count() == 0) {
                auto* none = new QListWidgetItem(tr("No events in the next two weeks."));
                none->setFlags(Qt::ItemIsEnabled);
                m_upcoming->addItem(none);
            }
            m_needing->clear();
            for (const EventNeedingVolunteers& e : d.needing) {
                auto* item = new QListWidgetItem(
                    tr("%1 · %2 — %3")
                        .arg(Plural::of(e.openSlots(), tr("%1 place open"), tr("%1 places open")),
                             DisplayTime::dateTime(e.startUtcMs), e.name));
                item->setData(Qt::UserRole, e.id);
                item->setToolTip(tr("%1 of %2 volunteers signed up").arg(e.signedUp).arg(e.requested));
                m_needing->addItem(item);
            }
            if (m_needing->count() == 0) {
                auto* none = new QListWidgetItem(tr("Every upcoming event has the volunteers it asked for."));
                none->setFlags(Qt::ItemIsEnabled);
                m_needing->addItem(none);
            }
            m_loaded = true;
            Q_EMIT loaded();
        });
}

} // namespace vms
