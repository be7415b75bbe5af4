#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace vms;

namespace {
// The contexts of the main views: every message in them must have a finished Spanish translation.
const QStringList kMainViewContexts = {
    QStringLiteral("vms::MainWindow"),       QStringLiteral("vms::HomeView"),
    QStringLiteral("vms::VolunteersView"),   QStringLiteral("vms::OrganizationsView"),
    QStringLiteral("vms::EventsView"),       QStringLiteral("vms::CalendarView"),
    QStringLiteral("vms::AttendanceView"),   QStringLiteral("vms::ReportsView"),
    QStringLiteral("vms::SyncStatusWidget"), QStringLiteral("vms::GlobalSearch"),
    QStringLiteral("vms::AccountButton"),    QStringLiteral("vms::AboutDialog"),
    QStringLiteral("vms::VolunteerPage"),    QStringLiteral("vms::EventPage"),
    QStringLiteral("vms::OrganizationPage"), QStringLiteral("vms::RosterTableModel"),
    QStringLiteral("vms::Reports"),          QStringLiteral("main")};
} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void spanishTsHasNoUnfinishedMessageInTheMainViews() {
        QFile file(qEnvironmentVariable("VMS_SOURCE_DIR") + QStringLiteral("/translations/vms_es.ts"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList unfinished;
        QSet<QString> seen;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"source")
                source = xml.readElementText();
            else if (xml.name() == u"translation" && kMainViewContexts.contains(context)) {
                seen.insert(context);
                if (xml.attributes().value(QLatin1String("type")) == u"unfinished")
                    unfinished << context + QStringLiteral(": ") + source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
        // A context renamed in the code would otherwise pass silently with nothing to check.
        QCOMPARE(seen.size(), kMainViewContexts.size());
    }

    void windowComesUpInSpanish() {
        qputenv("VMS_LANGUAGE", "es");
        const QLocale locale = installTranslations();
        QCOMPARE(locale.language(), QLocale::Spanish);
        QCOMPARE(QLocale().language(), QLocale::Spanish); // dates and numbers follow the chosen language

        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow w(settings);
        QStringList menus;
        for (QAction* a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                                     QStringLiteral("&Ir"), QStringLiteral("Ay&uda")}));
        auto* sidebar = w.findChild<QListWidget*>(QStringLiteral("navigationSidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Inicio"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Voluntarios"));
        // Qt's own translation is loaded too (qtbase_es): a standard button text.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
