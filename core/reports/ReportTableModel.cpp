#include "core/reports/ReportTableModel.h"

#include "core/common/PlainText.h"
#include "core/reports/ReportText.h"

#include <QLocale>

namespace vms {

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

ReportTableModel::~ReportTableModel() = default;

void ReportTableModel::setResult(ReportResult result) {
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

void ReportTableModel::clear() {
    setResult({});
}

int ReportTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_result.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_result.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<size_t>(index.row());
    const auto col = static_cast<size_t>(index.column());
    const ColumnType type = m_result.columns[col].type;
    const QVariant& v = m_result.rows[row].cells[col];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(v, m_result.columns[col], m_result.rows[row].kind);
    case Qt::ToolTipRole: // names are record data; a tooltip may be read as markup
        return PlainText::toolTip(displayText(v, m_result.columns[col], m_result.rows[row].kind));
    case SortRole:
        return v;
    case RowKindRole:
        return static_cast<int>(m_result.rows[row].kind);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(type == ColumnType::Integer || type == ColumnType::Hours
                                       ? Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter)
                                       : Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QString ReportTableModel::displayText(const QVariant& value, const ReportColumn& column, RowKind kind) {
    const QLocale locale;
    // No locale configured: exactly the files' text.
    if (locale.language() == QLocale::C)
        return ReportText::cell(value, column.type);
    if (column.type == ColumnType::Text)
        return ReportText::displayWord(value.toString(), column.words, kind);
    return ReportText::screenCell(value, column.type, locale);
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_result.columns[static_cast<size_t>(section)].title;
        return {};
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < rowCount())
        return section + 1;
    return {};
}

} // namespace vms
