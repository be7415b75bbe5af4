#include "ui/widgets/FieldProblemLines.h"

#include <QFormLayout>
#include <QLabel>
#include <QPalette>

namespace vms {

void FieldProblemLines::add(QFormLayout* form, const QString& column, QWidget* field,
                            const QString& objectName) {
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette warn = label->palette();
    warn.setColor(QPalette::WindowText, QColor(0xc9, 0x45, 0x3b));
    label->setPalette(warn);
    label->hide();
    form->addRow(static_cast<QWidget*>(nullptr), label); // under the field, in its column
    m_lines.insert(column, {field, label, field->accessibleDescription()});
    m_order << column;
}

std::vector<FieldProblem> FieldProblemLines::show(const std::vector<FieldProblem>& problems,
                                                  QWidget** firstField) {
    if (firstField)
        *firstField = nullptr;
    std::vector<FieldProblem> elsewhere;
    QHash<QString, QStringList> byColumn;
    for (const FieldProblem& p : problems) {
        if (m_lines.contains(p.column))
            byColumn[p.column] << p.message;
        else
            elsewhere.push_back(p);
    }
    for (const QString& column : std::as_const(m_order)) {
        const Line& line = m_lines[column];
        const QString text = byColumn.value(column).join(u' ');
        line.label->setText(text);
        line.label->setVisible(!text.isEmpty());
        line.field->setAccessibleDescription(text.isEmpty() ? line.description : text);
        if (firstField && !*firstField && !text.isEmpty())
            *firstField = line.field;
    }
    return elsewhere;
}

} // namespace vms
