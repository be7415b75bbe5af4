#include "ui/widgets/GlobalSearch.h"

#include "core/db/Database.h"
#include "core/models/DisplayTime.h"
#include "ui/widgets/ViewHelpers.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTimer>

namespace vms {

namespace {
constexpr int kPerKind = 8;

// LIKE with the user's text as a literal: escape the wildcards.
QString likePattern(const QString& text) {
    QString t = text;
    t.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    t.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    t.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}
} // namespace

GlobalSearch::GlobalSearch(const UiContext& context, QWidget* parent)
    : QLineEdit(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("globalSearch"));
    setAccessibleName(tr("Search volunteers, organizations and events"));
    setPlaceholderText(tr("Search volunteers, organizations, events (Ctrl+K)"));
    ViewHelpers::enableClearButton(this);
    ViewHelpers::addSearchIcon(this);
    m_results = new QStandardItemModel(this);
    m_completer = new QCompleter(m_results, this);
    // The results are already what matches; the completer must not filter them again by prefix.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(16);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("globalSearchResults"));
    m_completer->popup()->setAccessibleName(tr("Search results"));
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& i) {
                const int kind = i.data(KindRole).toInt();
                const qint64 id = i.data(IdRole).toLongLong();
                if (kind && id) {
                    clear();
                    Q_EMIT recordRequested(kind, id);
                }
            });
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearch::search);
    connect(this, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        search();
        // Enter with a single hit opens it straight away.
        if (m_results->rowCount() == 1) {
            const QModelIndex i = m_results->index(0, 0);
            if (i.data(IdRole).toLongLong()) {
                clear();
                Q_EMIT recordRequested(i.data(KindRole).toInt(), i.data(IdRole).toLongLong());
            }
        }
    });
}

GlobalSearch::~GlobalSearch() = default;

void GlobalSearch::search() {
    m_debounce->stop();
    m_results->clear();
    const QString text = this->text().trimmed();
    if (text.size() < 2 || !m_context.database)
        return;
    QSqlDatabase db = m_context.database->connection();
    const QString pattern = likePattern(text.toLower());
    auto add = [&](Kind kind, const QString& icon, const QString& label, qint64 id) {
        auto* item = new QStandardItem(QIcon(icon), label);
        item->setData(static_cast<int>(kind), KindRole);
        item->setData(id, IdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, coalesce(first_name || ' ', '') || last_name, email FROM volunteers WHERE "
                       "search_key LIKE ? ESCAPE '\\' ORDER BY last_name, first_name LIMIT ?"));
    q.addBindValue(pattern);
    q.addBindValue(kPerKind);
    if (q.exec())
        while (q.next())
            add(Kind::Volunteer, QStringLiteral(":/icons/volunteers.svg"),
                tr("%1 — volunteer %2").arg(q.value(1).toString(), q.value(2).toString()),
                q.value(0).toLongLong());
    q.prepare(QStringLiteral(
        "SELECT id, name, type FROM organizations WHERE name LIKE ? ESCAPE '\\' ORDER BY name LIMIT ?"));
    q.addBindValue(pattern);
    q.addBindValue(kPerKind);
    if (q.exec())
        while (q.next())
            add(Kind::Organization, QStringLiteral(":/icons/organizations.svg"),
                tr("%1 — organization").arg(q.value(1).toString()), q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT id, name, start_utc FROM events WHERE name LIKE ? ESCAPE '\\' "
                             "ORDER BY start_utc DESC LIMIT ?"));
    q.addBindValue(pattern);
    q.addBindValue(kPerKind);
    if (q.exec())
        while (q.next())
            add(Kind::Event, QStringLiteral(":/icons/events.svg"),
                tr("%1 — event, %2")
                    .arg(q.value(1).toString(), q.value(2).isNull()
                                                    ? tr("no date")
                                                    : DisplayTime::dateTime(q.value(2).toLongLong())),
                q.value(0).toLongLong());
    if (m_results->rowCount() == 0) {
        auto* none = new QStandardItem(tr("Nothing found for “%1”").arg(text));
        none->setEnabled(false);
        m_results->appendRow(none);
    }
    if (hasFocus())
        m_completer->complete();
}

} // namespace vms
