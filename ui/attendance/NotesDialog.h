#pragma once

#include "core/common/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace vms {

// The notes of one participation (Notes__c): what the person brought, who they came with, what to
// remember next time. Save hands the text to `save` (LocalChanges through the view, so it is on disk and
// queued before the dialog closes); a refusal (a role that may not write, a rule of the org) is shown in the
// dialog, which stays open with the text typed. The length the org takes (`maxLength`, from its describe;
// 0 when unknown) is counted as the user types, so a note too long is seen before Save.
class NotesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesDialog)

public:
    using Save = std::function<Status(const QString& notes)>;

    NotesDialog(const QString& personName, const QString& notes, int maxLength, Save save,
                QWidget* parent = nullptr);

    QString notes() const;
    void accept() override;

private:
    void updateLength();

    Save m_save;
    int m_maxLength = 0;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_length = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace vms
