#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace vms {

struct CalendarEvent {
    qint64 id = 0;
    QString name;
    qint64 startUtcMs = 0;
    std::optional<qint64> endUtcMs;
    int statusCode = 0;
};

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
    // Any date inside the period to show; the model does not load events itself (see load()).
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

    // Events starting in [firstDay, firstDay + days) in the display zone.
    static std::vector<CalendarEvent> load(QSqlDatabase db, const QDate& firstDay, int days);

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
