#pragma once

#include "core/reports/ReportResult.h"

#include <QAbstractTableModel>

namespace vms {

// The on-screen table of a report: a read-only view over a ReportResult, so the screen shows exactly the
// rows and numbers the files contain. DisplayRole is the CSV's text in the user's locale (numbers, dates,
// status words and "Unassigned" translated; exactly the CSV's text in the "C" locale); Qt::UserRole is the
// typed value (for sorting proxies). Headers are the translated titles.
class ReportTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int RowKindRole = Qt::UserRole + 1; // RowKind as int: the view sets total rows in bold

    explicit ReportTableModel(QObject* parent = nullptr);
    ~ReportTableModel() override;

    void setResult(ReportResult result);
    void clear();
    const ReportResult& result() const { return m_result; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A cell as DisplayRole shows it.
    static QString displayText(const QVariant& value, const ReportColumn& column,
                               RowKind kind = RowKind::Detail);

private:
    ReportResult m_result;
};

} // namespace vms
