#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vms {

// One query page ({totalSize, done, nextRecordsUrl, records:[...]}) parsed straight from the body
// into flat per-field values, without a JSON document per record.
//
// Why: a first sync reads ~611,000 records (245 MB of JSON at `seed`). Parsing each page into an
// nlohmann::json DOM built a std::map per record and a heap string per value, and the allocator was
// the top of the profile. Here one pass over the body writes each selected field's value into a fixed
// slot of a page-wide array, with string bytes in one arena: a few allocations per page, none per record.
//
// Slots are the fields the query selected, in that order (keys are matched exactly, as the org
// spells them). Keys that are not slots ("attributes", anything unexpected) are skipped. A value of an
// unexpected JSON type is kept with its type, so the caller can turn it into a clear sync issue: a
// nested object or array is kept as its JSON text (Kind::Json), exactly as nlohmann::json::dump()
// writes it.
class RecordPage final {
public:
    enum class Kind : std::uint8_t { Missing, Null, Bool, Integer, Unsigned, Float, String, Json };

    struct Value {
        union {
            struct {
                std::uint32_t offset; // into the arena (String, Json)
                std::uint32_t size;
            } text;
            std::int64_t integer;
            std::uint64_t unsignedInteger;
            double number;
            bool boolean;
        };
        Kind kind = Kind::Missing;
        Value()
            : text{0, 0} {}
    };

    explicit RecordPage(const QStringList& fields);
    explicit RecordPage(std::vector<std::string> fields);
    // Movable, not copyable: the slot index holds views of the field names.
    RecordPage(RecordPage&&) = default;
    RecordPage& operator=(RecordPage&&) = default;
    RecordPage(const RecordPage&) = delete;
    RecordPage& operator=(const RecordPage&) = delete;

    // Parses one page body. False (with why()) when the body is not JSON, or not a query answer
    // (not an object, no "records" array, "done"/"totalSize"/"nextRecordsUrl" of the wrong type).
    bool parse(const char* begin, const char* end);
    bool parse(const QByteArray& body) { return parse(body.constData(), body.constData() + body.size()); }
    // Called during parse() as soon as "nextRecordsUrl" is read, before the records that usually follow
    // it: the caller can ask for the next page while this one is still being parsed. (The body may still
    // turn out not to be valid JSON, or "done" to be true: the caller must be ready to drop that page.)
    void setOnNextRecordsUrl(std::function<void(const QString& url)> callback) {
        m_onNextRecordsUrl = std::move(callback);
    }
    // Why the last parse() failed: "invalid JSON: ..." or "not a query answer: ...".
    const QString& why() const { return m_why; }
    // True when the body was valid JSON but not a query answer (a parse failure otherwise).
    bool isShapeError() const { return m_shapeError; }

    // A page of one record from a JSON object (a sync issue's payload, read back for a retry).
    static RecordPage fromJson(const QStringList& fields, const nlohmann::json& record);

    const std::vector<std::string>& fields() const { return m_fields; }
    // Slot of a field name, or -1 when the page does not carry it.
    int slot(std::string_view field) const;
    int slot(const QString& field) const {
        const std::string name = field.toStdString();
        return slot(std::string_view(name));
    }

    int size() const { return static_cast<int>(m_isObject.size()); }
    qint64 totalSize() const { return m_totalSize; }
    bool done() const { return m_done; }
    const QString& nextRecordsUrl() const { return m_nextRecordsUrl; }

    const Value& value(int record, int slot) const {
        return m_values[static_cast<size_t>(record) * m_fields.size() + static_cast<size_t>(slot)];
    }
    std::string_view text(const Value& v) const { return {m_arena.data() + v.text.offset, v.text.size}; }
    // The record was a JSON object (a non-object element of "records" has every slot Missing).
    bool isObject(int record) const { return m_isObject[static_cast<size_t>(record)] != 0; }

    // The value as nlohmann::json::dump() would write it ("true", "12", "2.5", "\"x\"", "{...}", "null").
    std::string dump(const Value& v) const;
    // The value as the JSON it was sent as (null for Missing).
    nlohmann::json toJsonValue(const Value& v) const;
    // The record as a JSON object of its present slots (for a sync issue's payload).
    nlohmann::json toJson(int record) const;

private:
    friend class RecordPageScanner;
    void clear();

    std::vector<std::string> m_fields;
    std::unordered_map<std::string_view, int> m_slotOf; // views into m_fields
    std::vector<Value> m_values;                        // size() * fields().size()
    std::vector<std::uint8_t> m_isObject;
    std::vector<std::pair<int, nlohmann::json>> m_nonObjects; // records that were not objects, as sent
    std::string m_arena;
    qint64 m_totalSize = 0;
    bool m_done = true;
    QString m_nextRecordsUrl;
    std::function<void(const QString&)> m_onNextRecordsUrl;
    QString m_why;
    bool m_shapeError = false;
};

// One record of a page.
class RecordView final {
public:
    RecordView(const RecordPage& page, int record)
        : m_page(&page)
        , m_record(record) {}
    const RecordPage& page() const { return *m_page; }
    int index() const { return m_record; }
    // slot < 0 (a field the page does not carry) reads as Missing.
    const RecordPage::Value& value(int slot) const {
        static const RecordPage::Value missing;
        return slot < 0 ? missing : m_page->value(m_record, slot);
    }
    // The string value of a slot; empty when missing, null or not a string.
    std::string_view string(int slot) const {
        const RecordPage::Value& v = value(slot);
        return v.kind == RecordPage::Kind::String ? m_page->text(v) : std::string_view();
    }
    nlohmann::json toJson() const { return m_page->toJson(m_record); }

private:
    const RecordPage* m_page;
    int m_record;
};

} // namespace vms
