#include "ui/settings/SettingsDialog.h"

#include "core/common/LocaleFormat.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace vms {

namespace {

constexpr char kGeometryKey[] = "settingsDialog/geometry";

// The zones offered in the list: every zone ProfileSettings accepts, i.e. the system's IANA ids without
// Qt's fixed "UTC+05:00" offsets (no daylight saving, so wrong half the year for any real place).
QStringList offeredTimeZones() {
    QStringList ids;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (!ProfileSettings::isQtOffsetId(id))
            ids << QString::fromUtf8(id);
    return ids;
}

QLabel* problemLabel(const char* objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color:#b01c1c;"));
    label->setVisible(false);
    return label;
}

QLabel* noteLabel(const QString& text, const char* objectName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QSettings& settings, const Session& cachedSession, QWidget* parent)
    : QDialog(parent)
    , m_settingsFile(settings)
    , m_settings(settings)
    , m_organisationEditable(ProfileSettings::mayChangeOrganisationSettings(cachedSession))
    , m_session(cachedSession) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    buildUi();
    load();
    validate();
    restoreGeometry(m_settingsFile.value(QLatin1String(kGeometryKey)).toByteArray());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildUi() {
    // Personal preferences.
    auto* personal = new QGroupBox(tr("Your preferences"), this);
    personal->setObjectName(QStringLiteral("personalSettingsGroup"));
    m_language = new QComboBox(personal);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("Same as the system"), QString());
    // Each language in its own words, so someone who cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_csvPreset = new QComboBox(personal);
    m_csvPreset->setObjectName(QStringLiteral("csvPresetCombo"));
    m_csvPreset->setAccessibleName(tr("CSV files"));
    m_csvPreset->addItem(tr("For Excel (UTF-8 with byte order mark)"), int(CsvPreset::ExcelUtf8Bom));
    m_csvPreset->addItem(tr("Plain UTF-8 (no byte order mark)"), int(CsvPreset::PlainUtf8));
    m_csvPreset->setToolTip(tr("Excel needs the byte order mark to read accents correctly; some other "
                               "programs show it as stray characters. Both are comma-separated."));
    m_timeZone = new QComboBox(personal);
    m_timeZone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_timeZone->setAccessibleName(tr("Display time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItems(offeredTimeZones());
    // Typing "madrid" or "chicago" finds the zone wherever the city is in its id.
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZoneProblem = problemLabel("timeZoneProblem", personal);
    m_timeZonePreview = noteLabel(QString(), "timeZonePreview", personal);

    auto* personalForm = new QFormLayout(personal);
    personalForm->addRow(tr("&Language:"), m_language);
    personalForm->addRow(QString(), noteLabel(tr("A new language takes effect the next time VMS starts."),
                                              "languageNote", personal));
    personalForm->addRow(tr("&CSV files:"), m_csvPreset);
    // salesforce-org.md: times show in America/Chicago "unless the user sets another zone".
    personalForm->addRow(tr("Display time &zone:"), m_timeZone);
    personalForm->addRow(QString(), m_timeZoneProblem);
    personalForm->addRow(QString(), m_timeZonePreview);

    // Organisation settings.
    m_organisationGroup = new QGroupBox(tr("Organization settings"), this);
    m_organisationGroup->setObjectName(QStringLiteral("organisationSettingsGroup"));
    m_organisationNote = noteLabel(QString(), "organisationSettingsNote", m_organisationGroup);
    m_loginHost = new QComboBox(m_organisationGroup);
    m_loginHost->setObjectName(QStringLiteral("loginHostCombo"));
    m_loginHost->setAccessibleName(tr("Login host"));
    // In LoginHostChoice's order.
    m_loginHost->addItem(tr("Production (login.salesforce.com)"));
    m_loginHost->addItem(tr("Sandbox (test.salesforce.com)"));
    m_loginHost->addItem(tr("Custom My Domain"));
    m_customDomain = new QLineEdit(m_organisationGroup);
    m_customDomain->setObjectName(QStringLiteral("customDomainEdit"));
    m_customDomain->setAccessibleName(tr("My Domain address"));
    m_customDomain->setPlaceholderText(tr("yourorg.my.salesforce.com"));
    m_customDomainProblem = problemLabel("customDomainProblem", m_organisationGroup);

    m_syncInterval = new QSpinBox(m_organisationGroup);
    m_syncInterval->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_syncInterval->setAccessibleName(tr("Sync interval in minutes"));
    m_syncInterval->setRange(0, ProfileSettings::kMaxSyncIntervalMinutes);
    m_syncInterval->setSpecialValueText(tr("Never (only at start and on demand)"));
    m_syncInterval->setSuffix(tr(" minutes"));
    m_syncIntervalProblem = problemLabel("syncIntervalProblem", m_organisationGroup);

    auto* organisationForm = new QFormLayout(m_organisationGroup);
    organisationForm->addRow(m_organisationNote);
    organisationForm->addRow(tr("Login &host:"), m_loginHost);
    organisationForm->addRow(tr("My &Domain:"), m_customDomain);
    organisationForm->addRow(QString(), m_customDomainProblem);
    organisationForm->addRow(tr("&Sync every:"), m_syncInterval);
    organisationForm->addRow(QString(), m_syncIntervalProblem);

    if (m_organisationEditable && m_session.userId.isEmpty() && !m_session.signedIn)
        m_organisationNote->setText(tr("No one has signed in on this profile yet, so you can set these up "
                                       "now. Once someone signs in, only an Admin can change them."));
    else if (!m_organisationEditable)
        m_organisationNote->setText(ProfileSettings::authorizeOrganisationChange(m_session).error().message);
    m_organisationNote->setVisible(!m_organisationNote->text().isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(m_loginHost), static_cast<QWidget*>(m_customDomain),
                       static_cast<QWidget*>(m_syncInterval)}) {
        w->setEnabled(m_organisationEditable);
        if (!m_organisationEditable)
            w->setToolTip(m_organisationNote->text());
    }

    m_saveProblem = problemLabel("settingsSaveProblem", this);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("settingsOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
    QPushButton* restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setObjectName(QStringLiteral("restoreDefaultsButton"));
    restore->setToolTip(tr("Put the default values in the fields you may change; OK saves them."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(restore, &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(personal);
    layout->addWidget(m_organisationGroup);
    layout->addStretch(1);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_loginHost, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_customDomain, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &SettingsDialog::validate);
    connect(m_syncInterval, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
}

void SettingsDialog::load() {
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_csvPreset->setCurrentIndex(std::max(0, m_csvPreset->findData(int(m_settings.csvPreset()))));
    showLoginHost(m_settings.loginHost());
    showTimeZone(m_settings.displayTimeZoneId());
    m_syncInterval->setValue(m_settings.syncIntervalMinutes());
}

void SettingsDialog::showLoginHost(const LoginHostSetting& host) {
    m_loginHost->setCurrentIndex(static_cast<int>(host.choice));
    m_customDomain->setText(host.customDomain);
}

void SettingsDialog::showTimeZone(const QByteArray& ianaId) {
    const QString id = QString::fromUtf8(ianaId);
    const int index = m_timeZone->findText(id);
    if (index >= 0)
        m_timeZone->setCurrentIndex(index);
    else
        m_timeZone->setEditText(id); // not expected: the list holds every valid zone
}

void SettingsDialog::restoreDefaults() {
    m_language->setCurrentIndex(m_language->findData(QString()));
    m_csvPreset->setCurrentIndex(m_csvPreset->findData(int(ProfileSettings::kDefaultCsvPreset)));
    showTimeZone(ProfileSettings::defaultTimeZoneId());
    if (m_organisationEditable) {
        // The My Domain stays typed in: it is only used when Custom My Domain is chosen again.
        showLoginHost({LoginHostChoice::Production, m_customDomain->text()});
        m_syncInterval->setValue(ProfileSettings::kDefaultSyncIntervalMinutes);
    }
    validate();
}

LoginHostSetting SettingsDialog::hostFromForm() const {
    return {static_cast<LoginHostChoice>(m_loginHost->currentIndex()), m_customDomain->text().trimmed()};
}

void SettingsDialog::showProblem(QLabel* label, const QString& problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void SettingsDialog::validate() {
    const LoginHostSetting host = hostFromForm();
    const bool custom = host.choice == LoginHostChoice::CustomDomain;
    m_customDomain->setEnabled(m_organisationEditable && custom);
    auto url = host.url();
    showProblem(m_customDomainProblem, url ? QString() : url.error().message);
    m_customDomain->setAccessibleDescription(m_customDomainProblem->text());

    auto zone = ProfileSettings::timeZoneFromId(m_timeZone->currentText());
    showProblem(m_timeZoneProblem, zone ? QString() : zone.error().message);
    m_timeZone->setAccessibleDescription(m_timeZoneProblem->text());
    if (zone) {
        // What the zone means, in the same words the views will use: "Tue, Nov 24, 2026, 8:46 PM CST".
        const QLocale locale = LocaleFormat::displayLocale();
        const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(*zone);
        m_timeZonePreview->setText(
            tr("Now there: %1 %2")
                .arg(locale.toString(now, LocaleFormat::mediumDateTime(locale)), zone->abbreviation(now)));
    }
    m_timeZonePreview->setVisible(zone.ok());

    const Status interval = ProfileSettings::checkSyncInterval(m_syncInterval->value());
    showProblem(m_syncIntervalProblem, interval ? QString() : interval.error().message);
    m_syncInterval->setAccessibleDescription(m_syncIntervalProblem->text());

    m_ok->setEnabled(isValid());
}

bool SettingsDialog::isValid() const {
    // Fields the user may not change are not checked: a bad value there was never theirs to fix, and is
    // not saved.
    if (!ProfileSettings::timeZoneFromId(m_timeZone->currentText()).ok())
        return false;
    if (!m_organisationEditable)
        return true;
    return hostFromForm().url().ok() && ProfileSettings::checkSyncInterval(m_syncInterval->value()).ok();
}

void SettingsDialog::accept() {
    if (!isValid())
        return;
    const QString oldLanguage = m_settings.language();
    const QByteArray oldZone = m_settings.displayTimeZoneId();
    const int oldInterval = m_settings.syncIntervalMinutes();

    Status written = m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setCsvPreset(static_cast<CsvPreset>(m_csvPreset->currentData().toInt()));
    // Only what differs is written, so a default left alone keeps following the program's default.
    if (written && m_organisationEditable && hostFromForm() != m_settings.loginHost())
        written = m_settings.setLoginHost(hostFromForm());
    const auto zone = ProfileSettings::timeZoneFromId(m_timeZone->currentText());
    if (written && zone && zone->id() != oldZone)
        written = m_settings.setDisplayTimeZone(m_timeZone->currentText());
    if (written && m_organisationEditable && m_syncInterval->value() != oldInterval)
        written = m_settings.setSyncIntervalMinutes(m_syncInterval->value());
    if (written)
        written = m_settings.save();
    if (!written) {
        showProblem(m_saveProblem, written.error().message);
        return;
    }

    if (m_settings.displayTimeZoneId() != oldZone)
        Q_EMIT displayTimeZoneChanged(m_settings.displayTimeZone());
    if (m_settings.syncIntervalMinutes() != oldInterval)
        Q_EMIT syncIntervalChanged(m_settings.syncIntervalMinutes());
    if (m_settings.language() != oldLanguage)
        Q_EMIT languageChanged(m_settings.language());
    QDialog::accept();
}

void SettingsDialog::done(int result) {
    m_settingsFile.setValue(QLatin1String(kGeometryKey), saveGeometry());
    QDialog::done(result);
}

} // namespace vms
