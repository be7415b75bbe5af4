#pragma once

#include "core/attendance/OfflineReadiness.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace vms {

class Database;

// "Get ready for offline": before leaving the office the user ticks upcoming events; VMS checks that their
// rosters, contacts, schools, classes and students are in the cache and says, per event, what is there and
// what is missing. Fetching what is missing belongs to the sync engine: the dialog asks for it through
// prefetchRequested() (see OfflinePrefetcher) and checks again when told the fetch finished.
class OfflineReadyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineReadyDialog)

public:
    // `mapping`: the org's mapping, which names the object whose sync record says the rosters arrived.
    OfflineReadyDialog(std::shared_ptr<Database> db, const QDateTime& nowUtc, OrgMapping mapping,
                       QWidget* parent = nullptr);
    std::vector<EventReadiness> lastResults() const { return m_results; }
    void checkEvent(qint64 eventId); // ticks one event (for callers that know which)

public Q_SLOTS:
    // Runs the check over the cache for the ticked events.
    void check();

Q_SIGNALS:
    // Salesforce Ids of the ticked events with something missing; connect the sync engine here.
    void prefetchRequested(const QStringList& eventSfIds);

private:
    void requestPrefetch();

    std::shared_ptr<Database> m_db;
    OrgMapping m_mapping;
    QListWidget* m_events = nullptr;
    QTreeWidget* m_resultsView = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton *m_check = nullptr, *m_fetch = nullptr;
    std::vector<EventReadiness> m_results;
};

} // namespace vms
