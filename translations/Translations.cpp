#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace vms {

QLocale installTranslations() {
    const QString chosen = qEnvironmentVariable("VMS_LANGUAGE");
    QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    // Parented to the application: they must outlive every widget that was translated with them.
    auto* own = new QTranslator(app);
    // load(QLocale, ...) tries each of the locale's UI languages (es_MX, es, ...) in turn.
    if (own->load(locale, QStringLiteral("vms"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale;
}

} // namespace vms
