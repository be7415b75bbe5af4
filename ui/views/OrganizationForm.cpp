#include "ui/views/OrganizationForm.h"

#include "core/changes/LocalChanges.h"
#include "core/db/Database.h"
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
#include <QSqlQuery>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace vms {

namespace {

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
    QSqlDatabase db = m_context.database->connection();
    if (auto rules = FieldRules::load(db, QStringLiteral("organization")))
        m_rules = std::move(rules).value();

    auto* outer = new QVBoxLayout(this);
    QPalette warn = palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x45, 0x3b));
    m_readOnly = new QLabel;
    m_readOnly->setObjectName(QStringLiteral("organizationFormReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    outer->addWidget(m_readOnly);
    m_refusal = new QLabel;
    m_refusal->setObjectName(QStringLiteral("organizationFormRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setPalette(warn);
    m_refusal->hide();
    outer->addWidget(m_refusal);

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
    if (types.isEmpty()) {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral(
                "SELECT DISTINCT type FROM organizations WHERE type IS NOT NULL AND type != '' "
                "ORDER BY 1 LIMIT 50")))
            while (q.next())
                types << q.value(0).toString();
    }
    for (const QString& t : types)
        if (isPartnerType(t))
            m_type->addItem(t);
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("organizationFormParent"));
    m_parent->addItem(tr("(none)"), QString());
    {
        // Only one Salesforce already has can be a parent: its Id is what the org is sent.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sf_id, name FROM organizations WHERE sf_id IS NOT NULL AND id != ? "
                                 "ORDER BY name COLLATE NOCASE"));
        q.addBindValue(m_id);
        if (q.exec())
            while (q.next())
                m_parent->addItem(q.value(1).toString(), q.value(0).toString());
    }
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
        m_problemLines.add(form, QLatin1String(column), field,
                           QStringLiteral("organizationFormProblem_%1").arg(QLatin1String(column)));
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

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("organizationFormError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setPalette(warn);
    m_error->hide();
    outer->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("organizationFormSave"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);

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
            m_refusal->setText(
                tr("Salesforce refused the last change of this organization (%1): %2 Fix it here "
                   "and save; it is sent again.")
                    .arg(r.code, r.message));
            m_refusal->show();
            const OrgMapping& mapping = m_context.mapping ? *m_context.mapping : OrgMapping::builtIn();
            std::vector<FieldProblem> marked;
            for (const QString& field : r.fields)
                for (const FieldMapping& f : mapping.entity(QStringLiteral("organization"))->fields)
                    if (f.sfField.compare(field, Qt::CaseInsensitive) == 0)
                        marked.push_back({f.column, field, field, tr("Salesforce: %1").arg(r.message)});
            m_problemLines.show(marked);
        }
    }
    if (!m_context.session.allows(Permission::WriteRecords)) {
        m_readOnly->setText(m_context.session.refusalReason(Permission::WriteRecords));
        m_readOnly->show();
        for (QWidget* w : std::initializer_list<QWidget*>{m_name, m_type, m_parent, m_street, m_city, m_state,
                                                          m_postalCode, m_country, m_description})
            w->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Save)->hide();
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
    if (localId != 0 && DeleteRecord::allowed(m_context)) {
        QPushButton* remove = m_buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
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
    QSqlQuery q(m_context.database->connection());
    q.prepare(
        QStringLiteral("SELECT name, type, parent_sf_id, billing_street, billing_city, billing_state, "
                       "billing_postal_code, billing_country, description FROM organizations WHERE id=?"));
    q.addBindValue(m_id);
    if (!q.exec() || !q.next())
        return;
    m_name->setText(q.value(0).toString());
    if (const int i = m_type->findText(q.value(1).toString()); i >= 0)
        m_type->setCurrentIndex(i);
    else
        m_type->setCurrentText(q.value(1).toString());
    const int parent = m_parent->findData(q.value(2).toString());
    m_parent->setCurrentIndex(parent >= 0 ? parent : 0);
    m_street->setText(q.value(3).toString());
    m_city->setText(q.value(4).toString());
    m_state->setText(q.value(5).toString());
    m_postalCode->setText(q.value(6).toString());
    m_country->setText(q.value(7).toString());
    m_description->setPlainText(q.value(8).toString());
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
    const QVariantMap now = values();
    QVariantMap out;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QVariant was = m_initial.value(it.key());
        // A new organization always carries its name, so a blank one is refused rather than left out.
        const bool same = m_id == 0 ? it.value().toString().isEmpty() && it.key() != u"name"
                                    : was.toString() == it.value().toString();
        if (same)
            continue;
        out.insert(it.key(), it.value());
        if (before)
            before->insert(it.key(), was);
    }
    return out;
}

void OrganizationForm::showProblems(bool all) {
    if (!m_context.session.allows(Permission::WriteRecords))
        return;
    LocalChanges changes(m_context.database->connection(), m_context.session, *m_context.clock);
    const QVariantMap edits = changedValues();
    auto checked = changes.checkOrganization(m_id, edits);
    std::vector<FieldProblem> problems = checked ? std::move(checked).value() : std::vector<FieldProblem>{};
    // While typing, an empty name is not yet a problem worth a red line.
    if (!all)
        std::erase_if(problems, [&edits](const FieldProblem& p) {
            return p.column == u"name" && edits.value(p.column).toString().isEmpty();
        });
    QWidget* first = nullptr;
    const std::vector<FieldProblem> elsewhere = m_problemLines.show(problems, &first);
    if (problems.empty()) {
        m_error->hide();
        return;
    }
    if (all) {
        QStringList texts;
        for (const FieldProblem& p : elsewhere)
            texts << p.text();
        m_error->setText(texts.isEmpty() ? tr("Salesforce would refuse this organization as it is: see the "
                                              "fields marked above.")
                                         : texts.join(u' '));
        m_error->show();
        if (first)
            first->setFocus();
    }
}

bool OrganizationForm::save() {
    if (!m_context.session.allows(Permission::WriteRecords))
        return false;
    QVariantMap before;
    const QVariantMap after = changedValues(&before);
    if (after.isEmpty() && m_id != 0)
        return true;
    LocalChanges changes(m_context.database->connection(), m_context.session, *m_context.clock);
    auto checked = changes.checkOrganization(m_id, after);
    if (checked && !checked->empty()) {
        showProblems(true);
        return false;
    }
    const bool isNew = m_id == 0;
    if (isNew) {
        auto created = changes.addOrganization(after);
        if (!created) {
            m_error->setText(created.error().message);
            m_error->show();
            return false;
        }
        m_id = *created;
    } else if (Status s = changes.editOrganization(m_id, after); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    pushUndo(isNew ? QVariantMap() : before, after);
    m_initial = values();
    Q_EMIT changed(m_id);
    return true;
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
            return LocalChanges(context.database->connection(), context.session, *context.clock)
                .withdrawCreated(QStringLiteral("organization"), *id);
        };
        auto recreate = [context, id, after]() -> Status {
            auto created = LocalChanges(context.database->connection(), context.session, *context.clock)
                               .addOrganization(after);
            if (!created)
                return created.error();
            *id = *created;
            return {};
        };
        m_undoStack->push(
            new RecordChangeCommand(tr("New organization %1").arg(name), withdraw, recreate, report));
        return;
    }
    auto step = [context, id](const QVariantMap& values) {
        return [context, id, values]() -> Status {
            return LocalChanges(context.database->connection(), context.session, *context.clock)
                .editOrganization(*id, values);
        };
    };
    m_undoStack->push(new RecordChangeCommand(tr("Edit %1").arg(name), step(before), step(after), report));
}

} // namespace vms
