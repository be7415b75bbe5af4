#include "ui/views/CalendarView.h"

#include "core/common/Clock.h"
#include "core/common/LocaleFormat.h"
#include "core/models/EventQueries.h"
#include "core/profile/DisplayTime.h"
#include "ui/views/CalendarModel.h"
#include "ui/views/EventForm.h"
#include "ui/widgets/EventStatusStyle.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace vms {

namespace {
constexpr int kPad = 3;

int chipHeight(const QFontMetrics& fm) {
    return fm.height() + 4;
}
} // namespace

CalendarDelegate::CalendarDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

CalendarDelegate::~CalendarDelegate() = default;

QRect CalendarDelegate::chipRect(const QRect& cell, const QFontMetrics& metrics, int i) {
    const int h = chipHeight(metrics);
    const int top = cell.top() + kPad + metrics.height() + kPad + i * (h + 2);
    // Keep the last line free for "+N more" when needed.
    if (top + h > cell.bottom() - kPad)
        return {};
    return QRect(cell.left() + kPad, top, cell.width() - 2 * kPad, h);
}

void CalendarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const {
    const auto* model = qobject_cast<const CalendarModel*>(index.model());
    if (!model)
        return;
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    const QPalette& pal = option.palette;
    const QDate date = model->dateAt(index);
    const bool inPeriod =
        model->mode() == CalendarModel::Mode::Week || date.month() == model->anchor().month();
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(option.rect,
                      selected ? pal.color(QPalette::Highlight).lighter(170)
                               : (inPeriod ? pal.color(QPalette::Base) : pal.color(QPalette::AlternateBase)));
    const QFontMetrics fm(option.font);
    QFont dayFont = option.font;
    const bool isToday = date == model->today();
    dayFont.setBold(isToday);
    painter->setFont(dayFont);
    painter->setPen(inPeriod ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
    const QRect dayRect(option.rect.left() + kPad + 2, option.rect.top() + kPad,
                        option.rect.width() - 2 * kPad, fm.height());
    // Today: bold and marked with a word as well, not only emphasised.
    painter->drawText(dayRect, Qt::AlignLeft | Qt::AlignVCenter,
                      isToday ? tr("%1 · Today").arg(index.data().toString()) : index.data().toString());
    painter->setFont(option.font);

    const auto& events = model->eventsOn(index);
    int shown = 0;
    for (const CalendarEvent& e : events) {
        QRect chip = chipRect(option.rect, fm, shown);
        const bool last = chipRect(option.rect, fm, shown + 1).isNull();
        if (chip.isNull() || (last && shown + 1 < static_cast<int>(events.size())))
            break;
        const QColor c = EventStatusStyle::color(e.statusCode);
        QColor tint = c;
        tint.setAlpha(50);
        painter->setPen(Qt::NoPen);
        painter->setBrush(tint);
        painter->drawRoundedRect(chip, 3, 3);
        painter->fillRect(QRect(chip.left(), chip.top(), 3, chip.height()), c);
        painter->setPen(pal.color(QPalette::Text));
        // A month cell is narrow: the name matters most there (the time is in the tooltip and the day
        // list); a week cell has room for both.
        QString text = EventStatusStyle::glyph(e.statusCode) + QLatin1Char(' ');
        if (model->mode() == CalendarModel::Mode::Week)
            text += DisplayTime::time(e.startUtcMs) + QLatin1Char(' ');
        text += e.name;
        QFont f = option.font;
        f.setStrikeOut(e.statusCode == 5); // cancelled: struck through as well as coloured
        painter->setFont(f);
        // Shortened in the middle: names of a series share their start ("Career Day at Lopez High —
        // Morning" / "— Afternoon"), and their ends tell them apart.
        painter->drawText(chip.adjusted(6, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideMiddle, chip.width() - 8));
        painter->setFont(option.font);
        ++shown;
    }
    const int more = static_cast<int>(events.size()) - shown;
    if (more > 0) {
        painter->setPen(pal.color(QPalette::Text));
        const QRect moreRect(option.rect.left() + kPad + 2, option.rect.bottom() - kPad - fm.height(),
                             option.rect.width() - 2 * kPad, fm.height());
        painter->drawText(moreRect, Qt::AlignLeft | Qt::AlignVCenter, tr("+%1 more").arg(more));
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

bool CalendarDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                   const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto* calendar = qobject_cast<const CalendarModel*>(model);
        const auto* mouse = static_cast<QMouseEvent*>(event);
        if (calendar && mouse->button() == Qt::LeftButton) {
            const QFontMetrics fm(option.font);
            const auto& events = calendar->eventsOn(index);
            for (int i = 0; i < static_cast<int>(events.size()); ++i) {
                const QRect chip = chipRect(option.rect, fm, i);
                if (chip.isNull())
                    break;
                if (chip.contains(mouse->position().toPoint())) {
                    Q_EMIT eventClicked(events[static_cast<size_t>(i)].id);
                    return true;
                }
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

CalendarView::CalendarView(const UiContext& context, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("calendarPage"));
    m_planner = new EventPlanner(m_context, undoStack, this);
    m_model = new CalendarModel(this);
    auto* layout = new QVBoxLayout(this);

    auto* bar = new QHBoxLayout;
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_title->setFont(f);
    auto button = [this](const char* name, const QString& text, const QString& accessible,
                         const QString& icon) {
        auto* b = new QPushButton(text);
        if (!icon.isEmpty())
            b->setIcon(QIcon(icon));
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(accessible);
        return b;
    };
    auto* prev = button("calendarPrevious", QString(), tr("Previous"), QStringLiteral(":/icons/back.svg"));
    prev->setToolTip(tr("Previous month or week (Page Up)"));
    prev->setShortcut(QKeySequence(Qt::Key_PageUp));
    auto* todayButton =
        button("calendarToday", tr("&Today"), tr("Today"), QStringLiteral(":/icons/today.svg"));
    todayButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    todayButton->setToolTip(tr("Go to today (Ctrl+T)"));
    auto* nextButton = button("calendarNext", QString(), tr("Next"), QStringLiteral(":/icons/forward.svg"));
    nextButton->setToolTip(tr("Next month or week (Page Down)"));
    nextButton->setShortcut(QKeySequence(Qt::Key_PageDown));
    m_month = button("calendarMonthButton", tr("&Month"), tr("Month view"), {});
    m_week = button("calendarWeekButton", tr("&Week"), tr("Week view"), {});
    m_month->setCheckable(true);
    m_week->setCheckable(true);
    // Not an exclusive QButtonGroup: Qt gives such a group one Tab stop (arrow keys move inside it), and
    // nothing tells a screen reader user to use arrows. showMonth()/showWeek() keep one checked instead.
    m_month->setChecked(true);
    connect(prev, &QPushButton::clicked, this, &CalendarView::previous);
    connect(nextButton, &QPushButton::clicked, this, &CalendarView::next);
    connect(todayButton, &QPushButton::clicked, this, &CalendarView::today);
    connect(m_month, &QPushButton::clicked, this, &CalendarView::showMonth);
    connect(m_week, &QPushButton::clicked, this, &CalendarView::showWeek);
    bar->addWidget(prev);
    bar->addWidget(todayButton);
    bar->addWidget(nextButton);
    bar->addSpacing(12);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_month);
    bar->addWidget(m_week);
    // A new event on the selected day (or on a day double-clicked in the grid).
    auto* newEvent = button("calendarNewEvent", tr("&New event…"), tr("New event on the selected day"), {});
    newEvent->setEnabled(m_context.session.allows(Permission::WriteRecords));
    newEvent->setToolTip(m_context.session.refusalReason(Permission::WriteRecords));
    connect(newEvent, &QPushButton::clicked, this, [this] {
        const QModelIndex day = m_grid->currentIndex();
        m_planner->newEventOn(day.isValid() ? m_model->dateAt(day) : m_model->today());
    });
    bar->addWidget(newEvent);
    layout->addLayout(bar);

    // The legend says in words and glyphs what each colour means.
    auto* legend = new QWidget;
    legend->setObjectName(QStringLiteral("calendarLegend"));
    legend->setAccessibleName(tr("Legend"));
    auto* legendLayout = new QHBoxLayout(legend);
    legendLayout->setContentsMargins(0, 0, 0, 0);
    for (const int* code = EventStatusStyle::begin(); code != EventStatusStyle::end(); ++code) {
        auto* swatch = new QLabel;
        QPixmap pm(12, 12);
        pm.fill(EventStatusStyle::color(*code));
        swatch->setPixmap(pm);
        auto* text = new QLabel(EventStatusStyle::label(*code));
        text->setObjectName(QStringLiteral("calendarLegend_%1").arg(*code));
        legendLayout->addWidget(swatch);
        legendLayout->addWidget(text);
        legendLayout->addSpacing(10);
    }
    legendLayout->addStretch(1);
    layout->addWidget(legend);

    auto* split = new QSplitter(Qt::Horizontal);
    split->setObjectName(QStringLiteral("calendarSplitter"));
    m_grid = new QTableView;
    m_grid->setObjectName(QStringLiteral("calendarGrid"));
    m_grid->setAccessibleName(tr("Calendar"));
    m_grid->setModel(m_model);
    auto* delegate = new CalendarDelegate(m_grid);
    m_grid->setItemDelegate(delegate);
    connect(delegate, &CalendarDelegate::eventClicked, this, &CalendarView::eventRequested);
    m_grid->viewport()->installEventFilter(this);
    connect(m_grid, &QTableView::doubleClicked, this, [this](const QModelIndex& day) {
        // On a day with no event under the pointer (a click on a chip opens that event instead).
        if (m_context.session.allows(Permission::WriteRecords) && day.isValid() &&
            m_model->eventsOn(day).empty())
            m_planner->newEventOn(m_model->dateAt(day));
    });
    connect(m_planner, &EventPlanner::changed, this, &CalendarView::reload);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setShowGrid(true);
    m_grid->setWordWrap(false);
    // Arrow keys move between days; Tab goes on to the day's event list instead of walking 42 cells.
    m_grid->setTabKeyNavigation(false);
    m_grid->verticalHeader()->hide();
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_grid, &QTableView::activated, this, [this](const QModelIndex& index) {
        const auto& events = m_model->eventsOn(index);
        if (events.size() == 1)
            Q_EMIT eventRequested(events.front().id);
        else if (!events.empty())
            m_dayEvents->setFocus();
    });
    split->addWidget(m_grid);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_dayTitle = new QLabel;
    m_dayTitle->setObjectName(QStringLiteral("calendarDayTitle"));
    m_dayTitle->setWordWrap(true);
    m_dayEvents = new QListWidget;
    m_dayEvents->setObjectName(QStringLiteral("calendarDayEvents"));
    m_dayEvents->setAccessibleName(tr("Events on the selected day"));
    m_dayEvents->setWordWrap(true);
    m_dayEvents->setSpacing(2);
    m_dayEvents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setMinimumWidth(240);
    connect(m_dayEvents, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong())
            Q_EMIT eventRequested(id);
    });
    sideLayout->addWidget(m_dayTitle);
    sideLayout->addWidget(m_dayEvents, 1);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({760, 260});
    layout->addWidget(split, 1);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CalendarView::updateDayList);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The selection model is kept across resets; re-attach the handler's target day.
        updateDayList();
    });
    const QDate now = DisplayTime::local(m_context.clock->nowUtc().toMSecsSinceEpoch()).date();
    m_model->setToday(now);
    m_model->setPeriod(CalendarModel::Mode::Month, now);
    m_title->setText(m_model->title());
}

CalendarView::~CalendarView() = default;

void CalendarView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        reload();
        m_grid->setCurrentIndex(m_model->indexOf(m_model->anchor()));
    }
}

void CalendarView::reload() {
    m_model->setEvents(EventQueries::calendar(*m_context.database, m_model->firstDay(), m_model->dayCount()));
    m_title->setText(m_model->title());
    m_grid->setAccessibleDescription(m_model->title());
    updateDayList();
}

void CalendarView::step(int direction) {
    const QDate a = m_model->anchor();
    const QDate next =
        m_model->mode() == CalendarModel::Mode::Month ? a.addMonths(direction) : a.addDays(7 * direction);
    m_model->setPeriod(m_model->mode(), next);
    reload();
    m_grid->setCurrentIndex(m_model->indexOf(next));
}

void CalendarView::next() {
    step(1);
}

void CalendarView::previous() {
    step(-1);
}

void CalendarView::today() {
    const QDate now = DisplayTime::local(m_context.clock->nowUtc().toMSecsSinceEpoch()).date();
    m_model->setToday(now);
    m_model->setPeriod(m_model->mode(), now);
    reload();
    m_grid->setCurrentIndex(m_model->indexOf(now));
}

void CalendarView::showMonth() {
    m_month->setChecked(true);
    m_week->setChecked(false);
    const QDate keep = m_model->dateAt(m_grid->currentIndex()).isValid()
                           ? m_model->dateAt(m_grid->currentIndex())
                           : m_model->anchor();
    m_model->setPeriod(CalendarModel::Mode::Month, keep);
    reload();
    m_grid->setCurrentIndex(m_model->indexOf(keep));
}

void CalendarView::showWeek() {
    m_week->setChecked(true);
    m_month->setChecked(false);
    const QDate keep = m_model->dateAt(m_grid->currentIndex()).isValid()
                           ? m_model->dateAt(m_grid->currentIndex())
                           : m_model->anchor();
    m_model->setPeriod(CalendarModel::Mode::Week, keep);
    reload();
    m_grid->setCurrentIndex(m_model->indexOf(keep));
}

void CalendarView::updateDayList() {
    m_dayEvents->clear();
    const QModelIndex current = m_grid->currentIndex();
    const QDate date = m_model->dateAt(current);
    if (!date.isValid()) {
        m_dayTitle->setText(tr("Choose a day to see its events."));
        return;
    }
    // "Tuesday, October 14, 2025"; "martes, 14 de octubre de 2025".
    const QLocale locale = LocaleFormat::displayLocale();
    m_dayTitle->setText(locale.toString(date, locale.dateFormat(QLocale::LongFormat)));
    for (const CalendarEvent& e : m_model->eventsOn(current)) {
        auto* item = new QListWidgetItem(
            tr("%1  %2\n%3")
                .arg(DisplayTime::time(e.startUtcMs), e.name, EventStatusStyle::label(e.statusCode)));
        item->setData(Qt::UserRole, e.id);
        const QColor c = EventStatusStyle::color(e.statusCode);
        QPixmap pm(10, 28);
        pm.fill(c);
        item->setIcon(QIcon(pm));
        m_dayEvents->addItem(item);
    }
    if (m_dayEvents->count() == 0) {
        auto* none = new QListWidgetItem(tr("No events"));
        none->setFlags(Qt::ItemIsEnabled);
        m_dayEvents->addItem(none);
    }
}

qint64 CalendarView::eventAt(const QPoint& viewportPos) const {
    const QModelIndex day = m_grid->indexAt(viewportPos);
    if (!day.isValid())
        return 0;
    const QFontMetrics fm(m_grid->font());
    const auto& events = m_model->eventsOn(day);
    for (int i = 0; i < static_cast<int>(events.size()); ++i) {
        const QRect chip = CalendarDelegate::chipRect(m_grid->visualRect(day), fm, i);
        if (chip.isNull())
            break;
        if (chip.contains(viewportPos))
            return events[static_cast<size_t>(i)].id;
    }
    return 0;
}

bool CalendarView::eventFilter(QObject* watched, QEvent* event) {
    // An event's chip pressed on one day and released on another: the user moves it there (the item
    // view gives its delegate no release on another cell, so it is seen here).
    if (watched == m_grid->viewport()) {
        if (event->type() == QEvent::MouseButtonPress) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            const QPoint at = mouse->position().toPoint();
            m_dragged = mouse->button() == Qt::LeftButton ? eventAt(at) : 0;
            m_dragFrom = m_grid->indexAt(at);
        } else if (event->type() == QEvent::MouseButtonRelease && m_dragged != 0) {
            const qint64 moved = std::exchange(m_dragged, 0);
            const QModelIndex to = m_grid->indexAt(static_cast<QMouseEvent*>(event)->position().toPoint());
            if (to.isValid() && to != m_dragFrom) {
                m_planner->moveToDay(moved, m_model->dateAt(to));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vms
