#include "ui/widgets/GlobalSearch.h"

#include "core/common/TextFold.h"
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
// More words than this add nothing a person would type into a search box.
constexpr int kMaxWords = 6;

// "a GLOB ? AND a GLOB ? ..." over `expression`, one pattern per word typed: every word must occur,
// in any order, ignoring case and accents ("garcia maria" finds María García).
QString allWordsCondition(const QString& expression, qsizetype words) {
    QStringList parts;
    for (qsizetype i = 0; i < words; ++i)
        parts << expression + QStringLiteral(" GLOB ?");
    return parts.join(QStringLiteral(" AND "));
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
    QStringList patterns;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts).mid(0, kMaxWords))
        patterns << TextFold::containsGlob(word);
    const auto bindPatterns = [&patterns](QSqlQuery& query) {
        for (const QString& p : std::as_const(patterns))
            query.addBindValue(p);
    };
    auto add = [&](Kind kind, const QString& icon, const QString& label, qint64 id) {
        auto* item = new QStandardItem(QIcon(icon), label);
        item->setData(static_cast<int>(kind), KindRole);
        item->setData(id, IdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // search_key: lower(name, email, organization, skills), kept by a trigger (core/db/Migrations.cpp).
    q.prepare(QStringLiteral("SELECT id, coalesce(first_name || ' ', '') || last_name, email FROM volunteers "
                             "WHERE %1 ORDER BY last_name, first_name LIMIT ?")
                  .arg(allWordsCondition(QStringLiteral("search_key"), patterns.size())));
    bindPatterns(q);
    q.addBindValue(kPerKind);
    if (q.exec())
        while (q.next())
            add(Kind::Volunteer, QStringLiteral(":/icons/volunteers.svg"),
                tr("%1 — volunteer %2").arg(q.value(1).toString(), q.value(2).toString()),
                q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT id, name, type FROM organizations WHERE %1 ORDER BY name LIMIT ?")
                  .arg(allWordsCondition(QStringLiteral("lower(name)"), patterns.size())));
    bindPatterns(q);
    q.addBindValue(kPerKind);
    if (q.exec())
        while (q.next())
            add(Kind::Organization, QStringLiteral(":/icons/organizations.svg"),
                tr("%1 — organization").arg(q.value(1).toString()), q.value(0).toLongLong());
    q.prepare(
        QStringLiteral("SELECT id, name, start_utc FROM events WHERE %1 ORDER BY start_utc DESC LIMIT ?")
            .arg(allWordsCondition(QStringLiteral("lower(name)"), patterns.size())));
    bindPatterns(q);
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
