#pragma once

#include "core/attendance/AttendanceImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vms {

// The preview of an attendance CSV (docs/attendance-import.md): every row with its verdict and, for a
// rejected row, why. Nothing is written here; on "Import" the caller writes preview().goodMarks() in one
// all-or-nothing step.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(const QString& fileName, ImportPreview preview, QWidget* parent = nullptr);
    const ImportPreview& preview() const { return m_preview; }

private:
    ImportPreview m_preview;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace vms
