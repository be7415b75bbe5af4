#include "ui/widgets/SyncStatusWidget.h"

#include "core/common/Plural.h"
#include "core/profile/DisplayTime.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include <algorithm>

namespace vms {

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("syncStatus"));
    setAccessibleName(tr("Sync status"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("syncStatusIcon"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("syncStatusText"));
    m_text->setTextFormat(Qt::PlainText); // the org's messages quote record data
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_problems = new QToolButton(this);
    m_problems->setObjectName(QStringLiteral("syncProblemsButton"));
    m_problems->setAutoRaise(true);
    m_problems->hide();
    connect(m_problems, &QToolButton::clicked, this, &SyncStatusWidget::problemsRequested);
    m_syncNow = new QToolButton(this);
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setAccessibleName(tr("Sync now"));
    m_syncNow->setIcon(QIcon(QStringLiteral(":/icons/sync.svg")));
    m_syncNow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_syncNow->setAutoRaise(true);
    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems);
    layout->addWidget(m_syncNow);
    setState(false, false, {}, 0, {}, 0);
}

SyncStatusWidget::~SyncStatusWidget() = default;

void SyncStatusWidget::setRecordsProgress(qint64 done, qint64 total) {
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void SyncStatusWidget::setState(bool online, bool busy, const QString& progressText, qint64 pendingChanges,
                                const QDateTime& lastSync, qint64 problems) {
    QStringList parts;
    if (busy)
        parts << (progressText.isEmpty() ? tr("Syncing…") : progressText);
    else
        parts << (online ? tr("Online") : tr("Offline"));
    if (!busy)
        parts << (lastSync.isValid()
                      // In the display zone, like every other time on screen (not the computer's zone).
                      ? tr("last synced %1").arg(DisplayTime::dateTime(lastSync.toMSecsSinceEpoch()))
                      : tr("never synced"));
    if (pendingChanges > 0)
        parts << Plural::of(pendingChanges, tr("%1 change waiting"), tr("%1 changes waiting"));
    m_text->setText(parts.join(QStringLiteral(" · ")));
    m_icon->setPixmap(
        QIcon(online ? QStringLiteral(":/icons/online.svg") : QStringLiteral(":/icons/offline.svg"))
            .pixmap(16, 16));
    m_icon->setAccessibleName(online ? tr("Online") : tr("Offline"));
    m_progress->setVisible(busy);
    m_syncNow->setEnabled(!busy);
    m_problems->setVisible(problems > 0);
    m_problems->setText(Plural::of(problems, tr("%1 sync problem"), tr("%1 sync problems")));
    m_problems->setAccessibleName(m_problems->text());
    setAccessibleDescription(summary());
}

QString SyncStatusWidget::summary() const {
    return m_text->text();
}

} // namespace vms
