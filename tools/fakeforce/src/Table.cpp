#include "Table.h"

#include "DateTimeUtil.h"
#include "SalesforceId.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace fakeforce {

Table::Table(int objectIndex)
    : m_object(objectIndex) {
    const ObjectDef& o = def();
    m_columns.resize(size_t(o.columnCount));
    for (int f = 0; f < int(o.fields.size()); ++f) {
        const FieldDef& fd = o.field(f);
        if (fd.column < 0)
            continue;
        Column& c = m_columns[size_t(fd.column)];
        if (fd.storage == Storage::Text)
            c.arena.push_back('\0');
        if (fd.storage == Storage::Pick)
            c.pool.emplace_back();
        c.isUnique = fd.unique;
    }
    m_firstNameField = o.fieldIndex(u"FirstName");
    m_lastNameField = o.fieldIndex(u"LastName");
}

std::uint32_t Table::appendRow(qint64 nowMs) {
    const auto r = rowCount();
    m_created.push_back(nowMs);
    m_modified.push_back(nowMs);
    m_modstamp.push_back(nowMs);
    m_deleted.push_back(0);
    return r;
}

void Table::reserve(std::uint32_t rows) {
    m_created.reserve(rows);
    m_modified.reserve(rows);
    m_modstamp.reserve(rows);
    m_deleted.reserve(rows);
}

QByteArray Table::idOf(std::uint32_t row) const {
    return sfid::make(def().keyPrefix.constData(), kIdBase + row);
}

qint64 Table::rowOfId(QStringView id) const {
    const auto p = sfid::parse(id);
    if (!p || p->prefix != def().keyPrefix || p->number < kIdBase || p->number - kIdBase >= rowCount())
        return -1;
    return qint64(p->number - kIdBase);
}

void Table::setDeleted(std::uint32_t r, bool d) {
    if ((m_deleted[r] != 0) == d)
        return;
    const ObjectDef& o = def();
    for (int f = 0; f < int(o.fields.size()); ++f)
        if (o.field(f).unique)
            indexUnique(f, r, !d);
    m_deleted[r] = d ? 1 : 0;
}

std::string_view Table::text(int field, std::uint32_t r, bool& isNull) const {
    const Column& c = col(field);
    const FieldDef& fd = def().field(field);
    if (fd.storage == Storage::Pick) {
        const std::uint32_t i = r < c.u32.size() ? c.u32[r] : 0;
        isNull = i == 0;
        return isNull ? std::string_view()
                      : std::string_view(c.pool[i].constData(), size_t(c.pool[i].size()));
    }
    const std::uint32_t off = r < c.u32.size() ? c.u32[r] : 0;
    isNull = off == 0;
    if (isNull)
        return {};
    std::uint32_t len = 0;
    std::memcpy(&len, c.arena.data() + off, sizeof len);
    return std::string_view(c.arena.data() + off + sizeof len, len);
}

std::uint32_t Table::pickIndex(int field, std::uint32_t r) const {
    const Column& c = col(field);
    return r < c.u32.size() ? c.u32[r] : 0;
}

qint64 Table::ref(int field, std::uint32_t r) const {
    const Column& c = col(field);
    return r < c.u32.size() ? qint64(c.u32[r]) - 1 : -1;
}

double Table::num(int field, std::uint32_t r) const {
    const Column& c = col(field);
    return r < c.num.size() ? c.num[r] : std::numeric_limits<double>::quiet_NaN();
}

std::int32_t Table::date(int field, std::uint32_t r) const {
    const Column& c = col(field);
    return r < c.date.size() ? c.date[r] : dt::kNullDate;
}

qint64 Table::dateTime(int field, std::uint32_t r) const {
    const Column& c = col(field);
    return r < c.dt.size() ? c.dt[r] : dt::kNullDateTime;
}

bool Table::boolean(int field, std::uint32_t r) const {
    const Column& c = col(field);
    return r < c.b.size() && c.b[r] != 0;
}

QByteArray Table::fullName(std::uint32_t r) const {
    bool n1 = true, n2 = true;
    QByteArray out;
    if (m_firstNameField >= 0) {
        const auto f = text(m_firstNameField, r, n1);
        out.append(f.data(), qsizetype(f.size()));
    }
    if (m_lastNameField >= 0) {
        const auto l = text(m_lastNameField, r, n2);
        if (!n1 && !n2)
            out += ' ';
        out.append(l.data(), qsizetype(l.size()));
    }
    return out;
}

Cell Table::get(int field, std::uint32_t r) const {
    const FieldDef& fd = def().field(field);
    switch (fd.storage) {
    case Storage::SysId:
        return Cell::ofText(idOf(r));
    case Storage::SysDeleted:
        return Cell::ofBool(deleted(r));
    case Storage::SysCreated:
        return Cell::ofDateTime(created(r));
    case Storage::SysModified:
        return Cell::ofDateTime(modified(r));
    case Storage::SysModstamp:
        return Cell::ofDateTime(modstamp(r));
    case Storage::FullName:
        return Cell::ofText(fullName(r));
    case Storage::Text:
    case Storage::Pick: {
        bool isNull = true;
        const auto t = text(field, r, isNull);
        return isNull ? Cell::null() : Cell::ofText(QByteArray(t.data(), qsizetype(t.size())));
    }
    case Storage::Ref: {
        const qint64 row = ref(field, r);
        return row < 0 ? Cell::null() : Cell::ofRef(row);
    }
    case Storage::Bool:
        return Cell::ofBool(boolean(field, r));
    case Storage::Num: {
        const double v = num(field, r);
        return std::isnan(v) ? Cell::null() : Cell::ofNum(v);
    }
    case Storage::Date: {
        const auto v = date(field, r);
        return v == dt::kNullDate ? Cell::null() : Cell::ofDate(v);
    }
    case Storage::DateTime: {
        const auto v = dateTime(field, r);
        return v == dt::kNullDateTime ? Cell::null() : Cell::ofDateTime(v);
    }
    }
    return {};
}

template <typename T>
static void grow(std::vector<T>& v, std::uint32_t r, T fill) {
    if (v.size() <= r)
        v.resize(size_t(r) + 1, fill);
}

void Table::indexUnique(int field, std::uint32_t r, bool add) {
    Column& c = col(field);
    bool isNull = true;
    const auto t = text(field, r, isNull);
    if (isNull)
        return;
    const QByteArray key = QByteArray(t.data(), qsizetype(t.size())).toLower();
    if (add)
        c.unique.insert(key, r);
    else if (c.unique.value(key, std::numeric_limits<std::uint32_t>::max()) == r)
        c.unique.remove(key);
}

void Table::set(int field, std::uint32_t r, const Cell& v) {
    const FieldDef& fd = def().field(field);
    switch (fd.storage) {
    case Storage::SysId:
    case Storage::FullName:
        return;
    case Storage::SysDeleted:
        setDeleted(r, v.b);
        return;
    case Storage::SysCreated:
        m_created[r] = v.i;
        return;
    case Storage::SysModified:
        m_modified[r] = v.i;
        return;
    case Storage::SysModstamp:
        m_modstamp[r] = v.i;
        return;
    default:
        break;
    }
    Column& c = col(field);
    const bool live = !deleted(r);
    switch (fd.storage) {
    case Storage::Text: {
        if (c.isUnique && live)
            indexUnique(field, r, false);
        grow(c.u32, r, 0u);
        if (v.isNull()) {
            c.u32[r] = 0;
        } else {
            const auto len = std::uint32_t(v.text.size());
            c.u32[r] = std::uint32_t(c.arena.size());
            c.arena.append(reinterpret_cast<const char*>(&len), sizeof len);
            c.arena.append(v.text.constData(), len);
        }
        if (c.isUnique && live)
            indexUnique(field, r, true);
        return;
    }
    case Storage::Pick: {
        grow(c.u32, r, 0u);
        if (v.isNull()) {
            c.u32[r] = 0;
            return;
        }
        auto it = c.poolIndex.constFind(v.text);
        if (it == c.poolIndex.constEnd()) {
            c.pool.push_back(v.text);
            it = c.poolIndex.insert(v.text, std::uint32_t(c.pool.size() - 1));
        }
        c.u32[r] = it.value();
        return;
    }
    case Storage::Ref:
        grow(c.u32, r, 0u);
        c.u32[r] = v.isNull() ? 0 : std::uint32_t(v.i + 1);
        return;
    case Storage::Bool:
        grow(c.b, r, std::uint8_t(0));
        c.b[r] = v.b ? 1 : 0;
        return;
    case Storage::Num:
        grow(c.num, r, std::numeric_limits<double>::quiet_NaN());
        c.num[r] = v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.num;
        return;
    case Storage::Date:
        grow(c.date, r, dt::kNullDate);
        c.date[r] = v.isNull() ? dt::kNullDate : std::int32_t(v.i);
        return;
    case Storage::DateTime:
        grow(c.dt, r, dt::kNullDateTime);
        c.dt[r] = v.isNull() ? dt::kNullDateTime : v.i;
        return;
    default:
        return;
    }
}

qint64 Table::findUnique(int field, const QByteArray& value) const {
    const Column& c = col(field);
    const auto it = c.unique.constFind(value.toLower());
    return it == c.unique.constEnd() ? -1 : qint64(it.value());
}

} // namespace fakeforce
