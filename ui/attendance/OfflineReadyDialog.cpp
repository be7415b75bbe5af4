#include "ui/attendance/OfflineReadyDialog.h"

#include "core/attendance/AttendanceRoster.h"
#include "core/profile/DisplayTime.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMetaMethod>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vms {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

OfflineReadyDialog::OfflineReadyDialog(std::shared_ptr<Database> db, const QDateTime& nowUtc,
                                       OrgMapping mapping, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_mapping(std::move(mapping)) {
    setObjectName(QStringLiteral("offlineReadyDialog"));
    setWindowTitle(tr("Get ready for offline"));
    resize(640, 480);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Tick the events you will run without a network (Space ticks), then press Check."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("offlineEventList"));
    m_events->setAccessibleName(tr("Upcoming events"));
    // From the start of today, in the display zone, onwards.
    const QDate today = DisplayTime::local(nowUtc.toMSecsSinceEpoch()).date();
    const QDateTime startOfToday =
        QDateTime::fromMSecsSinceEpoch(DisplayTime::startOfLocalDay(today), QTimeZone::utc());
    auto events = AttendanceRoster::eventsFrom(*m_db, startOfToday, 300);
    if (events) {
        for (const AttendanceEvent& e : *events) {
            auto* item =
                new QListWidgetItem(tr("%1 — %2").arg(e.name, e.whenText(DisplayTime::zone())), m_events);
            item->setData(kIdRole, e.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_events->count() > 0)
        m_events->setCurrentRow(0);
    layout->addWidget(m_events, 1);
    m_resultsView = new QTreeWidget(this);
    m_resultsView->setObjectName(QStringLiteral("offlineResults"));
    m_resultsView->setAccessibleName(tr("What the cache holds for each event"));
    m_resultsView->setHeaderLabels({tr("Event"), tr("Ready?"), tr("Details")});
    m_resultsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_resultsView, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("offlineSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    // Close is added last. The box makes its first button its focus proxy and Tab stops at the box itself
    // where it sits in the focus chain: built with Close, the box came after the action buttons, so Tab
    // from "Download" went back to "Check" and never reached Close or the event list again.
    auto* buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("offlineCheckButton"));
    m_fetch = buttons->addButton(tr("&Download what is missing"), QDialogButtonBox::ActionRole);
    m_fetch->setObjectName(QStringLiteral("offlineFetchButton"));
    m_fetch->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_check, &QPushButton::clicked, this, &OfflineReadyDialog::check);
    connect(m_fetch, &QPushButton::clicked, this, &OfflineReadyDialog::requestPrefetch);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void OfflineReadyDialog::checkEvent(qint64 eventId) {
    for (int i = 0; i < m_events->count(); ++i)
        if (m_events->item(i)->data(kIdRole).toLongLong() == eventId)
            m_events->item(i)->setCheckState(Qt::Checked);
}

void OfflineReadyDialog::check() {
    std::vector<qint64> ids;
    for (int i = 0; i < m_events->count(); ++i)
        if (m_events->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_events->item(i)->data(kIdRole).toLongLong());
    m_resultsView->clear();
    m_results.clear();
    if (ids.empty()) {
        m_summary->setText(tr("Tick at least one event first."));
        m_fetch->setEnabled(false);
        return;
    }
    auto results = OfflineReadiness::checkAll(*m_db, ids, m_mapping);
    if (!results) {
        m_summary->setText(tr("The check failed: %1").arg(results.error().message));
        return;
    }
    m_results = *results;
    int notReady = 0;
    for (const EventReadiness& r : m_results) {
        QStringList present;
        present << tr("%n people on the roster", nullptr, r.participants);
        if (!r.schoolSfId.isEmpty())
            present << tr("%n classes", nullptr, r.classes)
                    << tr("%n students of the school", nullptr, r.students);
        auto* item = new QTreeWidgetItem(m_resultsView);
        item->setText(0, r.name);
        item->setText(1, r.ready() ? tr("Ready") : tr("Not yet"));
        item->setText(2, r.ready() ? present.join(QStringLiteral(", "))
                                   : tr("Missing: %1").arg(r.missing.join(QStringLiteral("; "))));
        notReady += r.ready() ? 0 : 1;
    }
    if (notReady == 0)
        m_summary->setText(
            tr("Ready: everything these events need is on this computer. You can go offline."));
    else
        m_summary->setText(
            tr("%n event(s) not ready yet. Download what is missing while you still have a network.", nullptr,
               notReady));
    m_fetch->setEnabled(notReady > 0);
}

void OfflineReadyDialog::requestPrefetch() {
    QStringList sfIds;
    for (const EventReadiness& r : m_results)
        if (!r.ready() && !r.eventSfId.isEmpty())
            sfIds << r.eventSfId;
    if (!isSignalConnected(QMetaMethod::fromSignal(&OfflineReadyDialog::prefetchRequested))) {
        // Until the sync engine is wired in, say plainly what to do instead.
        m_summary->setText(
            tr("Downloading from here is not available yet: run a sync while online, then Check again."));
        return;
    }
    m_summary->setText(tr("Downloading… press Check again when the sync has finished."));
    Q_EMIT prefetchRequested(sfIds);
}

} // namespace vms
