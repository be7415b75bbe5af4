#include "ui/widgets/RecordFormFrame.h"

#include "core/salesforce/OrgMapping.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vms {

namespace {
QPalette warning(const QWidget* widget) {
    QPalette warn = widget->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x45, 0x3b));
    return warn;
}
} // namespace

RecordFormFrame::RecordFormFrame(QDialog* form, QVBoxLayout* outer, const QString& prefix)
    : m_prefix(prefix)
    , m_form(form) {
    m_readOnly = new QLabel;
    m_readOnly->setObjectName(m_prefix + QStringLiteral("ReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();
    outer->addWidget(m_readOnly);
    m_refusal = new QLabel;
    m_refusal->setObjectName(m_prefix + QStringLiteral("Refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText); // the org's message is record data, never markup
    m_refusal->setPalette(warning(form));
    m_refusal->hide();
    outer->addWidget(m_refusal);
}

QVariantMap RecordFormFrame::changedValues(const QVariantMap& now, const QVariantMap& initial, bool isNew,
                                           QVariantMap* before, const QStringList& always) {
    QVariantMap out;
    for (auto it = now.begin(); it != now.end(); ++it) {
        const QVariant was = initial.value(it.key());
        const bool same = isNew ? it.value().toString().isEmpty() && !always.contains(it.key())
                                : was.toString() == it.value().toString();
        if (same)
            continue;
        out.insert(it.key(), it.value());
        if (before)
            before->insert(it.key(), was);
    }
    return out;
}

std::vector<FieldProblem> RecordFormFrame::problems(const UiContext& context, const Writes& writes, qint64 id,
                                                    const QVariantMap& changes) {
    if (!context.session.allows(Permission::WriteRecords))
        return {};
    LocalChanges local(*context.database, context.session, *context.clock);
    auto checked = (local.*writes.check)(id, changes);
    return checked ? std::move(checked).value() : std::vector<FieldProblem>{};
}

bool RecordFormFrame::save(const UiContext& context, const Writes& writes, qint64& id,
                           const QVariantMap& changes, const std::function<void()>& onProblems,
                           const std::function<void()>& onWritten) {
    if (!context.session.allows(Permission::WriteRecords))
        return false;
    if (changes.isEmpty() && id != 0)
        return true;
    if (!problems(context, writes, id, changes).empty()) {
        onProblems();
        return false;
    }
    LocalChanges local(*context.database, context.session, *context.clock);
    if (id == 0) {
        auto created = (local.*writes.add)(changes);
        if (!created) {
            showError(created.error().message);
            return false;
        }
        id = *created;
    } else if (Status s = (local.*writes.edit)(id, changes); !s) {
        showError(s.error().message);
        return false;
    }
    onWritten();
    return true;
}

void RecordFormFrame::addButtons(QVBoxLayout* outer, std::function<bool()> save) {
    m_error = new QLabel;
    m_error->setObjectName(m_prefix + QStringLiteral("Error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setPalette(warning(m_form));
    m_error->hide();
    outer->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(m_prefix + QStringLiteral("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(m_prefix + QStringLiteral("Cancel"));
    QDialog* form = m_form;
    QObject::connect(m_buttons, &QDialogButtonBox::accepted, form, [form, save = std::move(save)] {
        if (save())
            form->accept();
    });
    QObject::connect(m_buttons, &QDialogButtonBox::rejected, form, &QDialog::reject);
    outer->addWidget(m_buttons);
}

void RecordFormFrame::addProblemLine(QFormLayout* form, const QString& column, QWidget* field) {
    m_problemLines.add(form, column, field, m_prefix + QStringLiteral("Problem_") + column);
}

void RecordFormFrame::showProblems(const std::vector<FieldProblem>& problems, bool all,
                                   const QString& summary, const std::function<bool()>& keepFocus) {
    QWidget* first = nullptr;
    const std::vector<FieldProblem> elsewhere = m_problemLines.show(problems, &first);
    if (problems.empty()) {
        m_error->hide();
        return;
    }
    if (!all)
        return;
    QStringList texts;
    for (const FieldProblem& p : elsewhere)
        texts << p.text();
    m_error->setText(texts.isEmpty() ? summary : texts.join(u' '));
    m_error->show();
    if (first && !(keepFocus && keepFocus()))
        first->setFocus();
}

void RecordFormFrame::showRefusal(const QString& text, const QString& entity, const QStringList& sfFields,
                                  const QString& message, const OrgMapping& mapping) {
    m_refusal->setText(text);
    m_refusal->show();
    std::vector<FieldProblem> marked;
    if (const EntityMapping* e = mapping.entity(entity))
        for (const QString& field : sfFields)
            for (const FieldMapping& f : e->fields)
                if (f.sfField.compare(field, Qt::CaseInsensitive) == 0)
                    marked.push_back({f.column, field, field, tr("Salesforce: %1").arg(message)});
    m_problemLines.show(marked);
}

void RecordFormFrame::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void RecordFormFrame::setReadOnly(const QString& reason, std::initializer_list<QWidget*> fields) {
    m_readOnly->setText(reason);
    m_readOnly->show();
    for (QWidget* w : fields)
        w->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Save)->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace vms
