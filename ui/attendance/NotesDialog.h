#pragma once

#include "core/common/Error.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPlainTextEdit;

namespace vms {

// The notes of one participation (Notes__c): what the person brought, who they came with, what to
// remember next time. Save hands the text to `save` (LocalChanges through the view, so it is on disk and
// queued before the dialog closes); a refusal (a note longer than the org takes, a role that may not
// write) is shown in the dialog, which stays open with the text typed.
class NotesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesDialog)

public:
    using Save = std::function<Status(const QString& notes)>;

    NotesDialog(const QString& personName, const QString& notes, Save save, QWidget* parent = nullptr);

    QString notes() const;
    void accept() override;

private:
    Save m_save;
    QPlainTextEdit* m_edit = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace vms
