// Fuzz target: the query page parser (core/salesforce/RecordPage), which reads every byte the org sends
// during a sync. Checked against nlohmann/json's parser, the reference it replaced: a page it accepts
// must be valid JSON whose every selected value it reads the same; a well-formed query answer must be
// accepted. Never a crash, whatever the bytes.

#include "FuzzCheck.h"
#include "core/salesforce/RecordPage.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>

using nlohmann::json;
using vms::RecordPage;

namespace {

const std::vector<std::string>& fields() {
    static const std::vector<std::string> f = {"Id",        "Name",   "SystemModstamp", "IsDeleted",
                                               "Amount__c", "Parent", "attributes"};
    return f;
}

// What RecordPage promises to accept: an object with a "records" array, and "done", "totalSize",
// "nextRecordsUrl" (when present) of their types.
bool isQueryAnswer(const json& j) {
    if (!j.is_object())
        return false;
    const auto records = j.find("records");
    if (records == j.end() || !records->is_array())
        return false;
    if (const auto d = j.find("done"); d != j.end() && !d->is_boolean())
        return false;
    if (const auto t = j.find("totalSize"); t != j.end() && !t->is_number_integer())
        return false;
    if (const auto n = j.find("nextRecordsUrl"); n != j.end() && !n->is_string() && !n->is_null())
        return false;
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const char* begin = reinterpret_cast<const char*>(data);
    RecordPage page(fields());
    const bool parsed = page.parse(begin, begin + size);
    // nlohmann's lexer takes a raw NUL byte for the end of the input (so it accepts `8888\0anything`);
    // JSON (RFC 8259) allows none outside strings and none unescaped inside them, so such an input is not
    // JSON, whatever the reference says. (First finding of the fuzz run: 30 inputs, all of this kind.)
    const bool rawNul = std::memchr(data, 0, size) != nullptr;
    const json dom =
        rawNul ? json(json::value_t::discarded) : json::parse(begin, begin + size, nullptr, false);
    if (parsed) {
        FUZZ_CHECK(!dom.is_discarded(), "the page parser accepted what is not JSON");
        FUZZ_CHECK(isQueryAnswer(dom), "the page parser accepted what is not a query answer");
        const json& records = dom.at("records");
        FUZZ_CHECK(page.size() == static_cast<int>(records.size()), "record count differs");
        for (int r = 0; r < page.size(); ++r) {
            const json& rec = records.at(static_cast<std::size_t>(r));
            FUZZ_CHECK(page.isObject(r) == rec.is_object(), "object-ness differs");
            if (!rec.is_object())
                continue;
            for (std::size_t f = 0; f < fields().size(); ++f) {
                const RecordPage::Value& v = page.value(r, static_cast<int>(f));
                const auto it = rec.find(fields()[f]);
                if (it == rec.end()) {
                    FUZZ_CHECK(v.kind == RecordPage::Kind::Missing, "a missing field has a value");
                    continue;
                }
                FUZZ_CHECK(page.dump(v) == it->dump(), "a value reads differently");
            }
        }
    } else if (!dom.is_discarded()) {
        FUZZ_CHECK(!isQueryAnswer(dom), "the page parser refused a well-formed query answer");
        FUZZ_CHECK(page.isShapeError(), "valid JSON refused as invalid JSON");
    }
    return 0;
}
