#include "ui/attendance/StudentPickerDialog.h"

#include "core/attendance/ContactSearch.h"
#include "core/attendance/StudentDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vms {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kFirstRole = Qt::UserRole + 2;
constexpr int kLastRole = Qt::UserRole + 3;
} // namespace

StudentPickerDialog::StudentPickerDialog(std::shared_ptr<Database> db, const QString& preferredSchoolSfId,
                                         QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db)) {
    setObjectName(QStringLiteral("studentPickerDialog"));
    setWindowTitle(tr("Add students from a school or class"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_school = new QComboBox(this);
    m_school->setObjectName(QStringLiteral("studentSchoolCombo"));
    m_school->setAccessibleName(tr("School"));
    form->addRow(tr("&School"), m_school);
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("studentClassCombo"));
    m_class->setAccessibleName(tr("Class"));
    form->addRow(tr("&Class"), m_class);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("studentFilter"));
    m_filter->setAccessibleName(tr("Filter students by name"));
    m_filter->setPlaceholderText(tr("Type to filter by name"));
    form->addRow(tr("&Find"), m_filter);
    layout->addLayout(form);
    m_students = new QListWidget(this);
    m_students->setObjectName(QStringLiteral("studentList"));
    m_students->setAccessibleName(tr("Students; Space ticks the one selected"));
    layout->addWidget(m_students);
    auto* buttons = new QDialogButtonBox(this);
    m_mark = buttons->addButton(tr("&Mark ticked students Attended"), QDialogButtonBox::AcceptRole);
    m_mark->setObjectName(QStringLiteral("studentMarkButton"));
    m_mark->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("studentCancelButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_school, &QComboBox::currentIndexChanged, this, &StudentPickerDialog::loadClasses);
    connect(m_class, &QComboBox::currentIndexChanged, this, &StudentPickerDialog::loadStudents);
    connect(m_filter, &QLineEdit::textChanged, this, &StudentPickerDialog::applyFilter);
    connect(m_students, &QListWidget::itemChanged, this, &StudentPickerDialog::updateButton);
    loadSchools(preferredSchoolSfId);
    m_filter->setFocus();
}

void StudentPickerDialog::loadSchools(const QString& preferredSchoolSfId) {
    // Only schools with cached students are worth offering.
    auto schools = StudentDirectory::schools(*m_db);
    QSignalBlocker block(m_school);
    for (const StudentGroup& school : schools ? *schools : std::vector<StudentGroup>{}) {
        if (school.sfId == preferredSchoolSfId)
            m_school->insertItem(0, school.name, school.sfId);
        else
            m_school->addItem(school.name, school.sfId);
    }
    m_school->setCurrentIndex(m_school->count() > 0 ? 0 : -1);
    loadClasses();
}

void StudentPickerDialog::loadClasses() {
    {
        QSignalBlocker block(m_class);
        m_class->clear();
        m_class->addItem(tr("All classes"), QVariant());
        if (auto classes = StudentDirectory::classesOf(*m_db, m_school->currentData().toString()))
            for (const StudentGroup& c : *classes)
                m_class->addItem(c.name, c.sfId);
    }
    loadStudents();
}

void StudentPickerDialog::loadStudents() {
    m_students->clear();
    auto students = StudentDirectory::students(*m_db, m_school->currentData().toString(),
                                               m_class->currentData().toString());
    if (students) {
        QSignalBlocker block(m_students);
        for (const StudentEntry& s : *students) {
            auto* item = new QListWidgetItem(
                s.grade.isEmpty() ? tr("%1 %2").arg(s.firstName, s.lastName)
                                  : tr("%1 %2 (grade %3)").arg(s.firstName, s.lastName, s.grade),
                m_students);
            item->setData(kIdRole, s.id);
            item->setData(kFirstRole, s.firstName);
            item->setData(kLastRole, s.lastName);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    if (m_students->count() > 0)
        m_students->setCurrentRow(0);
    applyFilter();
}

void StudentPickerDialog::applyFilter() {
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_students->count(); ++i) {
        QListWidgetItem* item = m_students->item(i);
        item->setHidden(!text.isEmpty() &&
                        !ContactSearch::matches(item->data(kFirstRole).toString(),
                                                item->data(kLastRole).toString(), {}, text));
    }
    updateButton();
}

void StudentPickerDialog::updateButton() {
    const auto n = static_cast<int>(checkedStudents().size());
    m_mark->setEnabled(n > 0);
    m_mark->setText(tr("&Mark %n ticked student(s) Attended", nullptr, n));
}

std::vector<qint64> StudentPickerDialog::checkedStudents() const {
    std::vector<qint64> ids;
    for (int i = 0; i < m_students->count(); ++i)
        if (m_students->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_students->item(i)->data(kIdRole).toLongLong());
    return ids;
}

} // namespace vms
