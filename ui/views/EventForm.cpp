#include "ui/views/EventForm.h"

#include "core/changes/LocalChanges.h"
#include "core/models/RecordQueries.h"
#include "core/profile/DisplayTime.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/RefusedChanges.h"
#include "ui/views/DeleteRecord.h"
#include "ui/views/RecordChangeCommand.h"
#include "ui/widgets/Prompter.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace vms {

namespace {

constexpr qint64 kHourMs = 3'600'000;

// How an event is checked and written (RecordFormFrame::problems and save).
const RecordFormFrame::Writes kWrites{&LocalChanges::checkEvent, &LocalChanges::addEvent,
                                      &LocalChanges::editEvent};

// The org's values for a picklist column (its describe), else those the cache holds, else `fallback`.
QStringList choicesFor(const FieldRules& rules, const Database& db, const QString& column,
                       const QStringList& fallback) {
    if (const FieldRule* r = rules.rule(column); r && !r->picklistValues.isEmpty())
        return r->picklistValues;
    QStringList out = RecordQueries::distinctValues(db, QStringLiteral("events"), column);
    for (const QString& f : fallback)
        if (!out.contains(f))
            out << f;
    return out;
}

void setComboText(QComboBox* combo, const QString& text) {
    const int i = combo->findText(text);
    if (i >= 0)
        combo->setCurrentIndex(i);
    else if (combo->isEditable())
        combo->setCurrentText(text);
    else if (!text.isEmpty()) {
        combo->addItem(text); // a value the org's list no longer has: shown as it is
        combo->setCurrentIndex(combo->count() - 1);
    }
}

void setComboData(QComboBox* combo, const QString& sfId) {
    const int i = combo->findData(sfId);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

EventForm::EventForm(const UiContext& context, qint64 localId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_id(localId) {
    setObjectName(QStringLiteral("eventForm"));
    setWindowTitle(localId == 0 ? tr("New event") : tr("Edit event"));
    if (auto rules = FieldRules::load(*m_context.database, QStringLiteral("event")))
        m_rules = std::move(rules).value();
    build();
    fillChoices();
    load();
    m_initial = values();
    showRefusal();
    if (!m_context.session.allows(Permission::WriteRecords))
        m_frame->setReadOnly(m_context.session.refusalReason(Permission::WriteRecords),
                             {m_name, m_type, m_format, m_status, m_start, m_end, m_location, m_school,
                              m_district, m_slots, m_skills, m_host, m_description, m_reason});
    if (localId != 0 && DeleteRecord::allowed(m_context)) {
        // No mnemonic: every letter of the word is taken by a field's label.
        QPushButton* remove = m_frame->buttons()->addButton(tr("Delete…"), QDialogButtonBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("eventFormDelete"));
        connect(remove, &QPushButton::clicked, this, [this] {
            m_deleteRequested = true;
            reject();
        });
    }
}

EventForm::~EventForm() = default;

void EventForm::build() {
    auto* outer = new QVBoxLayout(this);
    m_frame = std::make_unique<RecordFormFrame>(this, outer, QStringLiteral("eventForm"));

    auto* body = new QWidget;
    auto* form = new QFormLayout(body);
    auto line = [](const char* name) {
        auto* e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        return e;
    };
    auto combo = [](const char* name, bool editable) {
        auto* c = new QComboBox;
        c->setObjectName(QLatin1String(name));
        c->setEditable(editable);
        return c;
    };
    auto when = [this](const char* name) {
        auto* e = new QDateTimeEdit;
        e->setObjectName(QLatin1String(name));
        e->setCalendarPopup(true);
        // A wall-clock time in the display zone: held as UTC only so no other zone's rules apply to it.
        e->setTimeSpec(Qt::UTC);
        e->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] { showProblems(false); });
        return e;
    };
    m_name = line("eventFormName");
    m_type = combo("eventFormType", true);
    m_format = combo("eventFormFormat", true);
    m_status = combo("eventFormStatus", false);
    m_start = when("eventFormStart");
    m_end = when("eventFormEnd");
    m_location = line("eventFormLocation");
    m_school = combo("eventFormSchool", false);
    m_district = combo("eventFormDistrict", false);
    m_slots = new QSpinBox;
    m_slots->setObjectName(QStringLiteral("eventFormSlots"));
    m_slots->setRange(0, 10000);
    m_slots->setSpecialValueText(tr("Not set"));
    m_skills = line("eventFormSkills");
    m_skills->setPlaceholderText(tr("Skills separated by ;"));
    m_host = line("eventFormHost");
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("eventFormDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_reason = line("eventFormReason");

    const QString zone = QString::fromUtf8(DisplayTime::zone().id());
    auto row = [&](const QString& label, QWidget* field, const char* column) {
        form->addRow(label, field);
        m_frame->addProblemLine(form, QLatin1String(column), field);
    };
    row(tr("&Name:"), m_name, "name");
    row(tr("&Type:"), m_type, "session_type");
    row(tr("&Format:"), m_format, "format");
    row(tr("S&tatus:"), m_status, "status");
    row(tr("&Starts (%1):").arg(zone), m_start, "start_utc");
    row(tr("&Ends (%1):").arg(zone), m_end, "end_utc");
    row(tr("&Location:"), m_location, "location");
    row(tr("S&chool:"), m_school, "school_sf_id");
    row(tr("&District:"), m_district, "district_sf_id");
    row(tr("&Volunteers needed:"), m_slots, "total_requested_jobs");
    row(tr("Requested s&kills:"), m_skills, "requested_skills");
    row(tr("&Host:"), m_host, "host");
    row(tr("Descr&iption:"), m_description, "description");
    row(tr("Cancellation &reason:"), m_reason, "cancellation_reason");
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    m_frame->addButtons(outer, [this] { return save(); });

    for (QLineEdit* e : {m_name, m_location, m_skills, m_host, m_reason})
        connect(e, &QLineEdit::textChanged, this, [this] { showProblems(false); });
    for (QComboBox* c : {m_type, m_format, m_status, m_school, m_district})
        connect(c, &QComboBox::currentTextChanged, this, [this] { showProblems(false); });
    connect(m_slots, &QSpinBox::valueChanged, this, [this] { showProblems(false); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] { showProblems(false); });
    resize(560, 640);
}

void EventForm::fillChoices() {
    const Database& db = *m_context.database;
    m_type->addItem(QString());
    m_type->addItems(choicesFor(m_rules, db, QStringLiteral("session_type"), {}));
    m_format->addItem(QString());
    m_format->addItems(choicesFor(m_rules, db, QStringLiteral("format"),
                                  {QStringLiteral("In-Person"), QStringLiteral("Virtual")}));
    m_status->addItems(
        choicesFor(m_rules, db, QStringLiteral("status"),
                   {QStringLiteral("Draft"), QStringLiteral("Requested"), QStringLiteral("Confirmed"),
                    QStringLiteral("Published"), QStringLiteral("Completed"), QStringLiteral("Cancelled")}));
    for (auto [combo, table] : {std::pair{m_school, "schools"}, std::pair{m_district, "districts"}}) {
        combo->addItem(tr("(none)"), QString());
        for (const NamedRecord& r : RecordQueries::named(db, QLatin1String(table)))
            combo->addItem(r.name, r.sfId);
    }
}

void EventForm::load() {
    const qint64 now =
        m_context.clock ? m_context.clock->nowUtc().toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    if (m_id == 0) {
        setComboText(m_status, QStringLiteral("Draft"));
        // Tomorrow at 9, for an hour, in the display zone.
        const QDate day = DisplayTime::local(now).date().addDays(1);
        const qint64 start = QDateTime(day, QTime(9, 0), DisplayTime::zone()).toMSecsSinceEpoch();
        setLocal(m_start, start);
        setLocal(m_end, start + kHourMs);
        return;
    }
    const auto v = RecordQueries::values(
        *m_context.database, QStringLiteral("events"), m_id,
        {QStringLiteral("name"), QStringLiteral("session_type"), QStringLiteral("format"),
         QStringLiteral("status"), QStringLiteral("start_utc"), QStringLiteral("end_utc"),
         QStringLiteral("location"), QStringLiteral("school_sf_id"), QStringLiteral("district_sf_id"),
         QStringLiteral("total_requested_jobs"), QStringLiteral("requested_skills"), QStringLiteral("host"),
         QStringLiteral("description"), QStringLiteral("cancellation_reason")});
    if (!v)
        return;
    auto text = [&v](const char* column) {
        return v->value(QLatin1String(column)).toString();
    };
    m_name->setText(text("name"));
    setComboText(m_type, text("session_type"));
    setComboText(m_format, text("format"));
    setComboText(m_status, text("status"));
    const QVariant startValue = v->value(QStringLiteral("start_utc")),
                   endValue = v->value(QStringLiteral("end_utc"));
    const qint64 start = startValue.isNull() ? now : startValue.toLongLong();
    setLocal(m_start, start);
    setLocal(m_end, endValue.isNull() ? start + kHourMs : endValue.toLongLong());
    m_location->setText(text("location"));
    setComboData(m_school, text("school_sf_id"));
    setComboData(m_district, text("district_sf_id"));
    m_slots->setValue(v->value(QStringLiteral("total_requested_jobs")).toInt());
    m_skills->setText(text("requested_skills"));
    m_host->setText(text("host"));
    m_description->setPlainText(text("description"));
    m_reason->setText(text("cancellation_reason"));
}

void EventForm::prefill(const QVariantMap& values) {
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString& c = it.key();
        const QString text = it.value().toString();
        if (c == u"name")
            m_name->setText(text);
        else if (c == u"session_type")
            setComboText(m_type, text);
        else if (c == u"format")
            setComboText(m_format, text);
        else if (c == u"status")
            setComboText(m_status, text);
        else if (c == u"start_utc" && !it.value().isNull())
            setLocal(m_start, it.value().toLongLong());
        else if (c == u"end_utc" && !it.value().isNull())
            setLocal(m_end, it.value().toLongLong());
        else if (c == u"location")
            m_location->setText(text);
        else if (c == u"school_sf_id")
            setComboData(m_school, text);
        else if (c == u"district_sf_id")
            setComboData(m_district, text);
        else if (c == u"total_requested_jobs")
            m_slots->setValue(it.value().toInt());
        else if (c == u"requested_skills")
            m_skills->setText(text);
        else if (c == u"host")
            m_host->setText(text);
        else if (c == u"description")
            m_description->setPlainText(text);
        else if (c == u"cancellation_reason")
            m_reason->setText(text);
    }
}

void EventForm::startCancelling() {
    setComboText(m_status, QStringLiteral("Cancelled"));
    m_reason->setFocus(Qt::OtherFocusReason);
    showProblems(true);
}

void EventForm::setLocal(QDateTimeEdit* edit, qint64 utcMs) {
    const QDateTime local = DisplayTime::local(utcMs);
    edit->setDateTime(QDateTime(local.date(), local.time(), QTimeZone::utc()));
}

qint64 EventForm::toUtc(const QDateTimeEdit* edit) const {
    const QDateTime wall = edit->dateTime();
    return QDateTime(wall.date(), wall.time(), DisplayTime::zone()).toMSecsSinceEpoch();
}

QVariantMap EventForm::values() const {
    auto text = [](const QString& s) {
        return s.trimmed();
    };
    return {{QStringLiteral("name"), text(m_name->text())},
            {QStringLiteral("session_type"), text(m_type->currentText())},
            {QStringLiteral("format"), text(m_format->currentText())},
            {QStringLiteral("status"), m_status->currentText()},
            {QStringLiteral("start_utc"), toUtc(m_start)},
            {QStringLiteral("end_utc"), toUtc(m_end)},
            {QStringLiteral("location"), text(m_location->text())},
            {QStringLiteral("school_sf_id"), m_school->currentData().toString()},
            {QStringLiteral("district_sf_id"), m_district->currentData().toString()},
            {QStringLiteral("total_requested_jobs"),
             m_slots->value() == 0 ? QVariant() : QVariant(m_slots->value())},
            {QStringLiteral("requested_skills"), text(m_skills->text())},
            {QStringLiteral("host"), text(m_host->text())},
            {QStringLiteral("description"), m_description->toPlainText().trimmed()},
            {QStringLiteral("cancellation_reason"), text(m_reason->text())}};
}

QVariantMap EventForm::changedValues(QVariantMap* before) const {
    return RecordFormFrame::changedValues(values(), m_initial, m_id == 0, before);
}

void EventForm::showProblems(bool all) {
    if (!m_context.session.allows(Permission::WriteRecords))
        return;
    std::vector<FieldProblem> problems = RecordFormFrame::problems(m_context, kWrites, m_id, changedValues());
    // While typing, a field not filled in yet is no problem worth a red line; saving says so.
    if (!all)
        std::erase_if(problems, [this](const FieldProblem& p) {
            const QVariant v = values().value(p.column);
            return v.isNull() || v.toString().isEmpty();
        });
    m_frame->showProblems(problems, all,
                          tr("Salesforce would refuse this event as it is: see the fields marked above."),
                          [this] { return m_reason->hasFocus(); });
}

void EventForm::showRefusal() {
    if (m_id == 0)
        return;
    const auto refusal = refusalOf(*m_context.database, QStringLiteral("event"), m_id);
    if (!refusal || !refusal->has_value())
        return;
    const RefusedChange& r = **refusal;
    m_frame->showRefusal(r.waiting
                             ? tr("Waiting to be sent: %1").arg(r.message)
                             : tr("Salesforce refused the last change of this event (%1): %2 Fix it here "
                                  "and save; it is sent again.")
                                   .arg(r.code, r.message),
                         QStringLiteral("event"), r.fields, r.message,
                         m_context.mapping ? *m_context.mapping : OrgMapping::builtIn());
}

bool EventForm::save() {
    QVariantMap before;
    const QVariantMap after = changedValues(&before);
    const bool isNew = m_id == 0;
    return m_frame->save(
        m_context, kWrites, m_id, after, [this] { showProblems(true); },
        [&] {
            Q_EMIT saved(m_id, isNew ? QVariantMap() : before, after);
            m_initial = values();
        });
}

// ---- EventPlanner ----

EventPlanner::EventPlanner(const UiContext& context, QUndoStack* undoStack, QWidget* parent)
    : QObject(parent)
    , m_context(context)
    , m_undoStack(undoStack) {}

EventPlanner::~EventPlanner() = default;

QWidget* EventPlanner::parentWidget() const {
    return qobject_cast<QWidget*>(parent());
}

qint64 EventPlanner::runForm(EventForm* form) {
    m_form = form;
    const bool isNew = form->localId() == 0;
    qint64 savedId = 0;
    QVariantMap before, after;
    connect(form, &EventForm::saved, this,
            [&savedId, &before, &after](qint64 id, const QVariantMap& b, const QVariantMap& a) {
                savedId = id;
                before = b;
                after = a;
            });
    form->exec();
    m_form = nullptr;
    if (form->deleteRequested()) {
        remove(form->localId());
        return 0;
    }
    if (savedId == 0)
        return 0;
    if (isNew)
        pushCreate(savedId, after, tr("New event %1").arg(after.value(QStringLiteral("name")).toString()));
    else
        pushEdit(savedId, before, after, tr("Edit event"));
    Q_EMIT changed(savedId);
    return savedId;
}

qint64 EventPlanner::newEvent(const QVariantMap& prefill) {
    auto form = std::make_unique<EventForm>(m_context, 0, parentWidget());
    form->prefill(prefill);
    return runForm(form.get());
}

qint64 EventPlanner::newEventOn(const QDate& localDay) {
    const qint64 start = QDateTime(localDay, QTime(9, 0), DisplayTime::zone()).toMSecsSinceEpoch();
    return newEvent({{QStringLiteral("start_utc"), start}, {QStringLiteral("end_utc"), start + kHourMs}});
}

qint64 EventPlanner::duplicate(qint64 localId) {
    EventForm original(m_context, localId, nullptr);
    QVariantMap values = original.values();
    values.remove(QStringLiteral("cancellation_reason"));
    values.insert(QStringLiteral("status"), QStringLiteral("Draft"));
    values.insert(QStringLiteral("name"),
                  tr("%1 (copy)").arg(values.value(QStringLiteral("name")).toString()));
    return newEvent(values);
}

qint64 EventPlanner::edit(qint64 localId) {
    auto form = std::make_unique<EventForm>(m_context, localId, parentWidget());
    return runForm(form.get());
}

qint64 EventPlanner::cancel(qint64 localId) {
    auto form = std::make_unique<EventForm>(m_context, localId, parentWidget());
    form->startCancelling();
    return runForm(form.get());
}

bool EventPlanner::apply(qint64 localId, const QVariantMap& before, const QVariantMap& after,
                         const QString& what) {
    LocalChanges changes(*m_context.database, m_context.session, *m_context.clock);
    if (Status s = changes.editEvent(localId, after); !s) {
        m_context.prompter->error(parentWidget(), what, s.error().message);
        return false;
    }
    pushEdit(localId, before, after, what);
    Q_EMIT changed(localId);
    return true;
}

bool EventPlanner::moveToDay(qint64 localId, const QDate& localDay) {
    if (!m_context.session.allows(Permission::WriteRecords)) {
        m_context.prompter->error(parentWidget(), tr("Move event"),
                                  m_context.session.refusalReason(Permission::WriteRecords));
        return false;
    }
    const auto v = RecordQueries::values(
        *m_context.database, QStringLiteral("events"), localId,
        {QStringLiteral("name"), QStringLiteral("start_utc"), QStringLiteral("end_utc")});
    if (!v || v->value(QStringLiteral("start_utc")).isNull())
        return false;
    const QString name = v->value(QStringLiteral("name")).toString();
    const qint64 start = v->value(QStringLiteral("start_utc")).toLongLong();
    const QVariant end = v->value(QStringLiteral("end_utc"));
    const QDateTime local = DisplayTime::local(start);
    if (local.date() == localDay)
        return false;
    const qint64 newStart = QDateTime(localDay, local.time(), DisplayTime::zone()).toMSecsSinceEpoch();
    QVariantMap before{{QStringLiteral("start_utc"), start}}, after{{QStringLiteral("start_utc"), newStart}};
    if (!end.isNull()) {
        before.insert(QStringLiteral("end_utc"), end.toLongLong());
        after.insert(QStringLiteral("end_utc"), newStart + (end.toLongLong() - start));
    }
    const QString when = DisplayTime::range(
        newStart, after.contains(QStringLiteral("end_utc"))
                      ? std::optional<qint64>(after.value(QStringLiteral("end_utc")).toLongLong())
                      : std::nullopt);
    if (!m_context.prompter->confirm(parentWidget(), tr("Move event"), tr("Move “%1” to %2?").arg(name, when),
                                     tr("It was %1. The change is sent to Salesforce with the next sync.")
                                         .arg(DisplayTime::dateTime(start)),
                                     tr("Move")))
        return false;
    return apply(localId, before, after, tr("Move event %1").arg(name));
}

bool EventPlanner::setStatus(qint64 localId, const QString& status) {
    const auto v = RecordQueries::values(*m_context.database, QStringLiteral("events"), localId,
                                         {QStringLiteral("status")});
    if (!v)
        return false;
    return apply(localId, {{QStringLiteral("status"), v->value(QStringLiteral("status"))}},
                 {{QStringLiteral("status"), status}}, tr("Set event status to %1").arg(status));
}

bool EventPlanner::remove(qint64 localId) {
    return DeleteRecord::confirmAndDelete(m_context, m_undoStack, parentWidget(), QStringLiteral("event"),
                                          localId, [this, localId] { Q_EMIT changed(localId); });
}

void EventPlanner::pushEdit(qint64 localId, const QVariantMap& before, const QVariantMap& after,
                            const QString& text) {
    if (!m_undoStack)
        return;
    // The window creates its undo stack before its pages, so the stack (and these commands) is destroyed
    // first: `this` outlives every command that captures it.
    auto apply = [this, localId](const QVariantMap& values) {
        Status s =
            LocalChanges(*m_context.database, m_context.session, *m_context.clock).editEvent(localId, values);
        Q_EMIT changed(localId);
        return s;
    };
    m_undoStack->push(RecordChangeCommand::edit(text, before, after, apply, [this](const Error& e) {
        m_context.prompter->error(parentWidget(), tr("Cannot undo"), e.message);
    }));
}

void EventPlanner::pushCreate(qint64 localId, const QVariantMap& values, const QString& text) {
    if (!m_undoStack)
        return;
    // Redo makes the event again, under a new local id: the steps share it.
    auto id = std::make_shared<qint64>(localId);
    auto withdraw = [this, id]() -> Status {
        LocalChanges c(*m_context.database, m_context.session, *m_context.clock);
        Status s = c.withdrawCreated(QStringLiteral("event"), *id);
        Q_EMIT changed(*id);
        return s;
    };
    auto recreate = [this, id, values]() -> Status {
        LocalChanges c(*m_context.database, m_context.session, *m_context.clock);
        auto created = c.addEvent(values);
        if (!created)
            return created.error();
        *id = *created;
        Q_EMIT changed(*id);
        return {};
    };
    m_undoStack->push(new RecordChangeCommand(text, withdraw, recreate, [this](const Error& e) {
        m_context.prompter->error(parentWidget(), tr("Cannot undo"), e.message);
    }));
}

} // namespace vms
