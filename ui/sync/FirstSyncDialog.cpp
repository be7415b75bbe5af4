#include "ui/sync/FirstSyncDialog.h"

#include "core/sync/SyncController.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace vms {

FirstSyncDialog::FirstSyncDialog(SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_sync(sync) {
    setObjectName(QStringLiteral("firstSyncDialog"));
    setWindowTitle(tr("Getting your organization's data"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("This computer is receiving your organization's records from Salesforce for "
                                "the first time. You can start working once they are here; later syncs "
                                "only bring what changed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_counts = new QLabel(tr("Asking Salesforce how many records there are…"), this);
    m_counts->setObjectName(QStringLiteral("firstSyncCounts"));
    layout->addWidget(m_counts);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("firstSyncProgress"));
    m_progress->setAccessibleName(tr("Records received"));
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_timeLeft = new QLabel(this);
    m_timeLeft->setObjectName(QStringLiteral("firstSyncTimeLeft"));
    layout->addWidget(m_timeLeft);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("firstSyncStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("firstSyncCancel"));
    m_cancel->setToolTip(tr("Stops receiving; what arrived is kept and Resume carries on from there."));
    m_resume = buttons->addButton(tr("Resume"), QDialogButtonBox::ActionRole);
    m_resume->setObjectName(QStringLiteral("firstSyncResume"));
    m_resume->setEnabled(false);
    m_close = buttons->addButton(tr("Work while it runs"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("firstSyncClose"));
    m_close->setToolTip(tr("Closes this window; the sync goes on, shown in the status bar."));
    layout->addWidget(buttons);
    // The buttons act on the sync, not on the dialog: only "Work while it runs" (and, once done, "Start
    // working") closes it.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelling = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping…"));
        m_sync.cancel();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        m_resume->setEnabled(false);
        m_sync.syncNow();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    // The controller outlives this dialog (it belongs to the program), so `this` as the context ends
    // these connections when the dialog goes.
    connect(&m_sync, &SyncController::started, this, &FirstSyncDialog::onStarted);
    connect(&m_sync, &SyncController::recordsProgress, this, &FirstSyncDialog::onRecords);
    connect(&m_sync, &SyncController::finished, this, &FirstSyncDialog::onFinished);
    if (m_sync.busy())
        onStarted();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

FirstSyncDialog::~FirstSyncDialog() = default;

void FirstSyncDialog::reject() {
    // Escape or the window's close button: the sync goes on, as with "Work while it runs".
    accept();
}

void FirstSyncDialog::onStarted() {
    m_estimate.emplace();
    m_cancelling = false;
    m_cancel->setEnabled(true);
    m_resume->setEnabled(false);
    m_status->clear();
    m_timeLeft->clear();
    m_progress->setRange(0, 0);
}

void FirstSyncDialog::onRecords(qint64 done, qint64 total) {
    if (total <= 0)
        return; // sending local changes first, or the counts are not known yet
    if (!m_estimate)
        m_estimate.emplace();
    SyncProgress progress;
    progress.phase = QStringLiteral("pull");
    progress.allDone = done;
    progress.allTotal = total;
    m_estimate->update(progress);
    const QLocale locale;
    m_counts->setText(tr("%1 of %2 records received")
                          .arg(locale.toString(m_estimate->done()), locale.toString(m_estimate->total())));
    m_progress->setRange(0, 1000);
    m_progress->setValue(
        static_cast<int>(std::clamp<qint64>(m_estimate->done() * 1000 / m_estimate->total(), 0, 1000)));
    showTimeLeft();
}

void FirstSyncDialog::showTimeLeft() {
    const auto left = m_estimate ? m_estimate->secondsLeft() : std::nullopt;
    if (!left)
        m_timeLeft->setText(tr("Estimating the time left…"));
    else if (*left >= 120)
        m_timeLeft->setText(tr("About %1 minutes left").arg((*left + 30) / 60));
    else
        m_timeLeft->setText(tr("About %1 seconds left").arg(std::max<qint64>(1, *left)));
}

void FirstSyncDialog::onFinished(bool ok, const QString& message, const SyncSummary&) {
    m_estimate.reset();
    m_cancel->setEnabled(false);
    m_timeLeft->clear();
    if (ok) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(1000);
        m_status->setText(tr("All records are here."));
        m_resume->setEnabled(false);
        m_close->setText(tr("Start working"));
        return;
    }
    m_progress->setRange(0, 1000); // no longer busy: the bar stays where it stopped
    m_status->setText(
        m_cancelling
            ? tr("Stopped. What arrived is kept; Resume carries on from there (so does the "
                 "next start of the program).")
            : tr("The sync stopped: %1 What arrived is kept; Resume carries on from there.").arg(message));
    m_cancelling = false;
    m_resume->setEnabled(true);
}

} // namespace vms
