#include "ui/views/VolunteerPage.h"

#include "core/changes/LocalChanges.h"
#include "core/common/Clock.h"
#include "core/domain/Role.h"
#include "core/domain/Status.h"
#include "core/models/ChoiceListModel.h"
#include "core/profile/DisplayTime.h"
#include "ui/views/RecordChangeCommand.h"
#include "ui/widgets/Prompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vms {

namespace {

struct FieldSpec {
    const char* column;
    const char* label;
};

// The contact fields LocalChanges lets VMS edit, in the order the form shows them. The name rows show only
// while a walk-in has not reached Salesforce (then the name is Salesforce's to change).
constexpr FieldSpec kTextFields[] = {
    {"first_name", QT_TRANSLATE_NOOP("vms::VolunteerPage", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Last name")},
    {"email", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Email")},
    {"phone", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Phone")},
    {"mobile_phone", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Mobile phone")},
    {"title", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Title")},
    {"department", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Department")},
    {"mailing_street", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Street")},
    {"mailing_city", QT_TRANSLATE_NOOP("vms::VolunteerPage", "City")},
    {"mailing_state", QT_TRANSLATE_NOOP("vms::VolunteerPage", "State")},
    {"mailing_postal_code", QT_TRANSLATE_NOOP("vms::VolunteerPage", "Postal code")},
};

QString valueOf(const Volunteer& v, const QString& column) {
    static const QHash<QString, QString Volunteer::*> members = {
        {QStringLiteral("first_name"), &Volunteer::firstName},
        {QStringLiteral("last_name"), &Volunteer::lastName},
        {QStringLiteral("email"), &Volunteer::email},
        {QStringLiteral("phone"), &Volunteer::phone},
        {QStringLiteral("mobile_phone"), &Volunteer::mobilePhone},
        {QStringLiteral("title"), &Volunteer::title},
        {QStringLiteral("department"), &Volunteer::department},
        {QStringLiteral("mailing_street"), &Volunteer::mailingStreet},
        {QStringLiteral("mailing_city"), &Volunteer::mailingCity},
        {QStringLiteral("mailing_state"), &Volunteer::mailingState},
        {QStringLiteral("mailing_postal_code"), &Volunteer::mailingPostalCode},
        {QStringLiteral("skills_text"), &Volunteer::skillsText},
        {QStringLiteral("recruitment_notes"), &Volunteer::recruitmentNotes},
    };
    const auto it = members.constFind(column);
    return it == members.constEnd() ? QString() : v.*(it.value());
}

QString hours(double h) {
    return QLocale().toString(h, 'f', h == static_cast<qint64>(h) ? 0 : 1);
}

QTableWidget* makeTable(const QString& objectName, const QString& accessibleName,
                        const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setObjectName(objectName);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move inside it
    t->setMinimumHeight(140);
    return t;
}

QTableWidgetItem* item(const QString& text, qint64 id = 0) {
    auto* i = new QTableWidgetItem(text);
    if (id)
        i->setData(Qt::UserRole, id);
    return i;
}

} // namespace

QStringList VolunteerPage::editableTextColumns() {
    QStringList out;
    for (const auto& f : kTextFields)
        out << QString::fromLatin1(f.column);
    return out;
}

VolunteerPage::VolunteerPage(const UiContext& context, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("volunteerDetailPage"));
    buildUi();
    applyRoleGating();
    setEditing(false);
}

VolunteerPage::~VolunteerPage() {
    // The pickers may signal while QWidget's destructor deletes them (a combo box losing its model);
    // by then this page's members are gone.
    for (QObject* picker :
         std::initializer_list<QObject*>{m_statusEdit, m_organizationEdit, m_skillsEdit, m_interestsEdit})
        picker->disconnect(this);
}

void VolunteerPage::setSession(const Session& session) {
    m_context.session = session;
    applyRoleGating();
    if (m_editing)
        m_edit->setEnabled(false); // as setEditing(true) left it
    else if (m_volunteer.id != 0)
        fill(); // demographics are shown or cleared with the role
}

void VolunteerPage::buildUi() {
    auto* outer = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_back = new QPushButton(QIcon(QStringLiteral(":/icons/back.svg")), tr("&Back to list"));
    m_back->setObjectName(QStringLiteral("volunteerBackButton"));
    m_back->setAccessibleName(tr("Back to the volunteer list"));
    m_back->setShortcut(QKeySequence::Back);
    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_editing)
            cancelEditing();
        Q_EMIT backRequested();
    });
    top->addWidget(m_back);
    top->addStretch(1);
    m_edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit"));
    m_edit->setObjectName(QStringLiteral("editVolunteerButton"));
    m_edit->setAccessibleName(tr("Edit this volunteer"));
    m_save = new QPushButton(QIcon(QStringLiteral(":/icons/save.svg")), tr("&Save"));
    m_save->setObjectName(QStringLiteral("saveVolunteerButton"));
    m_save->setAccessibleName(tr("Save changes"));
    m_save->setShortcut(QKeySequence::Save);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelEditButton"));
    m_cancel->setAccessibleName(tr("Cancel editing"));
    m_cancel->setShortcut(Qt::Key_Escape);
    connect(m_edit, &QPushButton::clicked, this, &VolunteerPage::startEditing);
    connect(m_save, &QPushButton::clicked, this, &VolunteerPage::save);
    connect(m_cancel, &QPushButton::clicked, this, &VolunteerPage::cancelEditing);
    top->addWidget(m_edit);
    top->addWidget(m_save);
    top->addWidget(m_cancel);
    outer->addLayout(top);

    // Every label of this page shows record data: plain text, never markup (a name may look like HTML).
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("volunteerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names, titles and badges wrap: a long one must never widen the window.
    m_name->setWordWrap(true);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_name->setFont(f);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("volunteerSubtitle"));
    m_subtitle->setWordWrap(true);
    m_badges = new QLabel;
    m_badges->setObjectName(QStringLiteral("volunteerBadges"));
    m_badges->setWordWrap(true);
    for (QLabel* l : {m_name, m_subtitle, m_badges})
        l->setTextFormat(Qt::PlainText);
    outer->addWidget(m_name);
    outer->addWidget(m_subtitle);
    outer->addWidget(m_badges);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("volunteerEditError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // quotes what was typed
    // The problem itself is what is read; a name would replace it.
    m_error->setAccessibleDescription(tr("Problem with the changes"));
    QPalette warn = m_error->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x45, 0x3b));
    m_error->setPalette(warn);
    m_error->hide();
    outer->addWidget(m_error);
    // A change Salesforce refused stays on the record, with the org's reason, until it is fixed here.
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("volunteerRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setPalette(warn);
    m_refusal->hide();
    outer->addWidget(m_refusal);
    m_readOnly = new QLabel;
    m_readOnly->setObjectName(QStringLiteral("volunteerReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setTextFormat(Qt::PlainText);
    m_readOnly->hide();
    outer->addWidget(m_readOnly);

    auto* scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("volunteerScroll"));
    // It takes focus so the record can be scrolled from the keyboard; a screen reader names that stop.
    scroll->setAccessibleName(tr("Volunteer details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Narrow windows scroll down, never sideways: the page is as wide as the window gives it.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* body = new QWidget;
    auto* grid = new QGridLayout(body);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* contact = new QGroupBox(tr("Contact details"));
    contact->setObjectName(QStringLiteral("contactGroup"));
    auto* form = new QFormLayout(contact);
    m_contactForm = form;
    for (const auto& spec : kTextFields) {
        const QString column = QString::fromLatin1(spec.column);
        auto* edit = new QLineEdit;
        edit->setObjectName(QStringLiteral("volunteerField_") + column);
        const QString label = tr(spec.label);
        edit->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), edit);
        m_fields.insert(column, edit);
        m_problemLines.add(form, column, edit, QStringLiteral("volunteerFieldProblem_") + column);
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (m_editing)
                showOrgProblems(changedValues(), false);
        });
    }
    m_fields.value(QStringLiteral("email"))->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_doNotCall = new QCheckBox(tr("Do not call"));
    m_doNotCall->setObjectName(QStringLiteral("volunteerField_do_not_call"));
    m_doNotCall->setAccessibleName(tr("Do not call"));
    m_emailOptOut = new QCheckBox(tr("Opted out of email"));
    m_emailOptOut->setObjectName(QStringLiteral("volunteerField_email_opt_out"));
    m_emailOptOut->setAccessibleName(tr("Opted out of email"));
    form->addRow(QString(), m_doNotCall);
    form->addRow(QString(), m_emailOptOut);
    grid->addWidget(contact, 0, 0);

    auto* right = new QVBoxLayout;
    auto* hoursBox = new QGroupBox(tr("Volunteering"));
    hoursBox->setObjectName(QStringLiteral("hoursGroup"));
    auto* hoursForm = new QFormLayout(hoursBox);
    m_hoursThisYear = new QLabel;
    m_hoursThisYear->setObjectName(QStringLiteral("hoursThisYear"));
    m_hoursLifetime = new QLabel;
    m_hoursLifetime->setObjectName(QStringLiteral("hoursLifetime"));
    m_sessions = new QLabel;
    m_sessions->setObjectName(QStringLiteral("sessionsAttended"));
    hoursForm->addRow(tr("Hours this school year:"), m_hoursThisYear);
    hoursForm->addRow(tr("Hours, all time:"), m_hoursLifetime);
    hoursForm->addRow(tr("Sessions attended:"), m_sessions);
    for (QLabel* l : {m_hoursThisYear, m_hoursLifetime, m_sessions})
        l->setTextFormat(Qt::PlainText);
    right->addWidget(hoursBox);

    // Status, skills, interests and the primary organization (salesforce-org.md, "Planning writes"): read
    // as text, picked from the org's values while editing.
    auto* planning = new QGroupBox(tr("Status and interests"));
    planning->setObjectName(QStringLiteral("volunteerPlanningGroup"));
    auto* planningForm = new QFormLayout(planning);
    // A row that shows `reading` on the page and `editor` while editing.
    auto pickerRow = [planningForm](const QString& label, QLabel* reading, QWidget* editor) {
        // A layout, not a widget: the editor stays a sibling of its label, which names it to screen readers.
        auto* both = new QVBoxLayout;
        reading->setWordWrap(true);
        reading->setTextFormat(Qt::PlainText);
        reading->setTextInteractionFlags(Qt::TextSelectableByMouse);
        both->addWidget(reading);
        both->addWidget(editor);
        editor->setAccessibleName(label);
        // The row's label names the editor (a screen reader reads a combo box's label, not its name).
        auto* title = new QLabel(label + QLatin1Char(':'));
        title->setBuddy(editor);
        planningForm->addRow(title, both);
    };
    auto multiSelect = [](const char* name) {
        // Checkable items: Up/Down move, Space ticks, Tab leaves.
        auto* list = new QListWidget;
        list->setObjectName(QString::fromLatin1(name));
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setMaximumHeight(130);
        return list;
    };
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("volunteerStatus"));
    m_statusEdit = new QComboBox;
    m_statusEdit->setObjectName(QStringLiteral("volunteerField_volunteer_status"));
    pickerRow(tr("Status"), m_status, m_statusEdit);
    m_problemLines.add(planningForm, QStringLiteral("volunteer_status"), m_statusEdit,
                       QStringLiteral("volunteerFieldProblem_volunteer_status"));
    m_organization = new QLabel;
    m_organization->setObjectName(QStringLiteral("volunteerPrimaryOrganization"));
    m_organizationEdit = new QComboBox;
    m_organizationEdit->setObjectName(QStringLiteral("volunteerField_organization_id"));
    // Typing a few letters finds the organization among thousands.
    m_organizationEdit->setEditable(true);
    m_organizationEdit->setInsertPolicy(QComboBox::NoInsert);
    m_organizationChoices = new ChoiceListModel(m_organizationEdit);
    m_organizationEdit->setModel(m_organizationChoices);
    // Sized for a long name rather than by measuring every organization's (38,000 at x10).
    m_organizationEdit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_organizationEdit->setMinimumContentsLength(32);
    pickerRow(tr("Primary organization"), m_organization, m_organizationEdit);
    m_problemLines.add(planningForm, QStringLiteral("primary_affiliation"), m_organizationEdit,
                       QStringLiteral("volunteerFieldProblem_primary_affiliation"));
    m_skills = new QLabel;
    m_skills->setObjectName(QStringLiteral("volunteerSkills"));
    m_skillsEdit = multiSelect("volunteerField_skills");
    pickerRow(tr("Skills"), m_skills, m_skillsEdit);
    m_problemLines.add(planningForm, QStringLiteral("skills"), m_skillsEdit,
                       QStringLiteral("volunteerFieldProblem_skills"));
    m_interests = new QLabel;
    m_interests->setObjectName(QStringLiteral("volunteerInterests"));
    m_interestsEdit = multiSelect("volunteerField_interests");
    pickerRow(tr("Interests"), m_interests, m_interestsEdit);
    m_problemLines.add(planningForm, QStringLiteral("interests"), m_interestsEdit,
                       QStringLiteral("volunteerFieldProblem_interests"));
    auto recheck = [this] {
        if (m_editing)
            showOrgProblems(changedValues(), false);
    };
    connect(m_statusEdit, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_organizationEdit, &QComboBox::currentIndexChanged, this, recheck);
    for (QListWidget* list : {m_skillsEdit, m_interestsEdit})
        connect(list, &QListWidget::itemChanged, this, recheck);
    right->addWidget(planning);

    // Demographics are for Coordinators and Admins only (salesforce-org.md); for the User role the
    // group is never filled, not merely hidden, so no accessibility tool can read it either.
    m_demographics = new QGroupBox(tr("Demographics"));
    m_demographics->setObjectName(QStringLiteral("demographicsGroup"));
    auto* demoForm = new QFormLayout(m_demographics);
    const std::pair<const char*, QString> demo[] = {
        {"gender", tr("Gender:")},
        {"birthdate", tr("Birthdate:")},
        {"racial_ethnic_background", tr("Racial/ethnic background:")},
        {"age_group", tr("Age group:")}};
    for (const auto& [column, label] : demo) {
        auto* l = new QLabel;
        l->setObjectName(QStringLiteral("demographic_") + QString::fromLatin1(column));
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        demoForm->addRow(label, l);
        m_demographicLabels.insert(QString::fromLatin1(column), l);
    }
    right->addWidget(m_demographics);
    right->addStretch(1);
    grid->addLayout(right, 0, 1);

    auto* orgBox = new QGroupBox(tr("Organizations"));
    auto* orgLayout = new QVBoxLayout(orgBox);
    m_affiliations = makeTable(QStringLiteral("affiliationsTable"), tr("Organizations"),
                               {tr("Organization"), tr("Role"), tr("Status"), tr("From"), tr("To")});
    connect(m_affiliations, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const qint64 id = m_affiliations->item(row, 0)->data(Qt::UserRole).toLongLong())
            Q_EMIT organizationRequested(id);
    });
    orgLayout->addWidget(m_affiliations);
    grid->addWidget(orgBox, 1, 0, 1, 2);

    auto* historyBox = new QGroupBox(tr("Participation history"));
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_participations = makeTable(QStringLiteral("participationTable"), tr("Participation history"),
                                 {tr("Date"), tr("Event"), tr("Status"), tr("Hours")});
    m_participations->setMinimumHeight(200);
    connect(m_participations, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const qint64 id = m_participations->item(row, 1)->data(Qt::UserRole).toLongLong())
            Q_EMIT eventRequested(id);
    });
    historyLayout->addWidget(m_participations);
    grid->addWidget(historyBox, 2, 0, 1, 2);

    // Calls, emails and events as one timeline, newest first: who asked them, and what came of it.
    auto* contactBox = new QGroupBox(tr("Contact history"));
    auto* contactLayout = new QVBoxLayout(contactBox);
    m_contactHistory = makeTable(QStringLiteral("contactHistoryTable"), tr("Contact history"),
                                 {tr("Date"), tr("What"), tr("Subject or event"), tr("Status"), tr("Notes")});
    m_contactHistory->setMinimumHeight(180);
    m_contactHistory->setWordWrap(false);
    connect(m_contactHistory, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const qint64 id = m_contactHistory->item(row, 2)->data(Qt::UserRole).toLongLong())
            Q_EMIT eventRequested(id);
    });
    contactLayout->addWidget(m_contactHistory);
    grid->addWidget(contactBox, 3, 0, 1, 2);

    auto* notesBox = new QGroupBox(tr("Notes"));
    auto* notesForm = new QFormLayout(notesBox);
    m_skillsText = new QPlainTextEdit;
    m_skillsText->setObjectName(QStringLiteral("volunteerField_skills_text"));
    m_skillsText->setAccessibleName(tr("Skills in their own words"));
    m_skillsText->setTabChangesFocus(true);
    m_skillsText->setMaximumHeight(70);
    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("volunteerField_recruitment_notes"));
    m_notes->setAccessibleName(tr("Recruitment notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    notesForm->addRow(tr("Skills in their own words:"), m_skillsText);
    m_problemLines.add(notesForm, QStringLiteral("skills_text"), m_skillsText,
                       QStringLiteral("volunteerFieldProblem_skills_text"));
    notesForm->addRow(tr("Recruitment notes:"), m_notes);
    m_problemLines.add(notesForm, QStringLiteral("recruitment_notes"), m_notes,
                       QStringLiteral("volunteerFieldProblem_recruitment_notes"));
    for (QPlainTextEdit* edit : {m_skillsText, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (m_editing)
                showOrgProblems(changedValues(), false);
        });
    grid->addWidget(notesBox, 4, 0, 1, 2);

    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
}

void VolunteerPage::applyRoleGating() {
    const Session& session = m_context.session;
    const Role role = session.role;
    const bool mayWrite = session.allows(Permission::WriteRecords);
    m_edit->setEnabled(mayWrite);
    // Ctrl+E is the window's (Edit ▸ Edit this record), which also says why when editing is not possible.
    m_edit->setToolTip(mayWrite ? tr("Edit this volunteer's details (Ctrl+E)")
                                : session.refusalReason(Permission::WriteRecords));
    m_readOnly->setText(mayWrite ? QString() : session.refusalReason(Permission::WriteRecords));
    m_readOnly->setVisible(!mayWrite);
    m_demographics->setVisible(role != Role::User);
}

bool VolunteerPage::showVolunteer(qint64 localId) {
    if (m_editing)
        setEditing(false);
    auto found = VolunteerDetails::load(*m_context.database, localId);
    if (!found || !*found)
        return false;
    // Another volunteer starts at the top; the same one read again (after a sync) stays where it was.
    const bool another = m_volunteer.id != localId;
    m_details = std::move(**found);
    m_volunteer = m_details.volunteer;
    fill();
    fillHistory();
    if (another)
        m_scroll->verticalScrollBar()->setValue(0);
    return true;
}

void VolunteerPage::fill() {
    const Volunteer& v = m_volunteer;
    m_name->setText(v.displayName());
    setAccessibleName(tr("Volunteer %1").arg(v.displayName()));
    QStringList sub;
    if (!v.title.isEmpty())
        sub << v.title;
    if (!m_details.organizationName.isEmpty())
        sub << m_details.organizationName;
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    QStringList badges;
    if (v.pending)
        badges << tr("⟳ Changes waiting to sync");
    if (v.doNotContact)
        badges << tr("⛔ Do not contact");
    if (v.doNotCall)
        badges << tr("Do not call");
    if (v.emailOptOut)
        badges << tr("No email");
    m_badges->setText(badges.join(QStringLiteral("   ")));
    m_badges->setVisible(!badges.isEmpty());
    if (m_details.refusal) {
        const RefusedChange& r = *m_details.refusal;
        m_refusal->setText(
            tr("⚠ Salesforce did not accept the last change: %1%2. It is kept and sent again at "
               "every sync; edit the record to fix it.")
                .arg(r.message,
                     r.fields.isEmpty() ? QString() : tr(" (field %1)").arg(r.fields.join(u", "))));
        m_refusal->show();
    } else {
        m_refusal->hide();
    }
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setText(valueOf(v, it.key()));
    for (const char* name : {"first_name", "last_name"})
        m_contactForm->setRowVisible(m_fields.value(QLatin1String(name)), v.sfId.isEmpty());
    m_doNotCall->setChecked(v.doNotCall);
    m_emailOptOut->setChecked(v.emailOptOut);
    m_skillsText->setPlainText(v.skillsText);
    m_notes->setPlainText(v.recruitmentNotes);
    const QStringList skills = VolunteerChoices::split(v.skills);
    m_skills->setText(skills.isEmpty() ? tr("None recorded") : skills.join(QStringLiteral(", ")));
    const QStringList interests = VolunteerChoices::split(v.interests);
    m_interests->setText(interests.isEmpty() ? tr("None recorded") : interests.join(QStringLiteral(", ")));
    // Salesforce leaves the status empty for most volunteers: empty means Active.
    m_status->setText(m_details.status.isEmpty() ? tr("Active") : m_details.status);
    m_organization->setText(m_details.organizationName.isEmpty() ? tr("None") : m_details.organizationName);
    showRefusalOnFields();
    const bool showDemo = m_context.session.role != Role::User;
    const QString none = tr("Not recorded");
    auto demo = [&](const char* column, const QString& value) {
        m_demographicLabels.value(QString::fromLatin1(column))
            ->setText(showDemo ? (value.isEmpty() ? none : value) : QString());
    };
    demo("gender", v.gender);
    // A date the user reads, not a sortable table cell: in the user's locale ("26 de jun de 1976").
    const QDate birthdate = QDate::fromString(v.birthdate.left(10), Qt::ISODate);
    demo("birthdate", birthdate.isValid() ? DisplayTime::date(birthdate) : v.birthdate);
    demo("racial_ethnic_background", v.racialEthnicBackground);
    demo("age_group", v.ageGroup);
}

void VolunteerPage::fillHistory() {
    m_affiliations->setRowCount(0);
    for (const VolunteerAffiliation& a : m_details.affiliations) {
        const int r = m_affiliations->rowCount();
        m_affiliations->insertRow(r);
        m_affiliations->setItem(r, 0, item(a.primary ? a.name + tr(" (primary)") : a.name, a.organizationId));
        m_affiliations->setItem(r, 1, item(a.role));
        m_affiliations->setItem(r, 2, item(a.status));
        m_affiliations->setItem(r, 3, item(a.startDate));
        m_affiliations->setItem(r, 4, item(a.endDate));
    }
    // No affiliation records (yet): the primary organization alone, also one added offline.
    if (m_affiliations->rowCount() == 0 && !m_details.organizationName.isEmpty()) {
        m_affiliations->insertRow(0);
        m_affiliations->setItem(0, 0, item(m_details.organizationName, m_details.organizationId));
    }

    const SchoolYear year = DisplayTime::schoolYearOf(m_context.clock->nowUtc().toMSecsSinceEpoch());
    double thisYear = 0, lifetime = 0;
    int attended = 0;
    m_participations->setRowCount(0);
    for (const VolunteerEventRow& p : m_details.participations) {
        const int r = m_participations->rowCount();
        m_participations->insertRow(r);
        const qint64 start = p.startUtcMs.value_or(0);
        const double h = p.hours.value_or(0.0);
        m_participations->setItem(r, 0, item(p.startUtcMs ? DisplayTime::sortable(start) : QString()));
        m_participations->setItem(r, 1, item(p.eventName, p.eventId));
        QString statusText;
        switch (p.status) {
        case ParticipationStatus::Registered:
            statusText = tr("Registered");
            break;
        case ParticipationStatus::Attended:
            statusText = tr("✔ Attended");
            break;
        case ParticipationStatus::NoShow:
            statusText = tr("No-show");
            break;
        case ParticipationStatus::Cancelled:
            statusText = tr("Cancelled");
            break;
        case ParticipationStatus::Unknown:
            statusText = tr("Unknown");
            break;
        }
        m_participations->setItem(r, 2, item(statusText));
        auto* hoursItem = item(p.hours ? hours(h) : QString());
        hoursItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_participations->setItem(r, 3, hoursItem);
        // Only attended sessions count as hours given (reports.md counts the same way).
        if (p.status == ParticipationStatus::Attended) {
            ++attended;
            lifetime += h;
            if (start >= year.beginUtcMs && start < year.endUtcMs)
                thisYear += h;
        }
    }
    m_hoursThisYear->setText(tr("%1 (%2)").arg(hours(thisYear), year.label()));
    m_hoursLifetime->setText(hours(lifetime));
    m_sessions->setText(QLocale().toString(attended));
    m_participations->resizeColumnsToContents();
    m_affiliations->resizeColumnsToContents();
    fillContactHistory();
}

void VolunteerPage::fillContactHistory() {
    m_contactHistory->setRowCount(0);
    for (const HistoryItem& h : m_details.contactHistory) {
        const int r = m_contactHistory->rowCount();
        m_contactHistory->insertRow(r);
        m_contactHistory->setItem(r, 0, item(h.date.isValid() ? h.date.toString(Qt::ISODate) : QString()));
        QString what;
        if (h.kind == HistoryItem::Kind::Participation)
            what = tr("Event");
        else if (h.type.compare(u"Call", Qt::CaseInsensitive) == 0)
            what = tr("☎ Call");
        else if (h.type.compare(u"Email", Qt::CaseInsensitive) == 0)
            what = tr("✉ Email");
        else
            what = h.type.isEmpty() ? tr("Task") : h.type;
        if (h.pending)
            what += tr(" (not yet synced)");
        m_contactHistory->setItem(r, 1, item(what));
        QString title = h.title;
        if (h.kind == HistoryItem::Kind::Task && !h.eventName.isEmpty())
            title = tr("%1 (about %2)").arg(h.title, h.eventName);
        m_contactHistory->setItem(r, 2, item(title, h.eventId));
        m_contactHistory->setItem(r, 3, item(h.status));
        auto* notes = item(QString(h.notes).replace(u'\n', QStringLiteral(" ⏎ ")));
        notes->setToolTip(h.notes);
        m_contactHistory->setItem(r, 4, notes);
    }
    m_contactHistory->resizeColumnsToContents();
}

void VolunteerPage::setEditing(bool editing) {
    m_editing = editing;
    // Reading looks like a page, not a form: no boxes around the values until Edit is pressed, so it is
    // clear at a glance whether typing changes anything.
    const QPalette page = palette();
    QPalette field = page;
    if (!editing)
        field.setColor(QPalette::Base, page.color(QPalette::Window));
    for (QLineEdit* e : std::as_const(m_fields)) {
        e->setReadOnly(!editing);
        e->setFrame(editing);
        e->setPalette(field);
    }
    m_doNotCall->setEnabled(editing);
    m_emailOptOut->setEnabled(editing);
    for (QLabel* l : {m_status, m_organization, m_skills, m_interests})
        l->setVisible(!editing);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_statusEdit, m_organizationEdit, m_skillsEdit, m_interestsEdit})
        w->setVisible(editing);
    for (QPlainTextEdit* e : {m_skillsText, m_notes}) {
        e->setReadOnly(!editing);
        e->setFrameShape(editing ? QFrame::StyledPanel : QFrame::NoFrame);
        e->setPalette(field);
    }
    m_edit->setVisible(!editing);
    m_save->setVisible(editing);
    m_cancel->setVisible(editing);
    m_back->setEnabled(true);
    m_error->hide();
    // The org's refusal of the last change stays beside its field, also while it is being fixed.
    showRefusalOnFields();
}

void VolunteerPage::startEditing() {
    if (!m_context.session.allows(Permission::WriteRecords) || m_volunteer.id == 0)
        return;
    // The pickers' choices are read now, fresh, rather than with every page shown (VolunteerChoices).
    auto choices = VolunteerChoices::load(*m_context.database);
    if (!choices) {
        m_error->setText(tr("Cannot edit: %1").arg(choices.error().message));
        m_error->show();
        return;
    }
    m_choices = std::move(choices).value();
    fillPickers();
    setEditing(true);
    m_fields.value(QStringLiteral("email"))->setFocus(Qt::OtherFocusReason);
}

void VolunteerPage::cancelEditing() {
    setEditing(false);
    fill();
}

QVariantMap VolunteerPage::currentValues() const {
    QVariantMap out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        out.insert(it.key(), valueOf(m_volunteer, it.key()));
    out.insert(QStringLiteral("skills_text"), m_volunteer.skillsText);
    out.insert(QStringLiteral("recruitment_notes"), m_volunteer.recruitmentNotes);
    out.insert(QStringLiteral("do_not_call"), m_volunteer.doNotCall);
    out.insert(QStringLiteral("email_opt_out"), m_volunteer.emailOptOut);
    out.insert(QStringLiteral("volunteer_status"), m_details.status);
    // In the pickers' order (fillPickers), so an untouched list compares equal.
    auto inListOrder = [](const QListWidget* list, const QString& stored) {
        const QStringList values = VolunteerChoices::split(stored);
        QStringList ordered;
        for (int i = 0; i < list->count(); ++i)
            if (values.contains(list->item(i)->data(Qt::UserRole).toString()))
                ordered << list->item(i)->data(Qt::UserRole).toString();
        return ordered.join(u';');
    };
    out.insert(QStringLiteral("skills"), inListOrder(m_skillsEdit, m_volunteer.skills));
    out.insert(QStringLiteral("interests"), inListOrder(m_interestsEdit, m_volunteer.interests));
    out.insert(QStringLiteral("organization_id"), m_details.organizationId != 0 ? m_details.organizationId
                                                  : m_details.organizationName.isEmpty() ? qint64{0}
                                                                                         : kKeepAffiliation);
    return out;
}

QVariantMap VolunteerPage::formValues() const {
    QVariantMap out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        out.insert(it.key(), it.value()->text().trimmed());
    out.insert(QStringLiteral("skills_text"), m_skillsText->toPlainText().trimmed());
    out.insert(QStringLiteral("recruitment_notes"), m_notes->toPlainText().trimmed());
    out.insert(QStringLiteral("do_not_call"), m_doNotCall->isChecked());
    out.insert(QStringLiteral("email_opt_out"), m_emailOptOut->isChecked());
    // "Active" is what an empty status means: picking it for an empty one changes nothing.
    const QString status = m_statusEdit->currentData().toString();
    out.insert(QStringLiteral("volunteer_status"),
               m_details.status.isEmpty() && status == u"Active" ? QString() : status);
    out.insert(QStringLiteral("skills"), joinChecked(m_skillsEdit));
    out.insert(QStringLiteral("interests"), joinChecked(m_interestsEdit));
    // A name typed that matches no organization keeps the current one (the combo cannot hold others).
    const int organization = m_organizationEdit->findText(m_organizationEdit->currentText());
    out.insert(QStringLiteral("organization_id"),
               organization >= 0 ? m_organizationEdit->itemData(organization).toLongLong()
                                 : currentValues().value(QStringLiteral("organization_id")));
    return out;
}

QString VolunteerPage::joinChecked(const QListWidget* list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    return out.join(u';');
}

void VolunteerPage::fillPickers() {
    // Filling the pickers is not an edit: no problem check on the way.
    const QSignalBlocker blockStatus(m_statusEdit), blockOrganization(m_organizationEdit),
        blockSkills(m_skillsEdit), blockInterests(m_interestsEdit);
    m_statusEdit->clear();
    QStringList statuses = m_choices.statuses;
    if (!m_details.status.isEmpty() && !statuses.contains(m_details.status))
        statuses << m_details.status; // a value the org's list no longer has: shown as it is
    for (const QString& st : statuses)
        m_statusEdit->addItem(st, st);
    m_statusEdit->setCurrentIndex(
        std::max<int>(0, static_cast<int>(statuses.indexOf(
                             m_details.status.isEmpty() ? QStringLiteral("Active") : m_details.status))));

    auto fillList = [](QListWidget* list, QStringList values, const QString& stored) {
        list->clear();
        const QStringList current = VolunteerChoices::split(stored);
        for (const QString& v : current)
            if (!values.contains(v))
                values << v;
        for (const QString& v : values) {
            auto* it = new QListWidgetItem(v, list);
            it->setData(Qt::UserRole, v);
            it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            it->setCheckState(current.contains(v) ? Qt::Checked : Qt::Unchecked);
        }
    };
    fillList(m_skillsEdit, m_choices.skills, m_volunteer.skills);
    fillList(m_interestsEdit, m_choices.interests, m_volunteer.interests);

    std::vector<ChoiceListModel::Choice> organizations;
    organizations.reserve(m_choices.organizations.size() + 2);
    organizations.push_back({tr("(none)"), qint64{0}});
    if (m_details.organizationId == 0 && !m_details.organizationName.isEmpty())
        organizations.push_back({m_details.organizationName, kKeepAffiliation});
    for (const OrganizationChoice& o : m_choices.organizations)
        organizations.push_back({o.inOrg ? o.name : tr("%1 (not yet in Salesforce)").arg(o.name), o.id});
    m_organizationChoices->setChoices(std::move(organizations));
    const qint64 current = currentValues().value(QStringLiteral("organization_id")).toLongLong();
    m_organizationEdit->setCurrentIndex(std::max(0, m_organizationEdit->findData(current)));
}

void VolunteerPage::showRefusalOnFields() {
    if (!m_details.refusal || m_details.refusal->waiting) {
        m_problemLines.clear();
        return;
    }
    // The org names its fields (Volunteer_Status__c); the form knows them by column.
    std::vector<FieldProblem> problems;
    for (const QString& field : m_details.refusal->fields)
        for (const FieldRule& r : m_details.rules.rules())
            if (r.field.compare(field, Qt::CaseInsensitive) == 0)
                problems.push_back({r.column, r.label, r.field, m_details.refusal->message});
    m_problemLines.show(problems);
}

QString VolunteerPage::validate(const QVariantMap& values) const {
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString e = values.value(QStringLiteral("email")).toString();
    if (!e.isEmpty() && !email.match(e).hasMatch())
        return tr("“%1” is not an email address.").arg(e);
    for (const char* column : {"phone", "mobile_phone"}) {
        const QString p = values.value(QString::fromLatin1(column)).toString();
        qsizetype digits = 0;
        for (QChar c : p)
            digits += c.isDigit() ? 1 : 0;
        if (!p.isEmpty() && digits < 7)
            return tr("“%1” does not look like a phone number.").arg(p);
    }
    return {};
}

QVariantMap VolunteerPage::changedValues(QVariantMap* old) const {
    const QVariantMap before = currentValues();
    const QVariantMap wanted = formValues();
    QVariantMap after;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        const QVariant was = before.value(it.key());
        if (was.toString() != it.value().toString()) {
            after.insert(it.key(), it.value());
            if (old)
                old->insert(it.key(), was);
        }
    }
    return after;
}

bool VolunteerPage::showOrgProblems(const QVariantMap& edits, bool all) {
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock);
    QVariantMap checkable = edits;
    checkable.remove(QStringLiteral("organization_id")); // an organization VMS holds: nothing to check
    auto checked = changes.checkVolunteerEdit(checkable);
    std::vector<FieldProblem> problems = checked ? std::move(checked).value() : std::vector<FieldProblem>{};
    if (!all)
        std::erase_if(problems, [&edits](const FieldProblem& p) {
            return edits.value(p.column).toString().trimmed().isEmpty();
        });
    QWidget* first = nullptr;
    const std::vector<FieldProblem> elsewhere = m_problemLines.show(problems, &first);
    if (!all && problems.empty())
        m_error->hide();
    if (all && !problems.empty()) {
        QStringList texts;
        for (const FieldProblem& p : elsewhere)
            texts << p.text();
        m_error->setText(
            texts.isEmpty()
                ? tr("Salesforce would refuse these changes as they are: see the fields marked below.")
                : texts.join(u' '));
        m_error->show();
        if (first)
            first->setFocus();
    }
    return !problems.empty();
}

bool VolunteerPage::save() {
    if (!m_editing)
        return false;
    QVariantMap old;
    const QVariantMap after = changedValues(&old);
    const QVariantMap wanted = formValues();
    if (after.isEmpty()) {
        setEditing(false);
        return true;
    }
    if (const QString problem = validate(wanted); !problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return false;
    }
    if (showOrgProblems(after, true))
        return false;
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock);
    if (after.contains(QStringLiteral("email")) || after.contains(QStringLiteral("phone"))) {
        NewVolunteer probe{m_volunteer.firstName,
                           m_volunteer.lastName,
                           wanted.value(QStringLiteral("email")).toString(),
                           wanted.value(QStringLiteral("phone")).toString(),
                           {}};
        auto dups = changes.findLikelyDuplicates(probe, m_volunteer.id);
        if (dups && !dups->empty()) {
            QStringList lines;
            for (const DuplicateCandidate& d : *dups)
                lines << tr("%1 <%2> — %3").arg(d.name, d.email, d.reason);
            if (!m_context.prompter->confirm(window(), tr("Possible duplicate"),
                                             tr("This looks like a volunteer who is already in VMS."),
                                             lines.join(QLatin1Char('\n')), tr("Save anyway")))
                return false;
        }
    }
    if (Status s = changes.editVolunteer(m_volunteer.id, after); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    const qint64 id = m_volunteer.id;
    const QString name = m_volunteer.displayName();
    // A school or district as primary affiliation, replaced by an organization: undo puts its Id back.
    if (old.value(QStringLiteral("organization_id")).toLongLong() == kKeepAffiliation) {
        old.remove(QStringLiteral("organization_id"));
        old.insert(QStringLiteral("primary_affiliation"), m_volunteer.primaryAffiliation);
    }
    // The window creates its undo stack before its pages, so the stack (and these commands) is
    // destroyed first: `this` outlives every command that captures it.
    auto apply = [this](qint64 localId, const QVariantMap& values) -> Status {
        LocalChanges c(*m_context.database, m_context.session, *m_context.clock);
        Status s = c.editVolunteer(localId, values);
        if (m_volunteer.id == localId)
            showVolunteer(localId);
        Q_EMIT volunteerChanged(localId);
        return s;
    };
    auto report = [this](const Error& e) {
        m_context.prompter->error(window(), tr("Cannot undo"), e.message);
    };
    if (m_undoStack)
        m_undoStack->push(RecordChangeCommand::edit(
            tr("Edit %1").arg(name), old, after,
            [apply, id](const QVariantMap& values) { return apply(id, values); }, report));
    showVolunteer(id);
    Q_EMIT volunteerChanged(id);
    return true;
}

} // namespace vms
