#pragma once

#include "ui/UiContext.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace vms {

// The search box in the tool bar (Ctrl+K or Ctrl+F): volunteers, organizations and events by name,
// shown in a drop-down; Enter or a click opens the record.
class GlobalSearch final : public QLineEdit {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalSearch)

public:
    enum class Kind { Volunteer = 1, Organization = 2, Event = 3 };
    static constexpr int KindRole = Qt::UserRole + 1;
    static constexpr int IdRole = Qt::UserRole + 2;

    explicit GlobalSearch(const UiContext& context, QWidget* parent = nullptr);
    ~GlobalSearch() override;

    // Runs the search now (normally it waits for a short pause in typing).
    void search();
    QStandardItemModel* results() const { return m_results; }

Q_SIGNALS:
    void recordRequested(int kind, qint64 localId);

private:
    UiContext m_context;
    QStandardItemModel* m_results = nullptr;
    QCompleter* m_completer = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace vms
