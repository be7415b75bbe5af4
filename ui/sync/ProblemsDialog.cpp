#include "ui/sync/ProblemsDialog.h"

#include "core/common/Clock.h"
#include "core/models/AdminData.h"
#include "core/sync/Conflicts.h"
#include "core/sync/RefusedChanges.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vms {

namespace {
QTableWidget* makeTable(const QString& objectName, const QString& accessibleName,
                        const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside it
    return t;
}
} // namespace

ProblemsDialog::ProblemsDialog(std::shared_ptr<Database> db, Session session, const Clock& clock,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_session(std::move(session))
    , m_clock(clock) {
    setObjectName(QStringLiteral("problemsDialog"));
    setWindowTitle(tr("Sync problems"));
    resize(900, 560);
    auto* layout = new QVBoxLayout(this);

    auto* refusedLabel = new QLabel(
        tr("<b>Not accepted by Salesforce</b> — changes made here that Salesforce refused, with its reason. "
           "They are kept and sent again at every sync; fix the record and they go with your edit."));
    refusedLabel->setWordWrap(true);
    layout->addWidget(refusedLabel);
    m_refused = makeTable(QStringLiteral("refusedTable"), tr("Changes Salesforce did not accept"),
                          {tr("Record"), tr("Field"), tr("Salesforce said"), tr("Tries")});
    layout->addWidget(m_refused, 2);
    auto* refusedButtons = new QHBoxLayout;
    m_openRecord = new QPushButton(tr("&Open the record"));
    m_openRecord->setObjectName(QStringLiteral("openRecordButton"));
    refusedButtons->addWidget(m_openRecord);
    refusedButtons->addStretch(1);
    layout->addLayout(refusedButtons);

    auto* conflictsLabel =
        new QLabel(tr("<b>Conflicts</b> — changed here and in Salesforce since the last sync. "
                      "Choose which value to keep; nothing is overwritten until you do."));
    conflictsLabel->setWordWrap(true);
    layout->addWidget(conflictsLabel);
    m_conflicts =
        makeTable(QStringLiteral("conflictsTable"), tr("Conflicts"),
                  {tr("Record"), tr("Field"), tr("Your value"), tr("Salesforce value"), tr("Found")});
    layout->addWidget(m_conflicts, 2);

    auto* buttons = new QHBoxLayout;
    m_keepLocal = new QPushButton(tr("Keep &mine"));
    m_keepLocal->setObjectName(QStringLiteral("keepLocalButton"));
    m_keepServer = new QPushButton(tr("Keep &Salesforce's"));
    m_keepServer->setObjectName(QStringLiteral("keepServerButton"));
    buttons->addWidget(m_keepLocal);
    buttons->addWidget(m_keepServer);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* issuesLabel =
        new QLabel(tr("<b>Waiting to apply</b> — records from Salesforce that could not be stored "
                      "yet. They are kept and tried again at every sync."));
    issuesLabel->setWordWrap(true);
    layout->addWidget(issuesLabel);
    m_issues = makeTable(QStringLiteral("syncIssuesTable"), tr("Records waiting to apply"),
                         {tr("Kind"), tr("Salesforce Id"), tr("Reason"), tr("Tries")});
    layout->addWidget(m_issues, 1);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("problemsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // the org's messages quote record data
    layout->addWidget(m_message);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    connect(m_keepLocal, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_keepServer, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &ProblemsDialog::updateButtons);
    connect(m_refused, &QTableWidget::itemSelectionChanged, this, &ProblemsDialog::updateButtons);
    auto openSelected = [this] {
        const auto items = m_refused->selectedItems();
        if (items.isEmpty())
            return;
        const QString page = m_refused->item(items.first()->row(), 0)->data(Qt::UserRole).toString();
        if (!page.isEmpty())
            Q_EMIT recordRequested(page);
    };
    connect(m_openRecord, &QPushButton::clicked, this, openSelected);
    connect(m_refused, &QTableWidget::itemActivated, this, openSelected);
    reload();
}

ProblemsDialog::~ProblemsDialog() = default;

void ProblemsDialog::reload() {
    m_refused->setRowCount(0);
    if (auto refused = refusedChanges(*m_db); refused) {
        for (const RefusedChange& c : *refused) {
            const int row = m_refused->rowCount();
            m_refused->insertRow(row);
            auto* record = new QTableWidgetItem(c.record);
            record->setData(Qt::UserRole, c.page);
            m_refused->setItem(row, 0, record);
            m_refused->setItem(row, 1, new QTableWidgetItem(c.fields.join(QStringLiteral(", "))));
            const QString said = c.waiting ? c.message : QStringLiteral("%1 (%2)").arg(c.message, c.code);
            m_refused->setItem(row, 2, new QTableWidgetItem(said));
            m_refused->setItem(row, 3, new QTableWidgetItem(QString::number(c.attempts)));
        }
    }
    if (m_refused->rowCount() > 0)
        m_refused->selectRow(0);
    m_conflicts->setRowCount(0);
    auto open = Conflicts(*m_db, m_session, m_clock).open();
    if (open) {
        for (const Conflict& c : *open) {
            const int row = m_conflicts->rowCount();
            m_conflicts->insertRow(row);
            auto* record = new QTableWidgetItem(QStringLiteral("%1 %2").arg(c.object, c.recordSfId));
            record->setData(Qt::UserRole, c.id);
            m_conflicts->setItem(row, 0, record);
            m_conflicts->setItem(row, 1, new QTableWidgetItem(c.field));
            m_conflicts->setItem(row, 2, new QTableWidgetItem(c.localIsNull ? tr("(empty)") : c.localValue));
            m_conflicts->setItem(row, 3,
                                 new QTableWidgetItem(c.serverIsNull ? tr("(empty)") : c.serverValue));
            m_conflicts->setItem(row, 4, new QTableWidgetItem(c.detectedAt));
        }
    }
    m_issues->setRowCount(0);
    for (const AdminData::SyncIssue& issue : AdminData::syncIssues(*m_db)) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        m_issues->setItem(row, 0, new QTableWidgetItem(issue.entity));
        m_issues->setItem(row, 1, new QTableWidgetItem(issue.sfId));
        m_issues->setItem(row, 2, new QTableWidgetItem(issue.message));
        m_issues->setItem(row, 3, new QTableWidgetItem(QString::number(issue.attempts)));
    }
    if (m_conflicts->rowCount() > 0)
        m_conflicts->selectRow(0);
    updateButtons();
}

void ProblemsDialog::updateButtons() {
    const auto refused = m_refused->selectedItems();
    m_openRecord->setEnabled(
        !refused.isEmpty() &&
        !m_refused->item(refused.first()->row(), 0)->data(Qt::UserRole).toString().isEmpty());
    const bool selected = !m_conflicts->selectedItems().isEmpty();
    const QString why = m_session.refusalReason(Permission::ResolveConflicts);
    for (QPushButton* b : {m_keepLocal, m_keepServer}) {
        b->setEnabled(selected && why.isEmpty());
        b->setToolTip(why);
    }
}

void ProblemsDialog::resolveSelected(bool keepLocal) {
    const auto items = m_conflicts->selectedItems();
    if (items.isEmpty())
        return;
    const qint64 id = m_conflicts->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
    const Status s = Conflicts(*m_db, m_session, m_clock).resolve(id, keepLocal);
    if (!s) {
        m_message->setText(s.error().message);
        return;
    }
    m_message->setText(keepLocal ? tr("Your value will be sent to Salesforce at the next sync.")
                                 : tr("Salesforce's value was kept."));
    reload();
    Q_EMIT resolved();
}

} // namespace vms
