#pragma once

#include "core/auth/Session.h"

#include <QDialog>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vms {

class Clock;
class Database;

// Sync problems, for the people who can fix them: changes Salesforce refused (with its message and the
// field, and a way to open the record to fix it; they are retried at every sync and when the record is
// edited), edits that met a newer change in Salesforce (conflicts: pick which value wins) and records
// from Salesforce that could not be applied yet (shown with the reason; they are retried at every sync).
// Resolving needs the Coordinator or Admin role; a User sees the list with the buttons disabled and a
// tooltip saying why.
class ProblemsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsDialog)

public:
    ProblemsDialog(std::shared_ptr<Database> db, Session session, const Clock& clock,
                   QWidget* parent = nullptr);
    ~ProblemsDialog() override;

    void reload();

Q_SIGNALS:
    // A conflict was resolved: a sync will carry it to Salesforce.
    void resolved();
    // "Open the record" on a refused change: the page to show (MainWindow::showPageNamed).
    void recordRequested(const QString& page);

private:
    void resolveSelected(bool keepLocal);
    void updateButtons();

    std::shared_ptr<Database> m_db;
    Session m_session;
    const Clock& m_clock;
    QTableWidget* m_refused = nullptr;
    QPushButton* m_openRecord = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_issues = nullptr;
    QPushButton* m_keepLocal = nullptr;
    QPushButton* m_keepServer = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vms
