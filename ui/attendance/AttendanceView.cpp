#include "ui/attendance/AttendanceView.h"

#include "core/attendance/AttendanceImport.h"
#include "core/auth/CachedSession.h"
#include "core/changes/FieldRules.h"
#include "core/changes/LocalChanges.h"
#include "core/common/LocaleFormat.h"
#include "core/profile/DisplayTime.h"
#include "export/PaperSize.h"
#include "ui/attendance/ImportDialog.h"
#include "ui/attendance/MarkCommand.h"
#include "ui/attendance/NotesDialog.h"
#include "ui/attendance/OfflineReadyDialog.h"
#include "ui/attendance/RosterTableModel.h"
#include "ui/attendance/SignInSheet.h"
#include "ui/attendance/StudentPickerDialog.h"
#include "ui/attendance/WalkInDialog.h"
#include "ui/views/DeleteRecord.h"
#include "ui/views/RecordChangeCommand.h"
#include "ui/widgets/Prompter.h"
#include "ui/widgets/ViewHelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMetaMethod>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vms {

namespace {

constexpr int kSuggestionLimit = 12;

QString statusWord(ParticipationStatus s) {
    switch (s) {
    case ParticipationStatus::Attended:
        return AttendanceView::tr("Attended");
    case ParticipationStatus::NoShow:
        return AttendanceView::tr("No-Show");
    case ParticipationStatus::Cancelled:
        return AttendanceView::tr("Cancelled");
    case ParticipationStatus::Registered:
    case ParticipationStatus::Unknown:
        break;
    }
    return AttendanceView::tr("Registered");
}

// A key as the buttons show it, as short as the keys legend writes it ("Ctrl+Shift+W"; "Ctrl+Mayús+W"):
// Qt's own native names ("Control+Mayúsculas+W") made the button rows too wide for a 1024-pixel screen.
QString keyText(const QKeySequence& key) {
#ifdef Q_OS_MACOS
    return key.toString(QKeySequence::NativeText); // the ⌘ ⇧ symbols
#else
    QStringList parts = key.toString(QKeySequence::PortableText).split(u'+');
    for (QString& p : parts) {
        if (p == u"Ctrl")
            p = AttendanceView::tr("Ctrl");
        else if (p == u"Shift")
            p = AttendanceView::tr("Shift");
        else if (p == u"Del")
            p = AttendanceView::tr("Del");
    }
    return parts.join(u'+');
#endif
}

bool sameContact(const ContactRef& a, const ContactRef& b) {
    return a.kind == b.kind && a.localId == b.localId;
}

} // namespace

AttendanceView::AttendanceView(std::shared_ptr<Database> db, const Clock& clock, QUndoStack* undoStack,
                               QWidget* parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_ownPrompter(std::make_unique<MessageBoxPrompter>())
    , m_prompter(m_ownPrompter.get())
    , m_undo(undoStack) {
    setObjectName(QStringLiteral("attendanceView"));
    const bool ownUndo = m_undo == nullptr;
    if (ownUndo) {
        m_undo = new QUndoStack(this);
        m_undo->setObjectName(QStringLiteral("attendanceUndoStack"));
    }
    if (auto mapping = OrgMapping::loadDefault())
        m_mapping = std::move(mapping).value();
    buildUi(ownUndo);
    setSession(loadCachedSession(*m_db));
    reloadEvents();
}

AttendanceView::~AttendanceView() = default;

void AttendanceView::buildUi(bool ownUndo) {
    auto* layout = new QVBoxLayout(this);

    // Event and when/where.
    auto* top = new QHBoxLayout;
    auto* eventLabel = new QLabel(tr("&Event:"), this);
    m_eventCombo = new QComboBox(this);
    m_eventCombo->setObjectName(QStringLiteral("eventCombo"));
    m_eventCombo->setAccessibleName(tr("Event"));
    m_eventCombo->setMinimumContentsLength(40);
    eventLabel->setBuddy(m_eventCombo);
    top->addWidget(eventLabel);
    top->addWidget(m_eventCombo, 1);
    layout->addLayout(top);
    m_when = new QLabel(this);
    m_when->setObjectName(QStringLiteral("eventWhenLabel"));
    m_when->setTextFormat(Qt::PlainText); // the event's location is record data
    m_when->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_when);

    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background:#fff4ce; padding:4px;"));
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);

    // Counters, large enough to read from across the table.
    auto* counters = new QHBoxLayout;
    counters->setSpacing(24);
    auto counter = [this, counters](QLabel*& label, const char* objectName) {
        label = new QLabel(this);
        label->setObjectName(QLatin1String(objectName));
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        label->setFont(f);
        // Room for four digits, so the row does not jump as numbers grow.
        label->setMinimumWidth(QFontMetrics(f).horizontalAdvance(tr("Registered: 0000")));
        counters->addWidget(label);
    };
    counter(m_registered, "registeredCount");
    counter(m_attended, "attendedCount");
    counter(m_noShow, "noShowCount");
    counter(m_pending, "pendingCount");
    counters->addStretch(1);
    layout->addLayout(counters);

    // Type-ahead.
    auto* searchLabel = new QLabel(tr("&Check in (type a name, press Enter):"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("checkInSearch"));
    m_search->setAccessibleName(tr("Check in by name"));
    m_search->setPlaceholderText(tr("Name or email; Enter marks the highlighted person Attended"));
    ViewHelpers::enableClearButton(m_search);
    m_search->installEventFilter(this);
    searchLabel->setBuddy(m_search);
    layout->addWidget(searchLabel);
    layout->addWidget(m_search);
    m_suggestions = new QListWidget(this);
    m_suggestions->setObjectName(QStringLiteral("suggestionList"));
    m_suggestions->setAccessibleName(tr("People matching the name typed"));
    m_suggestions->setMaximumHeight(150);
    m_suggestions->setFocusPolicy(Qt::NoFocus); // driven from the search field with Up/Down
    m_suggestions->hide();
    layout->addWidget(m_suggestions);
    connect(m_search, &QLineEdit::textChanged, this, &AttendanceView::updateSuggestions);
    connect(m_search, &QLineEdit::returnPressed, this, &AttendanceView::checkInFromSearch);
    connect(m_suggestions, &QListWidget::itemClicked, this, [this] { checkInFromSearch(); });

    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText); // names the people just marked
    // Its text is what a screen reader must read: a name would replace it, so the purpose is a description.
    m_feedback->setAccessibleDescription(tr("Last action"));
    layout->addWidget(m_feedback);

    // Roster.
    m_model = new RosterTableModel(this);
    m_model->setHoursWriter([this](int row, std::optional<double> hours) {
        const RosterRow* r = m_model->rowAt(row);
        if (!r || !r->markable())
            return false;
        const ParticipationStatus status =
            r->status == ParticipationStatus::Unknown ? ParticipationStatus::Registered : r->status;
        const AttendanceMark mark{m_event.id, r->contact, status, hours, !hours.has_value()};
        const QString name = r->displayName();
        // Saved once the editor has closed: reloading the model from inside the delegate's commit would
        // pull the editor out from under it. The new value shows only after it is on disk.
        QTimer::singleShot(0, this, [this, mark, name, hours] {
            applyMarks(tr("Change hours of %1").arg(name), {mark},
                       hours ? (*hours == 1.0 ? tr("%1: %2 hour.") : tr("%1: %2 hours."))
                                   .arg(name, QLocale().toString(*hours))
                             : tr("%1: hours cleared.").arg(name));
        });
        return true;
    });
    connect(m_model, &RosterTableModel::hoursRefused, this,
            [this](const QString& why) { feedback(why, true); });
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rosterTable"));
    m_table->setAccessibleName(tr("Roster"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RosterTableModel::Name, QHeaderView::Stretch);
    // Fixed starting widths: measuring contents would cost a pass over every row on each reload.
    const QFontMetrics fm(m_table->font());
    m_table->setColumnWidth(RosterTableModel::Type, fm.horizontalAdvance(tr("Presenter (not counted)")) + 16);
    m_table->setColumnWidth(RosterTableModel::Detail, fm.horizontalAdvance(tr("Organization / grade")) + 40);
    m_table->setColumnWidth(RosterTableModel::Status, fm.horizontalAdvance(tr("Registered")) + 24);
    m_table->setColumnWidth(RosterTableModel::Hours, fm.horizontalAdvance(tr("Hours")) + 24);
    m_table->setColumnWidth(RosterTableModel::Sync, fm.horizontalAdvance(tr("Waiting to sync")) + 16);
    m_table->horizontalHeader()->setStretchLastSection(true); // the notes take what is left
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    // Per-row keys live on the table (WidgetShortcut), so typing A or N in the search field stays text.
    auto rowAction = [this](const QString& text, const QKeySequence& key, const char* objectName, auto slot) {
        auto* a = new QAction(text, m_table);
        a->setObjectName(QLatin1String(objectName));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_table->addAction(a);
        m_writeActions << a;
        return a;
    };
    rowAction(tr("Mark Attended"), QKeySequence(Qt::Key_A), "markAttendedAction",
              [this] { markSelected(ParticipationStatus::Attended); });
    rowAction(tr("Mark No-Show"), QKeySequence(Qt::Key_N), "markNoShowAction",
              [this] { markSelected(ParticipationStatus::NoShow); });
    rowAction(tr("Clear mark"), QKeySequence(Qt::Key_Delete), "clearMarkAction", [this] { clearSelected(); });
    rowAction(tr("Clear mark"), QKeySequence(Qt::Key_Backspace), "clearMarkBackspaceAction",
              [this] { clearSelected(); });
    rowAction(tr("Edit hours"), QKeySequence(Qt::Key_H), "editHoursAction", [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            m_table->edit(m_model->index(current.row(), RosterTableModel::Hours));
    });
    QAction* notes = rowAction(tr("Notes…"), QKeySequence(Qt::Key_T), "notesAction", [this] { editNotes(); });
    // The same actions on the context menu (right click, or the Menu key / Shift+F10 on a row).
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("rosterContextMenu"));
        for (QAction* a : m_table->actions())
            if (a->objectName() != u"clearMarkBackspaceAction")
                menu.addAction(a);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });

    // Screen-wide actions: active whenever focus is anywhere inside this screen.
    auto viewAction = [this](const QString& text, const QKeySequence& key, const char* objectName, auto slot,
                             bool writes) {
        auto* a = new QAction(text, this);
        a->setObjectName(QLatin1String(objectName));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        if (writes)
            m_writeActions << a;
        return a;
    };
    QAction* noShowRest = viewAction(
        tr("Everyone left is No-Show"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), "noShowRestAction",
        [this] { markEveryoneLeftNoShow(); }, true);
    QAction* walkIn = viewAction(
        tr("Walk-in…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), "walkInAction",
        [this] { addWalkIn(); }, true);
    QAction* students = viewAction(
        tr("Add students…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "addStudentsAction",
        [this] { addStudents(); }, true);
    QAction* import = viewAction(
        tr("Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), "importCsvAction", [this] { importCsv(); },
        true);
    m_sheetAction = viewAction(
        tr("Print sign-in sheet…"), QKeySequence(Qt::CTRL | Qt::Key_P), "signInSheetAction",
        [this] { printSignInSheet(); }, false);
    m_sheetPdfAction = viewAction(
        tr("Save sign-in sheet as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
        "signInSheetPdfAction", [this] { saveSignInSheetPdf(); }, false);
    QAction* offline = viewAction(
        tr("Get ready for offline…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), "offlineReadyAction",
        [this] { getReadyForOffline(); }, false);
    QAction* find = viewAction(
        tr("Find"), QKeySequence(Qt::CTRL | Qt::Key_F), "focusSearchAction",
        [this] {
            m_search->setFocus();
            m_search->selectAll();
        },
        false);
    // Wherever focus is while this page shows (the window gives up its own Ctrl+F meanwhile: MainWindow).
    find->setShortcutContext(Qt::WindowShortcut);
    // With the window's shared stack, Edit > Undo (Ctrl+Z) is the window's; a second Ctrl+Z here would make
    // the shortcut ambiguous and neither would fire.
    QAction* undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("attendanceUndoAction"));
    if (ownUndo) {
        undo->setShortcut(QKeySequence::Undo);
        undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(undo);
        QAction* redo = m_undo->createRedoAction(this, tr("Redo"));
        redo->setObjectName(QStringLiteral("attendanceRedoAction"));
        redo->setShortcut(QKeySequence::Redo);
        redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(redo);
    }

    auto* buttons = new QGridLayout;
    auto button = [this, buttons](QAction* action, const char* objectName, int row, int column, bool writes) {
        auto* b = new QPushButton(action->text() + QStringLiteral("  (") + keyText(action->shortcut()) + u')',
                                  this);
        b->setObjectName(QLatin1String(objectName));
        b->setAccessibleName(action->text());
        b->setFocusPolicy(Qt::TabFocus);
        connect(b, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(b, row, column);
        if (writes)
            m_writeButtons << b;
        return b;
    };
    const auto tableActions = m_table->actions();
    // Two columns: with three, the Spanish labels made the page wider than a 1024-pixel screen beside the
    // sidebar. The most used come first.
    button(tableActions.at(0), "markAttendedButton", 0, 0, true);
    button(tableActions.at(1), "markNoShowButton", 0, 1, true);
    button(tableActions.at(2), "clearMarkButton", 1, 0, true);
    button(noShowRest, "noShowRestButton", 1, 1, true);
    button(walkIn, "walkInButton", 2, 0, true);
    button(students, "addStudentsButton", 2, 1, true);
    button(import, "importCsvButton", 3, 0, true);
    button(offline, "offlineReadyButton", 3, 1, false);
    m_sheetButton = button(m_sheetAction, "signInSheetButton", 4, 0, false);
    m_sheetPdfButton = button(m_sheetPdfAction, "signInSheetPdfButton", 4, 1, false);
    button(notes, "notesButton", 5, 1, true);
    auto* undoButton = new QPushButton(tr("Undo  (%1)").arg(keyText(QKeySequence(QKeySequence::Undo))), this);
    undoButton->setObjectName(QStringLiteral("undoButton"));
    undoButton->setFocusPolicy(Qt::TabFocus);
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    undoButton->setEnabled(m_undo->canUndo());
    buttons->addWidget(undoButton, 5, 0);
    addDeleteParticipation(buttons);
    layout->addLayout(buttons);

    m_keys = new QLabel(
        tr("Keys: type a name + Enter = Attended · in the roster: A = Attended, N = No-Show, "
           "Del = clear, H or F2 = hours, T = notes · Ctrl+Shift+N = everyone left No-Show · Ctrl+Z = undo · "
           "Ctrl+F = back to the name field"),
        this);
    m_keys->setObjectName(QStringLiteral("keyLegend"));
    m_keys->setWordWrap(true);
    layout->addWidget(m_keys);

    connect(m_eventCombo, &QComboBox::activated, this,
            [this](int index) { setEvent(m_eventCombo->itemData(index).toLongLong()); });
    setTabOrder(m_eventCombo, m_search);
    setTabOrder(m_search, m_table);
}

void AttendanceView::addDeleteParticipation(QGridLayout* buttons) {
    m_deleteAction = new QAction(tr("Delete participation…"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteParticipationAction"));
    m_deleteAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setEnabled(m_session.allows(Permission::Administer));
    connect(m_deleteAction, &QAction::triggered, this, &AttendanceView::deleteSelectedParticipation);
    m_table->addAction(m_deleteAction);
    m_deleteButton = new QPushButton(
        m_deleteAction->text() + QStringLiteral("  (") + keyText(m_deleteAction->shortcut()) + u')', this);
    m_deleteButton->setObjectName(QStringLiteral("deleteParticipationButton"));
    m_deleteButton->setAccessibleName(m_deleteAction->text());
    m_deleteButton->setFocusPolicy(Qt::TabFocus);
    m_deleteButton->setVisible(m_session.allows(Permission::Administer));
    connect(m_deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    buttons->addWidget(m_deleteButton, 5, 1);
}

void AttendanceView::deleteSelectedParticipation() {
    const std::vector<int> rows = selectedRows();
    const RosterRow* r = rows.size() == 1 ? m_model->rowAt(rows.front()) : nullptr;
    if (!r) {
        feedback(tr("Pick one person on the roster first."), true);
        return;
    }
    const UiContext context{m_db, m_session, &m_clock, nullptr, m_prompter, &m_mapping, nullptr};
    // The roster is read again after the delete, and after each undo and redo of it.
    if (DeleteRecord::confirmAndDelete(context, m_undo, window(), QStringLiteral("participation"),
                                       r->participationId, [this] { reloadRoster(); }))
        feedback(tr("Deleted. Undo (Ctrl+Z) brings it back until the next sync."));
}

void AttendanceView::setPrompter(Prompter* prompter) {
    m_prompter = prompter ? prompter : m_ownPrompter.get();
}

bool AttendanceView::mayTakeAttendanceNow() {
    if (!m_event.startsMoreThanADayAfter(m_clock.nowUtc()) || m_earlyAttendanceConfirmed.contains(m_event.id))
        return true;
    if (!m_prompter->confirm(
            window(), tr("Take attendance early?"),
            tr("%1 starts %2, more than a day from now.")
                .arg(m_event.name, m_event.whenText(DisplayTime::zone())),
            tr("Attended and No-Show marks count in reports as soon as they are saved. Check that this is "
               "the right event."),
            tr("Take attendance now"))) {
        feedback(tr("Nothing was marked: %1 is more than a day away.").arg(m_event.name), true);
        return false;
    }
    m_earlyAttendanceConfirmed.insert(m_event.id);
    return true;
}

void AttendanceView::setSession(const Session& session) {
    m_session = session;
    m_writable = session.allows(Permission::WriteAttendance);
    m_deleteAction->setEnabled(session.allows(Permission::Administer));
    m_deleteButton->setVisible(session.allows(Permission::Administer));
    updateEnabled();
}

void AttendanceView::updateEnabled() {
    const QString why = m_session.refusalReason(Permission::WriteAttendance);
    for (QAction* a : std::as_const(m_writeActions)) {
        a->setEnabled(m_writable);
        a->setToolTip(m_writable ? a->text() : why);
    }
    for (QPushButton* b : std::as_const(m_writeButtons)) {
        b->setEnabled(m_writable);
        b->setToolTip(m_writable ? QString() : why);
    }
    m_model->setEditable(m_writable);
    m_search->setToolTip(m_writable ? QString()
                                    : tr("You can find people here, but not mark them: %1").arg(why));
    m_readOnlyBanner->setText(tr("Read-only. %1").arg(why));
    m_readOnlyBanner->setVisible(!m_writable);
    // The sign-in sheet names the event's students and volunteers: not every role may print it.
    const bool maySheet = m_session.allows(Permission::ExportRoster);
    const QString sheetWhy = maySheet ? QString() : m_session.refusalReason(Permission::ExportRoster);
    for (QAction* action : {m_sheetAction, m_sheetPdfAction}) {
        action->setEnabled(maySheet);
        action->setToolTip(maySheet ? action->text() : sheetWhy);
    }
    for (QPushButton* button : {m_sheetButton, m_sheetPdfButton}) {
        button->setEnabled(maySheet);
        button->setToolTip(sheetWhy);
    }
}

void AttendanceView::reloadEvents() {
    const qint64 current = m_event.id;
    QSignalBlocker block(m_eventCombo);
    m_eventCombo->clear();
    // From a month back (late paperwork) to everything ahead.
    auto events = AttendanceRoster::eventsFrom(*m_db, m_clock.nowUtc().addDays(-30), 500);
    if (events) {
        for (const AttendanceEvent& e : *events)
            m_eventCombo->addItem(tr("%1 — %2").arg(e.name, e.whenText(DisplayTime::zone())), e.id);
    }
    if (current != 0)
        setEvent(current);
    else if (m_eventCombo->count() > 0) {
        // The first event not yet over, else the last one.
        int pick = m_eventCombo->count() - 1;
        for (int i = 0; events && i < static_cast<int>(events->size()); ++i) {
            const AttendanceEvent& e = events->at(static_cast<size_t>(i));
            if ((e.endUtc.isValid() ? e.endUtc : e.startUtc) >= m_clock.nowUtc()) {
                pick = i;
                break;
            }
        }
        setEvent(m_eventCombo->itemData(pick).toLongLong());
    }
}

bool AttendanceView::setEvent(qint64 eventId) {
    auto event = AttendanceRoster::loadEvent(*m_db, eventId);
    if (!event) {
        feedback(event.error().message, true);
        return false;
    }
    const bool sameEvent = m_event.id == eventId;
    m_event = *event;
    int index = m_eventCombo->findData(eventId);
    if (index < 0) {
        m_eventCombo->addItem(tr("%1 — %2").arg(m_event.name, m_event.whenText(DisplayTime::zone())),
                              eventId);
        index = m_eventCombo->count() - 1;
    }
    {
        QSignalBlocker block(m_eventCombo);
        m_eventCombo->setCurrentIndex(index);
    }
    const auto hours = m_event.defaultHours();
    m_when->setText(
        tr("%1 · %2 · attendance defaults to %3")
            .arg(m_event.whenText(DisplayTime::zone()),
                 m_event.location.isEmpty() ? tr("no location") : m_event.location,
                 hours ? (*hours == 1.0 ? tr("%1 hour") : tr("%1 hours")).arg(QLocale().toString(*hours))
                       : tr("no hours")));
    // The same event read again (after a sync): a name half typed at check-in stays.
    if (!sameEvent) {
        m_search->setText(QString());
        m_feedback->clear();
    }
    reloadRoster();
    return true;
}

void AttendanceView::reloadRoster(qint64 selectParticipationId) {
    if (m_event.id == 0) {
        m_model->setRows({});
        updateCounters();
        return;
    }
    qint64 keep = selectParticipationId;
    if (keep == 0)
        if (const RosterRow* r = m_model->rowAt(m_table->currentIndex().row()))
            keep = r->participationId;
    auto rows = AttendanceRoster::load(*m_db, m_event.id);
    if (!rows) {
        feedback(rows.error().message, true);
        return;
    }
    m_model->setRows(std::move(rows).value());
    const int row = m_model->rowOfParticipation(keep);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, RosterTableModel::Name);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
    updateCounters();
    updateSuggestions();
}

void AttendanceView::updateCounters() {
    const RosterCounts c = AttendanceRoster::count(m_model->rows());
    m_registered->setText(tr("Registered: %1").arg(c.registered));
    m_attended->setText(tr("Attended: %1").arg(c.attended));
    m_noShow->setText(tr("No-show: %1").arg(c.noShow));
    m_pending->setText(c.pending == 0 ? tr("All in Salesforce")
                                      : tr("%n waiting to sync", nullptr, c.pending));
    m_pending->setToolTip(
        tr("Marks are saved on this computer at once and sent to Salesforce at the next sync."));
}

void AttendanceView::updateSuggestions() {
    m_suggestions->clear();
    m_matches.clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty() || m_event.id == 0) {
        m_suggestions->hide();
        return;
    }
    auto matches = ContactSearch::search(*m_db, m_model->rows(), text, kSuggestionLimit, m_event.schoolSfId);
    if (!matches) {
        feedback(matches.error().message, true);
        return;
    }
    m_matches = std::move(matches).value();
    for (const ContactMatch& m : m_matches) {
        QString where;
        if (m.rosterIndex >= 0) {
            where = RosterTableModel::statusLabel(m_model->rows()[static_cast<size_t>(m.rosterIndex)]);
        } else {
            switch (m.contact.kind) {
            case ContactRef::Kind::Student:
                where = tr("student, not on the roster: will be added");
                break;
            case ContactRef::Kind::Teacher:
                where = tr("teacher, not on the roster: will be added");
                break;
            case ContactRef::Kind::Volunteer:
                where = tr("not on the roster: will be added");
                break;
            }
        }
        const QString label = m.detail.isEmpty() ? tr("%1 — %2").arg(m.name, where)
                                                 : tr("%1 (%2) — %3").arg(m.name, m.detail, where);
        m_suggestions->addItem(label);
    }
    if (m_matches.empty())
        m_suggestions->addItem(tr("Nobody matches. Ctrl+Shift+W adds a walk-in."));
    m_suggestions->setCurrentRow(0);
    m_suggestions->show();
}

bool AttendanceView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // The name field claims Ctrl+Z for its own text undo. With nothing of its own to undo (it is emptied
        // after every mark), let Ctrl+Z reach the screen's undo: that is the mark the user means.
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->matches(QKeySequence::Undo) && !m_search->isUndoAvailable()) ||
            (key->matches(QKeySequence::Redo) && !m_search->isRedoAvailable())) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (m_suggestions->isVisible() && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up)) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_suggestions->currentRow() + step, 0, m_suggestions->count() - 1);
            m_suggestions->setCurrentRow(row);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->setText(QString());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttendanceView::refresh() {
    // The events a sync brought join the picker; the event on screen is read again with its roster, and
    // a name being typed at check-in is never reset.
    reloadEvents();
}

void AttendanceView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    // A sync may have run while another page was on screen.
    if (m_event.id != 0)
        reloadRoster();
    m_search->setFocus();
}

void AttendanceView::feedback(const QString& text, bool error) {
    m_feedback->setStyleSheet(error ? QStringLiteral("color:#b01c1c; font-weight:bold;") : QString());
    m_feedback->setText(text);
}

bool AttendanceView::writeMarks(const std::vector<AttendanceMark>& marks, std::vector<qint64>* ids) {
    LocalChanges changes(*m_db, m_session, m_clock);
    auto result = changes.setAttendanceBatch(marks);
    if (!result) {
        feedback(tr("Not saved: %1").arg(result.error().message), true);
        return false;
    }
    if (ids)
        *ids = *result;
    return true;
}

std::vector<AttendanceMark> AttendanceView::marksBefore(const std::vector<AttendanceMark>& after) const {
    std::vector<AttendanceMark> before;
    for (const AttendanceMark& m : after) {
        const auto& rows = m_model->rows();
        const auto it = std::find_if(rows.begin(), rows.end(), [&m](const RosterRow& r) {
            return r.contactKnown && sameContact(r.contact, m.contact);
        });
        if (it != rows.end()) {
            const ParticipationStatus s =
                it->status == ParticipationStatus::Unknown ? ParticipationStatus::Registered : it->status;
            before.push_back({m.eventId, m.contact, s, it->hours, !it->hours.has_value()});
        } else {
            // The person had no participation: a participation cannot be deleted from here (Salesforce may
            // already have it), so undoing their check-in cancels it.
            before.push_back({m.eventId, m.contact, ParticipationStatus::Cancelled, std::nullopt, true});
        }
    }
    return before;
}

bool AttendanceView::applyMarks(const QString& undoText, const std::vector<AttendanceMark>& after,
                                const QString& doneText) {
    if (!m_writable) {
        feedback(m_session.refusalReason(Permission::WriteAttendance), true);
        return false;
    }
    if (after.empty())
        return false;
    const bool recordsAttendance = std::any_of(after.begin(), after.end(), [](const AttendanceMark& m) {
        return AttendanceRoster::recordsAttendance(m.status);
    });
    if (recordsAttendance && !mayTakeAttendanceNow())
        return false;
    std::vector<AttendanceMark> before = marksBefore(after);
    std::vector<qint64> ids;
    if (!writeMarks(after, &ids))
        return false;
    // Saved and committed (synchronous=FULL) before anything on screen changes.
    const qint64 eventId = m_event.id;
    // The stack may be the window's and outlive this screen: the writer checks the screen is still there.
    const QPointer<AttendanceView> self(this);
    m_undo->push(
        new MarkCommand(undoText, std::move(before), after,
                        [self, eventId, undoText](const std::vector<AttendanceMark>& marks, bool undoing) {
                            AttendanceView* view = self.data();
                            if (view == nullptr || (view->m_event.id != eventId && !view->setEvent(eventId)))
                                return false;
                            std::vector<qint64> changed;
                            if (!view->writeMarks(marks, &changed))
                                return false;
                            view->reloadRoster();
                            view->feedback((undoing ? tr("Undone: %1.") : tr("Redone: %1.")).arg(undoText) +
                                           u' ' + tr("Saved on this computer; waiting to sync."));
                            Q_EMIT view->marksShown(QList<qint64>(changed.begin(), changed.end()));
                            return true;
                        }));
    reloadRoster(ids.size() == 1 ? ids.front() : 0);
    feedback(doneText + u' ' + tr("Saved on this computer; waiting to sync."));
    Q_EMIT marksShown(QList<qint64>(ids.begin(), ids.end()));
    return true;
}

std::vector<int> AttendanceView::selectedRows() const {
    std::vector<int> rows;
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        rows.push_back(i.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.push_back(m_table->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AttendanceView::editNotes() {
    if (!m_writable) {
        feedback(m_session.refusalReason(Permission::WriteAttendance), true);
        return;
    }
    const RosterRow* r = m_model->rowAt(m_table->currentIndex().row());
    if (!r) {
        feedback(tr("Pick someone on the roster first."), true);
        return;
    }
    const qint64 participationId = r->participationId;
    const QString name = r->displayName();
    const QString before = r->notes;
    // The stack may be the window's and outlive this screen: each step checks the screen is still there.
    const QPointer<AttendanceView> self(this);
    auto write = [self, participationId](const QString& notes) -> Status {
        AttendanceView* view = self.data();
        if (!view)
            return Error::usage(tr("The attendance screen is closed."));
        Status s = LocalChanges(*view->m_db, view->m_session, view->m_clock)
                       .setParticipationNotes(participationId, notes);
        if (s)
            view->reloadRoster(participationId);
        return s;
    };
    // Notes__c's length as the org's describe gives it (the sync keeps it); 0 before the first sync.
    int maxLength = 0;
    if (auto rules = FieldRules::load(*m_db, QStringLiteral("participation")))
        if (const FieldRule* rule = rules->rule(QStringLiteral("notes")))
            maxLength = rule->maxLength;
    auto* dialog = new NotesDialog(name, before, maxLength, write, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, write, name, before] {
        const QString after = dialog->notes().trimmed();
        if (after == before)
            return;
        m_undo->push(new RecordChangeCommand(
            tr("Notes on %1").arg(name), [write, before] { return write(before); },
            [write, after] { return write(after); },
            [self = QPointer<AttendanceView>(this)](const Error& e) {
                if (self)
                    self->feedback(tr("Not saved: %1").arg(e.message), true);
            }));
        feedback(tr("%1: notes saved.").arg(name) + u' ' + tr("Saved on this computer; waiting to sync."));
        m_table->setFocus();
    });
    dialog->open();
}

void AttendanceView::markSelected(ParticipationStatus status) {
    std::vector<AttendanceMark> marks;
    QStringList names;
    for (int row : selectedRows()) {
        const RosterRow* r = m_model->rowAt(row);
        if (!r || !r->markable())
            continue;
        // No-Show carries no hours; Attended keeps hours already entered, else gets the event's duration.
        std::optional<double> hours;
        if (status == ParticipationStatus::Attended)
            hours = r->hours ? r->hours : m_event.defaultHours();
        marks.push_back({m_event.id, r->contact, status, hours, status == ParticipationStatus::NoShow});
        names << r->displayName();
    }
    if (marks.empty()) {
        feedback(tr("Pick someone on the roster first."), true);
        return;
    }
    const QString who =
        names.size() == 1 ? names.front() : tr("%n people", nullptr, static_cast<int>(names.size()));
    applyMarks(tr("Mark %1 %2").arg(who, statusWord(status)), marks,
               tr("%1: %2.").arg(who, statusWord(status)));
}

void AttendanceView::clearSelected() {
    std::vector<AttendanceMark> marks;
    QStringList names;
    for (int row : selectedRows()) {
        const RosterRow* r = m_model->rowAt(row);
        if (!r || !r->markable())
            continue;
        marks.push_back({m_event.id, r->contact, ParticipationStatus::Registered, std::nullopt, true});
        names << r->displayName();
    }
    if (marks.empty())
        return;
    const QString who =
        names.size() == 1 ? names.front() : tr("%n people", nullptr, static_cast<int>(names.size()));
    applyMarks(tr("Clear %1").arg(who), marks, tr("%1: back to Registered.").arg(who));
}

void AttendanceView::markEveryoneLeftNoShow() {
    std::vector<AttendanceMark> marks;
    for (const RosterRow& r : m_model->rows()) {
        const bool left =
            r.status == ParticipationStatus::Registered || r.status == ParticipationStatus::Unknown;
        if (left && r.markable() && r.counted())
            marks.push_back({m_event.id, r.contact, ParticipationStatus::NoShow, std::nullopt, true});
    }
    if (marks.empty()) {
        feedback(tr("Nobody is left: everyone on the roster has a mark."));
        return;
    }
    const int n = static_cast<int>(marks.size());
    applyMarks(tr("Mark %n people left as No-Show", nullptr, n), marks,
               tr("%n people left marked No-Show (Ctrl+Z undoes it).", nullptr, n));
}

void AttendanceView::checkInFromSearch() {
    const int index = m_suggestions->currentRow();
    if (index < 0 || index >= static_cast<int>(m_matches.size())) {
        if (!m_search->text().trimmed().isEmpty())
            feedback(tr("Nobody matches '%1'. Check the spelling or add a walk-in (Ctrl+Shift+W).")
                         .arg(m_search->text().trimmed()),
                     true);
        return;
    }
    const ContactMatch match = m_matches[static_cast<size_t>(index)];
    if (match.rosterIndex >= 0) {
        const int row = match.rosterIndex;
        m_table->setCurrentIndex(m_model->index(row, RosterTableModel::Name));
        m_table->scrollTo(m_model->index(row, RosterTableModel::Name));
        const RosterRow& r = m_model->rows()[static_cast<size_t>(row)];
        if (r.status == ParticipationStatus::Attended) {
            feedback(tr("%1 is already marked Attended.").arg(r.displayName()));
            m_search->setText(QString());
            return;
        }
    }
    if (!m_writable) {
        feedback(m_session.refusalReason(Permission::WriteAttendance), true);
        return;
    }
    std::optional<double> hours = m_event.defaultHours();
    if (match.rosterIndex >= 0)
        if (const auto& h = m_model->rows()[static_cast<size_t>(match.rosterIndex)].hours)
            hours = h;
    if (applyMarks(tr("Check in %1").arg(match.name),
                   {{m_event.id, match.contact, ParticipationStatus::Attended, hours, false}},
                   match.rosterIndex >= 0 ? tr("%1: Attended.").arg(match.name)
                                          : tr("%1: added to the roster, Attended.").arg(match.name)))
        m_search->setText(QString()); // setText, not clear(): it also empties the field's own undo history
}

void AttendanceView::addWalkIn() {
    if (!m_writable || m_event.id == 0)
        return;
    // Asked before the walk-in is added: a walk-in is there to be marked Attended.
    if (!mayTakeAttendanceNow())
        return;
    auto names = AttendanceRoster::organizationNames(*m_db);
    const QStringList organizations = names ? *names : QStringList();
    auto finder = [this](const NewVolunteer& v) {
        LocalChanges changes(*m_db, m_session, m_clock);
        auto found = changes.findLikelyDuplicates(v);
        return found ? std::move(found).value() : std::vector<DuplicateCandidate>{};
    };
    auto problems = [this](const NewVolunteer& v) {
        LocalChanges changes(*m_db, m_session, m_clock);
        auto found = changes.checkNewVolunteer(v);
        return found ? std::move(found).value() : std::vector<FieldProblem>{};
    };
    auto* dialog = new WalkInDialog(finder, problems, organizations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        qint64 volunteerId = 0;
        QString name;
        if (const auto existing = dialog->existingVolunteer()) {
            volunteerId = *existing;
        } else {
            LocalChanges changes(*m_db, m_session, m_clock);
            const NewVolunteer v = dialog->volunteer();
            auto id = changes.addVolunteer(v);
            if (!id) {
                feedback(tr("The walk-in was not added: %1").arg(id.error().message), true);
                return;
            }
            volunteerId = *id;
            name = (v.firstName + u' ' + v.lastName).trimmed();
        }
        if (name.isEmpty())
            name = tr("the volunteer");
        applyMarks(tr("Check in walk-in %1").arg(name),
                   {{m_event.id,
                     {ContactRef::Kind::Volunteer, volunteerId},
                     ParticipationStatus::Attended,
                     m_event.defaultHours(),
                     false}},
                   tr("Walk-in %1: added, Attended.").arg(name));
        m_search->setFocus();
    });
    dialog->open();
}

void AttendanceView::addStudents() {
    if (!m_writable || m_event.id == 0)
        return;
    auto* dialog = new StudentPickerDialog(m_db, m_event.schoolSfId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::vector<AttendanceMark> marks;
        for (qint64 id : dialog->checkedStudents())
            marks.push_back({m_event.id,
                             {ContactRef::Kind::Student, id},
                             ParticipationStatus::Attended,
                             m_event.defaultHours(),
                             false});
        const int n = static_cast<int>(marks.size());
        applyMarks(tr("Check in %n student(s)", nullptr, n), marks,
                   tr("%n student(s) marked Attended.", nullptr, n));
        m_search->setFocus();
    });
    dialog->open();
}

QString AttendanceView::askPath(PathKind kind, const QString& suggestedName) {
    // The user's Documents folder, made when the system has none yet: a file dialog given a folder that
    // does not exist opens in the program's working folder instead.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(suggestedName);
    if (m_pathPrompt)
        return m_pathPrompt(kind, suggested);
    if (kind == PathKind::SaveSignInSheet)
        return QFileDialog::getSaveFileName(this, tr("Save the sign-in sheet"), suggested,
                                            tr("PDF files (*.pdf)"));
    return QFileDialog::getOpenFileName(this, tr("Import attendance"), folder,
                                        tr("CSV files (*.csv);;All files (*)"));
}

bool AttendanceView::askPrinter(QPrinter& printer) {
    if (m_printerPrompt)
        return m_printerPrompt(printer);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("signInSheetPrintDialog"));
    return dialog.exec() == QDialog::Accepted;
}

void AttendanceView::printSignInSheet() {
    if (m_event.id == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    // The locale's paper until the user picks another in the dialog.
    printer.setPageSize(QPageSize(PaperSize::forLocale(LocaleFormat::displayLocale())));
    printer.setDocName(tr("Sign-in sheet - %1").arg(m_event.name));
    if (!askPrinter(printer))
        return;
    if (Status s = SignInSheet::paint(m_session, printer, m_event, m_model->rows()); !s) {
        feedback(s.error().message, true);
        return;
    }
    feedback(
        printer.outputFileName().isEmpty()
            ? tr("Sign-in sheet sent to the printer %1.").arg(printer.printerName())
            : tr("Sign-in sheet printed to %1.").arg(QDir::toNativeSeparators(printer.outputFileName())));
}

void AttendanceView::saveSignInSheetPdf() {
    if (m_event.id == 0)
        return;
    QString safeName = m_event.name;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]")), QStringLiteral("_"));
    const QString path = askPath(PathKind::SaveSignInSheet, tr("Sign-in sheet - %1.pdf").arg(safeName));
    if (path.isEmpty())
        return;
    if (Status s = SignInSheet::writePdf(m_session, m_event, m_model->rows(), path,
                                         PaperSize::forLocale(LocaleFormat::displayLocale()));
        !s) {
        feedback(s.error().message, true);
        return;
    }
    feedback(tr("Sign-in sheet saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void AttendanceView::importCsv() {
    if (!m_writable || m_event.id == 0)
        return;
    const QString path = askPath(PathKind::OpenCsv, {});
    if (path.isEmpty())
        return;
    auto preview = AttendanceImport::previewFile(*m_db, m_event.id, path);
    if (!preview) {
        feedback(preview.error().message, true);
        return;
    }
    auto* dialog = new ImportDialog(path, std::move(preview).value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::vector<AttendanceMark> marks = dialog->preview().goodMarks();
        const int n = static_cast<int>(marks.size());
        applyMarks(tr("Import %n row(s)", nullptr, n), marks, tr("Imported %n row(s).", nullptr, n));
    });
    dialog->open();
}

void AttendanceView::getReadyForOffline() {
    auto* dialog = new OfflineReadyDialog(m_db, m_clock.nowUtc(), m_mapping, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_event.id != 0)
        dialog->checkEvent(m_event.id);
    // Forwarded only when someone (the sync engine) listens; otherwise the dialog says what to do.
    if (isSignalConnected(QMetaMethod::fromSignal(&AttendanceView::prefetchRequested)))
        connect(dialog, &OfflineReadyDialog::prefetchRequested, this, &AttendanceView::prefetchRequested);
    dialog->open();
}

} // namespace vms
