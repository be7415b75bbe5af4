#pragma once

#include <QString>

class QWidget;

namespace vms {

// The thin facade in front of the Reports view's dialogs (architecture.md): the view asks it for a file
// path or a preset's name, tests answer it. Yes/no questions go through the Prompter.
class ReportDialogs {
public:
    virtual ~ReportDialogs() = default;
    // The chosen path, or empty when the user cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                 const QString& filter) = 0;
    // A preset's name, or empty when the user cancelled.
    virtual QString presetName(QWidget* parent, const QString& title, const QString& label,
                               const QString& initial) = 0;
};

// The real ones: QFileDialog and QInputDialog.
class QtReportDialogs final : public ReportDialogs {
public:
    QString saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                         const QString& filter) override;
    QString presetName(QWidget* parent, const QString& title, const QString& label,
                       const QString& initial) override;
};

} // namespace vms
