#pragma once

#include "core/attendance/AttendanceRoster.h"
#include "core/attendance/ContactSearch.h"
#include "core/auth/Session.h"
#include "core/common/Clock.h"
#include "core/salesforce/OrgMapping.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QTableView;
class QUndoStack;

namespace vms {

class Database;
class MessageBoxPrompter;
class Prompter;
class RosterTableModel;

// The check-in table's screen for one event. Built for a laptop in a school gym with no network and a line
// of people waiting: type a name, press Enter, the person is marked Attended; A / N / Del on a roster row
// mark Attended, No-Show or clear it. Every mark goes through LocalChanges, so it is on disk and queued for
// Salesforce before the screen shows it, and it stays marked "waiting to sync" until a sync has sent it.
// Nothing here needs the network.
class AttendanceView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttendanceView)

public:
    enum class PathKind { SaveSignInSheet, OpenCsv };
    // Asks the user for a file, starting at `suggestedPath` (in the Documents folder); the default uses
    // QFileDialog, tests answer without a dialog. Empty: cancelled.
    using PathPrompt = std::function<QString(PathKind kind, const QString& suggestedPath)>;
    // Asks the user for a printer and its settings (QPrintDialog by default; tests answer, e.g. by
    // pointing the printer at a PDF file). False: cancelled.
    using PrinterPrompt = std::function<bool(QPrinter& printer)>;

    // `undoStack`: the window's shared stack (Edit > Undo); null gives the screen its own, with Ctrl+Z on it.
    AttendanceView(std::shared_ptr<Database> db, const Clock& clock, QUndoStack* undoStack = nullptr,
                   QWidget* parent = nullptr);
    ~AttendanceView() override;

    // The signed-in user's role decides whether the screen can mark (Coordinator, Admin) or only show.
    void setSession(const Session& session);
    // The org's mapping (the embedded default until set): "Get ready for offline" reads the sync's records,
    // which are kept per Salesforce object.
    void setOrgMapping(const OrgMapping& mapping) { m_mapping = mapping; }
    bool setEvent(qint64 eventId);
    qint64 eventId() const { return m_event.id; }
    void reloadEvents();
    void setPathPrompt(PathPrompt prompt) { m_pathPrompt = std::move(prompt); }
    void setPrinterPrompt(PrinterPrompt prompt) { m_printerPrompt = std::move(prompt); }
    // Questions to the user (message boxes by default; tests answer them).
    void setPrompter(Prompter* prompter);
    QUndoStack* undoStack() const { return m_undo; }
    RosterTableModel* rosterModel() const { return m_model; }

public Q_SLOTS:
    // Re-reads the events and the roster (after a sync has pushed marks or pulled changes): "waiting to
    // sync" clears here, and a new profile's first events appear.
    void refresh();
    void markSelected(vms::ParticipationStatus status);
    void clearSelected();
    // The notes of the current row's participation, in a dialog (T, or the row's context menu).
    void editNotes();
    void markEveryoneLeftNoShow();
    void checkInFromSearch();
    void addWalkIn();
    void addStudents();
    // The sign-in sheet on paper (Ctrl+P, through the print dialog), or as a PDF file (Ctrl+Shift+P).
    void printSignInSheet();
    void saveSignInSheetPdf();
    void importCsv();
    void getReadyForOffline();
    // An Admin's delete of the participation on the selected roster row (Shift+Del), once confirmed;
    // undoable until it is pushed (DeleteRecord).
    void deleteSelectedParticipation();

Q_SIGNALS:
    // Events whose offline check found something missing; the sync engine fetches them (OfflinePrefetcher).
    void prefetchRequested(const QStringList& eventSfIds);
    // After marks were saved AND the roster on screen shows them.
    void marksShown(const QList<qint64>& participationIds);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi(bool ownUndo);
    // The Admin's "Delete participation…" (action and button), shown to Admins only.
    void addDeleteParticipation(QGridLayout* buttons);
    void reloadRoster(qint64 selectParticipationId = 0);
    void updateCounters();
    void updateSuggestions();
    void updateEnabled();
    void feedback(const QString& text, bool error = false);
    // Before the first Attended or No-Show mark on an event more than a day away, asks whether to take
    // attendance now (once per event); false, with the reason shown, when the user says no.
    bool mayTakeAttendanceNow();
    // Saves `after` as one undoable step; false (with the reason shown) when nothing was saved.
    bool applyMarks(const QString& undoText, const std::vector<AttendanceMark>& after,
                    const QString& doneText);
    bool writeMarks(const std::vector<AttendanceMark>& marks, std::vector<qint64>* ids);
    std::vector<AttendanceMark> marksBefore(const std::vector<AttendanceMark>& after) const;
    std::vector<int> selectedRows() const;
    QString askPath(PathKind kind, const QString& suggestedName);
    bool askPrinter(QPrinter& printer);

    std::shared_ptr<Database> m_db;
    const Clock& m_clock;
    Session m_session;
    OrgMapping m_mapping;
    bool m_writable = false;
    AttendanceEvent m_event;
    std::vector<ContactMatch> m_matches;
    PathPrompt m_pathPrompt;
    PrinterPrompt m_printerPrompt;
    std::unique_ptr<MessageBoxPrompter> m_ownPrompter;
    Prompter* m_prompter = nullptr;
    QSet<qint64> m_earlyAttendanceConfirmed; // events the user agreed to take attendance for early

    QComboBox* m_eventCombo = nullptr;
    QLabel *m_when = nullptr, *m_readOnlyBanner = nullptr, *m_registered = nullptr, *m_attended = nullptr,
           *m_noShow = nullptr, *m_pending = nullptr, *m_feedback = nullptr, *m_keys = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_suggestions = nullptr;
    QTableView* m_table = nullptr;
    RosterTableModel* m_model = nullptr;
    QUndoStack* m_undo = nullptr;
    QAction* m_deleteAction = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QList<QAction*> m_writeActions;
    QList<QPushButton*> m_writeButtons;
    QAction* m_sheetAction = nullptr; // print
    QAction* m_sheetPdfAction = nullptr;
    QPushButton* m_sheetButton = nullptr;
    QPushButton* m_sheetPdfButton = nullptr;
};

} // namespace vms
