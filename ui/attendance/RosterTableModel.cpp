#include "ui/attendance/RosterTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace vms {

RosterTableModel::RosterTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RosterTableModel::setRows(std::vector<RosterRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const RosterRow* RosterTableModel::rowAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(row)];
}

int RosterTableModel::rowOfParticipation(qint64 participationId) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].participationId == participationId)
            return static_cast<int>(i);
    return -1;
}

int RosterTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RosterTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterTableModel::typeLabel(ParticipantType type) {
    switch (type) {
    case ParticipantType::Volunteer:
        return tr("Volunteer");
    case ParticipantType::Student:
        return tr("Student");
    case ParticipantType::Presenter:
        return tr("Presenter (not counted)");
    case ParticipantType::Other:
        break;
    }
    return tr("Other (not counted)");
}

QString RosterTableModel::typeLabel(const RosterRow& row) {
    // Participant_Type__c 'Teacher': on the roster and marked like anyone, counted in no report.
    if (row.teacher)
        return tr("Teacher (not counted)");
    return typeLabel(row.type);
}

QString RosterTableModel::statusLabel(const RosterRow& row) {
    switch (row.status) {
    case ParticipationStatus::Registered:
        return tr("Registered");
    case ParticipationStatus::Attended:
        return tr("Attended");
    case ParticipationStatus::NoShow:
        return tr("No-Show");
    case ParticipationStatus::Cancelled:
        return tr("Cancelled");
    case ParticipationStatus::Unknown:
        break;
    }
    return row.statusText.isEmpty() ? tr("Registered") : row.statusText;
}

QVariant RosterTableModel::data(const QModelIndex& index, int role) const {
    const RosterRow* r = rowAt(index.row());
    if (!r)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Name:
            return r->displayName();
        case Type:
            return typeLabel(*r);
        case Detail:
            if (r->type == ParticipantType::Student && !r->detail.isEmpty())
                return tr("Grade %1").arg(r->detail);
            return r->detail;
        case Status:
            return statusLabel(*r);
        case Hours:
            if (role == Qt::EditRole)
                return r->hours ? QVariant(*r->hours) : QVariant(0.0);
            return r->hours ? QLocale().toString(*r->hours, 'g', 4) : QString();
        case Sync:
            return r->pending ? tr("Waiting to sync") : tr("In Salesforce");
        case Notes:
            // One line in the table; the whole text in the tooltip and the notes dialog.
            return QString(r->notes).replace(u'\n', QStringLiteral(" ⏎ "));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Notes && !r->notes.isEmpty())
        return r->notes;
    if (role == Qt::ToolTipRole && column == Sync)
        return r->pending ? tr("Saved on this computer; it will be sent to Salesforce at the next sync.")
                          : tr("This row matches Salesforce as of the last sync.");
    if (role == Qt::ToolTipRole && !r->markable())
        return tr("This person is not in the local cache, so VMS cannot mark them here.");
    if (role == Qt::ForegroundRole) {
        if (column == Sync && r->pending)
            return QBrush(QColor(0xb0, 0x60, 0x00));
        if (column == Status && r->status == ParticipationStatus::Attended)
            return QBrush(QColor(0x1b, 0x7a, 0x2e));
        if (column == Status && r->status == ParticipationStatus::NoShow)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (!r->counted())
            return QBrush(QColor(0x70, 0x70, 0x70));
    }
    if (role == Qt::FontRole && column == Status && r->status == ParticipationStatus::Attended) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && column == Hours)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // Screen readers read the whole row's meaning from the name cell.
    if (role == Qt::AccessibleTextRole && column == Name)
        return tr("%1, %2, %3")
            .arg(r->displayName(), statusLabel(*r), r->pending ? tr("waiting to sync") : tr("in Salesforce"));
    return {};
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Detail:
        return tr("Organization / grade");
    case Status:
        return tr("Status");
    case Hours:
        return tr("Hours");
    case Sync:
        return tr("Sync");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags RosterTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const RosterRow* r = rowAt(index.row());
    if (r && m_editable && r->markable() && index.column() == Hours)
        f |= Qt::ItemIsEditable;
    return f;
}

bool RosterTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || index.column() != Hours || !(flags(index) & Qt::ItemIsEditable) ||
        !m_hoursWriter)
        return false;
    std::optional<double> hours;
    if (!value.isNull() && !value.toString().trimmed().isEmpty()) {
        bool ok = false;
        const double h = value.toDouble(&ok);
        // The org's validation rule (Delivery_Hours__c in 0-24). Said, never silently dropped.
        if (!ok || !std::isfinite(h) || h < 0.0 || h > 24.0) {
            Q_EMIT hoursRefused(tr("Hours must be between 0 and 24; %1 was not saved.")
                                    .arg(ok ? QLocale().toString(h) : value.toString()));
            return false;
        }
        hours = h;
    }
    // The writer saves and reloads the model; nothing to emit here.
    return m_hoursWriter(index.row(), hours);
}

} // namespace vms
