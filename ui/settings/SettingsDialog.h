#pragma once

#include "core/auth/Session.h"
#include "core/profile/ProfileSettings.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace vms {

// Edit ▸ Settings…: the profile's settings (ProfileSettings) in one form. Personal preferences (language,
// CSV files) are anyone's; organisation settings (login host, display time zone, sync interval) are
// editable only when ProfileSettings::mayChangeOrganisationSettings() says so for the cached session,
// and otherwise shown disabled with a note saying why. Invalid input is explained next to its field and
// keeps OK disabled. OK saves, then signals what changed so its owner applies it: the main window
// re-displays times in the new zone and hands a new interval to the running sync; the CSV preset is read
// at each export; the language applies at the next start. The dialog remembers its size and position.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(QSettings& settings, const Session& cachedSession, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    bool organisationSettingsEditable() const { return m_organisationEditable; }
    // True when every field holds a value OK would save.
    bool isValid() const;

public Q_SLOTS:
    void accept() override;
    // Puts the defaults into the fields the user may change; nothing is saved until OK.
    void restoreDefaults();

Q_SIGNALS:
    // After OK saved them, for the values that changed.
    void displayTimeZoneChanged(const QTimeZone& zone);
    void syncIntervalChanged(int minutes);
    void languageChanged(const QString& language);

protected:
    void done(int result) override;

private:
    void buildUi();
    void load();
    void validate();
    void showLoginHost(const LoginHostSetting& host);
    void showTimeZone(const QByteArray& ianaId);
    void showProblem(QLabel* label, const QString& problem);
    LoginHostSetting hostFromForm() const;

    QSettings& m_settingsFile;
    ProfileSettings m_settings;
    const bool m_organisationEditable;
    const Session m_session;

    QComboBox* m_language = nullptr;
    QComboBox* m_csvPreset = nullptr;
    QGroupBox* m_organisationGroup = nullptr;
    QLabel* m_organisationNote = nullptr;
    QComboBox* m_loginHost = nullptr;
    QLineEdit* m_customDomain = nullptr;
    QLabel* m_customDomainProblem = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLabel* m_timeZoneProblem = nullptr;
    QLabel* m_timeZonePreview = nullptr;
    QSpinBox* m_syncInterval = nullptr;
    QLabel* m_syncIntervalProblem = nullptr;
    QLabel* m_saveProblem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace vms
