#include "ui/attendance/ImportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vms {

ImportDialog::ImportDialog(const QString& fileName, ImportPreview preview, QWidget* parent)
    : QDialog(parent)
    , m_preview(std::move(preview)) {
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import attendance from %1").arg(QFileInfo(fileName).fileName()));
    resize(760, 480);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(static_cast<int>(m_preview.rows.size()), 5, this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->setAccessibleName(tr("Rows of the file and what will happen to each"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Person"), tr("Status"), tr("Hours"), tr("Result")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; arrow keys move inside the table
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < static_cast<int>(m_preview.rows.size()); ++i) {
        const ImportRow& r = m_preview.rows[static_cast<size_t>(i)];
        const QStringList cells = {QString::number(r.line), r.who, r.status, r.hours,
                                   r.ok ? tr("Will be imported") : tr("Rejected: %1").arg(r.message)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!r.ok)
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(this);
    const int good = m_preview.goodRows();
    m_import = buttons->addButton(tr("&Import %n good row(s)", nullptr, good), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importConfirmButton"));
    m_import->setEnabled(good > 0 && m_preview.fileError.isEmpty());
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("importCancelButton"));
    cancel->setDefault(true); // Enter never imports by accident
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const int bad = static_cast<int>(m_preview.rows.size()) - good;
    if (!m_preview.fileError.isEmpty())
        m_summary->setText(tr("This file cannot be imported: %1").arg(m_preview.fileError));
    else
        m_summary->setText(
            tr("%1 will be imported; %2 rejected (see the Result column). Nothing is saved until you "
               "press Import.")
                .arg(tr("%n row(s)", nullptr, good), tr("%n row(s)", nullptr, bad)));
}

} // namespace vms
