#include "ui/views/RecruitPanel.h"

#include "core/common/Plural.h"
#include "core/profile/DisplayTime.h"
#include "core/recruit/RecruitData.h"
#include "ui/widgets/Prompter.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace vms {

namespace {

enum Column { Rank, Name, Score, Why, OrganizationColumn, EmailColumn, ColumnCount };
constexpr int kCandidateRole = Qt::UserRole + 1; // index into m_ranked.ranked

QDate today(const UiContext& context) {
    return context.clock->nowUtc().toTimeZone(DisplayTime::zone()).date();
}

} // namespace

RecruitPanel::RecruitPanel(const UiContext& context, qint64 eventId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_eventId(eventId) {
    setObjectName(QStringLiteral("recruitPanel"));
    setWindowTitle(tr("Recruit volunteers"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("recruitHeader"));
    m_header->setWordWrap(true);
    QFont big = m_header->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_header->setFont(big);
    layout->addWidget(m_header);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("recruitFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, organization, email or reason…"));
    m_filter->setAccessibleName(tr("Filter candidates"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("#"), tr("Name"), tr("Score"), tr("Why"), tr("Organization"), tr("Email")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("recruitCandidates"));
    m_table->setAccessibleName(tr("Candidates"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->sortByColumn(Rank, Qt::AscendingOrder);

    m_excluded = new QTableWidget(0, 2);
    m_excluded->setObjectName(QStringLiteral("recruitExcluded"));
    m_excluded->setAccessibleName(tr("Left out"));
    m_excluded->setHorizontalHeaderLabels({tr("Name"), tr("Why left out")});
    m_excluded->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_excluded->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_excluded->setSortingEnabled(true);
    m_excluded->verticalHeader()->hide();
    m_excluded->verticalHeader()->setDefaultSectionSize(m_excluded->fontMetrics().height() + 8);
    m_excluded->horizontalHeader()->setStretchLastSection(true);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("recruitTabs"));
    m_tabs->addTab(m_table, tr("Candidates"));
    m_tabs->addTab(m_excluded, tr("Left out"));
    layout->addWidget(m_tabs, 1);
    m_reasons = new QLabel;
    m_reasons->setObjectName(QStringLiteral("recruitReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reasons);

    auto* actions = new QHBoxLayout;
    m_signUp = new QPushButton(tr("&Sign up"));
    m_signUp->setObjectName(QStringLiteral("recruitSignUp"));
    m_signUp->setToolTip(tr("Register the selected volunteers for this event (works offline)."));
    m_copy = new QPushButton(tr("&Copy emails"));
    m_copy->setObjectName(QStringLiteral("recruitCopyEmails"));
    m_copy->setToolTip(tr("Copy the selected volunteers' addresses, without those who opted out of email."));
    m_mail = new QPushButton(tr("&Email in BCC…"));
    m_mail->setObjectName(QStringLiteral("recruitEmailBcc"));
    m_mail->setToolTip(tr("Open your mail program with the selected volunteers in BCC."));
    actions->addWidget(m_signUp);
    actions->addWidget(m_copy);
    actions->addWidget(m_mail);
    actions->addStretch(1);
    layout->addLayout(actions);

    auto* logBox = new QGroupBox(tr("Log a call or an email to the selected volunteer"));
    auto* logLayout = new QVBoxLayout(logBox);
    auto* logRow = new QHBoxLayout;
    m_activityType = new QComboBox;
    m_activityType->setObjectName(QStringLiteral("recruitActivityType"));
    m_activityType->setAccessibleName(tr("Kind of contact"));
    m_activityType->addItem(tr("Call"), int(NewActivity::Type::Call));
    m_activityType->addItem(tr("Email"), int(NewActivity::Type::Email));
    m_subject = new QLineEdit;
    m_subject->setObjectName(QStringLiteral("recruitActivitySubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("Subject"));
    m_log = new QPushButton(tr("&Log"));
    m_log->setObjectName(QStringLiteral("recruitLogActivity"));
    logRow->addWidget(m_activityType);
    logRow->addWidget(m_subject, 1);
    logRow->addWidget(m_log);
    logLayout->addLayout(logRow);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("recruitActivityNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes (what was said, when to follow up)"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    logLayout->addWidget(m_notes);
    layout->addWidget(logBox);

    m_roleNote = new QLabel;
    m_roleNote->setObjectName(QStringLiteral("recruitRoleNote"));
    m_roleNote->setWordWrap(true);
    layout->addWidget(m_roleNote);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("recruitMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_signUp, &QPushButton::clicked, this, &RecruitPanel::signUpSelected);
    connect(m_copy, &QPushButton::clicked, this, &RecruitPanel::copyEmails);
    connect(m_mail, &QPushButton::clicked, this, &RecruitPanel::emailInBcc);
    connect(m_log, &QPushButton::clicked, this, &RecruitPanel::logActivity);
    connect(m_subject, &QLineEdit::returnPressed, this, &RecruitPanel::logActivity);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecruitPanel::updateActions);
    resize(900, 620);
    reload();
}

RecruitPanel::~RecruitPanel() {
    // The models go with the dialog's children, after this body: their selection must not call back into
    // a panel whose members are gone.
    disconnect(m_table->selectionModel(), nullptr, this, nullptr);
}

bool RecruitPanel::mayDropTypedActivity() {
    const bool typed = !m_subject->text().trimmed().isEmpty() || !m_notes->toPlainText().trimmed().isEmpty();
    if (!typed || !m_context.prompter)
        return true;
    return m_context.prompter->confirm(this, tr("Close without logging?"),
                                       tr("The call or email you typed has not been logged yet."),
                                       m_subject->text(), tr("Close without logging"));
}

void RecruitPanel::reject() {
    if (mayDropTypedActivity())
        QDialog::reject();
}

RecruitPanel* RecruitPanel::open(const UiContext& context, qint64 eventId, QWidget* parent) {
    auto* panel = new RecruitPanel(context, eventId, parent);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->show();
    panel->raise();
    panel->activateWindow();
    return panel;
}

int RecruitPanel::candidateCount() const {
    return int(m_ranked.ranked.size());
}

void RecruitPanel::reload() {
    const Database& db = *m_context.database;
    auto event = RecruitData::loadEvent(db, m_eventId);
    auto ranked = RecruitData::rank(db, m_eventId, today(m_context), kShown);
    if (!event || !ranked) {
        say(tr("Could not rank the candidates: %1").arg((!event ? event.error() : ranked.error()).message));
        return;
    }
    m_ranked = std::move(*ranked);
    const int open = std::max(0, event->requested - event->signedUp);
    QString when = event->startUtcMs ? DisplayTime::dateTime(event->startUtcMs) : QString();
    m_header->setText(tr("%1 — %2\n%3 of %4 volunteers signed up; %5")
                          .arg(event->name, when)
                          .arg(event->signedUp)
                          .arg(event->requested)
                          .arg(Plural::of(open, tr("%1 place open."), tr("%1 places open."))));
    setWindowTitle(tr("Recruit volunteers — %1").arg(event->name));

    m_model->removeRows(0, m_model->rowCount());
    for (size_t i = 0; i < m_ranked.ranked.size(); ++i) {
        const Candidate& c = m_ranked.ranked[i];
        QStringList reasons;
        for (const RankReason& r : c.reasons)
            reasons << r.text;
        auto cell = [&](const QString& text, const QVariant& sortKey) {
            auto* item = new QStandardItem(text);
            item->setData(sortKey.isValid() ? sortKey : QVariant(text.toLower()), Qt::UserRole);
            item->setData(int(i), kCandidateRole);
            return item;
        };
        auto* why = cell(reasons.join(QStringLiteral("; ")), {});
        why->setToolTip(reasons.join(u'\n'));
        auto* email =
            cell(c.canEmail ? c.facts.email
                            : (c.facts.email.isEmpty() ? tr("(no address)") : tr("(opted out of email)")),
                 {});
        m_model->appendRow({cell(QString::number(i + 1), int(i)), cell(c.facts.name, {}),
                            cell(QString::number(c.score), c.score), why, cell(c.facts.organizationName, {}),
                            email});
    }
    m_table->resizeColumnToContents(Rank);
    m_table->resizeColumnToContents(Score);
    m_table->setColumnWidth(Name, 170);
    m_table->setColumnWidth(Why, 330);
    m_table->setColumnWidth(OrganizationColumn, 150);

    m_excluded->setSortingEnabled(false);
    m_excluded->setRowCount(0);
    for (const Candidate& c : m_ranked.excluded) {
        const int r = m_excluded->rowCount();
        m_excluded->insertRow(r);
        m_excluded->setItem(r, 0, new QTableWidgetItem(c.facts.name));
        m_excluded->setItem(r, 1, new QTableWidgetItem(c.excludedBecause));
    }
    m_excluded->setSortingEnabled(true);
    m_excluded->resizeColumnToContents(0);

    const int all = int(m_ranked.ranked.size()) + m_ranked.notShown;
    m_tabs->setTabText(0, m_ranked.notShown > 0
                              ? tr("Candidates (best %1 of %2)").arg(m_ranked.ranked.size()).arg(all)
                              : tr("Candidates (%1)").arg(all));
    m_tabs->setTabText(1, tr("Left out (%1)").arg(m_ranked.excluded.size()));
    updateActions();
}

std::vector<const Candidate*> RecruitPanel::selectedCandidates() const {
    std::vector<const Candidate*> out;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        const int i = row.data(kCandidateRole).toInt();
        if (i >= 0 && size_t(i) < m_ranked.ranked.size())
            out.push_back(&m_ranked.ranked[size_t(i)]);
    }
    return out;
}

void RecruitPanel::updateActions() {
    const auto selected = selectedCandidates();
    const bool any = !selected.empty();
    // The whole of the reasons of the one chosen (the table's column shows what fits).
    QString reasons;
    if (selected.size() == 1) {
        QStringList lines;
        for (const RankReason& r : selected.front()->reasons)
            lines << QStringLiteral("• %1 (%2)")
                         .arg(r.text)
                         .arg(r.points > 0 ? QStringLiteral("+%1").arg(r.points) : QString::number(r.points));
        reasons = tr("Why %1 is here:").arg(selected.front()->facts.name) + u'\n' +
                  (lines.isEmpty() ? tr("• nothing in particular yet") : lines.join(u'\n'));
    }
    m_reasons->setText(reasons);
    m_reasons->setVisible(!reasons.isEmpty());
    const bool maySignUp = roleAllows(m_context.session.role, Permission::WriteAttendance);
    const bool mayLog = roleAllows(m_context.session.role, Permission::WriteRecords);
    m_signUp->setEnabled(any && maySignUp);
    m_copy->setEnabled(any);
    m_mail->setEnabled(any);
    m_log->setEnabled(selected.size() == 1 && mayLog);
    m_subject->setEnabled(mayLog);
    m_notes->setEnabled(mayLog);
    m_activityType->setEnabled(mayLog);
    QStringList why;
    if (!maySignUp)
        why << refusalReason(m_context.session.role, Permission::WriteAttendance);
    else if (!mayLog)
        why << refusalReason(m_context.session.role, Permission::WriteRecords);
    m_roleNote->setText(why.join(u' '));
    m_roleNote->setVisible(!why.isEmpty());
    if (!maySignUp)
        m_signUp->setToolTip(why.join(u' '));
    if (!mayLog)
        m_log->setToolTip(refusalReason(m_context.session.role, Permission::WriteRecords));
}

void RecruitPanel::say(const QString& text) {
    m_message->setText(text);
}

void RecruitPanel::signUpSelected() {
    const auto selected = selectedCandidates();
    if (selected.empty())
        return;
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock,
                         m_context.mapping ? *m_context.mapping : OrgMapping::builtIn());
    QStringList done, refused;
    for (const Candidate* c : selected) {
        auto id = changes.signUp(m_eventId, c->facts.volunteerId);
        if (id)
            done << c->facts.name;
        else
            refused << tr("%1: %2").arg(c->facts.name, id.error().message);
    }
    QString text;
    if (!done.isEmpty())
        text = tr("Signed up: %1. It reaches Salesforce with the next sync.")
                   .arg(done.join(QStringLiteral(", ")));
    if (!refused.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) +
                tr("Not signed up: %1").arg(refused.join(u'\n'));
    reload();
    say(text);
    if (!done.isEmpty())
        Q_EMIT signedUp(m_eventId);
}

void RecruitPanel::logActivity() {
    const auto selected = selectedCandidates();
    if (selected.size() != 1) {
        say(tr("Select one volunteer to log a call or an email."));
        return;
    }
    NewActivity a;
    a.volunteerId = selected.front()->facts.volunteerId;
    a.type = NewActivity::Type(m_activityType->currentData().toInt());
    a.subject = m_subject->text();
    a.notes = m_notes->toPlainText();
    a.eventId = m_eventId;
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock,
                         m_context.mapping ? *m_context.mapping : OrgMapping::builtIn());
    auto id = changes.logActivity(a);
    if (!id) {
        // What was typed stays, so nothing is lost while the problem is fixed.
        say(tr("Not logged: %1").arg(id.error().message));
        return;
    }
    const QString name = selected.front()->facts.name;
    m_subject->clear();
    m_notes->clear();
    reload();
    say(a.type == NewActivity::Type::Email
            ? tr("Email to %1 logged; it reaches Salesforce with the next sync.").arg(name)
            : tr("Call to %1 logged; it reaches Salesforce with the next sync.").arg(name));
}

QStringList RecruitPanel::emailsOfSelection(QString* leftOut) const {
    QStringList emails, without;
    for (const Candidate* c : selectedCandidates()) {
        if (c->canEmail)
            emails << c->facts.email;
        else
            without << c->facts.name;
    }
    if (leftOut)
        *leftOut = without.isEmpty() ? QString()
                                     : tr("Left out (opted out of email or no address): %1")
                                           .arg(without.join(QStringLiteral(", ")));
    return emails;
}

void RecruitPanel::copyEmails() {
    QString leftOut;
    const QStringList emails = emailsOfSelection(&leftOut);
    QGuiApplication::clipboard()->setText(emails.join(QStringLiteral("; ")));
    say(Plural::of(emails.size(), tr("Copied %1 address."), tr("Copied %1 addresses.")) +
        (leftOut.isEmpty() ? QString() : u' ' + leftOut));
}

void RecruitPanel::emailInBcc() {
    QString leftOut;
    const QStringList emails = emailsOfSelection(&leftOut);
    if (emails.isEmpty()) {
        say(tr("None of the selected volunteers can be emailed.") + u' ' + leftOut);
        return;
    }
    QUrl url(QStringLiteral("mailto:"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("bcc"), emails.join(u','));
    url.setQuery(query);
    if (!QDesktopServices::openUrl(url))
        say(tr("No mail program opened; use Copy emails instead."));
    else
        say(leftOut);
}

} // namespace vms
