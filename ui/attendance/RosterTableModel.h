#pragma once

#include "core/attendance/AttendanceRoster.h"

#include <QAbstractTableModel>

#include <functional>
#include <optional>
#include <vector>

namespace vms {

// The roster as a table: one row per participation, the hours column editable when the user may mark.
// It holds value types from AttendanceRoster and never touches the database: an hours edit is handed to
// the view's writer, which saves it through LocalChanges and reloads.
class RosterTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterTableModel)

public:
    enum Column { Name, Type, Detail, Status, Hours, Sync, Notes, ColumnCount };
    using HoursWriter = std::function<bool(int row, std::optional<double> hours)>;

    explicit RosterTableModel(QObject* parent = nullptr);

    void setRows(std::vector<RosterRow> rows);
    const std::vector<RosterRow>& rows() const { return m_rows; }
    const RosterRow* rowAt(int row) const;
    int rowOfParticipation(qint64 participationId) const;
    void setEditable(bool editable) { m_editable = editable; }
    void setHoursWriter(HoursWriter writer) { m_hoursWriter = std::move(writer); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    static QString statusLabel(const RosterRow& row);
    static QString typeLabel(ParticipantType type);
    // The row's type as the Type column shows it ("Teacher (not counted)" for a teacher).
    static QString typeLabel(const RosterRow& row);

Q_SIGNALS:
    // Hours typed that cannot be saved (not a number, or outside 0-24): nothing was saved, and why.
    void hoursRefused(const QString& why);

private:
    std::vector<RosterRow> m_rows;
    bool m_editable = false;
    HoursWriter m_hoursWriter;
};

} // namespace vms
