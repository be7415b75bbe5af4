// Fuzz target: the attendance CSV import (core/attendance/AttendanceImport), which reads files people made
// by hand or exported from elsewhere. The UTF-8 check agrees with Qt's decoder; the parser's records are
// in line order and name lines that exist; a quote left open is reported on a line that has a quote; and
// the whole preview, against a small cache, gives every rejected row a reason. Never a crash.

#include "FuzzCheck.h"
#include "core/attendance/AttendanceImport.h"
#include "core/common/Csv.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>

#include <cstdint>
#include <memory>

using namespace vms;

namespace {

struct World {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
};

World& world() {
    static World* w = [] {
        auto* made = new World;
        auto db = Database::open(made->dir.filePath(QStringLiteral("vms.sqlite")));
        if (!db)
            std::abort();
        made->db = *db;
        QSqlQuery q(made->db->connection());
        for (const char* sql :
             {"INSERT INTO events(id, sf_id, name) VALUES (1, 'a0E000000000001AAA', 'Career Day')",
              "INSERT INTO volunteers(id, sf_id, first_name, last_name, email) VALUES "
              "(1, '003000000000001AAA', 'Ada', 'Lovelace', 'ada@example.org'), "
              "(2, '003000000000002AAA', 'José', 'García', 'jose@example.org')",
              "INSERT INTO students(id, sf_id, first_name, last_name) VALUES (1, '003000000000003AAA', "
              "'Sam', "
              "'Student')"})
            if (!q.exec(QString::fromUtf8(sql)))
                std::abort();
        return made;
    }();
    return *w;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication app(*argc, *argv);
    (void)world();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    // The UTF-8 check: invalid exactly where Qt's strict decoder finds an error.
    const qsizetype bad = AttendanceImport::firstInvalidUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    FUZZ_CHECK((bad >= 0) == decoder.hasError(), "the UTF-8 check disagrees with Qt's decoder");
    if (bad >= 0) {
        FUZZ_CHECK(bad < bytes.size(), "an invalid byte past the end");
        QStringDecoder prefix(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)prefix(bytes.left(bad));
        FUZZ_CHECK(!prefix.hasError(), "bytes before the first invalid one are not valid");
    }
    if (bad >= 0)
        return 0; // the import stops here with a file error
    const QString text = QString::fromUtf8(bytes);

    const CsvText csv = Csv::parse(text);
    const int unclosed = csv.unclosedQuoteLine;
    const int lines = static_cast<int>(text.count(u'\n')) + 1;
    int last = 0;
    for (const auto& [line, fields] : csv.records) {
        FUZZ_CHECK(line > last && line <= lines, "records out of line order");
        FUZZ_CHECK(!fields.isEmpty(), "a record without fields");
        last = line;
    }
    FUZZ_CHECK(unclosed >= 0 && unclosed <= lines, "an open quote on a line that does not exist");
    if (unclosed > 0)
        FUZZ_CHECK(text.section(u'\n', unclosed - 1, unclosed - 1).contains(u'"'),
                   "an open quote reported on a line without a quote");

    const ImportPreview preview = AttendanceImport::preview(world().db->connection(), 1, text);
    if (unclosed > 0)
        FUZZ_CHECK(!preview.fileError.isEmpty() && preview.rows.empty(), "an open quote imported rows");
    int previous = 0;
    for (const ImportRow& row : preview.rows) {
        FUZZ_CHECK(row.ok == row.message.isEmpty(),
                   "a rejected row without a reason (or an accepted one with one)");
        FUZZ_CHECK(row.line > previous, "preview rows out of line order");
        previous = row.line;
    }
    FUZZ_CHECK(preview.goodRows() == static_cast<int>(preview.goodMarks().size()), "good rows miscounted");
    return 0;
}
