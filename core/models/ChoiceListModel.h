#pragma once

#include <QAbstractListModel>
#include <QString>
#include <QVariant>

#include <vector>

namespace vms {

// A list of choices for a combo box: a text, and a value under Qt::UserRole (what QComboBox::itemData and
// findData read). Filled in one reset: adding 38,000 organizations to a combo box one item at a time costs
// a hundred times more (a signal and a QStandardItem per item).
class ChoiceListModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceListModel)

public:
    struct Choice {
        QString text;
        QVariant value;
    };

    explicit ChoiceListModel(QObject* parent = nullptr);

    void setChoices(std::vector<Choice> choices);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

private:
    std::vector<Choice> m_choices;
};

} // namespace vms
