#include "core/models/RecordTableModel.h"

#include "core/common/PlainText.h"

#include <algorithm>
#include <cstring>
#include <numeric>
#include <string_view>

namespace vms {

RecordTableModel::RecordTableModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

RecordTableModel::~RecordTableModel() = default;

void RecordTableModel::sortRows(std::vector<RecordRow>& rows, int column, Qt::SortOrder order) {
    static const QString empty;
    const auto cell = [column](const RecordRow& r) -> const QString& {
        return column >= 0 && column < r.cells.size() ? r.cells.at(column) : empty;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const RecordRow& a, const RecordRow& b) {
        const QString& x = cell(a);
        const QString& y = cell(b);
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty();
        const int c = x.compare(y, Qt::CaseInsensitive);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

void RecordTableModel::setRows(std::vector<RecordRow> rows, int sortedBy, Qt::SortOrder order) {
    m_sortColumn = sortedBy;
    m_sortOrder = order;
    m_recent.clear();
    m_keyBufferDirty = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_visible.clear();
    for (int i : m_order)
        if (matches(m_rows[static_cast<size_t>(i)]))
            m_visible.push_back(i);
    endResetModel();
    // Built now, while the list is being shown, rather than on the first keystroke.
    ensureKeyBuffer();
}

void RecordTableModel::updateRow(const RecordRow& row) {
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id != row.id)
            continue;
        m_rows[i] = row;
        m_keyBufferDirty = true;
        m_recent.clear();
        const int shown = rowOfId(row.id);
        if (shown >= 0)
            Q_EMIT dataChanged(index(shown, 0), index(shown, columnCount() - 1));
        return;
    }
}

bool RecordTableModel::matches(const RecordRow& row) const {
    const std::string_view key(row.key.constData(), static_cast<size_t>(row.key.size()));
    for (const QByteArray& t : m_terms)
        if (key.find(std::string_view(t.constData(), static_cast<size_t>(t.size()))) ==
            std::string_view::npos)
            return false;
    return !m_extra || m_extra(row);
}

void RecordTableModel::setTerms(const QString& text) {
    m_terms.clear();
    for (const QString& term : TextFold::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_terms << term.toUtf8();
}

void RecordTableModel::setFilter(const QString& text, Predicate extra, bool narrows) {
    setTerms(text);
    m_extra = std::move(extra);
    m_recent.clear();
    refilter(narrows);
}

void RecordTableModel::setFilterText(const QString& text, bool narrows) {
    setTerms(text);
    const QString key = TextFold::fold(text).simplified();
    const auto hit = m_recent.constFind(key);
    if (hit != m_recent.constEnd()) {
        showRows(hit.value());
        return;
    }
    refilter(narrows);
    // A few dozen texts at most (one per keystroke of a search); each is an index vector.
    if (m_recent.size() >= 48)
        m_recent.clear();
    m_recent.insert(key, m_visible);
}

void RecordTableModel::ensureKeyBuffer() const {
    if (!m_keyBufferDirty)
        return;
    qsizetype total = 0;
    for (const RecordRow& r : m_rows)
        total += r.key.size() + 1;
    m_keyBuffer.clear();
    m_keyBuffer.reserve(total);
    m_keyStart.clear();
    m_keyStart.reserve(m_rows.size() + 1);
    for (const RecordRow& r : m_rows) {
        m_keyStart.push_back(m_keyBuffer.size());
        m_keyBuffer += r.key;
        m_keyBuffer += '\n';
    }
    m_keyStart.push_back(m_keyBuffer.size());
    m_keyBufferDirty = false;
}

std::vector<int> RecordTableModel::scanAll() const {
    ensureKeyBuffer();
    // Search for the longest term (the most selective); rows it hits are checked in full.
    const QByteArray* longest = &m_terms.front();
    for (const QByteArray& t : m_terms)
        if (t.size() > longest->size())
            longest = &t;
    std::vector<char> hit(m_rows.size(), 0);
    const char* base = m_keyBuffer.constData();
    const size_t length = static_cast<size_t>(m_keyBuffer.size());
    size_t pos = 0;
    while (pos < length) {
        const void* found =
            memmem(base + pos, length - pos, longest->constData(), static_cast<size_t>(longest->size()));
        if (!found)
            break;
        const auto offset = static_cast<qsizetype>(static_cast<const char*>(found) - base);
        const auto next = std::upper_bound(m_keyStart.begin(), m_keyStart.end(), offset);
        const auto row = static_cast<size_t>(next - m_keyStart.begin() - 1);
        hit[row] = 1;
        pos = static_cast<size_t>(*next); // on to the next row's key
    }
    std::vector<int> out;
    for (int i : m_order)
        if (hit[static_cast<size_t>(i)] && matches(m_rows[static_cast<size_t>(i)]))
            out.push_back(i);
    return out;
}

void RecordTableModel::refilter(bool narrows) {
    if (!narrows && !m_terms.isEmpty()) {
        showRows(scanAll());
        return;
    }
    std::vector<int> next;
    const std::vector<int>& from = narrows ? m_visible : m_order;
    next.reserve(from.size());
    for (int i : from)
        if (matches(m_rows[static_cast<size_t>(i)]))
            next.push_back(i);
    showRows(std::move(next));
}

void RecordTableModel::showRows(std::vector<int> rows) {
    if (rows == m_visible)
        return;
    // A reset rather than row removals: a keystroke can drop 100,000 scattered rows, and one reset is
    // far cheaper for QTableView than that many removal ranges.
    beginResetModel();
    m_visible = std::move(rows);
    endResetModel();
}

qint64 RecordTableModel::idAt(int row) const {
    const RecordRow* r = rowAt(row);
    return r ? r->id : 0;
}

const RecordRow* RecordTableModel::rowAt(int row) const {
    if (row < 0 || row >= static_cast<int>(m_visible.size()))
        return nullptr;
    return &m_rows[static_cast<size_t>(m_visible[static_cast<size_t>(row)])];
}

int RecordTableModel::rowOfId(qint64 id) const {
    for (size_t i = 0; i < m_visible.size(); ++i)
        if (m_rows[static_cast<size_t>(m_visible[i])].id == id)
            return static_cast<int>(i);
    return -1;
}

int RecordTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordRow& row = *rowAt(index.row());
    if (role == IdRole)
        return row.id;
    if (m_decorator) {
        QVariant v = m_decorator(row, index.column(), role);
        if (v.isValid())
            return v;
    }
    if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && index.column() < row.cells.size())
        return row.cells.at(index.column());
    // A cell's text is record data: as a tooltip (which Qt may read as markup) it is escaped.
    if (role == Qt::ToolTipRole && index.column() < row.cells.size())
        return PlainText::toolTip(row.cells.at(index.column()));
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 &&
        section < static_cast<int>(m_visible.size()))
        return section + 1;
    return {};
}

void RecordTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= columnCount() || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_recent.clear();
    const auto cell = [this, column](int i) -> const QString& {
        static const QString empty;
        const QStringList& cells = m_rows[static_cast<size_t>(i)].cells;
        return column < cells.size() ? cells.at(column) : empty;
    };
    // Empty cells sort last in both directions: a list sorted by "last volunteered" should start with
    // real dates, not with everyone who never came.
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        const QString& x = cell(a);
        const QString& y = cell(b);
        if (x.isEmpty() != y.isEmpty())
            return y.isEmpty();
        const int c = x.compare(y, Qt::CaseInsensitive);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(static_cast<size_t>(before.size()));
    for (const QModelIndex& i : before)
        ids.push_back(idAt(i.row()));
    std::vector<char> shown(m_rows.size(), 0);
    for (int i : m_visible)
        shown[static_cast<size_t>(i)] = 1;
    m_visible.clear();
    for (int i : m_order)
        if (shown[static_cast<size_t>(i)])
            m_visible.push_back(i);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k) {
        const int r = rowOfId(ids[static_cast<size_t>(k)]);
        after << (r < 0 ? QModelIndex() : index(r, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace vms
