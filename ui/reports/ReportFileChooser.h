#pragma once

#include <QString>

class QWidget;

namespace vms {

// The thin facade in front of the save-file dialog (architecture.md): the Reports view asks it for a path,
// tests answer it.
class ReportFileChooser {
public:
    virtual ~ReportFileChooser() = default;
    // The chosen path, or empty when the user cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
};

// The real one: QFileDialog.
class DialogReportFileChooser final : public ReportFileChooser {
public:
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
};

} // namespace vms
