#pragma once

#include <QLocale>
#include <QString>

namespace vms {

// Date and time patterns that follow the user's locale (issue #9) while staying compact enough for lists
// and titles. Files never use these: reports.md fixes their dates as YYYY-MM-DD and numbers as plain.
class LocaleFormat final {
public:
    // The locale dates and numbers are shown in: QLocale() — the system's, or the language chosen with
    // VMS_LANGUAGE or in Settings — except that the "C" locale (no locale configured, LANG=C) is shown as
    // US English, where the program is. vms-cli pins QLocale() to US English, so its output never varies.
    static QLocale displayLocale();

    // The locale's long date with abbreviated day and month names: "ddd, MMM d, yyyy" (en_US),
    // "ddd, d 'de' MMM 'de' yyyy" (es), "ddd, d MMM yyyy" (en_GB). Without the weekday when asked.
    static QString mediumDate(const QLocale& locale, bool withWeekday = true);
    // The locale's short time, never with seconds: "h:mm AP" (en_US), "H:mm" (es_ES), "HH:mm" (en_GB).
    static QString shortTime(const QLocale& locale);
    // mediumDate + ", " + shortTime: "Tue, Oct 14, 2025, 9:00 AM"; "mar, 14 de oct de 2025, 9:00".
    static QString mediumDateTime(const QLocale& locale);
    // The locale's numeric date with a four-digit year, for date editors: "M/d/yyyy", "d/M/yyyy".
    static QString numericDate(const QLocale& locale);
};

} // namespace vms
