#include "JsonWriter.h"

#include <cmath>
#include <cstdio>

namespace fakeforce {

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

void JsonWriter::open(char c) {
    separate();
    m_out += c;
    m_first.push_back(true);
}

void JsonWriter::close(char c) {
    m_out += c;
    m_first.pop_back();
}

void JsonWriter::key(std::string_view name) {
    separate();
    m_afterKey = true; // the name itself is not a value: no separator before it
    string(name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::string(std::string_view s) {
    separate();
    m_out += '"';
    const char* run = s.data();
    const char* end = s.data() + s.size();
    for (const char* p = s.data(); p != end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            m_out += buf;
        }
        }
    }
    m_out.append(run, end - run);
    m_out += '"';
}

void JsonWriter::number(double v) {
    separate();
    if (!std::isfinite(v)) {
        m_out += "null";
        return;
    }
    // Salesforce writes number fields with a decimal point ("2.0"), so do the same.
    char buf[40];
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        std::snprintf(buf, sizeof buf, "%.1f", v);
    else
        std::snprintf(buf, sizeof buf, "%.15g", v);
    m_out += buf;
}

void JsonWriter::integer(long long v) {
    separate();
    m_out += QByteArray::number(v);
}

void JsonWriter::boolean(bool v) {
    separate();
    m_out += v ? "true" : "false";
}

void JsonWriter::null() {
    separate();
    m_out += "null";
}

void JsonWriter::raw(std::string_view json) {
    separate();
    m_out.append(json.data(), qsizetype(json.size()));
}

} // namespace fakeforce
