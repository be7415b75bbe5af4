#pragma once

#include "core/changes/FieldRules.h"
#include "core/changes/LocalChanges.h"
#include "ui/UiContext.h"
#include "ui/widgets/FieldProblemLines.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <initializer_list>
#include <vector>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace vms {

class OrgMapping;

// What the record forms (EventForm, OrganizationForm) share around their own fields: on top, why the
// form is read-only and the org's refusal of the record's last change; under the fields, the error line
// and Save/Cancel; beside each field, what the org would refuse (FieldProblemLines). Object names start
// with the form's prefix ("eventForm" gives eventFormReadOnly, eventFormRefusal, eventFormError,
// eventFormSave, eventFormCancel, eventFormProblem_<column>).
class RecordFormFrame final {
    Q_DECLARE_TR_FUNCTIONS(vms::RecordFormFrame)

public:
    // Adds the read-only notice and the refusal line to `outer`, which the form fills next.
    RecordFormFrame(QDialog* form, QVBoxLayout* outer, const QString& prefix);

    // What a form saves: the values that differ from those it first showed (`before` gets their old
    // values); for a new record, every value filled in, and the columns in `always` even when blank (so
    // the org's check refuses a blank name rather than the form leaving it out).
    static QVariantMap changedValues(const QVariantMap& now, const QVariantMap& initial, bool isNew,
                                     QVariantMap* before, const QStringList& always = {});

    // How a form's record is checked and written: its entity's check…, add… and edit… in LocalChanges.
    struct Writes {
        Result<std::vector<FieldProblem>> (LocalChanges::*check)(qint64, const QVariantMap&) const;
        Result<qint64> (LocalChanges::*add)(const QVariantMap&);
        Status (LocalChanges::*edit)(qint64, const QVariantMap&);
    };
    // What the org would refuse in `changes` (changedValues') to the record `id` (0: a new one); nothing
    // for a User, who may not write, nor when the check itself fails (Save then says why).
    static std::vector<FieldProblem> problems(const UiContext& context, const Writes& writes, qint64 id,
                                              const QVariantMap& changes);
    // What every form's Save does with its `changes` (changedValues'): nothing for a User, who may not
    // write, nor for an edit that changed nothing; else the org's check first (on a problem `onProblems`
    // runs and nothing is saved), then the record's creation (`id` 0, then the new record's) or its edit,
    // an error on the error line, and once written `onWritten`. Returns whether the form may close.
    bool save(const UiContext& context, const Writes& writes, qint64& id, const QVariantMap& changes,
              const std::function<void()>& onProblems, const std::function<void()>& onWritten);

    // Adds the error line and Save/Cancel to `outer`: Save runs `save`, and closes the form when it
    // returns true.
    void addButtons(QVBoxLayout* outer, std::function<bool()> save);
    // The problem line of `column`, under `field` in its form row.
    void addProblemLine(QFormLayout* form, const QString& column, QWidget* field);

    // Shows the problems beside their fields. With `all` (saving), the error line says the problems of
    // fields without a line of their own, else `summary`; and the first field with one gets the focus
    // unless `keepFocus` says to leave it.
    void showProblems(const std::vector<FieldProblem>& problems, bool all, const QString& summary,
                      const std::function<bool()>& keepFocus = {});
    // The org's refusal on top, and the fields it named (Salesforce's names, in `entity`'s mapping)
    // marked where they are typed.
    void showRefusal(const QString& text, const QString& entity, const QStringList& sfFields,
                     const QString& message, const OrgMapping& mapping);
    void showError(const QString& message);
    // A user who may not change records sees the form read-only with `reason`, and Close for Cancel.
    void setReadOnly(const QString& reason, std::initializer_list<QWidget*> fields);
    // Save/Cancel, for a form that adds a button of its own (an Admin's Delete…). Valid after addButtons.
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    QString m_prefix;
    QDialog* m_form;
    QLabel* m_readOnly = nullptr;
    QLabel* m_refusal = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    FieldProblemLines m_problemLines;
};

} // namespace vms
