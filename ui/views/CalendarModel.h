#pragma once

#include "core/models/EventQueries.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace vms {

// The days of a month (6 weeks × 7 days) or of one week (1 × 7), each with its events, grouped by the
// local day of their start in the display zone.
class CalendarModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarModel)

public:
    enum class Mode { Month, Week };
    static constexpr int DateRole = Qt::UserRole + 1;
    static constexpr int EventCountRole = Qt::UserRole + 2;

    explicit CalendarModel(QObject* parent = nullptr);
    ~CalendarModel() override;

    Mode mode() const { return m_mode; }
    QDate anchor() const { return m_anchor; }
    // Any date inside the period to show; the model does not load events itself
    // (EventQueries::calendar).
    void setPeriod(Mode mode, const QDate& anchor);
    QDate firstDay() const;
    int dayCount() const { return m_mode == Mode::Month ? 42 : 7; }
    QString title() const;
    QDate today() const { return m_today; }
    void setToday(const QDate& today) { m_today = today; }

    void setEvents(std::vector<CalendarEvent> events);
    const std::vector<CalendarEvent>& eventsOn(const QModelIndex& index) const;
    QModelIndex indexOf(const QDate& date) const;
    QDate dateAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Mode m_mode = Mode::Month;
    QDate m_anchor;
    QDate m_today;
    std::vector<std::vector<CalendarEvent>> m_days; // dayCount() entries
};

} // namespace vms
