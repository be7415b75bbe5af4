#pragma once

#include "core/changes/FieldRules.h"
#include "ui/UiContext.h"
#include "ui/widgets/RecordFormFrame.h"

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <memory>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;

namespace vms {

// The event form (issue #17): create, edit, reschedule, publish, confirm or cancel one event. Times are
// shown and typed in the display zone; picklists offer the org's values (its describe, as the sync keeps
// it); what the org would refuse is shown beside its field as it is typed, and a refusal the org already
// gave this event is shown on top with its field marked. A User sees it read-only, with the reason.
class EventForm final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventForm)

public:
    // localId 0: a new event (a Draft unless another status is chosen).
    EventForm(const UiContext& context, qint64 localId, QWidget* parent = nullptr);
    ~EventForm() override;

    // Fills the form (columns of LocalChanges::eventColumns()) as if typed: a duplicate, a day of the
    // Calendar. Only for a new event.
    void prefill(const QVariantMap& values);
    // Puts the cursor where a cancellation is typed: status Cancelled, the reason field focused.
    void startCancelling();

    qint64 localId() const { return m_id; }
    // What the form holds, as LocalChanges takes it; and what was changed against what it first showed.
    QVariantMap values() const;
    QVariantMap changedValues(QVariantMap* before = nullptr) const;
    // Checks and saves (LocalChanges). False with the problems shown when the org would refuse it.
    bool save();
    // The Admin chose "Delete…": the form closed without saving, for its planner to delete the event.
    bool deleteRequested() const { return m_deleteRequested; }

Q_SIGNALS:
    // Saved: the event's local id, the values before (empty for a new event) and after.
    void saved(qint64 localId, const QVariantMap& before, const QVariantMap& after);

private:
    void build();
    void fillChoices();
    void load();
    void showProblems(bool all);
    void showRefusal();
    qint64 toUtc(const QDateTimeEdit* edit) const;
    void setLocal(QDateTimeEdit* edit, qint64 utcMs);

    UiContext m_context;
    qint64 m_id = 0;
    FieldRules m_rules;
    QVariantMap m_initial;                    // the form's values as first shown: only what differs is saved
    std::unique_ptr<RecordFormFrame> m_frame; // read-only notice, refusal, problems, error, Save/Cancel
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_status = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QLineEdit* m_location = nullptr;
    QComboBox* m_school = nullptr;
    QComboBox* m_district = nullptr;
    QSpinBox* m_slots = nullptr;
    QLineEdit* m_skills = nullptr;
    QLineEdit* m_host = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_reason = nullptr;
    bool m_deleteRequested = false;
};

// What the Events list, an event's page and the Calendar do with events, in one place: open the form
// (new, edit, duplicate, cancel), move an event to another day after a confirmation, publish or confirm
// it; every saved change goes on the window's undo stack (Ctrl+Z) as a LocalChanges call.
class EventPlanner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPlanner)

public:
    EventPlanner(const UiContext& context, QUndoStack* undoStack, QWidget* parent);
    ~EventPlanner() override;

    // Opens the form; returns the event's local id once saved, 0 when closed without saving.
    qint64 newEvent(const QVariantMap& prefill = {});
    qint64 newEventOn(const QDate& localDay);
    qint64 duplicate(qint64 localId);
    qint64 edit(qint64 localId);
    qint64 cancel(qint64 localId);
    // Moves an event to another local day, keeping its time of day and length, once the user confirms.
    bool moveToDay(qint64 localId, const QDate& localDay);
    // "Published", "Confirmed": a status change without the form.
    bool setStatus(qint64 localId, const QString& status);
    // An Admin's delete, once confirmed (DeleteRecord): undoable until it is pushed.
    bool remove(qint64 localId);

    // The form the planner has open (tests drive it), or null.
    EventForm* openForm() const { return m_form; }

Q_SIGNALS:
    // An event was created, changed, withdrawn or restored (by a form, a move, undo or redo).
    void changed(qint64 localId);

private:
    qint64 runForm(EventForm* form);
    bool apply(qint64 localId, const QVariantMap& before, const QVariantMap& after, const QString& what);
    void pushEdit(qint64 localId, const QVariantMap& before, const QVariantMap& after, const QString& text);
    void pushCreate(qint64 localId, const QVariantMap& values, const QString& text);
    QWidget* parentWidget() const;

    UiContext m_context;
    QUndoStack* m_undoStack;
    EventForm* m_form = nullptr;
};

} // namespace vms
