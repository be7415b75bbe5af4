#include "ui/widgets/GlobalSearch.h"

#include "core/models/SearchQueries.h"
#include "core/profile/DisplayTime.h"
#include "ui/widgets/ViewHelpers.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QIcon>
#include <QStandardItemModel>
#include <QTimer>

namespace vms {

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
    auto add = [&](Kind kind, const QString& icon, const QString& label, qint64 id) {
        auto* item = new QStandardItem(QIcon(icon), label);
        item->setData(static_cast<int>(kind), KindRole);
        item->setData(id, IdRole);
        item->setEditable(false);
        m_results->appendRow(item);
    };
    for (const SearchHit& hit : SearchQueries::search(*m_context.database, text)) {
        switch (hit.kind) {
        case SearchHit::Kind::Volunteer:
            add(Kind::Volunteer, QStringLiteral(":/icons/volunteers.svg"),
                tr("%1 — volunteer %2").arg(hit.name, hit.detail.toString()), hit.id);
            break;
        case SearchHit::Kind::Organization:
            add(Kind::Organization, QStringLiteral(":/icons/organizations.svg"),
                tr("%1 — organization").arg(hit.name), hit.id);
            break;
        case SearchHit::Kind::Event:
            add(Kind::Event, QStringLiteral(":/icons/events.svg"),
                tr("%1 — event, %2")
                    .arg(hit.name, hit.detail.isNull() ? tr("no date")
                                                       : DisplayTime::dateTime(hit.detail.toLongLong())),
                hit.id);
            break;
        }
    }
    if (m_results->rowCount() == 0) {
        auto* none = new QStandardItem(tr("Nothing found for “%1”").arg(text));
        none->setEnabled(false);
        m_results->appendRow(none);
    }
    if (hasFocus())
        m_completer->complete();
}

} // namespace vms
