#include "core/models/ChoiceListModel.h"

namespace vms {

ChoiceListModel::ChoiceListModel(QObject* parent)
    : QAbstractListModel(parent) {}

void ChoiceListModel::setChoices(std::vector<Choice> choices) {
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

int ChoiceListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size());
}

QVariant ChoiceListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_choices.size()))
        return {};
    const Choice& c = m_choices[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return c.text;
    case Qt::UserRole:
        return c.value;
    default:
        return {};
    }
}

} // namespace vms
