#include "core/auth/Session.h"
#include "core/common/LocaleFormat.h"
#include "core/db/Database.h"
#include "core/domain/Role.h"
#include "core/domain/Status.h"
#include "core/models/ListLoaders.h"
#include "core/profile/DisplayTime.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/ReportEngine.h"
#include "core/reports/ReportTableModel.h"
#include "core/reports/ReportText.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"

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
const QStringList kMainViewContexts = {QStringLiteral("vms::MainWindow"),
                                       QStringLiteral("vms::HomeView"),
                                       QStringLiteral("vms::VolunteersView"),
                                       QStringLiteral("vms::OrganizationsView"),
                                       QStringLiteral("vms::EventsView"),
                                       QStringLiteral("vms::CalendarView"),
                                       QStringLiteral("vms::AttendanceView"),
                                       QStringLiteral("vms::ReportsView"),
                                       QStringLiteral("vms::SyncStatusWidget"),
                                       QStringLiteral("vms::GlobalSearch"),
                                       QStringLiteral("vms::AccountButton"),
                                       QStringLiteral("vms::AboutDialog"),
                                       QStringLiteral("vms::VolunteerPage"),
                                       QStringLiteral("vms::EventPage"),
                                       QStringLiteral("vms::OrganizationPage"),
                                       QStringLiteral("vms::RosterTableModel"),
                                       QStringLiteral("vms::Reports"),
                                       QStringLiteral("main"),
                                       QStringLiteral("vms::ListLoaders"),
                                       QStringLiteral("vms::EventStatus"),
                                       QStringLiteral("vms::Role"),
                                       QStringLiteral("vms::ReportText")};
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

    // Words that used to stay English because lupdate filed them under another context than the one the
    // program looks up (list headers, status words), or because they were built outside tr() (roles).
    void wordsLookedUpOutsideTheirClassAreSpanish() {
        qputenv("VMS_LANGUAGE", "es");
        installTranslations();
        QCOMPARE(ListLoaders::volunteerHeaders().first(), QStringLiteral("Nombre"));
        QCOMPARE(ListLoaders::eventStatusName(static_cast<int>(EventStatus::Completed)),
                 QStringLiteral("Completado"));
        QCOMPARE(roleDisplayName(Role::Coordinator), QStringLiteral("Coordinador"));
        QCOMPARE(roleName(Role::Coordinator), QStringLiteral("Coordinator")); // stored and printed by vms-cli
        QVERIFY(refusalReason(Role::User, Permission::WriteRecords).endsWith(QStringLiteral("Usuario.")));
    }

    void datesAndNumbersFollowTheLocale() {
        const QDateTime nineAmChicago =
            QDateTime::fromString(QStringLiteral("2026-02-01T15:00:00Z"), Qt::ISODate);
        const qint64 ms = nineAmChicago.toMSecsSinceEpoch();
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        QCOMPARE(DisplayTime::time(ms), QStringLiteral("9:00"));
        QCOMPARE(DisplayTime::dateTime(ms), QStringLiteral("dom, 1 de feb de 2026, 9:00"));
        QCOMPARE(DisplayTime::sortable(ms), QStringLiteral("2026-02-01 09:00")); // tables sort on it
        QCOMPARE(ReportText::screenHours(1234.5, QLocale()), QStringLiteral("1234,5"));
        QCOMPARE(ReportText::hours(1234.5), QStringLiteral("1234.5")); // files stay plain
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DisplayTime::time(ms), QStringLiteral("9:00 AM"));
        QCOMPARE(DisplayTime::dateTime(ms), QStringLiteral("Sun, Feb 1, 2026, 9:00 AM"));
        QCOMPARE(ReportText::screenHours(1234.5, QLocale()), QStringLiteral("1,234.5"));
        // No locale configured (LANG=C): US English, where the program is.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(LocaleFormat::displayLocale().name(), QStringLiteral("en_US"));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    }

    // reports.md fixes the files' column names: the screen translates them, CSV (and XLSX, PDF) never do.
    void reportFilesKeepTheirEnglishColumnNames() {
        qputenv("VMS_LANGUAGE", "es");
        installTranslations();
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("vms.sqlite")));
        QVERIFY(db);
        ReportRequest request;
        request.period = {QDate(2025, 8, 1), QDate(2026, 7, 31)};
        auto result = ReportEngine((*db)->connection(), ReportEngine::defaultZone())
                          .run(QStringLiteral("volunteer-hours"), request);
        QVERIFY(result);
        QCOMPARE(result->columns.front().title, QStringLiteral("Voluntario"));
        ReportTableModel model;
        model.setResult(*result);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Voluntario"));
        Session admin;
        admin.signedIn = true;
        admin.role = Role::Admin;
        const QString csv = dir.filePath(QStringLiteral("volunteer-hours.csv"));
        QVERIFY(CsvWriter::write(*result, csv, admin));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString header = QString::fromUtf8(file.readLine()).trimmed();
        header.remove(QChar(0xFEFF));
        QCOMPARE(header,
                 QStringLiteral("Volunteer,Organization,Events,Hours,First Event Date,Last Event Date"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_Translations.moc"
