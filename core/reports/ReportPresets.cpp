#include "core/reports/ReportPresets.h"

#include "core/reports/ReportDefinition.h"
#include "core/reports/ReportPeriod.h"
#include "core/reports/ReportText.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

namespace vms {

namespace {

// One context for every message of this file, the same for lupdate and at run time.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(vms::ReportPresets)
};

constexpr char kGroup[] = "report_presets";
constexpr qsizetype kMaxName = 80;

bool sameName(const QString& a, const QString& b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

PresetPeriod PresetPeriod::schoolYear(int startYear) {
    return PresetPeriod(Kind::SchoolYear, ReportPeriod::schoolYearStarting(startYear));
}

Result<PresetPeriod> PresetPeriod::parse(const QString& text) {
    const QString t = text.trimmed();
    if (t == u"current")
        return currentSchoolYear();
    if (const qsizetype dots = t.indexOf(QStringLiteral("..")); dots > 0) {
        auto from = ReportPeriod::parseDate(t.left(dots));
        auto to = ReportPeriod::parseDate(t.mid(dots + 2));
        if (!from || !to || *to < *from)
            return Error::usage(
                Tr::tr("the period '%1' is not two dates YYYY-MM-DD..YYYY-MM-DD in order").arg(text));
        return range({*from, *to});
    }
    auto year = ReportPeriod::parseSchoolYear(t);
    if (!year)
        return Error::usage(
            Tr::tr("the period '%1' is not 'current', a school year like 2526, or YYYY-MM-DD..YYYY-MM-DD")
                .arg(text));
    return PresetPeriod(Kind::SchoolYear, *year);
}

QString PresetPeriod::toText() const {
    switch (m_kind) {
    case Kind::CurrentSchoolYear:
        return QStringLiteral("current");
    case Kind::SchoolYear:
        return QStringLiteral("%1%2")
            .arg(m_range.from.year() % 100, 2, 10, QLatin1Char('0'))
            .arg(m_range.to.year() % 100, 2, 10, QLatin1Char('0'));
    case Kind::Range:
        return m_range.from.toString(Qt::ISODate) + QStringLiteral("..") + m_range.to.toString(Qt::ISODate);
    }
    return {};
}

DateRange PresetPeriod::resolve(const Clock& clock, const QTimeZone& zone) const {
    return m_kind == Kind::CurrentSchoolYear ? ReportPeriod::currentSchoolYear(clock, zone) : m_range;
}

QString PresetPeriod::label() const {
    return m_kind == Kind::CurrentSchoolYear ? Tr::tr("Current school year") : ReportPeriod::label(m_range);
}

ReportPresets::ReportPresets(QSettings& settings)
    : m_settings(settings) {}

std::vector<ReportPreset> ReportPresets::list() const {
    std::vector<ReportPreset> out;
    m_settings.sync(); // another program (vms-cli, the GUI) may have changed the file
    const int n = m_settings.beginReadArray(QLatin1String(kGroup));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ReportPreset p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.report = m_settings.value(QStringLiteral("report")).toString();
        p.period = m_settings.value(QStringLiteral("period")).toString();
        p.districtSfId = m_settings.value(QStringLiteral("district")).toString();
        p.organizationSfId = m_settings.value(QStringLiteral("organization")).toString();
        p.eventType = m_settings.value(QStringLiteral("event_type")).toString();
        p.format = m_settings.value(QStringLiteral("format")).toString();
        p.countedOnly = m_settings.value(QStringLiteral("counted_only"), false).toBool();
        p.event = m_settings.value(QStringLiteral("event")).toString();
        if (!p.name.trimmed().isEmpty())
            out.push_back(std::move(p));
    }
    m_settings.endArray();
    std::stable_sort(out.begin(), out.end(), [](const ReportPreset& a, const ReportPreset& b) {
        const int ci = a.name.compare(b.name, Qt::CaseInsensitive);
        return ci != 0 ? ci < 0 : ReportText::compareCodePoints(a.name, b.name) < 0;
    });
    return out;
}

std::optional<ReportPreset> ReportPresets::find(const QString& name) const {
    const QString wanted = name.trimmed();
    for (ReportPreset& p : list())
        if (sameName(p.name, wanted))
            return std::move(p);
    return std::nullopt;
}

Result<QString> ReportPresets::checkName(const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error::usage(Tr::tr("A preset needs a name."));
    if (n.size() > kMaxName)
        return Error::usage(Tr::tr("A preset name has at most %1 characters.").arg(kMaxName));
    for (QChar c : n)
        if (c.category() == QChar::Other_Control)
            return Error::usage(Tr::tr("A preset name cannot hold control characters (tabs, line breaks)."));
    return n;
}

Status ReportPresets::check(const ReportPreset& p) {
    const ReportDefinition* def = findReport(p.report);
    if (!def)
        return Error::usage(
            Tr::tr("The preset '%1' names a report this VMS does not know: '%2'.").arg(p.name, p.report));
    if (def->takesPeriod()) {
        if (auto period = PresetPeriod::parse(p.period); !period)
            return Error::usage(Tr::tr("The preset '%1': %2").arg(p.name, period.error().message));
    } else if (p.event.trimmed().isEmpty()) {
        return Error::usage(Tr::tr("The preset '%1' names no event.").arg(p.name));
    }
    return {};
}

Status ReportPresets::save(const Session& session, const ReportPreset& preset, bool replace) {
    if (Status s = session.require(Permission::ManageReportPresets); !s)
        return s;
    auto name = checkName(preset.name);
    if (!name)
        return name.error();
    ReportPreset p = preset;
    p.name = *name;
    if (Status s = check(p); !s)
        return s;
    std::vector<ReportPreset> all = list();
    const auto same =
        std::find_if(all.begin(), all.end(), [&](const ReportPreset& x) { return sameName(x.name, p.name); });
    if (same != all.end()) {
        if (!replace)
            return Error::usage(Tr::tr("There is already a preset named '%1'.").arg(same->name));
        p.name = same->name; // its contents are replaced; the name stays as it was written
        *same = p;
    } else {
        all.push_back(p);
    }
    return write(all);
}

Status ReportPresets::rename(const Session& session, const QString& from, const QString& to) {
    if (Status s = session.require(Permission::ManageReportPresets); !s)
        return s;
    auto name = checkName(to);
    if (!name)
        return name.error();
    std::vector<ReportPreset> all = list();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const ReportPreset& x) { return sameName(x.name, from.trimmed()); });
    if (it == all.end())
        return Error::usage(Tr::tr("There is no preset named '%1'.").arg(from));
    for (const ReportPreset& other : all)
        if (&other != &*it && sameName(other.name, *name))
            return Error::usage(Tr::tr("There is already a preset named '%1'.").arg(other.name));
    it->name = *name;
    return write(all);
}

Status ReportPresets::remove(const Session& session, const QString& name) {
    if (Status s = session.require(Permission::ManageReportPresets); !s)
        return s;
    std::vector<ReportPreset> all = list();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const ReportPreset& x) { return sameName(x.name, name.trimmed()); });
    if (it == all.end())
        return Error::usage(Tr::tr("There is no preset named '%1'.").arg(name));
    all.erase(it);
    return write(all);
}

Status ReportPresets::write(const std::vector<ReportPreset>& presets) {
    m_settings.remove(QLatin1String(kGroup));
    m_settings.beginWriteArray(QLatin1String(kGroup), static_cast<int>(presets.size()));
    for (int i = 0; i < static_cast<int>(presets.size()); ++i) {
        const ReportPreset& p = presets[static_cast<size_t>(i)];
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("report"), p.report);
        // Empty fields are left out, so a hand-edited file stays short.
        const auto put = [this](const char* key, const QString& value) {
            if (!value.isEmpty())
                m_settings.setValue(QLatin1String(key), value);
        };
        put("period", p.period);
        put("district", p.districtSfId);
        put("organization", p.organizationSfId);
        put("event_type", p.eventType);
        put("format", p.format);
        if (p.countedOnly)
            m_settings.setValue(QStringLiteral("counted_only"), true);
        put("event", p.event);
    }
    m_settings.endArray();
    m_settings.sync();
    if (m_settings.status() != QSettings::NoError)
        return Error::io(Tr::tr("Cannot save the report presets to %1.").arg(m_settings.fileName()));
    return {};
}

} // namespace vms
