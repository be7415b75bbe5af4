#include "ui/admin/AdminView.h"

#include "core/common/Clock.h"
#include "core/models/AdminData.h"
#include "core/profile/Backup.h"
#include "core/profile/DisplayTime.h"
#include "core/salesforce/OrgSetupCheck.h"
#include "ui/widgets/Prompter.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vms {

namespace {

QString displayed(const QDateTime& utc) {
    return utc.isValid() ? DisplayTime::dateTime(utc.toMSecsSinceEpoch()) : QString();
}

QString valueText(const QVariant& v) {
    return v.isNull() ? QString() : v.toString();
}

} // namespace

AdminView::AdminView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("adminPage"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Admin"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->addTab(buildHealthTab(), tr("&Health and sync"));
    m_tabs->addTab(buildAuditTab(), tr("A&udit log"));
    m_tabs->addTab(buildBackupTab(), tr("&Backups and data"));
    layout->addWidget(m_tabs, 1);
}

AdminView::~AdminView() = default;

QWidget* AdminView::buildHealthTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);

    auto* health = new QGroupBox(tr("This computer"), tab);
    auto* healthLayout = new QVBoxLayout(health);
    m_health = new QLabel(health);
    m_health->setObjectName(QStringLiteral("adminHealth"));
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->setWordWrap(true);
    healthLayout->addWidget(m_health);
    layout->addWidget(health);

    auto* sync = new QGroupBox(tr("Sync"), tab);
    auto* syncLayout = new QVBoxLayout(sync);
    auto* buttons = new QHBoxLayout;
    auto* problems = new QPushButton(tr("Sync &problems and conflicts…"), sync);
    problems->setObjectName(QStringLiteral("adminProblemsButton"));
    connect(problems, &QPushButton::clicked, this, &AdminView::problemsRequested);
    m_resync = new QPushButton(tr("&Full resync"), sync);
    m_resync->setObjectName(QStringLiteral("fullResyncButton"));
    m_resync->setToolTip(tr("Reads every record from Salesforce again and removes local records it no longer "
                            "has. Changes waiting to be sent are sent first and never lost."));
    connect(m_resync, &QPushButton::clicked, this, &AdminView::fullResyncRequested);
    m_cancel = new QPushButton(tr("&Cancel sync"), sync);
    m_cancel->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &AdminView::syncCancelRequested);
    buttons->addWidget(problems);
    buttons->addWidget(m_resync);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    syncLayout->addLayout(buttons);
    m_progress = new QProgressBar(sync);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Sync in progress"));
    syncLayout->addWidget(m_progress);
    m_syncText = new QLabel(sync);
    m_syncText->setObjectName(QStringLiteral("syncText"));
    m_syncText->setWordWrap(true);
    syncLayout->addWidget(m_syncText);
    layout->addWidget(sync);

    auto* setup = new QGroupBox(tr("The org's setup"), tab);
    auto* setupLayout = new QVBoxLayout(setup);
    m_setupSummary = new QLabel(setup);
    m_setupSummary->setObjectName(QStringLiteral("setupSummary"));
    m_setupSummary->setWordWrap(true);
    m_setupSummary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setupLayout->addWidget(m_setupSummary);
    m_setupFindings = new QListWidget(setup);
    m_setupFindings->setObjectName(QStringLiteral("setupFindings"));
    m_setupFindings->setAccessibleName(tr("What the org lacks"));
    m_setupFindings->setMinimumHeight(60);
    setupLayout->addWidget(m_setupFindings);
    layout->addWidget(setup, 1);
    return tab;
}

QWidget* AdminView::buildAuditTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* filters = new QHBoxLayout;
    m_auditUser = new QLineEdit(tab);
    m_auditUser->setObjectName(QStringLiteral("auditUserFilter"));
    m_auditUser->setPlaceholderText(tr("Full name"));
    m_auditUser->setClearButtonEnabled(true);
    m_auditUser->setAccessibleName(tr("Filter by user"));
    m_auditRecord = new QLineEdit(tab);
    m_auditRecord->setObjectName(QStringLiteral("auditRecordFilter"));
    m_auditRecord->setPlaceholderText(tr("Local or Salesforce Id"));
    m_auditRecord->setClearButtonEnabled(true);
    m_auditRecord->setAccessibleName(tr("Filter by record"));
    const QDate today = m_context.clock
                            ? DisplayTime::local(m_context.clock->nowUtc().toMSecsSinceEpoch()).date()
                            : QDate::currentDate();
    m_auditFrom = new QDateEdit(today.addDays(-30), tab);
    m_auditFrom->setObjectName(QStringLiteral("auditFromDate"));
    m_auditFrom->setCalendarPopup(true);
    m_auditFrom->setAccessibleName(tr("From day"));
    m_auditTo = new QDateEdit(today, tab);
    m_auditTo->setObjectName(QStringLiteral("auditToDate"));
    m_auditTo->setCalendarPopup(true);
    m_auditTo->setAccessibleName(tr("To day"));
    auto* userLabel = new QLabel(tr("&User:"), tab);
    userLabel->setBuddy(m_auditUser);
    auto* recordLabel = new QLabel(tr("&Record:"), tab);
    recordLabel->setBuddy(m_auditRecord);
    auto* fromLabel = new QLabel(tr("Fr&om:"), tab);
    fromLabel->setBuddy(m_auditFrom);
    auto* toLabel = new QLabel(tr("&To:"), tab);
    toLabel->setBuddy(m_auditTo);
    filters->addWidget(userLabel);
    filters->addWidget(m_auditUser, 2);
    filters->addWidget(recordLabel);
    filters->addWidget(m_auditRecord, 2);
    filters->addWidget(fromLabel);
    filters->addWidget(m_auditFrom);
    filters->addWidget(toLabel);
    filters->addWidget(m_auditTo);
    layout->addLayout(filters);
    auto* actions = new QHBoxLayout;
    auto* apply = new QPushButton(tr("&Show"), tab);
    apply->setObjectName(QStringLiteral("auditApplyButton"));
    connect(apply, &QPushButton::clicked, this, &AdminView::refreshAudit);
    connect(m_auditUser, &QLineEdit::returnPressed, this, &AdminView::refreshAudit);
    connect(m_auditRecord, &QLineEdit::returnPressed, this, &AdminView::refreshAudit);
    auto* exportCsv = new QPushButton(tr("&Export CSV…"), tab);
    exportCsv->setObjectName(QStringLiteral("auditExportButton"));
    connect(exportCsv, &QPushButton::clicked, this, &AdminView::exportAudit);
    m_auditStatus = new QLabel(tab);
    m_auditStatus->setObjectName(QStringLiteral("auditStatus"));
    m_auditStatus->setWordWrap(true);
    actions->addWidget(apply);
    actions->addWidget(exportCsv);
    actions->addWidget(m_auditStatus, 1);
    layout->addLayout(actions);

    m_auditTable = new QTableWidget(0, 7, tab);
    m_auditTable->setObjectName(QStringLiteral("auditTable"));
    m_auditTable->setAccessibleName(tr("Audit log"));
    m_auditTable->setHorizontalHeaderLabels(
        {tr("When"), tr("User"), tr("Record"), tr("Action"), tr("Field"), tr("Old value"), tr("New value")});
    m_auditTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditTable->verticalHeader()->setVisible(false);
    m_auditTable->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_auditTable, 1);
    return tab;
}

QWidget* AdminView::buildBackupTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* backups = new QGroupBox(tr("Backups of the local data"), tab);
    auto* backupLayout = new QVBoxLayout(backups);
    auto* about = new QLabel(tr("VMS copies its local data once a day and keeps the last seven copies. A "
                                "restore keeps every change still waiting to be sent to Salesforce."),
                             backups);
    about->setWordWrap(true);
    backupLayout->addWidget(about);
    m_backups = new QListWidget(backups);
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setAccessibleName(tr("Backups"));
    backupLayout->addWidget(m_backups, 1);
    auto* buttons = new QHBoxLayout;
    auto* create = new QPushButton(tr("&Create a backup now"), backups);
    create->setObjectName(QStringLiteral("backupCreateButton"));
    connect(create, &QPushButton::clicked, this, &AdminView::createBackup);
    m_restore = new QPushButton(tr("&Restore the selected backup…"), backups);
    m_restore->setObjectName(QStringLiteral("backupRestoreButton"));
    m_restore->setEnabled(false);
    connect(m_restore, &QPushButton::clicked, this, &AdminView::restoreBackup);
    // The button is the context: the list may report a change while the page is being destroyed.
    connect(m_backups, &QListWidget::currentRowChanged, m_restore,
            [restore = m_restore](int row) { restore->setEnabled(row >= 0); });
    buttons->addWidget(create);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    backupLayout->addLayout(buttons);
    m_backupStatus = new QLabel(backups);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    m_backupStatus->setWordWrap(true);
    backupLayout->addWidget(m_backupStatus);
    layout->addWidget(backups, 1);

    auto* dataBox = new QGroupBox(tr("This computer's data"), tab);
    auto* dataLayout = new QHBoxLayout(dataBox);
    auto* removeText =
        new QLabel(tr("For a computer that changes hands or is lost: signs out and removes the "
                      "local data, logs and backups."),
                   dataBox);
    removeText->setWordWrap(true);
    auto* remove = new QPushButton(tr("Remove this computer's &data…"), dataBox);
    remove->setObjectName(QStringLiteral("adminRemoveLocalDataButton"));
    connect(remove, &QPushButton::clicked, this, &AdminView::removeLocalDataRequested);
    dataLayout->addWidget(removeText, 1);
    dataLayout->addWidget(remove);
    layout->addWidget(dataBox);
    return tab;
}

bool AdminView::showTab(const QString& name) {
    const int index =
        QStringList{QStringLiteral("health"), QStringLiteral("audit"), QStringLiteral("backups")}.indexOf(
            name.toLower());
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

void AdminView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void AdminView::setSession(const Session& session) {
    m_context.session = session;
    if (isVisible())
        refresh();
}

void AdminView::refresh() {
    if (!m_context.database || !m_context.session.allows(Permission::Administer))
        return;
    refreshHealth();
    refreshAudit();
    refreshBackups();
}

void AdminView::setSyncState(bool running, const QString& text) {
    m_resync->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_syncText->setText(text);
    if (!running && isVisible())
        refreshHealth();
}

void AdminView::refreshHealth() {
    QStringList lines;
    if (auto stats = AdminData::cacheStats(*m_context.database)) {
        const QDateTime last = QDateTime::fromString(stats->lastSync, Qt::ISODateWithMs);
        lines << (last.isValid() ? tr("Last good sync: %1").arg(displayed(last)) : tr("Never synced yet."));
        lines << tr("Changes waiting to be sent: %1").arg(stats->pendingChanges);
        lines << tr("Refused by Salesforce (kept, retried): %1").arg(stats->failedChanges);
        lines << tr("Conflicts to resolve: %1").arg(stats->openConflicts);
        lines << tr("Records from Salesforce waiting to apply: %1").arg(stats->syncIssues);
    } else {
        lines << stats.error().message;
    }
    const QString usage = AdminData::apiUsage(*m_context.database);
    const QStringList parts = usage.split(u'/');
    lines << (parts.size() == 2 ? tr("API budget: %1 of %2 calls used today (as of the last sync)")
                                      .arg(QLocale().toString(parts[0].toLongLong()),
                                           QLocale().toString(parts[1].toLongLong()))
                                : tr("API budget: not known yet (the next sync reads it)"));
    m_health->setText(lines.join(u'\n'));

    m_setupFindings->clear();
    auto kept = OrgSetupCheck::load(*m_context.database);
    if (!kept) {
        m_setupSummary->setText(kept.error().message);
    } else if (!kept->has_value()) {
        m_setupSummary->setText(tr("Not checked yet: the next sync checks the org's setup."));
    } else {
        const OrgSetupReport& report = **kept;
        const QString when = displayed(QDateTime::fromString(report.checkedAt, Qt::ISODateWithMs));
        m_setupSummary->setText(
            report.complete()
                ? tr("Checked %1: the org has every field and permission set VMS needs.").arg(when)
                : tr("Checked %1: the org lacks what is listed below. Changes that need a missing field "
                     "wait, "
                     "saying so, until it is added; see docs/admin-setup.md.")
                      .arg(when));
        m_setupFindings->addItems(report.messages());
    }
    m_setupFindings->setVisible(m_setupFindings->count() > 0);
}

void AdminView::refreshAudit() {
    AuditFilter filter;
    filter.user = m_auditUser->text().trimmed();
    filter.record = m_auditRecord->text().trimmed();
    filter.from = QDateTime::fromMSecsSinceEpoch(DisplayTime::startOfLocalDay(m_auditFrom->date()), Qt::UTC);
    filter.to =
        QDateTime::fromMSecsSinceEpoch(DisplayTime::startOfLocalDay(m_auditTo->date().addDays(1)), Qt::UTC);
    auto entries = AdminData::audit(*m_context.database, m_context.session, filter);
    m_auditTable->setRowCount(0);
    if (!entries) {
        m_auditStatus->setText(entries.error().message);
        return;
    }
    // Newest first: the question is usually "what happened lately".
    std::vector<AuditEntry> rows = *entries;
    std::stable_sort(rows.begin(), rows.end(),
                     [](const AuditEntry& a, const AuditEntry& b) { return a.at > b.at; });
    m_auditTable->setRowCount(static_cast<int>(rows.size()));
    int row = 0;
    for (auto it = rows.begin(); it != rows.end(); ++it, ++row) {
        const AuditEntry& e = *it;
        const QString record = e.recordSfId.isEmpty() ? QStringLiteral("%1 %2").arg(e.entity).arg(e.localId)
                                                      : QStringLiteral("%1 %2").arg(e.entity, e.recordSfId);
        const QStringList cells{
            displayed(e.at),      e.actor, record, e.action, e.field, valueText(e.oldValue),
            valueText(e.newValue)};
        for (int c = 0; c < cells.size(); ++c)
            m_auditTable->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_auditTable->resizeColumnsToContents();
    m_auditStatus->setText(tr("%n change(s)", nullptr, static_cast<int>(entries->size())));
}

void AdminView::exportAudit() {
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("audit-log.csv"));
    const QString path = m_savePath ? m_savePath(this, suggested)
                                    : QFileDialog::getSaveFileName(this, tr("Export the audit log"),
                                                                   suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    AuditFilter filter;
    filter.user = m_auditUser->text().trimmed();
    filter.record = m_auditRecord->text().trimmed();
    filter.from = QDateTime::fromMSecsSinceEpoch(DisplayTime::startOfLocalDay(m_auditFrom->date()), Qt::UTC);
    filter.to =
        QDateTime::fromMSecsSinceEpoch(DisplayTime::startOfLocalDay(m_auditTo->date().addDays(1)), Qt::UTC);
    const Status s = AdminData::exportAudit(*m_context.database, m_context.session, filter, path);
    m_auditStatus->setText(s ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path)) : s.error().message);
}

void AdminView::refreshBackups() {
    m_backups->clear();
    m_restore->setEnabled(false);
    if (!m_context.profile)
        return;
    auto list = Backup::list(*m_context.profile, m_context.session);
    if (!list) {
        m_backupStatus->setText(list.error().message);
        return;
    }
    for (const Backup::Info& info : *list) {
        const QString kind = info.kind == Backup::Kind::Daily    ? tr("daily")
                             : info.kind == Backup::Kind::Manual ? tr("made by an Admin")
                                                                 : tr("before a restore");
        auto* item = new QListWidgetItem(
            tr("%1 — %2 — %3").arg(displayed(info.createdAt), kind, QLocale().formattedDataSize(info.bytes)),
            m_backups);
        item->setData(Qt::UserRole, info.path);
        item->setToolTip(QDir::toNativeSeparators(info.path));
    }
    if (list->empty())
        m_backupStatus->setText(tr("No backups yet."));
}

void AdminView::createBackup() {
    if (!m_context.profile || !m_context.clock)
        return;
    auto made = Backup::create(*m_context.profile, m_context.session, *m_context.clock);
    refreshBackups();
    m_backupStatus->setText(made ? tr("Backup made: %1").arg(QDir::toNativeSeparators(made->path))
                                 : made.error().message);
}

void AdminView::restoreBackup() {
    const QListWidgetItem* item = m_backups->currentItem();
    if (!item || !m_context.profile || !m_context.prompter)
        return;
    const QString path = item->data(Qt::UserRole).toString();
    qint64 queued = 0;
    if (auto stats = AdminData::cacheStats(*m_context.database))
        queued = stats->pendingChanges;
    const bool yes = m_context.prompter->confirm(
        this, tr("Restore a backup"),
        tr("VMS will close and, when you start it again, replace its local data with the copy of %1.")
            .arg(item->text()),
        tr("Every change waiting to be sent to Salesforce (%n now) is kept, including any the copy lacks; "
           "changes the copy holds that were sent since it was made are not sent again. The local data as it "
           "is now is kept as a backup first.",
           nullptr, static_cast<int>(queued)),
        tr("Restore and close VMS"));
    if (!yes)
        return;
    if (Status s = Backup::scheduleRestore(*m_context.profile, path, m_context.session); !s) {
        m_context.prompter->error(this, tr("Restore a backup"), s.error().message);
        return;
    }
    Q_EMIT quitForRestoreRequested();
}

} // namespace vms
