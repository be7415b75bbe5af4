#include "core/attendance/AttendanceImport.h"

#include "core/common/Csv.h"
#include "core/db/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::AttendanceImport)
};

const QStringList& knownColumns() {
    static const QStringList columns = {QStringLiteral("contact_id"), QStringLiteral("email"),
                                        QStringLiteral("first_name"), QStringLiteral("last_name"),
                                        QStringLiteral("status"),     QStringLiteral("hours")};
    return columns;
}

quint64 key(const ContactRef& c) {
    return (static_cast<quint64>(c.localId) << 1) | (c.kind == ContactRef::Kind::Student ? 1U : 0U);
}

struct Found {
    std::vector<ContactRef> refs;
    std::vector<QString> names;
};

// Everyone whose first and last name are exactly these (case-insensitive): roster people first, since
// an import is for one event and a name on its roster is the one meant.
Result<Found> byName(QSqlDatabase db, const QString& first, const QString& last) {
    Found f;
    const char* sql[] = {
        "SELECT id, first_name, last_name FROM volunteers WHERE last_name = ? COLLATE NOCASE "
        "AND coalesce(first_name,'') = ? COLLATE NOCASE LIMIT 5",
        "SELECT id, first_name, last_name FROM students WHERE last_name = ? COLLATE NOCASE "
        "AND coalesce(first_name,'') = ? COLLATE NOCASE LIMIT 5"};
    for (int i = 0; i < 2; ++i) {
        QSqlQuery q(db);
        q.prepare(QString::fromLatin1(sql[i]));
        q.addBindValue(last);
        q.addBindValue(first);
        if (!q.exec())
            return Error::database(q.lastError().text());
        while (q.next()) {
            f.refs.push_back(
                {i == 0 ? ContactRef::Kind::Volunteer : ContactRef::Kind::Student, q.value(0).toLongLong()});
            f.names.push_back((q.value(1).toString() + u' ' + q.value(2).toString()).trimmed());
        }
    }
    return f;
}

Result<Found> byEmail(QSqlDatabase db, const QString& email) {
    Found f;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, first_name, last_name FROM volunteers WHERE email = ? COLLATE NOCASE "
                       "LIMIT 5"));
    q.addBindValue(email);
    if (!q.exec())
        return Error::database(q.lastError().text());
    while (q.next()) {
        f.refs.push_back({ContactRef::Kind::Volunteer, q.value(0).toLongLong()});
        f.names.push_back((q.value(1).toString() + u' ' + q.value(2).toString()).trimmed());
    }
    return f;
}

QString nameOf(QSqlDatabase db, const ContactRef& ref) {
    QSqlQuery q(db);
    q.prepare(ref.kind == ContactRef::Kind::Volunteer
                  ? QStringLiteral("SELECT first_name, last_name FROM volunteers WHERE id=?")
                  : QStringLiteral("SELECT first_name, last_name FROM students WHERE id=?"));
    q.addBindValue(ref.localId);
    if (!q.exec() || !q.next())
        return {};
    return (q.value(0).toString() + u' ' + q.value(1).toString()).trimmed();
}

} // namespace

int ImportPreview::goodRows() const {
    int n = 0;
    for (const ImportRow& r : rows)
        n += r.ok ? 1 : 0;
    return n;
}

std::vector<AttendanceMark> ImportPreview::goodMarks() const {
    std::vector<AttendanceMark> marks;
    for (const ImportRow& r : rows)
        if (r.ok)
            marks.push_back(r.mark);
    return marks;
}

qsizetype AttendanceImport::firstInvalidUtf8(const QByteArray& bytes, qsizetype from) {
    // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const unsigned char c = b[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char low = 0x80, high = 0xBF; // the allowed range of the byte after the lead
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return i;
            const unsigned char next = b[i + k];
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF))
                return i;
        }
        i += 1 + extra;
    }
    return -1;
}

Result<ImportPreview> AttendanceImport::previewFile(const Database& db, qint64 eventId, const QString& path) {
    return previewFile(db.connection(), eventId, path);
}

Result<ImportPreview> AttendanceImport::previewFile(QSqlDatabase db, qint64 eventId, const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0; // Excel writes a BOM
    // Not UTF-8 (a file saved as Latin-1, or cut short): say where, rather than turning the bytes into
    // replacement characters that would then match nobody, or the wrong person.
    if (const qsizetype bad = firstInvalidUtf8(bytes, start); bad >= 0) {
        const qsizetype lineStart = bytes.lastIndexOf('\n', bad - 1) + 1;
        ImportPreview out;
        out.fileError = Tr::tr("Line %1 is not valid UTF-8 text (byte 0x%2 at column %3). Save the file as "
                               "UTF-8 (\"CSV UTF-8\" in Excel) and import it again.")
                            .arg(bytes.left(bad).count('\n') + 1)
                            .arg(static_cast<unsigned char>(bytes.at(bad)), 2, 16, QLatin1Char('0'))
                            .arg(bad - lineStart + 1);
        return out;
    }
    return preview(std::move(db), eventId,
                   QString::fromUtf8(bytes.constData() + start, bytes.size() - start));
}

ImportPreview AttendanceImport::preview(QSqlDatabase db, qint64 eventId, const QString& csvText) {
    ImportPreview out;
    const CsvText csv = Csv::parse(csvText);
    const int unclosedQuote = csv.unclosedQuoteLine;
    // A blank line is not a row.
    std::vector<CsvRecord> records;
    for (const CsvRecord& record : csv.records)
        if (!record.isBlank())
            records.push_back(record);
    if (unclosedQuote > 0) {
        // Everything after the quote would be read as one field: the file is damaged, not one row.
        out.fileError = Tr::tr("Line %1: a quoted field starts here and its closing quote is missing, so the "
                               "rest of the file cannot be read. Close the quote and import again.")
                            .arg(unclosedQuote);
        return out;
    }
    if (records.empty()) {
        out.fileError = Tr::tr("The file is empty; the first line must name the columns.");
        return out;
    }
    QHash<QString, int> column;
    const QStringList& header = records.front().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (!knownColumns().contains(name)) {
            out.fileError = Tr::tr("Unknown column '%1' in the first line; the columns are: %2.")
                                .arg(header.at(i).trimmed(), knownColumns().join(QStringLiteral(", ")));
            return out;
        }
        if (column.contains(name)) {
            out.fileError = Tr::tr("The column '%1' appears twice.").arg(name);
            return out;
        }
        column.insert(name, i);
    }
    if (!column.contains(QStringLiteral("status"))) {
        out.fileError = Tr::tr("The first line must include a 'status' column.");
        return out;
    }
    if (!column.contains(QStringLiteral("contact_id")) && !column.contains(QStringLiteral("email")) &&
        !column.contains(QStringLiteral("last_name"))) {
        out.fileError =
            Tr::tr("The first line must include 'contact_id', 'email' or 'first_name' and 'last_name' "
                   "to say who each row is.");
        return out;
    }
    const auto event = AttendanceRoster::loadEvent(db, eventId);
    if (!event) {
        out.fileError = event.error().message;
        return out;
    }

    QSet<quint64> seen;
    for (size_t r = 1; r < records.size(); ++r) {
        const auto& [line, fields] = records[r];
        auto get = [&, &fieldsRef = fields](const char* name) {
            const int i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < fieldsRef.size() ? fieldsRef.at(i).trimmed() : QString();
        };
        ImportRow row;
        row.line = line;
        row.status = get("status");
        row.hours = get("hours");
        const QString contactId = get("contact_id"), email = get("email");
        const QString first = get("first_name"), last = get("last_name");
        row.who = !contactId.isEmpty() ? contactId
                  : !email.isEmpty()   ? email
                                       : (first + u' ' + last).trimmed();
        auto reject = [&row, &out](const QString& why) {
            row.message = why;
            out.rows.push_back(row);
        };
        if (fields.size() != header.size()) {
            reject(Tr::tr("Has %1 fields; the first line names %2.").arg(fields.size()).arg(header.size()));
            continue;
        }

        // Who.
        std::optional<ContactRef> ref;
        if (!contactId.isEmpty()) {
            auto resolved = AttendanceRoster::resolveContact(db, contactId);
            if (!resolved) {
                reject(QString(resolved.error().message)
                           .replace(QStringLiteral("--contact"), QStringLiteral("contact_id")));
                continue;
            }
            ref = *resolved;
        } else {
            Result<Found> found = !email.isEmpty()  ? byEmail(db, email)
                                  : !last.isEmpty() ? byName(db, first, last)
                                                    : Result<Found>(Found{});
            if (!found) {
                reject(found.error().message);
                continue;
            }
            if (email.isEmpty() && last.isEmpty()) {
                reject(Tr::tr("Says nobody: fill contact_id, email or first_name and last_name."));
                continue;
            }
            if (found->refs.empty()) {
                reject(!email.isEmpty() ? Tr::tr("No cached volunteer has the email %1.").arg(email)
                                        : Tr::tr("No cached volunteer or student is named %1.").arg(row.who));
                continue;
            }
            if (found->refs.size() > 1) {
                reject(Tr::tr("%1 matches %2 people; use contact_id to say which.")
                           .arg(row.who)
                           .arg(found->refs.size()));
                continue;
            }
            ref = found->refs.front();
            row.who = found->names.front();
        }
        if (!contactId.isEmpty())
            row.who = nameOf(db, *ref) + QStringLiteral(" (") + contactId + u')';
        if (seen.contains(key(*ref))) {
            reject(Tr::tr("%1 already appears on an earlier line.").arg(row.who));
            continue;
        }

        // What.
        const ParticipationStatus status = parseParticipationStatus(row.status);
        if (row.status.isEmpty()) {
            reject(Tr::tr("The status is empty; use Registered, Attended, No-Show or Cancelled."));
            continue;
        }
        if (status == ParticipationStatus::Unknown) {
            reject(Tr::tr("Unknown status '%1'; use Registered, Attended, No-Show or Cancelled.")
                       .arg(row.status));
            continue;
        }
        std::optional<double> hours;
        if (!row.hours.isEmpty()) {
            bool ok = false;
            const double h = row.hours.toDouble(&ok);
            if (!ok || !std::isfinite(h)) {
                reject(Tr::tr("Hours '%1' is not a number.").arg(row.hours));
                continue;
            }
            if (h < 0.0 || h > 24.0) {
                reject(Tr::tr("Hours must be between 0 and 24, not %1.").arg(row.hours));
                continue;
            }
            hours = h;
        }
        seen.insert(key(*ref));
        row.ok = true;
        row.mark = AttendanceMark{eventId, *ref, status, hours, false};
        out.rows.push_back(row);
    }
    return out;
}

} // namespace vms
