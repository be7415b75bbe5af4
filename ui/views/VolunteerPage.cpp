#include "ui/views/VolunteerPage.h"

#include "core/changes/LocalChanges.h"
#include "core/common/Clock.h"
#include "core/db/Database.h"
#include "core/db/Repository.h"
#include "core/domain/Role.h"
#include "core/domain/Status.h"
#include "core/models/DisplayTime.h"
#include "ui/views/EditVolunteerCommand.h"
#include "ui/widgets/Prompter.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vms {

namespace {

struct FieldSpec {
    const char* column;
    const char* label;
};

// The contact fields LocalChanges lets VMS edit, in the order the form shows them.
constexpr FieldSpec kTextFields[] = {
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

VolunteerPage::~VolunteerPage() = default;

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

    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("volunteerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_name->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_name->setFont(f);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("volunteerSubtitle"));
    m_badges = new QLabel;
    m_badges->setObjectName(QStringLiteral("volunteerBadges"));
    outer->addWidget(m_name);
    outer->addWidget(m_subtitle);
    outer->addWidget(m_badges);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("volunteerEditError"));
    m_error->setWordWrap(true);
    // The problem itself is what is read; a name would replace it.
    m_error->setAccessibleDescription(tr("Problem with the changes"));
    QPalette warn = m_error->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x45, 0x3b));
    m_error->setPalette(warn);
    m_error->hide();
    outer->addWidget(m_error);

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("volunteerScroll"));
    // It takes focus so the record can be scrolled from the keyboard; a screen reader names that stop.
    scroll->setAccessibleName(tr("Volunteer details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget;
    auto* grid = new QGridLayout(body);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto* contact = new QGroupBox(tr("Contact details"));
    contact->setObjectName(QStringLiteral("contactGroup"));
    auto* form = new QFormLayout(contact);
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
    m_skills = new QLabel;
    m_skills->setObjectName(QStringLiteral("volunteerSkills"));
    m_skills->setWordWrap(true);
    hoursForm->addRow(tr("Skills:"), m_skills);
    m_interests = new QLabel;
    m_interests->setObjectName(QStringLiteral("volunteerInterests"));
    m_interests->setWordWrap(true);
    hoursForm->addRow(tr("Interests:"), m_interests);
    right->addWidget(hoursBox);

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
    grid->addWidget(notesBox, 3, 0, 1, 2);

    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
}

void VolunteerPage::applyRoleGating() {
    const Role role = m_context.session.role;
    const bool mayWrite = roleAllows(role, Permission::WriteRecords);
    m_edit->setEnabled(mayWrite);
    m_edit->setToolTip(mayWrite ? tr("Edit this volunteer's contact details (Ctrl+E)")
                                : refusalReason(role, Permission::WriteRecords));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_demographics->setVisible(role != Role::User);
}

bool VolunteerPage::showVolunteer(qint64 localId) {
    if (m_editing)
        setEditing(false);
    auto found = Repository<Volunteer>(m_context.database->connection()).get(localId);
    if (!found || !*found)
        return false;
    m_volunteer = **found;
    m_volunteer.id = localId;
    fill();
    fillHistory();
    return true;
}

void VolunteerPage::fill() {
    const Volunteer& v = m_volunteer;
    m_name->setText(v.displayName());
    setAccessibleName(tr("Volunteer %1").arg(v.displayName()));
    QStringList sub;
    if (!v.title.isEmpty())
        sub << v.title;
    QString org = v.primaryAffiliation;
    if (!org.isEmpty()) {
        QSqlQuery q(m_context.database->connection());
        q.prepare(QStringLiteral("SELECT name FROM organizations WHERE sf_id = ?"));
        q.addBindValue(org);
        if (q.exec() && q.next())
            org = q.value(0).toString();
        sub << org;
    }
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
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setText(valueOf(v, it.key()));
    m_doNotCall->setChecked(v.doNotCall);
    m_emailOptOut->setChecked(v.emailOptOut);
    m_skillsText->setPlainText(v.skillsText);
    m_notes->setPlainText(v.recruitmentNotes);
    QStringList skills = v.skills.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QString& s : skills)
        s = s.trimmed();
    m_skills->setText(skills.isEmpty() ? tr("None recorded") : skills.join(QStringLiteral(", ")));
    m_interests->setText(v.interests.isEmpty() ? tr("None recorded") : v.interests);
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
    QSqlDatabase db = m_context.database->connection();
    m_affiliations->setRowCount(0);
    if (!m_volunteer.sfId.isEmpty()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT o.id, coalesce(o.name, a.organization_sf_id), a.role, a.status, a.start_date, "
            "a.end_date, "
            "a.is_primary FROM affiliations a LEFT JOIN organizations o ON o.sf_id = a.organization_sf_id "
            "WHERE a.contact_sf_id = ? ORDER BY a.is_primary DESC, a.start_date DESC"));
        q.addBindValue(m_volunteer.sfId);
        if (q.exec()) {
            while (q.next()) {
                const int r = m_affiliations->rowCount();
                m_affiliations->insertRow(r);
                QString name = q.value(1).toString();
                if (q.value(6).toInt())
                    name += tr(" (primary)");
                m_affiliations->setItem(r, 0, item(name, q.value(0).toLongLong()));
                for (int c = 2; c <= 5; ++c)
                    m_affiliations->setItem(r, c - 1, item(q.value(c).toString()));
            }
        }
    }
    if (m_affiliations->rowCount() == 0 && !m_subtitle->text().isEmpty() &&
        !m_volunteer.primaryAffiliation.isEmpty()) {
        m_affiliations->insertRow(0);
        m_affiliations->setItem(0, 0, item(m_subtitle->text().section(QStringLiteral(" · "), -1)));
    }

    const SchoolYear year = DisplayTime::schoolYearOf(m_context.clock->nowUtc().toMSecsSinceEpoch());
    double thisYear = 0, lifetime = 0;
    int attended = 0;
    m_participations->setRowCount(0);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.name, e.start_utc, p.status_code, p.delivery_hours FROM "
                             "participations p JOIN events e ON e.id = p.event_id WHERE p.volunteer_id = ? "
                             "ORDER BY e.start_utc DESC"));
    q.addBindValue(m_volunteer.id);
    if (q.exec()) {
        while (q.next()) {
            const int r = m_participations->rowCount();
            m_participations->insertRow(r);
            const qint64 start = q.value(2).toLongLong();
            const auto status = static_cast<ParticipationStatus>(q.value(3).toInt());
            const double h = q.value(4).toDouble();
            m_participations->setItem(r, 0,
                                      item(q.value(2).isNull() ? QString() : DisplayTime::sortable(start)));
            m_participations->setItem(r, 1, item(q.value(1).toString(), q.value(0).toLongLong()));
            QString statusText;
            switch (status) {
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
            auto* hoursItem = item(q.value(4).isNull() ? QString() : hours(h));
            hoursItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_participations->setItem(r, 3, hoursItem);
            // Only attended sessions count as hours given (reports.md counts the same way).
            if (status == ParticipationStatus::Attended) {
                ++attended;
                lifetime += h;
                if (start >= year.beginUtcMs && start < year.endUtcMs)
                    thisYear += h;
            }
        }
    }
    m_hoursThisYear->setText(tr("%1 (%2)").arg(hours(thisYear), year.label()));
    m_hoursLifetime->setText(hours(lifetime));
    m_sessions->setText(QLocale().toString(attended));
    m_participations->resizeColumnsToContents();
    m_affiliations->resizeColumnsToContents();
}

void VolunteerPage::setEditing(bool editing) {
    m_editing = editing;
    for (QLineEdit* e : std::as_const(m_fields))
        e->setReadOnly(!editing);
    m_doNotCall->setEnabled(editing);
    m_emailOptOut->setEnabled(editing);
    m_skillsText->setReadOnly(!editing);
    m_notes->setReadOnly(!editing);
    m_edit->setVisible(!editing);
    m_save->setVisible(editing);
    m_cancel->setVisible(editing);
    m_back->setEnabled(true);
    m_error->hide();
    m_problemLines.clear();
}

void VolunteerPage::startEditing() {
    if (!roleAllows(m_context.session.role, Permission::WriteRecords) || m_volunteer.id == 0)
        return;
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
    return out;
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
    LocalChanges changes(m_context.database->connection(), m_context.session, *m_context.clock);
    auto checked = changes.checkVolunteerEdit(edits);
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
    QSqlDatabase db = m_context.database->connection();
    LocalChanges changes(db, m_context.session, *m_context.clock);
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
    // The window creates its undo stack before its pages, so the stack (and these commands) is
    // destroyed first: `this` outlives every command that captures it.
    auto apply = [this](qint64 localId, const QVariantMap& values) -> Status {
        LocalChanges c(m_context.database->connection(), m_context.session, *m_context.clock);
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
        m_undoStack->push(new EditVolunteerCommand(id, old, after, tr("Edit %1").arg(name), apply, report));
    showVolunteer(id);
    Q_EMIT volunteerChanged(id);
    return true;
}

} // namespace vms
