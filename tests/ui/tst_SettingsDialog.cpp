// Edit ▸ Settings… against a real profile (a temporary folder with its cache and settings.ini): who may
// change what, inline validation that keeps OK disabled, and that saved settings take effect: the
// display zone in every shown time, the sync interval handed on at once, the CSV preset in the next
// exported file.

#include "core/profile/DisplayTime.h"
#include "core/profile/ProfileSettings.h"
#include "tests/support/AccessibilityAudit.h"
#include "tests/support/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/reports/ReportsView.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/views/EventsView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>

using namespace vms;
using namespace vms::test;

namespace {

Session signedInAs(Role role) {
    Session s;
    s.signedIn = true;
    s.userName = QStringLiteral("Pat Example");
    s.userId = QStringLiteral("005000000000001AAA");
    s.role = role;
    return s;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QByteArray kBom("\xEF\xBB\xBF");

} // namespace

class TestSettingsDialog final : public QObject {
    Q_OBJECT

    // The fixture's settings.ini, read back through a QSettings of its own as another program would.
    static ProfileSettings savedSettings(UiFixture& f) {
        f.settings->sync();
        return ProfileSettings(f.settings->fileName());
    }

    static void setZoneText(SettingsDialog& d, const QString& zone) {
        auto* combo = find<QComboBox>(&d, "timeZoneCombo");
        combo->setFocus();
        combo->lineEdit()->selectAll();
        QTest::keyClicks(combo->lineEdit(), zone);
        // The completer's list would take the next click; the user closes it by picking or moving on.
        combo->completer()->popup()->hide();
        QCOMPARE(combo->currentText(), zone);
    }

    // Opens Edit ▸ Settings… the way a user does.
    static SettingsDialog* openFromMenu(MainWindow& w) {
        auto* action = w.findChild<QAction*>(QStringLiteral("settingsAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto* dialog = w.findChild<SettingsDialog*>(QStringLiteral("settingsDialog"));
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void cleanup() {
        // DisplayTime's zone is the process's; the next test starts from the default.
        DisplayTime::setZone(ProfileSettings::defaultTimeZone());
    }

    void roleGating_data() {
        QTest::addColumn<int>("role"); // -1: this profile has never signed in
        QTest::addColumn<bool>("organisationEditable");
        QTest::addColumn<QString>("note");
        QTest::newRow("User") << int(Role::User) << false << QStringLiteral("User");
        QTest::newRow("Coordinator") << int(Role::Coordinator) << false << QStringLiteral("Coordinator");
        QTest::newRow("Admin") << int(Role::Admin) << true << QString();
        QTest::newRow("never signed in") << -1 << true << QStringLiteral("No one has signed in");
    }

    void roleGating() {
        QFETCH(int, role);
        QFETCH(bool, organisationEditable);
        QFETCH(QString, note);
        const Session session = role < 0 ? Session{} : signedInAs(static_cast<Role>(role));
        UiFixture f(session.role, false);
        SettingsDialog d(*f.settings, session);
        d.show();
        QCOMPARE(d.organisationSettingsEditable(), organisationEditable);
        // Personal preferences are everyone's.
        QVERIFY(find<QComboBox>(&d, "languageCombo")->isEnabled());
        QVERIFY(find<QComboBox>(&d, "csvPresetCombo")->isEnabled());
        QVERIFY(find<QComboBox>(&d, "timeZoneCombo")->isEnabled()); // salesforce-org.md: the user's zone
        for (const char* name : {"loginHostCombo", "syncIntervalSpin"})
            QVERIFY2(find<QWidget>(&d, name)->isEnabled() == organisationEditable, name);
        QVERIFY(!find<QLineEdit>(&d, "customDomainEdit")->isEnabled()); // Production: no My Domain to type
        auto* noteLabel = find<QLabel>(&d, "organisationSettingsNote");
        QCOMPARE(noteLabel->isVisible(), !note.isEmpty());
        if (!note.isEmpty())
            QVERIFY2(noteLabel->text().contains(note), qPrintable(noteLabel->text()));
        QVERIFY(find<QPushButton>(&d, "settingsOkButton")->isEnabled());

        // Even values put into the locked fields behind the user's back are not saved; the preference is.
        find<QComboBox>(&d, "timeZoneCombo")->setEditText(QStringLiteral("Europe/Madrid"));
        find<QSpinBox>(&d, "syncIntervalSpin")->setValue(60);
        auto* csv = find<QComboBox>(&d, "csvPresetCombo");
        csv->setCurrentIndex(csv->findData(int(CsvPreset::PlainUtf8)));
        QTest::mouseClick(find<QPushButton>(&d, "settingsOkButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const ProfileSettings saved = savedSettings(f);
        QCOMPARE(saved.csvPreset(), CsvPreset::PlainUtf8);
        QCOMPARE(saved.displayTimeZoneId(), QByteArray("Europe/Madrid"));
        QCOMPARE(saved.syncIntervalMinutes(), organisationEditable ? 60 : 15);
    }

    void everyControlIsNamedAndReachableByKeyboard_data() {
        QTest::addColumn<int>("role");
        QTest::newRow("Admin: everything editable") << int(Role::Admin);
        QTest::newRow("Coordinator: organisation settings locked") << int(Role::Coordinator);
    }

    void everyControlIsNamedAndReachableByKeyboard() {
        QFETCH(int, role);
        UiFixture f(static_cast<Role>(role), false);
        SettingsDialog d(*f.settings, signedInAs(static_cast<Role>(role)));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const AccessibilityFindings findings = auditAccessibility(&d);
        QVERIFY2(findings.clean(), qPrintable(findings.report()));
        QVERIFY(findings.namedChecked >= 4);
        // Every field's label has a mnemonic that moves focus to it (a buddy).
        for (const QLabel* label : d.findChildren<QLabel*>())
            if (label->text().contains(u'&'))
                QVERIFY2(label->buddy(), qPrintable(label->text()));
    }

    void formShowsTheSavedSettings() {
        UiFixture f(Role::Admin, false);
        ProfileSettings s(*f.settings);
        QVERIFY(
            s.setLoginHost({LoginHostChoice::CustomDomain, QStringLiteral("acme.my.salesforce.com")}).ok());
        QVERIFY(s.setDisplayTimeZone(QStringLiteral("America/Denver")).ok());
        QVERIFY(s.setSyncIntervalMinutes(0).ok());
        QVERIFY(s.setLanguage(QStringLiteral("es")).ok());
        SettingsDialog d(*f.settings, signedInAs(Role::Admin));
        QCOMPARE(find<QComboBox>(&d, "loginHostCombo")->currentIndex(), int(LoginHostChoice::CustomDomain));
        QCOMPARE(find<QLineEdit>(&d, "customDomainEdit")->text(), QStringLiteral("acme.my.salesforce.com"));
        QCOMPARE(find<QComboBox>(&d, "timeZoneCombo")->currentText(), QStringLiteral("America/Denver"));
        QCOMPARE(find<QSpinBox>(&d, "syncIntervalSpin")->value(), 0);
        QCOMPARE(find<QComboBox>(&d, "languageCombo")->currentData().toString(), QStringLiteral("es"));
    }

    void invalidInputKeepsOkDisabled() {
        UiFixture f(Role::Admin, false);
        SettingsDialog d(*f.settings, signedInAs(Role::Admin));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* ok = find<QPushButton>(&d, "settingsOkButton");
        auto* host = find<QComboBox>(&d, "loginHostCombo");
        auto* domain = find<QLineEdit>(&d, "customDomainEdit");
        auto* domainProblem = find<QLabel>(&d, "customDomainProblem");
        QVERIFY(ok->isEnabled());
        QVERIFY(!domain->isEnabled()); // only for Custom My Domain

        host->setCurrentIndex(int(LoginHostChoice::CustomDomain));
        QVERIFY(domain->isEnabled());
        QVERIFY(!ok->isEnabled()); // no domain yet
        QVERIFY(domainProblem->isVisible());
        QTest::keyClicks(domain, QStringLiteral("http://acme.example.com"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(domainProblem->text().contains(u"http://"), qPrintable(domainProblem->text()));
        QCOMPARE(domain->accessibleDescription(), domainProblem->text());
        // OK cannot be forced either: nothing is saved, the dialog stays open.
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(!f.settings->contains(QStringLiteral("auth/login_host")));

        domain->clear();
        QTest::keyClicks(domain, QStringLiteral("acme.my.salesforce.com"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!domainProblem->isVisible());

        setZoneText(d, QStringLiteral("Mars/Olympus_Mons"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(find<QLabel>(&d, "timeZoneProblem")->isVisible());
        QVERIFY(!find<QLabel>(&d, "timeZonePreview")->isVisible());
        setZoneText(d, QStringLiteral("Europe/Madrid"));
        QVERIFY(ok->isEnabled());
        QVERIFY(find<QLabel>(&d, "timeZonePreview")->text().contains(QStringLiteral(" CE"))); // CET or CEST

        auto* interval = find<QSpinBox>(&d, "syncIntervalSpin");
        interval->setValue(ProfileSettings::kMinSyncIntervalMinutes - 1);
        QVERIFY(!ok->isEnabled());
        QVERIFY(find<QLabel>(&d, "syncIntervalProblem")->isVisible());
        interval->setValue(0);
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const ProfileSettings saved = savedSettings(f);
        QCOMPARE(saved.loginHost(),
                 (LoginHostSetting{LoginHostChoice::CustomDomain, QStringLiteral("acme.my.salesforce.com")}));
        QCOMPARE(saved.displayTimeZoneId(), QByteArray("Europe/Madrid"));
        QCOMPARE(saved.syncIntervalMinutes(), 0);
    }

    void restoreDefaultsAndCancel() {
        UiFixture f(Role::Admin, false);
        ProfileSettings s(*f.settings);
        QVERIFY(s.setDisplayTimeZone(QStringLiteral("Asia/Tokyo")).ok());
        QVERIFY(s.setSyncIntervalMinutes(120).ok());
        s.setCsvPreset(CsvPreset::PlainUtf8);
        QVERIFY(s.setLanguage(QStringLiteral("en")).ok());
        {
            SettingsDialog d(*f.settings, signedInAs(Role::Admin));
            d.show();
            QTest::mouseClick(find<QPushButton>(&d, "restoreDefaultsButton"), Qt::LeftButton);
            QCOMPARE(find<QComboBox>(&d, "timeZoneCombo")->currentText(), QStringLiteral("America/Chicago"));
            QCOMPARE(find<QSpinBox>(&d, "syncIntervalSpin")->value(), 15);
            QCOMPARE(find<QComboBox>(&d, "csvPresetCombo")->currentData().toInt(),
                     int(CsvPreset::ExcelUtf8Bom));
            QCOMPARE(find<QComboBox>(&d, "languageCombo")->currentData().toString(), QString());
            // Cancel: the defaults were only shown.
            QTest::mouseClick(find<QPushButton>(&d, "settingsCancelButton"), Qt::LeftButton);
            QCOMPARE(d.result(), int(QDialog::Rejected));
            QCOMPARE(savedSettings(f).displayTimeZoneId(), QByteArray("Asia/Tokyo"));
            QCOMPARE(savedSettings(f).syncIntervalMinutes(), 120);
        }
        {
            SettingsDialog d(*f.settings, signedInAs(Role::Admin));
            d.show();
            QTest::mouseClick(find<QPushButton>(&d, "restoreDefaultsButton"), Qt::LeftButton);
            QTest::mouseClick(find<QPushButton>(&d, "settingsOkButton"), Qt::LeftButton);
            const ProfileSettings saved = savedSettings(f);
            QCOMPARE(saved.displayTimeZoneId(), QByteArray("America/Chicago"));
            QCOMPARE(saved.syncIntervalMinutes(), 15);
            QCOMPARE(saved.csvPreset(), CsvPreset::ExcelUtf8Bom);
            QCOMPARE(saved.language(), QString());
        }
        {
            // A Coordinator's Restore Defaults leaves the organisation settings alone.
            QVERIFY(s.setSyncIntervalMinutes(120).ok());
            SettingsDialog d(*f.settings, signedInAs(Role::Coordinator));
            QTest::mouseClick(find<QPushButton>(&d, "restoreDefaultsButton"), Qt::LeftButton);
            QCOMPARE(find<QSpinBox>(&d, "syncIntervalSpin")->value(), 120);
        }
    }

    void languageIsSavedForTheNextStart() {
        UiFixture f(Role::User, false);
        SettingsDialog d(*f.settings, signedInAs(Role::User));
        d.show();
        QVERIFY(find<QLabel>(&d, "languageNote")->text().contains(QStringLiteral("next time")));
        QSignalSpy changed(&d, &SettingsDialog::languageChanged);
        auto* language = find<QComboBox>(&d, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        QTest::mouseClick(find<QPushButton>(&d, "settingsOkButton"), Qt::LeftButton);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("es"));
        QCOMPARE(savedSettings(f).language(), QStringLiteral("es"));
    }

    void dialogRemembersItsGeometry() {
        UiFixture f(Role::User, false);
        {
            SettingsDialog d(*f.settings, signedInAs(Role::User));
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            d.resize(d.width() + 137, d.height() + 91);
            QTest::mouseClick(find<QPushButton>(&d, "settingsCancelButton"), Qt::LeftButton);
        }
        const QSize remembered = [&f] {
            SettingsDialog d(*f.settings, signedInAs(Role::User));
            return d.size();
        }();
        QVERIFY(f.settings->contains(QStringLiteral("settingsDialog/geometry")));
        f.settings->remove(QStringLiteral("settingsDialog/geometry"));
        SettingsDialog unremembered(*f.settings, signedInAs(Role::User));
        unremembered.show();
        QCOMPARE(remembered.width(), unremembered.width() + 137);
        QCOMPARE(remembered.height(), unremembered.height() + 91);
    }

    void editMenuOpensItAndANewZoneShowsEverywhere() {
        UiFixture f(Role::Admin);
        QVERIFY(signedInAs(Role::Admin).saveCached(f.db->connection()).ok());
        MainWindow w(f.context);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        auto* action = w.findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        bool inEditMenu = false;
        for (QAction* menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(action))
                inEditMenu = menu->text() == MainWindow::tr("&Edit");
        QVERIFY(inEditMenu);

        // A Career Day instant (2026-02-01 15:00 UTC) in the events list, first in Kansas City.
        const qint64 careerDay = utcMs("2026-02-01T15:00:00Z");
        const QString chicagoText = DisplayTime::sortable(careerDay);
        w.showPage(MainWindow::Page::Events);
        QTRY_VERIFY(w.eventsView()->isLoaded());
        auto* table = find<QTableView>(w.eventsView(), "eventTable");
        const auto listShows = [table](const QString& text) {
            const QAbstractItemModel* m = table->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    if (m->index(r, c).data().toString().contains(text))
                        return true;
            return false;
        };
        QVERIFY(listShows(chicagoText));

        SettingsDialog* d = openFromMenu(w);
        QVERIFY(d);
        QVERIFY(d->organisationSettingsEditable());
        openFromMenu(w); // a second request raises the same dialog
        QCOMPARE(w.findChildren<SettingsDialog*>().size(), 1);
        QSignalSpy interval(&w, &MainWindow::syncIntervalChanged);
        setZoneText(*d, QStringLiteral("Europe/Madrid"));
        find<QSpinBox>(d, "syncIntervalSpin")->setValue(30);
        QTest::mouseClick(find<QPushButton>(d, "settingsOkButton"), Qt::LeftButton);

        QCOMPARE(DisplayTime::zone().id(), QByteArray("Europe/Madrid"));
        const QString madridText = DisplayTime::sortable(careerDay);
        QVERIFY(madridText != chicagoText);
        QCOMPARE(DisplayTime::local(careerDay).time(), QTime(16, 0)); // CET, UTC+1
        QTRY_VERIFY(listShows(madridText));
        QVERIFY(!listShows(chicagoText));
        // The running sync gets the new interval now.
        QCOMPARE(interval.size(), 1);
        QCOMPARE(interval.at(0).at(0).toInt(), 30);
        QCOMPARE(savedSettings(f).displayTimeZoneId(), QByteArray("Europe/Madrid"));
        QTRY_VERIFY(!w.findChild<SettingsDialog*>()); // closed and deleted
    }

    void csvPresetChangesTheNextExport() {
        UiFixture f(Role::Admin);
        QVERIFY(signedInAs(Role::Admin).saveCached(f.db->connection()).ok());
        MainWindow w(f.context);
        w.show();
        w.showPage(MainWindow::Page::Reports);
        auto* reports = w.findChild<ReportsView*>();
        QVERIFY(reports);
        QTRY_VERIFY(!reports->isRunning() && !reports->result().name.isEmpty());

        const QString excelFile = f.dir.filePath(QStringLiteral("excel.csv"));
        QVERIFY(reports->exportTo(ExportFormat::Csv, excelFile).ok());
        const QByteArray excel = fileBytes(excelFile);
        QVERIFY(excel.startsWith(kBom));

        SettingsDialog* d = openFromMenu(w);
        QVERIFY(d);
        auto* csv = find<QComboBox>(d, "csvPresetCombo");
        csv->setCurrentIndex(csv->findData(int(CsvPreset::PlainUtf8)));
        QTest::mouseClick(find<QPushButton>(d, "settingsOkButton"), Qt::LeftButton);

        const QString plainFile = f.dir.filePath(QStringLiteral("plain.csv"));
        QVERIFY(reports->exportTo(ExportFormat::Csv, plainFile).ok());
        const QByteArray plain = fileBytes(plainFile);
        QVERIFY(!plain.startsWith(kBom));
        QVERIFY(!plain.isEmpty());
        // Only the byte order mark differs: still RFC 4180 with CRLF.
        QCOMPARE(kBom + plain, excel);
        QVERIFY(plain.contains("\r\n"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_SettingsDialog.moc"
