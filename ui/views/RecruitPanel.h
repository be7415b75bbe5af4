#pragma once

#include "core/changes/LocalChanges.h"
#include "core/recruit/CandidateRanker.h"
#include "ui/UiContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace vms {

// Recruit for one event (issue #19): the volunteers ranked with the reasons for their place, filtered
// and sorted as the coordinator likes; who is left out and why; and what to do with the chosen ones:
// sign them up (Registered, offline like every write), log a call or an email with a note (a Task), copy
// their email addresses or open the mail program with them in BCC (opt-outs left out, and said so).
// A User sees everything and can do none of it, with the reason beside the buttons.
class RecruitPanel final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecruitPanel)

public:
    RecruitPanel(const UiContext& context, qint64 eventId, QWidget* parent = nullptr);
    ~RecruitPanel() override;

    // Opens the panel for an event (a window of its own, closed with Esc; deleted when closed).
    static RecruitPanel* open(const UiContext& context, qint64 eventId, QWidget* parent);

    // Ranks again (after a sign-up, or when the cache changed).
    void reload();
    qint64 eventId() const { return m_eventId; }
    // How many candidates are ranked with reasons (at most kShown).
    int candidateCount() const;

    static constexpr int kShown = 200;

Q_SIGNALS:
    void signedUp(qint64 eventId);

public Q_SLOTS:
    // Esc, Close and the window's close button (QDialog's closeEvent rejects): a call or an email typed
    // but not logged is not dropped without asking.
    void reject() override;

private:
    bool mayDropTypedActivity();
    std::vector<const Candidate*> selectedCandidates() const;
    void signUpSelected();
    void logActivity();
    void copyEmails();
    void emailInBcc();
    // The selected candidates' addresses, and a sentence naming who was left out of them and why.
    QStringList emailsOfSelection(QString* leftOut) const;
    void updateActions();
    void say(const QString& text);

    UiContext m_context;
    qint64 m_eventId = 0;
    RankedCandidates m_ranked;
    QLabel* m_header = nullptr;
    QLineEdit* m_filter = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QTableWidget* m_excluded = nullptr;
    QLabel* m_reasons = nullptr; // the selected candidate's reasons in full
    QPushButton* m_signUp = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_mail = nullptr;
    QComboBox* m_activityType = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_log = nullptr;
    QLabel* m_roleNote = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vms
