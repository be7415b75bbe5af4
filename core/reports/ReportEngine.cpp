#include "core/reports/ReportEngine.h"

#include "core/common/Logging.h"
#include "core/db/Meta.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportSql.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time: a free tr() would
// be filed by lupdate under whichever class or namespace surrounds the call. Report titles, columns and
// chart titles are marked in ReportDefinition with QT_TRANSLATE_NOOP("vms::Reports", ...), so run() looks
// the chart titles up in that context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::ReportEngine)
};

Status prepareAndBind(QSqlQuery& q, const QString& sql, const QVariantMap& bindings) {
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Error::database(
            QStringLiteral("Cannot prepare the report query: %1").arg(q.lastError().text()));
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (sql.contains(it.key()))
            q.bindValue(it.key(), it.value());
    }
    if (!q.exec())
        return Error::database(QStringLiteral("The report query failed: %1").arg(q.lastError().text()));
    return {};
}

QVariant cellFrom(const QVariant& v, ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        return v.isNull() ? QString(QLatin1String("")) : v.toString();
    case ColumnType::Integer:
        return v.toLongLong();
    case ColumnType::Hours:
        return ReportText::roundHours(v.toDouble());
    case ColumnType::Date:
        return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
    }
    return v;
}

int compareCells(const QVariant& a, const QVariant& b, ColumnType type) {
    switch (type) {
    case ColumnType::Text:
        return ReportText::compareCodePoints(a.toString(), b.toString());
    case ColumnType::Integer: {
        const qint64 x = a.toLongLong(), y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case ColumnType::Hours: {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case ColumnType::Date: {
        const qint64 x = a.toDate().toJulianDay(), y = b.toDate().toJulianDay();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    }
    return 0;
}

QString lookupName(QSqlDatabase& db, const char* table, const QString& sfId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM %1 WHERE sf_id = ?").arg(QLatin1String(table)));
    q.addBindValue(sfId);
    if (q.exec() && q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    return sfId;
}

QString monthLabel(const QDate& d) {
    return d.toString(QStringLiteral("yyyy-MM"));
}

// A chart built from rows [first, last): detail rows only, so totals are never counted twice.
ChartData chartFromRows(const ReportDefinition& def, const std::vector<ReportRow>& rows, size_t first,
                        size_t last) {
    ChartData c;
    const auto lc = static_cast<size_t>(def.chartLabelColumn);
    const auto vc = static_cast<size_t>(def.chartValueColumn);
    std::vector<const ReportRow*> detail;
    for (size_t i = first; i < last; ++i)
        if (rows[i].kind == RowKind::Detail)
            detail.push_back(&rows[i]);
    switch (def.chartSource) {
    case ChartSource::None:
    case ChartSource::Sql:
    case ChartSource::SqlByMonth:
        break;
    case ChartSource::CountByMonth:
    case ChartSource::SumByMonth: {
        QMap<QString, double> byMonth;
        for (const ReportRow* row : detail) {
            const QDate d = row->cells[lc].toDate();
            if (!d.isValid())
                continue;
            byMonth[monthLabel(d)] +=
                def.chartSource == ChartSource::CountByMonth ? 1.0 : row->cells[vc].toDouble();
        }
        c.monthly = true;
        for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
            c.labels << it.key();
            c.values << it.value();
        }
        break;
    }
    case ChartSource::TopValues: {
        const size_t n = std::min<size_t>(10, detail.size());
        std::partial_sort(detail.begin(), detail.begin() + static_cast<std::ptrdiff_t>(n), detail.end(),
                          [vc, lc](const ReportRow* a, const ReportRow* b) {
                              const double x = a->cells[vc].toDouble();
                              const double y = b->cells[vc].toDouble();
                              if (x != y)
                                  return x > y;
                              return ReportText::compareCodePoints(a->cells[lc].toString(),
                                                                   b->cells[lc].toString()) < 0;
                          });
        for (size_t i = 0; i < n; ++i) {
            c.labels << detail[i]->cells[lc].toString();
            c.values << detail[i]->cells[vc].toDouble();
        }
        break;
    }
    case ChartSource::SumByLabel:
    case ChartSource::CountByLabel:
        for (const ReportRow* row : detail) {
            const QString label = row->cells[lc].toString();
            const double value =
                def.chartSource == ChartSource::CountByLabel ? 1.0 : row->cells[vc].toDouble();
            const qsizetype at = c.labels.indexOf(label);
            if (at < 0) {
                c.labels << label;
                c.values << value;
            } else {
                c.values[at] += value;
            }
        }
        for (double& v : c.values)
            v = ReportText::roundHours(v);
        break;
    }
    return c;
}

// The event a one-event report is about, for its filter line and title.
struct EventFacts {
    QString name, school;
    QDate date;
};

Result<EventFacts> loadEvent(QSqlDatabase& db, qint64 eventId, const QTimeZone& zone) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT e.name, e.start_utc, sc.name FROM events e "
                             "LEFT JOIN schools sc ON sc.sf_id = e.school_sf_id WHERE e.id = ?"));
    q.addBindValue(eventId);
    if (!q.exec())
        return Error::database(q.lastError().text());
    if (!q.next())
        return Error::usage(Tr::tr("There is no event with local id %1 in the cache.").arg(eventId));
    EventFacts f;
    f.name = q.value(0).toString();
    if (!q.value(1).isNull())
        f.date = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toTimeZone(zone).date();
    f.school = q.value(2).toString();
    return f;
}

QString filterValueText(const QString& value, const QString& blankText) {
    return value == ReportRequest::blankFilter() ? blankText : value;
}

} // namespace

ReportEngine::ReportEngine(QSqlDatabase db, QTimeZone displayZone)
    : m_db(std::move(db))
    , m_zone(std::move(displayZone)) {}

void ReportEngine::sortRows(const ReportDefinition& def, std::vector<ReportRow>& rows) {
    const auto nameCol = static_cast<size_t>(def.nameColumn);
    std::stable_sort(rows.begin(), rows.end(), [&def, nameCol](const ReportRow& a, const ReportRow& b) {
        // The grand total ends the report.
        if ((a.kind == RowKind::GrandTotal) != (b.kind == RowKind::GrandTotal))
            return b.kind == RowKind::GrandTotal;
        for (const SortKey& k : def.sort) {
            const auto col = static_cast<size_t>(k.column);
            const int c = compareCells(a.cells[col], b.cells[col], def.columns[col].type);
            if (c != 0)
                return k.descending ? c > 0 : c < 0;
            if (k.column == def.totalsColumn) {
                // One group (two districts may share a name: the record id tells them apart), whose total
                // follows its rows.
                const int byId = ReportText::compareCodePoints(a.recordId, b.recordId);
                if (byId != 0)
                    return byId < 0;
                if (a.kind != b.kind)
                    return a.kind == RowKind::Detail;
            }
        }
        const int byName =
            ReportText::compareCodePoints(a.cells[nameCol].toString(), b.cells[nameCol].toString());
        if (byName != 0)
            return byName < 0;
        return ReportText::compareCodePoints(a.recordId, b.recordId) < 0;
    });
}

Result<ReportResult> ReportEngine::run(const QString& reportName, const ReportRequest& request,
                                       const std::atomic_bool* cancel) const {
    const ReportDefinition* def = findReport(reportName);
    if (!def)
        return Error::usage(Tr::tr("unknown report '%1' (see 'vms-cli report list')").arg(reportName));
    return run(*def, request, cancel);
}

Status ReportEngine::checkFilters(const ReportDefinition& def, const ReportRequest& request) const {
    const struct {
        ReportFilter filter;
        const QString& value;
        const char* name;
        const char* sql; // one row when the value names something cached
        const char* unknown;
    } checks[] = {
        {FilterDistrict, request.districtSfId, "district",
         "SELECT 1 FROM districts WHERE sf_id = :v UNION ALL SELECT 1 FROM events WHERE district_sf_id = :v "
         "LIMIT 1",
         QT_TRANSLATE_NOOP("vms::ReportEngine", "no district in the cache has the id '%1'")},
        {FilterOrganization, request.organizationSfId, "organization",
         "SELECT 1 FROM organizations WHERE sf_id = :v UNION ALL SELECT 1 FROM affiliations WHERE "
         "organization_sf_id = :v LIMIT 1",
         QT_TRANSLATE_NOOP("vms::ReportEngine", "no organization in the cache has the id '%1'")},
        {FilterEventType, request.eventType, "event-type",
         "SELECT 1 FROM events WHERE session_type = :v LIMIT 1",
         QT_TRANSLATE_NOOP("vms::ReportEngine", "no event in the cache has the type '%1'")},
    };
    for (const auto& c : checks) {
        // Empty: no filter; blankFilter(): the events where the field is empty ("Unassigned").
        if (!(def.filters & c.filter) || c.value.isEmpty() || c.value == ReportRequest::blankFilter())
            continue;
        QSqlQuery q(m_db);
        q.prepare(QString::fromLatin1(c.sql));
        q.bindValue(QStringLiteral(":v"), c.value);
        if (!q.exec())
            return Error::database(q.lastError().text());
        if (!q.next())
            return Error{ErrorKind::Usage,
                         QCoreApplication::translate("vms::ReportEngine", c.unknown).arg(c.value),
                         QString::fromLatin1(c.name)};
    }
    return {};
}

Result<ReportResult> ReportEngine::run(const ReportDefinition& def, const ReportRequest& request,
                                       const std::atomic_bool* cancel) const {
    if (def.takesPeriod() && (!request.period.from.isValid() || !request.period.to.isValid() ||
                              request.period.from > request.period.to))
        return Error::usage(Tr::tr("the report period is empty: 'from' must be on or before 'to'"));
    if ((def.filters & FilterEvent) && request.eventId <= 0)
        return Error::usage(Tr::tr("%1 is about one event: choose the event (vms-cli: --event ID).")
                                .arg(QLatin1String(def.name)));
    if (Status s = checkFilters(def, request); !s)
        return s.error();
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_db;
    const ReportPeriod::UtcRange range =
        def.takesPeriod() ? ReportPeriod::toUtc(request.period, m_zone) : ReportPeriod::UtcRange{};

    ReportResult r;
    r.name = QLatin1String(def.name);
    r.title = def.translatedTitle();
    r.audience = def.audience;
    r.request = request;
    const QStringList titles = def.translatedColumns();
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const ColumnSpec& spec = def.columns[static_cast<size_t>(i)];
        r.columns.push_back({titles.at(i), spec.type, QString::fromUtf8(spec.title), spec.words});
    }
    r.generatedAtUtc = QDateTime::currentDateTimeUtc();

    if (def.takesPeriod()) {
        if (r.request.periodLabel.isEmpty())
            r.request.periodLabel = ReportPeriod::label(request.period);
        r.filterLines << Tr::tr("Period: %1 (%2 to %3, %4)")
                             .arg(r.request.periodLabel, request.period.from.toString(Qt::ISODate),
                                  request.period.to.toString(Qt::ISODate), QString::fromUtf8(m_zone.id()));
    }
    if (def.filters & FilterEvent) {
        auto event = loadEvent(db, request.eventId, m_zone);
        if (!event)
            return event.error();
        const QString when = event->date.isValid() ? event->date.toString(Qt::ISODate) : QString();
        r.request.periodLabel =
            when.isEmpty() ? event->name : QStringLiteral("%1, %2").arg(event->name, when);
        r.filterLines << (event->school.isEmpty()
                              ? Tr::tr("Event: %1").arg(r.request.periodLabel)
                              : Tr::tr("Event: %1 (%2)").arg(r.request.periodLabel, event->school));
    }
    if ((def.filters & FilterDistrict) && !request.districtSfId.isEmpty())
        r.filterLines << Tr::tr("District: %1")
                             .arg(request.districtSfId == ReportRequest::blankFilter()
                                      ? ReportText::unassignedDisplay()
                                      : lookupName(db, "districts", request.districtSfId));
    if ((def.filters & FilterOrganization) && !request.organizationSfId.isEmpty())
        r.filterLines
            << Tr::tr("Organization: %1").arg(lookupName(db, "organizations", request.organizationSfId));
    if ((def.filters & FilterEventType) && !request.eventType.isEmpty())
        r.filterLines << Tr::tr("Event type: %1").arg(filterValueText(request.eventType, Tr::tr("(none)")));
    if ((def.filters & FilterFormat) && !request.format.isEmpty())
        r.filterLines << Tr::tr("Format: %1").arg(ReportText::formatDisplay(request.format));
    if ((def.filters & FilterCountedOnly) && request.countedOnly)
        r.filterLines << Tr::tr("Counted events only (cancelled ones left out)");

    const QString lastSync = Meta(db).get(MetaKey::LastSync);
    const QDateTime synced = QDateTime::fromString(lastSync, Qt::ISODateWithMs);
    r.dataAsOf = synced.isValid() ? synced.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm t"))
                                  : (lastSync.isEmpty() ? Tr::tr("never synced") : lastSync);

    // Filters a report does not understand are dropped rather than silently narrowing the wrong thing.
    ReportRequest effective = request;
    if (!(def.filters & FilterDistrict))
        effective.districtSfId.clear();
    if (!(def.filters & FilterOrganization))
        effective.organizationSfId.clear();
    if (!(def.filters & FilterEventType))
        effective.eventType.clear();
    if (!(def.filters & FilterFormat))
        effective.format.clear();
    if (!(def.filters & FilterCountedOnly))
        effective.countedOnly = false;
    if (!(def.filters & FilterEvent))
        effective.eventId = 0;
    const ReportSql effectiveSql(effective, range, ReportPeriod::offsetsOver(range, m_zone),
                                 ReportText::unassigned());

    {
        QSqlQuery q(db);
        if (Status s = prepareAndBind(q, def.rowsSql(effectiveSql), effectiveSql.bindings()); !s)
            return s.error();
        const auto n = static_cast<int>(def.columns.size());
        while (q.next()) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Error{ErrorKind::Cancelled, Tr::tr("The report was cancelled."), {}};
            ReportRow row;
            row.cells.reserve(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i)
                row.cells.push_back(cellFrom(q.value(i), def.columns[static_cast<size_t>(i)].type));
            // ReportSql::rowTail(): record id, the local id the row opens, its RowKind.
            row.recordId = q.value(n).toString();
            row.linkId = q.value(n + 1).toLongLong();
            row.kind = static_cast<RowKind>(q.value(n + 2).toInt());
            r.rows.push_back(std::move(row));
        }
        if (q.lastError().isValid())
            return Error::database(q.lastError().text());
    }
    sortRows(def, r.rows);

    if ((def.chartSource == ChartSource::Sql || def.chartSource == ChartSource::SqlByMonth) && def.chartSql) {
        r.chart.monthly = def.chartSource == ChartSource::SqlByMonth;
        QSqlQuery q(db);
        if (Status s = prepareAndBind(q, def.chartSql(effectiveSql), effectiveSql.bindings()); !s)
            return s.error();
        while (q.next()) {
            r.chart.labels << q.value(0).toString();
            r.chart.values << ReportText::roundHours(q.value(1).toDouble());
        }
    } else {
        r.chart = chartFromRows(def, r.rows, 0, r.rows.size());
    }
    const auto titleCharts = [&def](ChartData& c) {
        if (def.chartTitle)
            c.title = QCoreApplication::translate("vms::Reports", def.chartTitle);
        if (def.chartValueTitle)
            c.valueTitle = QCoreApplication::translate("vms::Reports", def.chartValueTitle);
    };
    titleCharts(r.chart);

    // With totals, each group is a section (a PDF page of its own with its chart); the grand total closes
    // the report under the whole report's chart.
    if (def.totalsColumn >= 0) {
        const auto tc = static_cast<size_t>(def.totalsColumn);
        size_t start = 0;
        for (size_t i = 0; i < r.rows.size(); ++i) {
            const RowKind kind = r.rows[i].kind;
            if (kind == RowKind::Detail)
                continue;
            ReportSection s;
            s.firstRow = start;
            s.rowCount = i + 1 - start;
            if (kind == RowKind::GroupTotal) {
                s.title = r.rows[i].cells[tc].toString();
                s.chart = chartFromRows(def, r.rows, start, i + 1);
            } else {
                s.title = Tr::tr("All districts");
                s.chart = r.chart;
            }
            titleCharts(s.chart);
            r.sections.push_back(std::move(s));
            start = i + 1;
        }
    }
    qCDebug(lcDb) << "report" << r.name << "rows" << r.rows.size() << "ms" << timer.elapsed();
    return r;
}

} // namespace vms
