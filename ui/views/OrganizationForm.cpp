#include "ui/views/OrganizationForm.h"

#include "core/changes/LocalChanges.h"
#include "core/models/RecordQueries.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/RefusedChanges.h"
#include "ui/views/DeleteRecord.h"
#include "ui/views/RecordChangeCommand.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace vms {

namespace {

// How an organization is checked and written (RecordFormFrame::problems and save).
const RecordFormFrame::Writes kWrites{&LocalChanges::checkOrganization, &LocalChanges::addOrganization,
                                      &LocalChanges::editOrganization};

// Account types that are not partner organizations: schools, districts and households are pulled as
// schools, districts or not at all (mapping.json's filters), so an organization never takes them.
bool isPartnerType(const QString& type) {
    return type != u"School" && type != u"School District" && type != u"Household";
}

} // namespace

OrganizationForm::OrganizationForm(const UiContext& context, qint64 localId, QUndoStack* undoStack,
                                   QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(localId)
    , m_undoStack(undoStack) {
    setObjectName(QStringLiteral("organizationForm"));
    setWindowTitle(localId == 0 ? tr("New organization") : tr("Edit organization"));
    const Database& db = *m_context.database;
    if (auto rules = FieldRules::load(db, QStringLiteral("organization")))
        m_rules = std::move(rules).value();

    auto* outer = new QVBoxLayout(this);
    m_frame = std::make_unique<RecordFormFrame>(this, outer, QStringLiteral("organizationForm"));

    auto* form = new QFormLayout;
    auto line = [](const char* name) {
        auto* e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_name = line("organizationFormName");
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("organizationFormType"));
    m_type->setEditable(true);
    m_type->addItem(QString());
    QStringList types;
    if (const FieldRule* r = m_rules.rule(QStringLiteral("type")))
        types = r->picklistValues;
    if (types.isEmpty())
        types = RecordQueries::distinctValues(db, QStringLiteral("organizations"), QStringLiteral("type"));
    for (const QString& t : types)
        if (isPartnerType(t))
            m_type->addItem(t);
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("organizationFormParent"));
    m_parent->addItem(tr("(none)"), QString());
    // Only one Salesforce already has can be a parent: its Id is what the org is sent.
    for (const NamedRecord& r : RecordQueries::named(db, QStringLiteral("organizations"),
                                                     RecordQueries::NameOrder::IgnoreCase, m_id))
        m_parent->addItem(r.name, r.sfId);
    m_street = line("organizationFormStreet");
    m_city = line("organizationFormCity");
    m_state = line("organizationFormState");
    m_postalCode = line("organizationFormPostalCode");
    m_country = line("organizationFormCountry");
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("organizationFormDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(100);
    auto row = [&](const QString& label, QWidget* field, const char* column) {
        form->addRow(label, field);
        m_frame->addProblemLine(form, QLatin1String(column), field);
    };
    row(tr("&Name:"), m_name, "name");
    row(tr("&Type:"), m_type, "type");
    row(tr("&Parent organization:"), m_parent, "parent_sf_id");
    row(tr("&Street:"), m_street, "billing_street");
    row(tr("&City:"), m_city, "billing_city");
    row(tr("St&ate:"), m_state, "billing_state");
    row(tr("&Postal code:"), m_postalCode, "billing_postal_code");
    row(tr("C&ountry:"), m_country, "billing_country");
    row(tr("Descr&iption:"), m_description, "description");
    outer->addLayout(form);

    m_frame->addButtons(outer, [this] { return save(); });

    load();
    m_initial = values();
    for (QLineEdit* e : {m_name, m_street, m_city, m_state, m_postalCode, m_country})
        connect(e, &QLineEdit::textChanged, this, [this] { showProblems(false); });
    connect(m_type, &QComboBox::currentTextChanged, this, [this] { showProblems(false); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { showProblems(false); });

    if (m_id != 0) {
        const auto refusal = refusalOf(db, QStringLiteral("organization"), m_id);
        if (refusal && refusal->has_value()) {
            const RefusedChange& r = **refusal;
            m_frame->showRefusal(
                tr("Salesforce refused the last change of this organization (%1): %2 Fix it here "
                   "and save; it is sent again.")
                    .arg(r.code, r.message),
                QStringLiteral("organization"), r.fields, r.message,
                m_context.mapping ? *m_context.mapping : OrgMapping::builtIn());
        }
    }
    if (!m_context.session.allows(Permission::WriteRecords))
        m_frame->setReadOnly(
            m_context.session.refusalReason(Permission::WriteRecords),
            {m_name, m_type, m_parent, m_street, m_city, m_state, m_postalCode, m_country, m_description});
    if (localId != 0 && DeleteRecord::allowed(m_context)) {
        QPushButton* remove =
            m_frame->buttons()->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("organizationFormDelete"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_deleteRequested = true;
            reject();
        });
    }
    resize(480, 480);
}

OrganizationForm::~OrganizationForm() = default;

void OrganizationForm::load() {
    if (m_id == 0)
        return;
    const auto v =
        RecordQueries::values(*m_context.database, QStringLiteral("organizations"), m_id,
                              {QStringLiteral("name"), QStringLiteral("type"), QStringLiteral("parent_sf_id"),
                               QStringLiteral("billing_street"), QStringLiteral("billing_city"),
                               QStringLiteral("billing_state"), QStringLiteral("billing_postal_code"),
                               QStringLiteral("billing_country"), QStringLiteral("description")});
    if (!v)
        return;
    auto text = [&v](const char* column) {
        return v->value(QLatin1String(column)).toString();
    };
    m_name->setText(text("name"));
    if (const int i = m_type->findText(text("type")); i >= 0)
        m_type->setCurrentIndex(i);
    else
        m_type->setCurrentText(text("type"));
    const int parent = m_parent->findData(text("parent_sf_id"));
    m_parent->setCurrentIndex(parent >= 0 ? parent : 0);
    m_street->setText(text("billing_street"));
    m_city->setText(text("billing_city"));
    m_state->setText(text("billing_state"));
    m_postalCode->setText(text("billing_postal_code"));
    m_country->setText(text("billing_country"));
    m_description->setPlainText(text("description"));
}

QVariantMap OrganizationForm::values() const {
    return {{QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("type"), m_type->currentText().trimmed()},
            {QStringLiteral("parent_sf_id"), m_parent->currentData().toString()},
            {QStringLiteral("billing_street"), m_street->text().trimmed()},
            {QStringLiteral("billing_city"), m_city->text().trimmed()},
            {QStringLiteral("billing_state"), m_state->text().trimmed()},
            {QStringLiteral("billing_postal_code"), m_postalCode->text().trimmed()},
            {QStringLiteral("billing_country"), m_country->text().trimmed()},
            {QStringLiteral("description"), m_description->toPlainText().trimmed()}};
}

QVariantMap OrganizationForm::changedValues(QVariantMap* before) const {
    // A new organization always carries its name, so a blank one is refused rather than left out.
    return RecordFormFrame::changedValues(values(), m_initial, m_id == 0, before, {QStringLiteral("name")});
}

void OrganizationForm::showProblems(bool all) {
    if (!m_context.session.allows(Permission::WriteRecords))
        return;
    const QVariantMap edits = changedValues();
    std::vector<FieldProblem> problems = RecordFormFrame::problems(m_context, kWrites, m_id, edits);
    // While typing, an empty name is not yet a problem worth a red line.
    if (!all)
        std::erase_if(problems, [&edits](const FieldProblem& p) {
            return p.column == u"name" && edits.value(p.column).toString().isEmpty();
        });
    m_frame->showProblems(
        problems, all,
        tr("Salesforce would refuse this organization as it is: see the fields marked above."));
}

bool OrganizationForm::save() {
    QVariantMap before;
    const QVariantMap after = changedValues(&before);
    const bool isNew = m_id == 0;
    return m_frame->save(
        m_context, kWrites, m_id, after, [this] { showProblems(true); },
        [&] {
            pushUndo(isNew ? QVariantMap() : before, after);
            m_initial = values();
            Q_EMIT changed(m_id);
        });
}

void OrganizationForm::pushUndo(const QVariantMap& before, const QVariantMap& after) {
    if (!m_undoStack)
        return;
    // The commands outlive this dialog: they hold what they need, never the form itself.
    const UiContext context = m_context;
    auto id = std::make_shared<qint64>(m_id);
    auto report = [context](const Error& e) {
        context.prompter->error(nullptr, QCoreApplication::translate("vms::OrganizationForm", "Cannot undo"),
                                e.message);
    };
    const QString name =
        after.value(QStringLiteral("name"), m_initial.value(QStringLiteral("name"))).toString();
    if (before.isEmpty()) {
        auto withdraw = [context, id]() -> Status {
            return LocalChanges(*context.database, context.session, *context.clock)
                .withdrawCreated(QStringLiteral("organization"), *id);
        };
        auto recreate = [context, id, after]() -> Status {
            auto created =
                LocalChanges(*context.database, context.session, *context.clock).addOrganization(after);
            if (!created)
                return created.error();
            *id = *created;
            return {};
        };
        m_undoStack->push(
            new RecordChangeCommand(tr("New organization %1").arg(name), withdraw, recreate, report));
        return;
    }
    auto apply = [context, id](const QVariantMap& values) {
        return LocalChanges(*context.database, context.session, *context.clock).editOrganization(*id, values);
    };
    m_undoStack->push(RecordChangeCommand::edit(tr("Edit %1").arg(name), before, after, apply, report));
}

} // namespace vms
