#include "ui/views/CalendarModel.h"

#include "core/common/LocaleFormat.h"
#include "core/common/PlainText.h"
#include "core/common/Plural.h"
#include "core/profile/DisplayTime.h"
#include "ui/widgets/EventStatusStyle.h"

#include <QLocale>

namespace vms {

CalendarModel::CalendarModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_anchor(QDate::currentDate()) {
    m_days.resize(static_cast<size_t>(dayCount()));
}

CalendarModel::~CalendarModel() = default;

void CalendarModel::setPeriod(Mode mode, const QDate& anchor) {
    beginResetModel();
    m_mode = mode;
    m_anchor = anchor;
    m_days.assign(static_cast<size_t>(dayCount()), {});
    endResetModel();
}

QDate CalendarModel::firstDay() const {
    // Weeks start on the locale's first day (Sunday in the US).
    const int first = static_cast<int>(QLocale().firstDayOfWeek());
    const QDate start = m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), 1) : m_anchor;
    const int back = (start.dayOfWeek() - first + 7) % 7;
    return start.addDays(-back);
}

QString CalendarModel::title() const {
    if (m_mode == Mode::Month) {
        // "March 2026", "Marzo de 2026": the month as a title in the user's language.
        QString month = LocaleFormat::displayLocale().standaloneMonthName(m_anchor.month());
        if (!month.isEmpty())
            month[0] = month[0].toUpper();
        return tr("%1 %2", "calendar title: month name, year").arg(month).arg(m_anchor.year());
    }
    const QDate from = firstDay(), to = from.addDays(6);
    return tr("Week of %1 – %2").arg(DisplayTime::date(from), DisplayTime::date(to));
}

void CalendarModel::setEvents(std::vector<CalendarEvent> events) {
    m_days.assign(static_cast<size_t>(dayCount()), {});
    const QDate first = firstDay();
    for (CalendarEvent& e : events) {
        const qint64 day = first.daysTo(DisplayTime::local(e.startUtcMs).date());
        if (day >= 0 && day < dayCount())
            m_days[static_cast<size_t>(day)].push_back(std::move(e));
    }
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 6));
}

const std::vector<CalendarEvent>& CalendarModel::eventsOn(const QModelIndex& index) const {
    static const std::vector<CalendarEvent> none;
    if (!index.isValid() || index.model() != this)
        return none;
    return m_days[static_cast<size_t>(index.row() * 7 + index.column())];
}

QModelIndex CalendarModel::indexOf(const QDate& date) const {
    const qint64 day = firstDay().daysTo(date);
    if (day < 0 || day >= dayCount())
        return {};
    return index(static_cast<int>(day / 7), static_cast<int>(day % 7));
}

QDate CalendarModel::dateAt(const QModelIndex& index) const {
    return index.isValid() ? firstDay().addDays(index.row() * 7 + index.column()) : QDate();
}

int CalendarModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : dayCount() / 7;
}

int CalendarModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 7;
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate date = dateAt(index);
    const auto& events = eventsOn(index);
    switch (role) {
    case Qt::DisplayRole:
        if (date.day() == 1) {
            // The 1st of a month also names it, in the locale's order: "Mar 1", "1 mar".
            const QLocale locale = LocaleFormat::displayLocale();
            const QString month = locale.monthName(date.month(), QLocale::ShortFormat);
            const QString order = LocaleFormat::mediumDate(locale, false);
            return order.indexOf(u'M') < order.indexOf(u'd') ? month + QStringLiteral(" 1")
                                                             : QStringLiteral("1 ") + month;
        }
        return QString::number(date.day());
    case DateRole:
        return date;
    case EventCountRole:
        return static_cast<int>(events.size());
    case Qt::ToolTipRole:
        // Event names are record data: escaped, so the tooltip shows them as typed.
        return PlainText::toolTip(data(index, Qt::AccessibleTextRole).toString());
    case Qt::AccessibleTextRole: {
        const QLocale locale = LocaleFormat::displayLocale();
        QString text = locale.toString(date, locale.dateFormat(QLocale::LongFormat));
        if (events.empty())
            return tr("%1: no events").arg(text);
        QStringList lines;
        for (const CalendarEvent& e : events)
            lines << tr("%1 %2 (%3)")
                         .arg(DisplayTime::time(e.startUtcMs), e.name, EventStatusStyle::name(e.statusCode));
        return tr("%1: %2").arg(
                   text, Plural::of(static_cast<qint64>(events.size()), tr("%1 event"), tr("%1 events"))) +
               QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant CalendarModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= 7)
        return {};
    const QDate day = firstDay().addDays(section);
    return QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat);
}

} // namespace vms
