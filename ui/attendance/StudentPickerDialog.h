#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vms {

class Database;

// Students added from their school's or class's list: pick the school (the event's school first), optionally
// a class, tick the students who came (Space), and mark them all Attended in one step.
class StudentPickerDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudentPickerDialog)

public:
    StudentPickerDialog(std::shared_ptr<Database> db, const QString& preferredSchoolSfId,
                        QWidget* parent = nullptr);
    std::vector<qint64> checkedStudents() const;

private:
    void loadSchools(const QString& preferredSchoolSfId);
    void loadClasses();
    void loadStudents();
    void applyFilter();
    void updateButton();

    std::shared_ptr<Database> m_db;
    QComboBox *m_school = nullptr, *m_class = nullptr;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_students = nullptr;
    QPushButton* m_mark = nullptr;
};

} // namespace vms
