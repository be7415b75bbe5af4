#pragma once

#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/reports/ReportResult.h"

#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

class QSettings;

namespace vms {

// The period a preset asks for, kept as the user chose it: "the current school year" moves on by itself,
// so a scheduled export made from it is always this year's.
class PresetPeriod final {
public:
    enum class Kind { CurrentSchoolYear, SchoolYear, Range };

    static PresetPeriod currentSchoolYear() { return PresetPeriod(Kind::CurrentSchoolYear, {}); }
    static PresetPeriod schoolYear(int startYear);
    static PresetPeriod range(const DateRange& range) { return PresetPeriod(Kind::Range, range); }
    // "current", "2526" or "2025-09-01..2025-12-31" (the form stored in the profile).
    static Result<PresetPeriod> parse(const QString& text);
    QString toText() const;

    Kind kind() const { return m_kind; }
    // The dates it stands for today (`clock`'s date in `zone`).
    DateRange resolve(const Clock& clock, const QTimeZone& zone) const;
    // "Current school year", "School year 2025–26", "2025-09-01 to 2025-12-31".
    QString label() const;

private:
    PresetPeriod(Kind kind, DateRange range)
        : m_kind(kind)
        , m_range(range) {}
    Kind m_kind;
    DateRange m_range; // SchoolYear and Range
};

// A named report (reports.md: report + period + filters), saved in the profile so the Reports view and
// `vms-cli report run --preset NAME` (a scheduled export) run the same thing. Fields are kept as text, as
// stored, so a preset a newer VMS or a hand edit left in a form this one cannot read is reported when it
// is used and never dropped when the others are rewritten.
struct ReportPreset {
    QString name;
    QString report;       // a ReportDefinition name
    QString period;       // PresetPeriod::toText(); empty for a report that takes no period
    QString districtSfId; // ReportRequest's filters, as ReportRequest holds them
    QString organizationSfId;
    QString eventType;
    QString format;
    bool countedOnly = false;
    QString event; // event-contacts: the event's Salesforce Id, or its local id
};

// The presets of one profile, in its settings.ini under [report_presets]. Reading needs no role; saving,
// renaming and deleting need Permission::ManageReportPresets (Coordinators and Admins).
class ReportPresets final {
public:
    explicit ReportPresets(QSettings& settings);

    // Sorted by name (case-insensitive, then code points).
    std::vector<ReportPreset> list() const;
    std::optional<ReportPreset> find(const QString& name) const;

    // Adds `preset`, or replaces the contents of the one of the same name when `replace` (else Usage: it
    // exists). Names compare without regard to case.
    Status save(const Session& session, const ReportPreset& preset, bool replace = false);
    Status rename(const Session& session, const QString& from, const QString& to);
    Status remove(const Session& session, const QString& name);

    // A name is 1-80 characters after trimming, with no control characters.
    static Result<QString> checkName(const QString& name);
    // Is the preset runnable: a known report and a readable period. Usage error saying which field.
    static Status check(const ReportPreset& preset);

private:
    Status write(const std::vector<ReportPreset>& presets);

    QSettings& m_settings;
};

} // namespace vms
