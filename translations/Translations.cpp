#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSet>
#include <QTranslator>

#include <cstdio>
#include <mutex>

namespace vms {

namespace {

// VMS_TRANSLATION_MISSES=1 prints once, on stderr, every VMS message the chosen language has no translation
// for, as the program asks for it ("vms: untranslated: vms::HomeView: Welcome, %1"): what a screen shows in
// English: a context looked up under another name than lupdate filed it under, a message added since the
// last lupdate. Installed last, so it is asked first; it answers with VMS's own translation.
class MissReporter final : public QTranslator {
public:
    MissReporter(const QTranslator* own, QObject* parent)
        : QTranslator(parent)
        , m_own(own) {}

    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override {
        QString text = m_own->translate(context, source, disambiguation, n);
        if (text.isEmpty() && context && source && *source &&
            context[0] != 'Q') { // Qt's own contexts (QPlatformTheme, ...) are qtbase's business
            const QByteArray key = QByteArray(context) + ": " + source;
            const std::lock_guard guard(m_lock); // widgets and pool threads translate at the same time
            if (!m_reported.contains(key)) {
                m_reported.insert(key);
                std::fprintf(stderr, "vms: untranslated: %s\n", key.constData());
            }
        }
        return text;
    }
    bool isEmpty() const override { return false; }

private:
    const QTranslator* m_own;
    mutable std::mutex m_lock;
    mutable QSet<QByteArray> m_reported;
};

} // namespace

QLocale installTranslations(const QString& language) {
    QString chosen = qEnvironmentVariable("VMS_LANGUAGE");
    if (chosen.isEmpty())
        chosen = language;
    QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    auto* app = QCoreApplication::instance();
    // Named so a later call finds and replaces them rather than stacking a second language on top.
    const QString installedName = QStringLiteral("vmsInstalledTranslator");
    for (QTranslator* previous : app->findChildren<QTranslator*>(installedName, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(previous);
        delete previous;
    }
    // Parented to the application: they must outlive every widget that was translated with them.
    auto* own = new QTranslator(app);
    own->setObjectName(installedName);
    // load(QLocale, ...) tries each of the locale's UI languages (es_MX, es, ...) in turn.
    if (own->load(locale, QStringLiteral("vms"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
        own = nullptr;
    }
    auto* qt = new QTranslator(app);
    qt->setObjectName(installedName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (own && qEnvironmentVariableIntValue("VMS_TRANSLATION_MISSES") == 1) {
        auto* misses = new MissReporter(own, app);
        misses->setObjectName(installedName);
        QCoreApplication::installTranslator(misses);
    }
    return locale;
}

} // namespace vms
