#pragma once

#include <QLocale>
#include <QString>

namespace vms {

// Picks the user interface language and installs VMS's own translation (embedded :/i18n/vms_<lang>.qm)
// and Qt's (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, for standard dialogs and buttons).
// The language is VMS_LANGUAGE when set (e.g. "es", for screenshots and tests), otherwise the system
// locale. When VMS_LANGUAGE is set it also becomes the default QLocale, so dates and numbers follow it.
// Must be called after the Q*Application exists; the translators live until the application quits.
// Returns the locale used.
QLocale installTranslations();

} // namespace vms
