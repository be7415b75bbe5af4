#include "ui/attendance/WalkInDialog.h"

#include <QCompleter>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vms {

WalkInDialog::WalkInDialog(DuplicateFinder finder, ProblemFinder problems, const QStringList& organizations,
                           QWidget* parent)
    : QDialog(parent)
    , m_finder(std::move(finder))
    , m_problemFinder(std::move(problems)) {
    setObjectName(QStringLiteral("walkInDialog"));
    setWindowTitle(tr("Add a walk-in volunteer"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto field = [this, form](QLineEdit*& edit, const char* objectName, const QString& label,
                              const char* column) {
        edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(objectName));
        edit->setAccessibleName(label);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, &WalkInDialog::resetWarning);
        connect(edit, &QLineEdit::textEdited, this, [this] { showProblems(false); });
        if (column)
            m_problemLines.add(form, QLatin1String(column), edit,
                               QLatin1String(objectName) + QStringLiteral("Problem"));
    };
    field(m_first, "walkInFirstName", tr("&First name"), "first_name");
    field(m_last, "walkInLastName", tr("&Last name (required)"), "last_name");
    field(m_email, "walkInEmail", tr("&Email"), "email");
    field(m_phone, "walkInPhone", tr("&Phone"), "phone");
    field(m_organization, "walkInOrganization", tr("&Organization"), nullptr);
    auto* completer = new QCompleter(organizations, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Inline, not a popup: Enter must submit the form, not pick from a list first.
    completer->setCompletionMode(QCompleter::InlineCompletion);
    m_organization->setCompleter(completer);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("walkInMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_duplicates = new QListWidget(this);
    m_duplicates->setObjectName(QStringLiteral("duplicateList"));
    m_duplicates->setAccessibleName(tr("Possible existing records"));
    m_duplicates->hide();
    layout->addWidget(m_duplicates);

    auto* buttons = new QDialogButtonBox(this);
    m_add = buttons->addButton(tr("&Add and mark attended"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("walkInAddButton"));
    m_add->setDefault(true);
    m_useExisting = buttons->addButton(tr("&Use the selected person"), QDialogButtonBox::ActionRole);
    m_useExisting->setObjectName(QStringLiteral("walkInUseExistingButton"));
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("walkInCancelButton"));
    // Only once every button is in: the box shows each of its buttons again whenever it lays them out.
    m_useExisting->hide();
    layout->addWidget(buttons);
    // Our own handlers: Enter must run the duplicate check, not accept straight away.
    connect(m_add, &QPushButton::clicked, this, &WalkInDialog::addClicked);
    connect(m_useExisting, &QPushButton::clicked, this, &WalkInDialog::useExistingClicked);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_duplicates, &QListWidget::itemActivated, this, &WalkInDialog::useExistingClicked);
    // Wide enough for a problem line or the duplicate warning to read in one or two lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_first->setFocus();
}

NewVolunteer WalkInDialog::volunteer() const {
    return {m_first->text().trimmed(), m_last->text().trimmed(), m_email->text().trimmed(),
            m_phone->text().trimmed(), m_organization->text().trimmed()};
}

void WalkInDialog::resetWarning() {
    if (!m_warned)
        return;
    m_warned = false;
    m_duplicates->hide();
    m_useExisting->hide();
    m_message->hide();
    m_add->setText(tr("&Add and mark attended"));
}

bool WalkInDialog::showProblems(bool all) {
    std::vector<FieldProblem> problems =
        m_problemFinder ? m_problemFinder(volunteer()) : std::vector<FieldProblem>{};
    if (!all) {
        // While typing, only what is wrong with text already there: a required field still empty is said
        // when Add is pressed.
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
    if (!all && problems.empty() && !m_warned)
        m_message->hide();
    growToFit();
    if (all && !problems.empty()) {
        QStringList texts;
        for (const FieldProblem& p : elsewhere)
            texts << p.text();
        m_message->setText(texts.isEmpty()
                               ? tr("Salesforce would refuse this walk-in as it is: see the fields "
                                    "marked above.")
                               : texts.join(u' '));
        m_message->show();
        if (first)
            first->setFocus();
    }
    return !problems.empty();
}

void WalkInDialog::growToFit() {
    // A line that appeared may need more height than the dialog has.
    layout()->activate();
    const QSize wanted = size().expandedTo(sizeHint());
    resize(wanted.width(), std::max(wanted.height(), heightForWidth(wanted.width())));
}

void WalkInDialog::addClicked() {
    const NewVolunteer v = volunteer();
    if (v.lastName.isEmpty()) {
        m_message->setText(tr("A last name is needed."));
        m_message->show();
        m_last->setFocus();
        return;
    }
    if (!v.email.isEmpty() && !v.email.contains(u'@')) {
        m_message->setText(tr("'%1' is not an email address.").arg(v.email));
        m_message->show();
        m_email->setFocus();
        return;
    }
    if (showProblems(true))
        return;
    if (!m_warned) {
        m_candidates = m_finder ? m_finder(v) : std::vector<DuplicateCandidate>{};
        if (!m_candidates.empty()) {
            m_warned = true;
            m_duplicates->clear();
            for (const DuplicateCandidate& d : m_candidates)
                m_duplicates->addItem(
                    tr("%1 — %2 (%3)").arg(d.name, d.email.isEmpty() ? d.phone : d.email, d.reason));
            m_duplicates->setCurrentRow(0);
            m_message->setText(
                tr("This may be someone already in VMS. Pick them and press Use the selected person, "
                   "or press Add again to add a new volunteer anyway."));
            m_message->show();
            m_duplicates->show();
            m_useExisting->show();
            m_add->setText(tr("&Add as new anyway"));
            m_duplicates->setFocus();
            return;
        }
    }
    m_existing.reset();
    accept();
}

void WalkInDialog::useExistingClicked() {
    const int row = m_duplicates->currentRow();
    if (row < 0 || row >= static_cast<int>(m_candidates.size()))
        return;
    m_existing = m_candidates[static_cast<size_t>(row)].localId;
    accept();
}

} // namespace vms
