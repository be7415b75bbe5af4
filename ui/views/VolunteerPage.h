#pragma once

#include "core/domain/Volunteer.h"
#include "core/models/VolunteerDetails.h"
#include "ui/UiContext.h"
#include "ui/widgets/FieldProblemLines.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;
class QUndoStack;

namespace vms {

class ChoiceListModel;

// One volunteer: contact details, status, skills and interests, primary organization, organizations
// with dates, participation history with hours (this school year and lifetime), notes. Coordinators and
// Admins edit them in place (status, skills and interests from the org's values; the primary organization
// from every cached one, also one added offline); each save is one undoable step on the window's undo
// stack. A User sees the page read-only, with the reason.
class VolunteerPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VolunteerPage)

public:
    VolunteerPage(const UiContext& context, QUndoStack* undoStack, QWidget* parent = nullptr);
    ~VolunteerPage() override;

    // Loads and shows the volunteer; false when there is no such volunteer.
    bool showVolunteer(qint64 localId);
    qint64 volunteerId() const { return m_volunteer.id; }
    bool isEditing() const { return m_editing; }

    void startEditing();
    // Validates, warns about likely duplicates, saves through LocalChanges and pushes an undo step.
    bool save();
    void cancelEditing();

    // A sign-in, sign-out or new role: the Edit button and the demographic fields follow at once. An edit
    // in progress stays open with what was typed (its Save says why it is refused, if it is).
    void setSession(const Session& session);

    // Column names (LocalChanges::editableVolunteerColumns) of the text fields, in form order.
    static QStringList editableTextColumns();
    // The value "organization_id" has in the form when the primary affiliation is a school, a district
    // or text rather than an organization: left as it is unless another is picked.
    static constexpr qint64 kKeepAffiliation = -1;

Q_SIGNALS:
    void backRequested();
    void volunteerChanged(qint64 localId);
    void organizationRequested(qint64 localId);
    void eventRequested(qint64 localId);

private:
    void buildUi();
    void fill();
    void fillHistory();
    void fillContactHistory();
    void setEditing(bool editing);
    QVariantMap currentValues() const;
    QVariantMap formValues() const;
    QString validate(const QVariantMap& values) const;
    // What the form changes (column -> new value), and the values it replaces.
    QVariantMap changedValues(QVariantMap* old = nullptr) const;
    // Shows beside their fields what the org would refuse in `edits` (while typing: only in fields
    // with text); true when there is something.
    bool showOrgProblems(const QVariantMap& edits, bool all);
    void applyRoleGating();
    // The pickers' choices (the org's values, the cached organizations), with the volunteer's own values
    // among them even when the org's list no longer has them. Filled when editing starts; the form's
    // values (currentValues, formValues) are read only while editing.
    void fillPickers();
    // The org's refusal of the last change, beside the field it names.
    void showRefusalOnFields();
    static QString joinChecked(const QListWidget* list);

    UiContext m_context;
    QUndoStack* m_undoStack;
    Volunteer m_volunteer;
    VolunteerDetails m_details;
    VolunteerChoices m_choices;
    bool m_editing = false;

    QLabel* m_name = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_badges = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_error = nullptr;
    FieldProblemLines m_problemLines;
    QLabel* m_refusal = nullptr;
    QScrollArea* m_scroll = nullptr;
    QHash<QString, QLineEdit*> m_fields;
    QFormLayout* m_contactForm = nullptr;
    QCheckBox* m_doNotCall = nullptr;
    QCheckBox* m_emailOptOut = nullptr;
    QPlainTextEdit* m_skillsText = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_skills = nullptr;
    QLabel* m_interests = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_organization = nullptr;
    QComboBox* m_statusEdit = nullptr;
    QListWidget* m_skillsEdit = nullptr;
    QListWidget* m_interestsEdit = nullptr;
    QComboBox* m_organizationEdit = nullptr;
    ChoiceListModel* m_organizationChoices = nullptr; // the combo's model: every cached organization
    QLabel* m_readOnly = nullptr;                     // why a User cannot edit
    QGroupBox* m_demographics = nullptr;
    QHash<QString, QLabel*> m_demographicLabels;
    QTableWidget* m_affiliations = nullptr;
    QTableWidget* m_participations = nullptr;
    QTableWidget* m_contactHistory = nullptr; // calls, emails and events, newest first
    QLabel* m_hoursThisYear = nullptr;
    QLabel* m_hoursLifetime = nullptr;
    QLabel* m_sessions = nullptr;
};

} // namespace vms
