#pragma once

#include <QByteArray>
#include <QString>

#include <string_view>
#include <vector>

namespace fakeforce {

// A small streaming JSON writer. Query pages are written straight from the column store into one buffer,
// with no intermediate DOM: a 2,000-record page of Contacts is ~1 MB and serialising it through a
// QJsonDocument or nlohmann::json would cost several times more time and memory.
class JsonWriter final {
public:
    JsonWriter() { m_out.reserve(4096); }

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    void key(std::string_view name);
    // A string known to need no escaping (ids, dates, API names): copied as is.
    void plainString(std::string_view s) {
        separate();
        m_out += '"';
        m_out.append(s.data(), qsizetype(s.size()));
        m_out += '"';
    }
    void plainKey(std::string_view name) {
        separate();
        m_out += '"';
        m_out.append(name.data(), qsizetype(name.size()));
        m_out += "\":";
        m_afterKey = true;
    }
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    void string(std::string_view utf8);
    void string(const QString& s) { string(std::string_view(s.toUtf8())); }
    void string(const QByteArray& utf8) { string(std::string_view(utf8.constData(), size_t(utf8.size()))); }
    void number(double v);
    void integer(long long v);
    void boolean(bool v);
    void null();
    // Writes already-serialised JSON as one value.
    void raw(std::string_view json);

    const QByteArray& data() const { return m_out; }
    QByteArray take() { return std::move(m_out); }

private:
    void open(char c);
    void close(char c);
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first;
    bool m_afterKey = false;
};

} // namespace fakeforce
