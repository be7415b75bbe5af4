#pragma once

#include "core/common/TextFold.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace vms {

// One list row kept in memory: what the table shows and what the filters test, nothing more. Lists
// hold up to 126,000 rows (performance.md, x10), so rows are compact and filtering never touches
// SQLite: a keystroke scans the pre-lower-cased `key` of the rows in view.
struct RecordRow {
    qint64 id = 0;     // local id of the record
    QStringList cells; // display text, one per column
    QByteArray key;    // folded (lower case, no accents) UTF-8 text the filter box searches (see setKey)
    qint64 date = 0;   // a moment or day the view filters on (0: none)
    int code = 0;      // a small enum or flag set the view filters on
    QStringList tags;  // exact values the view filters on (skills, Salesforce Ids, school year)

    // Keys are UTF-8 so a keystroke's scan is a plain byte search (std::string_view::find, i.e. memchr
    // plus compare): QString::contains took ~1.5 µs a row at x10, over the 30 ms budget. Accents are
    // folded here, once per row as the list loads, so "garcia" finds "García" at no cost per keystroke.
    void setKey(const QString& text) { key = TextFold::fold(text).toUtf8(); }
};

// A read-only table over RecordRows with in-memory filtering and sorting. Filtering works on an index
// vector, so the rows themselves never move or copy after loading.
class RecordTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordTableModel)

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    using Predicate = std::function<bool(const RecordRow&)>;
    using Decorator = std::function<QVariant(const RecordRow&, int column, int role)>;

    explicit RecordTableModel(QStringList headers, QObject* parent = nullptr);
    ~RecordTableModel() override;

    // `sortedBy`: the column `rows` are already sorted by (sortRows() on a worker thread), or -1.
    void setRows(std::vector<RecordRow> rows, int sortedBy = -1, Qt::SortOrder order = Qt::AscendingOrder);
    // Sorts rows by one column's text, case-insensitively, empty cells last. For loaders on worker
    // threads: at 126,000 rows this takes a few hundred milliseconds.
    static void sortRows(std::vector<RecordRow>& rows, int column, Qt::SortOrder order);
    // Replaces one row (after an edit) in place, keeping the filter and order.
    void updateRow(const RecordRow& row);
    // `text`: whitespace-separated terms, all of which must occur in a row's key, ignoring case and
    // accents (TextFold). `narrows`: the caller
    // knows only rows now in view can match (the user typed one more character), so only they are
    // scanned.
    void setFilter(const QString& text, Predicate extra = {}, bool narrows = false);
    // Only the text changed (the other filters stay): results of recent texts are remembered, so
    // erasing back to an earlier text costs no scan at all.
    void setFilterText(const QString& text, bool narrows);
    // Extra display roles (icons, tooltips, accessible text) per cell.
    void setDecorator(Decorator decorator) { m_decorator = std::move(decorator); }

    int totalCount() const { return static_cast<int>(m_rows.size()); }
    const std::vector<RecordRow>& allRows() const { return m_rows; }
    qint64 idAt(int row) const;
    const RecordRow* rowAt(int row) const;
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool matches(const RecordRow& row) const;
    void refilter(bool narrows);
    void setTerms(const QString& text);
    std::vector<int> scanAll() const;
    void ensureKeyBuffer() const;
    void showRows(std::vector<int> rows);

    QStringList m_headers;
    std::vector<RecordRow> m_rows;
    std::vector<int> m_order;   // all rows in the current sort order
    std::vector<int> m_visible; // the filtered subset of m_order, in order
    QList<QByteArray> m_terms;
    QHash<QString, std::vector<int>> m_recent; // text -> visible rows, for the current rows, order and extra
    // All keys end to end, '\n'-separated, with each row's start offset (and the end as the last
    // entry): a full scan is then one memmem() pass over contiguous memory instead of 126,000 small
    // searches in scattered allocations. Rebuilt lazily after setRows()/updateRow().
    mutable QByteArray m_keyBuffer;
    mutable std::vector<qsizetype> m_keyStart;
    mutable bool m_keyBufferDirty = true;
    int m_sortColumn = -1; // the column m_order is sorted by, -1 for load order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Predicate m_extra;
    Decorator m_decorator;
};

} // namespace vms
