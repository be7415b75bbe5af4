#pragma once

#include "Schema.h"

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fakeforce {

// One field value at the boundary of the store (writes, dumps, the control API). Refs hold a row number.
struct Cell final {
    enum class Kind : std::uint8_t { Null, Bool, Num, Date, DateTime, Text, Ref };
    Kind kind = Kind::Null;
    bool b = false;
    double num = 0;
    qint64 i = 0;    // days for Date, ms for DateTime, row for Ref
    QByteArray text; // UTF-8

    static Cell null() { return {}; }
    static Cell ofText(QByteArray t) {
        Cell c;
        c.kind = Kind::Text;
        c.text = std::move(t);
        return c;
    }
    static Cell ofBool(bool v) {
        Cell c;
        c.kind = Kind::Bool;
        c.b = v;
        return c;
    }
    static Cell ofNum(double v) {
        Cell c;
        c.kind = Kind::Num;
        c.num = v;
        return c;
    }
    static Cell ofDate(qint64 days) {
        Cell c;
        c.kind = Kind::Date;
        c.i = days;
        return c;
    }
    static Cell ofDateTime(qint64 ms) {
        Cell c;
        c.kind = Kind::DateTime;
        c.i = ms;
        return c;
    }
    static Cell ofRef(qint64 row) {
        Cell c;
        c.kind = Kind::Ref;
        c.i = row;
        return c;
    }
    bool isNull() const { return kind == Kind::Null; }
};

// Column store of one object. Rows are never removed (Salesforce soft-deletes), so a row number is a stable
// record identity and the record Id is derived from it. Each column is allocated lazily and only up to the
// last row that set it: a student Contact costs nothing in the forty volunteer-only columns. Text lives in a
// per-column UTF-8 arena behind a 4-byte offset, picklists as 4-byte indices into an interned pool, refs as
// 4-byte row numbers: this keeps the x10 scale (millions of rows) within a few GB.
class Table final {
public:
    explicit Table(int objectIndex);

    int objectIndex() const { return m_object; }
    const ObjectDef& def() const { return schema().object(m_object); }
    std::uint32_t rowCount() const { return std::uint32_t(m_modstamp.size()); }
    std::uint32_t appendRow(qint64 nowMs);
    void reserve(std::uint32_t rows);

    QByteArray idOf(std::uint32_t row) const;
    // Row for an id of this object (15 or 18 chars), or -1 if it is not one of this object's rows.
    qint64 rowOfId(QStringView id) const;
    static constexpr std::uint64_t kIdBase = 3'000'000;

    qint64 created(std::uint32_t r) const { return m_created[r]; }
    qint64 modified(std::uint32_t r) const { return m_modified[r]; }
    qint64 modstamp(std::uint32_t r) const { return m_modstamp[r]; }
    bool deleted(std::uint32_t r) const { return m_deleted[r] != 0; }
    void setCreated(std::uint32_t r, qint64 v) { m_created[r] = v; }
    void setModified(std::uint32_t r, qint64 v) { m_modified[r] = v; }
    void setModstamp(std::uint32_t r, qint64 v) { m_modstamp[r] = v; }
    void setDeleted(std::uint32_t r, bool d);
    const std::vector<qint64>& modstamps() const { return m_modstamp; }

    // Typed column access by field index (see FieldDef::storage). Null text yields isNull = true.
    std::string_view text(int field, std::uint32_t r, bool& isNull) const;
    std::uint32_t pickIndex(int field, std::uint32_t r) const; // 0 = null
    const std::vector<QByteArray>& pickPool(int field) const { return col(field).pool; }
    qint64 ref(int field, std::uint32_t r) const;        // row, or -1 for null
    double num(int field, std::uint32_t r) const;        // NaN = null
    std::int32_t date(int field, std::uint32_t r) const; // dt::kNullDate = null
    qint64 dateTime(int field, std::uint32_t r) const;   // dt::kNullDateTime = null
    bool boolean(int field, std::uint32_t r) const;
    QByteArray fullName(std::uint32_t r) const;

    Cell get(int field, std::uint32_t r) const;
    // Stores a value already converted to the field's storage; keeps unique indices current.
    void set(int field, std::uint32_t r, const Cell& value);
    bool isNull(int field, std::uint32_t r) const { return get(field, r).isNull(); }

    // Live row holding value in a unique external-id field (case-insensitive), or -1.
    qint64 findUnique(int field, const QByteArray& value) const;

private:
    struct Column {
        std::vector<std::uint32_t> u32; // Text offset, Pick index, Ref row + 1; 0 = null
        std::vector<double> num;
        std::vector<std::int32_t> date;
        std::vector<qint64> dt;
        std::vector<std::uint8_t> b;
        std::string arena;            // Text: [u32 length][bytes] records; offset 0 is a dummy
        std::vector<QByteArray> pool; // Pick: pool[0] is the null entry
        QHash<QByteArray, std::uint32_t> poolIndex;
        QHash<QByteArray, std::uint32_t> unique; // lower-cased value -> row, for unique external ids
        bool isUnique = false;
    };
    const Column& col(int field) const {
        return m_columns[size_t(schema().object(m_object).field(field).column)];
    }
    Column& col(int field) { return m_columns[size_t(schema().object(m_object).field(field).column)]; }
    void indexUnique(int field, std::uint32_t r, bool add);

    int m_object;
    int m_firstNameField = -1;
    int m_lastNameField = -1;
    std::vector<Column> m_columns;
    std::vector<qint64> m_created, m_modified, m_modstamp;
    std::vector<std::uint8_t> m_deleted;
};

} // namespace fakeforce
