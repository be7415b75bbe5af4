#include "core/salesforce/RecordPage.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace vms {

using nlohmann::json;

// Reads a query page body in one pass, straight into the page's slots.
//
// Why not nlohmann's SAX parser: it was the client's largest cost after the DOM was gone (~100 MB/s:
// its lexer copies every character twice, one call at a time), and a first sync reads 245 MB. This
// scanner copies a string's bytes once, in runs, into the page's arena, and matches keys without a
// copy. It accepts exactly the JSON nlohmann accepts (RFC 8259: strict UTF-8, escapes and surrogate
// pairs, no leading zeros, no trailing commas, nothing after the value, a leading BOM skipped) and
// reads numbers the same way (an integer that fits int64 / uint64 stays one, otherwise a double); the
// tests compare the two on random and mutated pages. Nesting is handled with a counter, not
// recursion, so no input can exhaust the stack.
//
// A value this page does not keep (an unknown key's, "attributes") is validated and skipped. A slot's
// value that is itself an object or array is validated, then given to nlohmann::json to be kept as its
// dump() text (rare: the mapping selects plain fields). A value of the wrong type at the answer level
// makes the page a shape error; scanning goes on so that invalid JSON is still reported as such.
class RecordPageScanner final {
public:
    RecordPageScanner(RecordPage& page, const char* begin, const char* end)
        : m_page(page)
        , m_width(page.m_fields.size())
        , m_begin(begin)
        , m_p(begin)
        , m_end(end) {}

    // False when the body is not JSON (m_page.m_why says why); shape errors are flagged on the page.
    bool run() {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p < m_end && *m_p == '{') {
            if (!answer())
                return false;
        } else {
            if (!skipValue())
                return false;
            shapeError(QStringLiteral("the answer is not an object"));
        }
        skipSpace();
        if (m_p != m_end)
            return fail("unexpected content after the answer");
        if (!m_sawRecords)
            shapeError(QStringLiteral("no \"records\" array"));
        return true;
    }

private:
    // ---- errors ----
    bool fail(const char* what) {
        m_page.m_why =
            QStringLiteral("invalid JSON at byte %1: %2").arg(m_p - m_begin).arg(QLatin1String(what));
        return false;
    }
    void shapeError(const QString& why) {
        if (!m_page.m_shapeError) {
            m_page.m_shapeError = true;
            m_page.m_why = QStringLiteral("not a query answer: %1").arg(why);
        }
    }

    // ---- lexical pieces ----
    void skipSpace() {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool expect(char c, const char* what) {
        skipSpace();
        if (m_p >= m_end || *m_p != c)
            return fail(what);
        ++m_p;
        return true;
    }
    bool literal(const char* word, size_t n) {
        if (static_cast<size_t>(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return fail("invalid literal");
        m_p += n;
        return true;
    }

    static int hexValue(char c) {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(unsigned& out) {
        if (m_end - m_p < 4)
            return fail("\\u needs four hex digits");
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0)
                return fail("\\u needs four hex digits");
            out = out * 16 + static_cast<unsigned>(h);
        }
        m_p += 4;
        return true;
    }
    static void appendUtf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    // One UTF-8 sequence starting at m_p (a byte >= 0x80), strictly as RFC 3629 (and nlohmann) allow.
    bool utf8Sequence() {
        const auto byte = [this](ptrdiff_t i) {
            return static_cast<unsigned char>(m_p[i]);
        };
        const unsigned char c = byte(0);
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return fail("invalid UTF-8");
        }
        if (m_end - m_p <= extra)
            return fail("invalid UTF-8");
        if (byte(1) < lo || byte(1) > hi)
            return fail("invalid UTF-8");
        for (int i = 2; i <= extra; ++i)
            if (byte(i) < 0x80 || byte(i) > 0xBF)
                return fail("invalid UTF-8");
        m_p += extra + 1;
        return true;
    }

    // A string at m_p ('"'). With `out`, its decoded bytes are appended there; `raw` (when not null)
    // gets the undecoded bytes' view if the string had no escape (then nothing is appended).
    bool string(std::string* out, std::string_view* raw = nullptr) {
        ++m_p; // the opening quote
        const char* run = m_p;
        bool escaped = false;
        for (;;) {
            // Plain ASCII runs are the common case: no copy until the run ends.
            while (m_p < m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            if (m_p >= m_end)
                return fail("unterminated string");
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (raw && !escaped)
                    *raw = std::string_view(run, static_cast<size_t>(m_p - run));
                else if (out)
                    out->append(run, static_cast<size_t>(m_p - run));
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return fail("control character in a string");
            if (c >= 0x80) {
                if (!utf8Sequence())
                    return false;
                continue;
            }
            // An escape: from here on the string is decoded into `out` (what came before goes in first).
            escaped = true;
            if (out)
                out->append(run, static_cast<size_t>(m_p - run));
            ++m_p;
            if (m_p >= m_end)
                return fail("unterminated string");
            const char e = *m_p++;
            char plain = 0;
            switch (e) {
            case '"':
            case '\\':
            case '/':
                plain = e;
                break;
            case 'b':
                plain = '\b';
                break;
            case 'f':
                plain = '\f';
                break;
            case 'n':
                plain = '\n';
                break;
            case 'r':
                plain = '\r';
                break;
            case 't':
                plain = '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp))
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                        return fail("a high surrogate must be followed by a low one");
                    m_p += 2;
                    if (!hex4(low))
                        return false;
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail("a high surrogate must be followed by a low one");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    return fail("a low surrogate must follow a high one");
                }
                if (out)
                    appendUtf8(*out, cp);
                run = m_p;
                continue;
            }
            default:
                return fail("invalid escape");
            }
            if (out)
                *out += plain;
            run = m_p;
        }
    }

    // A number at m_p, read as nlohmann reads it.
    bool number(RecordPage::Value* into) {
        const char* start = m_p;
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p >= m_end)
            return fail("invalid number");
        if (*m_p == '0') {
            ++m_p;
        } else if (*m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            return fail("invalid number");
        }
        bool isFloat = false;
        if (m_p < m_end && *m_p == '.') {
            isFloat = true;
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return fail("invalid number");
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            isFloat = true;
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9')
                return fail("invalid number");
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        const bool negative = *start == '-';
        if (!isFloat) {
            if (negative) {
                std::int64_t v = 0;
                if (std::from_chars(start, m_p, v).ec == std::errc()) {
                    if (into) {
                        into->kind = RecordPage::Kind::Integer;
                        into->integer = v;
                    }
                    return true;
                }
            } else {
                std::uint64_t v = 0;
                if (std::from_chars(start, m_p, v).ec == std::errc()) {
                    if (into) {
                        into->kind = RecordPage::Kind::Unsigned;
                        into->unsignedInteger = v;
                    }
                    return true;
                }
            }
        }
        // A fraction, an exponent, or an integer too big for 64 bits: a double, correctly rounded as
        // strtod rounds (from_chars does not depend on the C locale). Beyond a double's range nlohmann
        // decides: 1e-400 reads as 0, 1e400 is not accepted ("number overflow").
        double d = 0;
        if (std::from_chars(start, m_p, d).ec != std::errc()) {
            const json n = json::parse(start, m_p, nullptr, false);
            if (!n.is_number())
                return fail("number overflow");
            d = n.get<double>();
        }
        if (into) {
            into->kind = RecordPage::Kind::Float;
            into->number = d;
        }
        return true;
    }

    // Validates and skips any value at m_p (after whitespace), without recursion.
    bool skipValue() {
        skipSpace();
        std::vector<char> open; // '{' or '['
        for (;;) {
            if (m_p >= m_end)
                return fail("unexpected end");
            const char c = *m_p;
            if (c == '{' || c == '[') {
                ++m_p;
                skipSpace();
                m_deepest = std::max(m_deepest, open.size() + 1);
                if (m_p < m_end && *m_p == (c == '{' ? '}' : ']')) {
                    ++m_p; // empty container: a complete value
                } else {
                    open.push_back(c);
                    if (c == '{') {
                        if (m_p >= m_end || *m_p != '"')
                            return fail("expected a key");
                        if (!string(nullptr) || !expect(':', "expected ':'"))
                            return false;
                        skipSpace();
                    }
                    continue; // the container's first value
                }
            } else if (c == '"') {
                if (!string(nullptr))
                    return false;
            } else if (c == 't') {
                if (!literal("true", 4))
                    return false;
            } else if (c == 'f') {
                if (!literal("false", 5))
                    return false;
            } else if (c == 'n') {
                if (!literal("null", 4))
                    return false;
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!number(nullptr))
                    return false;
            } else {
                return fail("unexpected character");
            }
            // A value is complete: close containers, or go on to the next element.
            for (;;) {
                if (open.empty())
                    return true;
                skipSpace();
                if (m_p >= m_end)
                    return fail("unexpected end");
                const char top = open.back();
                if (*m_p == ',') {
                    ++m_p;
                    skipSpace();
                    if (top == '{') {
                        if (m_p >= m_end || *m_p != '"')
                            return fail("expected a key");
                        if (!string(nullptr) || !expect(':', "expected ':'"))
                            return false;
                        skipSpace();
                    }
                    break; // the next value
                }
                if (*m_p != (top == '{' ? '}' : ']'))
                    return fail(top == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
                ++m_p;
                open.pop_back();
            }
        }
    }

    // A value skipped, then kept as nlohmann::json (nested slot values, records that are not objects).
    // nlohmann::json::dump() recurses once per level, so a value nested deeper than any record field
    // ever is (a relationship is one level) is refused rather than risk the stack.
    bool skipValueAsJson(json& out) {
        skipSpace();
        const char* start = m_p;
        m_deepest = 0;
        if (!skipValue())
            return false;
        if (m_deepest > kMaxKeptDepth)
            return fail("a field's value is nested too deeply");
        out = json::parse(start, m_p, nullptr, false);
        return true;
    }

    // ---- the answer ----
    bool answer() {
        ++m_p; // '{'
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        std::string key;
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail("expected a key");
            key.clear();
            std::string_view view;
            if (!string(&key, &view))
                return false;
            const std::string_view k = view.data() ? view : std::string_view(key);
            if (!expect(':', "expected ':'"))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return fail("unexpected end");
            if (!answerField(k))
                return false;
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool answerField(std::string_view k) {
        const char c = *m_p;
        if (k == "records") {
            if (c != '[' || m_sawRecords) {
                if (!skipValue())
                    return false;
                shapeError(m_sawRecords ? QStringLiteral("\"records\" appears twice")
                                        : QStringLiteral("\"records\" is not an array"));
                return true;
            }
            m_sawRecords = true;
            return records();
        }
        if (k == "totalSize") {
            if (c == '-' || (c >= '0' && c <= '9')) {
                RecordPage::Value v;
                if (!number(&v))
                    return false;
                if (v.kind == RecordPage::Kind::Integer)
                    m_page.m_totalSize = v.integer;
                else if (v.kind == RecordPage::Kind::Unsigned)
                    m_page.m_totalSize = static_cast<qint64>(v.unsignedInteger);
                else if (v.number >= 0 && v.number < static_cast<double>(std::numeric_limits<qint64>::max()))
                    m_page.m_totalSize = static_cast<qint64>(v.number);
                else
                    shapeError(QStringLiteral("\"totalSize\" is not a number"));
                return true;
            }
            if (!skipValue())
                return false;
            shapeError(QStringLiteral("\"totalSize\" is not a number"));
            return true;
        }
        if (k == "done") {
            if (c == 't' || c == 'f') {
                const bool value = c == 't';
                if (!(value ? literal("true", 4) : literal("false", 5)))
                    return false;
                m_page.m_done = value;
                return true;
            }
            if (!skipValue())
                return false;
            shapeError(QStringLiteral("\"done\" is not true or false"));
            return true;
        }
        if (k == "nextRecordsUrl") {
            if (c == '"') {
                std::string url;
                if (!string(&url))
                    return false;
                m_page.m_nextRecordsUrl = QString::fromStdString(url);
                if (m_page.m_onNextRecordsUrl && !m_page.m_nextRecordsUrl.isEmpty())
                    m_page.m_onNextRecordsUrl(m_page.m_nextRecordsUrl);
                return true;
            }
            if (c == 'n')
                return literal("null", 4);
            if (!skipValue())
                return false;
            shapeError(QStringLiteral("\"nextRecordsUrl\" is not a string"));
            return true;
        }
        return skipValue();
    }

    bool records() {
        ++m_p; // '['
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_p >= m_end)
                return fail("unexpected end");
            if (*m_p == '{') {
                if (!record())
                    return false;
            } else {
                // An element that is not an object: kept whole, every slot Missing.
                beginRecord(false);
                json element;
                if (!skipValueAsJson(element))
                    return false;
                m_page.m_nonObjects.emplace_back(m_page.size() - 1, std::move(element));
            }
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            return fail("expected ',' or ']'");
        }
    }

    void beginRecord(bool isObject) {
        m_recordBase = m_page.m_values.size();
        m_page.m_values.resize(m_recordBase + m_width);
        m_page.m_isObject.push_back(isObject ? 1 : 0);
    }

    // The slot of a record's key: the org sends fields in the order they were selected, so the one after
    // the previous key is tried first.
    int slotOf(std::string_view k) {
        const size_t guess = static_cast<size_t>(m_lastSlot + 1);
        if (guess < m_width && m_page.m_fields[guess] == k)
            return static_cast<int>(guess);
        return m_page.slot(k);
    }

    bool record() {
        beginRecord(true);
        m_lastSlot = -1;
        ++m_p; // '{'
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        std::string key;
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return fail("expected a key");
            key.clear();
            std::string_view view;
            if (!string(&key, &view))
                return false;
            const int slot = slotOf(view.data() ? view : std::string_view(key));
            if (!expect(':', "expected ':'"))
                return false;
            skipSpace();
            if (m_p >= m_end)
                return fail("unexpected end");
            if (slot < 0) {
                if (!skipValue())
                    return false;
            } else {
                m_lastSlot = slot;
                if (!slotValue(m_page.m_values[m_recordBase + static_cast<size_t>(slot)]))
                    return false;
            }
            skipSpace();
            if (m_p < m_end && *m_p == ',') {
                ++m_p;
                continue;
            }
            if (m_p < m_end && *m_p == '}') {
                ++m_p;
                return true;
            }
            return fail("expected ',' or '}'");
        }
    }

    bool slotValue(RecordPage::Value& v) {
        const char c = *m_p;
        switch (c) {
        case '"': {
            // The hot path: a field's string, copied once into the page's arena.
            std::string& arena = m_page.m_arena;
            const size_t offset = arena.size();
            if (!string(&arena))
                return false;
            v.kind = RecordPage::Kind::String;
            v.text.offset = static_cast<std::uint32_t>(offset);
            v.text.size = static_cast<std::uint32_t>(arena.size() - offset);
            return true;
        }
        case 't':
        case 'f':
            v.kind = RecordPage::Kind::Bool;
            v.boolean = c == 't';
            return v.boolean ? literal("true", 4) : literal("false", 5);
        case 'n':
            v.kind = RecordPage::Kind::Null;
            return literal("null", 4);
        case '{':
        case '[': {
            json nested;
            if (!skipValueAsJson(nested))
                return false;
            const std::string text = nested.dump();
            v.kind = RecordPage::Kind::Json;
            v.text.offset = static_cast<std::uint32_t>(m_page.m_arena.size());
            v.text.size = static_cast<std::uint32_t>(text.size());
            m_page.m_arena.append(text);
            return true;
        }
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return number(&v);
            return fail("unexpected character");
        }
    }

    RecordPage& m_page;
    const size_t m_width;
    const char* const m_begin;
    const char* m_p;
    const char* const m_end;
    bool m_sawRecords = false;
    size_t m_recordBase = 0;
    int m_lastSlot = -1;
    size_t m_deepest = 0; // deepest nesting seen by skipValue() since it was last reset
    static constexpr size_t kMaxKeptDepth = 64;
};

RecordPage::RecordPage(const QStringList& fields) {
    m_fields.reserve(static_cast<size_t>(fields.size()));
    for (const QString& f : fields)
        m_fields.push_back(f.toStdString());
    for (size_t i = 0; i < m_fields.size(); ++i)
        m_slotOf.emplace(m_fields[i], static_cast<int>(i));
}

RecordPage::RecordPage(std::vector<std::string> fields)
    : m_fields(std::move(fields)) {
    for (size_t i = 0; i < m_fields.size(); ++i)
        m_slotOf.emplace(m_fields[i], static_cast<int>(i));
}

int RecordPage::slot(std::string_view field) const {
    const auto it = m_slotOf.find(field);
    return it == m_slotOf.end() ? -1 : it->second;
}

void RecordPage::clear() {
    m_values.clear();
    m_isObject.clear();
    m_nonObjects.clear();
    m_arena.clear();
    m_totalSize = 0;
    m_done = true;
    m_nextRecordsUrl.clear();
    m_why.clear();
    m_shapeError = false;
}

bool RecordPage::parse(const char* begin, const char* end) {
    clear();
    // Roughly what the page will need, so the arrays grow once or twice, not per record.
    const size_t bytes = static_cast<size_t>(end - begin);
    m_arena.reserve(bytes / 2);
    m_values.reserve(bytes / 300 * m_fields.size());
    RecordPageScanner scanner(*this, begin, end);
    if (!scanner.run()) {
        // Not JSON at all (cut short, say) wins over a shape seen on the way: that is worth a retry.
        m_shapeError = false;
        return false;
    }
    return !m_shapeError;
}

RecordPage RecordPage::fromJson(const QStringList& fields, const json& record) {
    RecordPage page(fields);
    const size_t width = page.m_fields.size();
    page.m_values.resize(width);
    if (!record.is_object()) {
        page.m_isObject.push_back(0);
        page.m_nonObjects.emplace_back(0, record);
        return page;
    }
    page.m_isObject.push_back(1);
    for (size_t i = 0; i < width; ++i) {
        const auto it = record.find(page.m_fields[i]);
        if (it == record.end())
            continue;
        Value& v = page.m_values[i];
        auto keepText = [&page, &v](Kind kind, const std::string& text) {
            v.kind = kind;
            v.text.offset = static_cast<std::uint32_t>(page.m_arena.size());
            v.text.size = static_cast<std::uint32_t>(text.size());
            page.m_arena.append(text);
        };
        switch (it->type()) {
        case json::value_t::null:
            v.kind = Kind::Null;
            break;
        case json::value_t::boolean:
            v.kind = Kind::Bool;
            v.boolean = it->get<bool>();
            break;
        case json::value_t::number_integer:
            v.kind = Kind::Integer;
            v.integer = it->get<std::int64_t>();
            break;
        case json::value_t::number_unsigned:
            v.kind = Kind::Unsigned;
            v.unsignedInteger = it->get<std::uint64_t>();
            break;
        case json::value_t::number_float:
            v.kind = Kind::Float;
            v.number = it->get<double>();
            break;
        case json::value_t::string:
            keepText(Kind::String, it->get_ref<const std::string&>());
            break;
        default: // object, array (binary cannot come from JSON text)
            keepText(Kind::Json, it->dump());
            break;
        }
    }
    return page;
}

std::string RecordPage::dump(const Value& v) const {
    switch (v.kind) {
    case Kind::Missing:
        return {};
    case Kind::Null:
        return "null";
    case Kind::Bool:
        return v.boolean ? "true" : "false";
    case Kind::Integer:
        return json(v.integer).dump();
    case Kind::Unsigned:
        return json(v.unsignedInteger).dump();
    case Kind::Float:
        return json(v.number).dump();
    case Kind::String:
        return json(std::string(text(v))).dump();
    case Kind::Json:
        return std::string(text(v));
    }
    return {};
}

json RecordPage::toJsonValue(const Value& v) const {
    switch (v.kind) {
    case Kind::Missing:
    case Kind::Null:
        return json();
    case Kind::Bool:
        return json(v.boolean);
    case Kind::Integer:
        return json(v.integer);
    case Kind::Unsigned:
        return json(v.unsignedInteger);
    case Kind::Float:
        return json(v.number);
    case Kind::String:
        return json(std::string(text(v)));
    case Kind::Json:
        return json::parse(text(v), nullptr, false);
    }
    return json();
}

json RecordPage::toJson(int record) const {
    if (!isObject(record)) {
        for (const auto& [index, value] : m_nonObjects)
            if (index == record)
                return value;
        return json();
    }
    json out = json::object();
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const Value& v = value(record, static_cast<int>(i));
        if (v.kind != Kind::Missing)
            out[m_fields[i]] = toJsonValue(v);
    }
    return out;
}

} // namespace vms
