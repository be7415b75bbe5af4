#pragma once

#include "core/changes/FieldRules.h"

#include <QHash>
#include <QString>

#include <vector>

class QFormLayout;
class QLabel;
class QWidget;

namespace vms {

// What the org would refuse, shown beside the fields of a form before it is saved (the FieldProblems of
// LocalChanges' checks): a line in red under each field that has a problem, hidden otherwise. The field's
// accessible description says the same, so a screen reader announces it with the field.
class FieldProblemLines final {
public:
    // Adds the line for `column` on a row of its own under `field` (already in `form`), named
    // `objectName`.
    void add(QFormLayout* form, const QString& column, QWidget* field, const QString& objectName);
    // Shows these problems beside their fields and hides the other lines. Returns the problems of columns
    // that have no line here (for the form's general message); `firstField` gets the first field shown
    // with a problem, for the focus.
    std::vector<FieldProblem> show(const std::vector<FieldProblem>& problems, QWidget** firstField = nullptr);
    void clear() { show({}); }

private:
    struct Line {
        QWidget* field = nullptr;
        QLabel* label = nullptr;
        QString description; // the field's own accessible description
    };
    QHash<QString, Line> m_lines;
    QStringList m_order; // columns in form order
};

} // namespace vms
