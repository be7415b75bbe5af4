#pragma once

#include <QLocale>
#include <QString>

namespace vms {

// Picks the user interface language and installs VMS's own translation (embedded :/i18n/vms_<lang>.qm)
// and Qt's (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, for standard dialogs and buttons).
// The language is VMS_LANGUAGE when set (e.g. "es", for screenshots and tests), else `language` (the
// profile's setting, e.g. "es"), otherwise the system locale. A chosen language (not the system's) also
// becomes the default QLocale, so dates and numbers follow it. Calling it again replaces the translators
// the previous call installed (vms installs the system's before it knows the profile, then the
// profile's). Must be called after the Q*Application exists; the translators live until the application
// quits. Returns the locale used. With VMS_TRANSLATION_MISSES=1 every message the language lacks is printed
// on stderr as the program asks for it ("vms: untranslated: <context>: <source>").
QLocale installTranslations(const QString& language = {});

} // namespace vms
