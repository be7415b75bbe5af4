#include "ui/views/AddVolunteerDialog.h"

#include "ui/widgets/Prompter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vms {

AddVolunteerDialog::AddVolunteerDialog(const UiContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("addVolunteerDialog"));
    setWindowTitle(tr("Add volunteer"));
    setAccessibleName(tr("Add volunteer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [&](QLineEdit*& edit, const QString& name, const QString& label, const char* column) {
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), edit);
        if (column) {
            m_problemLines.add(form, QLatin1String(column), edit, name + QStringLiteral("Problem"));
            connect(edit, &QLineEdit::textEdited, this, [this] { showOrgProblems(false); });
        }
    };
    field(m_first, QStringLiteral("newFirstName"), tr("First name"), "first_name");
    field(m_last, QStringLiteral("newLastName"), tr("Last name (required)"), "last_name");
    field(m_email, QStringLiteral("newEmail"), tr("Email"), "email");
    field(m_phone, QStringLiteral("newPhone"), tr("Phone"), "phone");
    field(m_organization, QStringLiteral("newOrganization"), tr("Organization"), nullptr);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("addVolunteerProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("addVolunteerButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("addVolunteerSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddVolunteerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddVolunteerDialog::reject);
    layout->addWidget(buttons);
    m_first->setFocus();
}

AddVolunteerDialog::~AddVolunteerDialog() = default;

void AddVolunteerDialog::showProblem(const QString& text, QWidget* fieldWidget) {
    m_problem->setText(text);
    m_problem->show();
    if (fieldWidget)
        fieldWidget->setFocus();
}

NewVolunteer AddVolunteerDialog::volunteer() const {
    return {m_first->text().trimmed(), m_last->text().trimmed(), m_email->text().trimmed(),
            m_phone->text().trimmed(), m_organization->text().trimmed()};
}

bool AddVolunteerDialog::showOrgProblems(bool all) {
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock);
    auto checked = changes.checkNewVolunteer(volunteer());
    std::vector<FieldProblem> problems = checked ? std::move(checked).value() : std::vector<FieldProblem>{};
    if (!all) {
        // While typing, only what is wrong with text already there: a required field still empty is said
        // when Save is pressed.
        const QHash<QString, QLineEdit*> fields = {{QStringLiteral("first_name"), m_first},
                                                   {QStringLiteral("last_name"), m_last},
                                                   {QStringLiteral("email"), m_email},
                                                   {QStringLiteral("phone"), m_phone}};
        std::erase_if(problems, [&fields](const FieldProblem& p) {
            const QLineEdit* edit = fields.value(p.column);
            return edit && edit->text().trimmed().isEmpty();
        });
    }
    QWidget* first = nullptr;
    const std::vector<FieldProblem> elsewhere = m_problemLines.show(problems, &first);
    if (all && !problems.empty()) {
        QStringList texts;
        for (const FieldProblem& p : elsewhere)
            texts << p.text();
        showProblem(texts.isEmpty()
                        ? tr("Salesforce would refuse this volunteer as it is: see the fields marked "
                             "above.")
                        : texts.join(u' '),
                    first);
    } else if (!all && problems.empty()) {
        m_problem->hide();
    }
    // A line that appeared may need more height than the dialog has.
    layout()->activate();
    const QSize wanted = size().expandedTo(sizeHint());
    resize(wanted.width(), std::max(wanted.height(), heightForWidth(wanted.width())));
    return !problems.empty();
}

void AddVolunteerDialog::accept() {
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const NewVolunteer v = volunteer();
    if (v.lastName.isEmpty())
        return showProblem(tr("A volunteer needs a last name."), m_last);
    if (!v.email.isEmpty() && !email.match(v.email).hasMatch())
        return showProblem(tr("“%1” is not an email address.").arg(v.email), m_email);
    if (showOrgProblems(true))
        return;
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock);
    auto dups = changes.findLikelyDuplicates(v);
    if (dups && !dups->empty()) {
        QStringList lines;
        for (const DuplicateCandidate& d : *dups)
            lines << tr("%1 <%2> — %3").arg(d.name, d.email, d.reason);
        if (!m_context.prompter->confirm(this, tr("Possible duplicate"),
                                         tr("This looks like a volunteer who is already in VMS."),
                                         lines.join(QLatin1Char('\n')), tr("Add anyway")))
            return showProblem(tr("Not added: a likely duplicate exists (%1).").arg(dups->front().reason),
                               nullptr);
    }
    auto added = changes.addVolunteer(v);
    if (!added)
        return showProblem(added.error().message, nullptr);
    m_addedId = *added;
    Q_EMIT volunteerAdded(m_addedId);
    QDialog::accept();
}

} // namespace vms
