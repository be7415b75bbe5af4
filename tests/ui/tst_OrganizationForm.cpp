#include "tests/support/UiTestSupport.h"
#include "ui/views/OrganizationForm.h"
#include "ui/views/OrganizationsView.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace vms;
using namespace vms::test;

namespace {} // namespace

// The organization form (issue #17) with real widgets: add and edit, validation, roles, undo.
class TestOrganizationForm final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addValidateAndUndo() {
        UiFixture f;
        QUndoStack stack;
        OrganizationForm form(f.context, 0, &stack);
        form.show();
        QVERIFY(!form.save()); // no name
        QTRY_VERIFY(find<QLabel>(&form, "organizationFormProblem_name")->isVisible());
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        QTest::keyClicks(find<QLineEdit>(&form, "organizationFormName"),
                         QStringLiteral("Riverside Robotics"));
        QTest::keyClicks(find<QLineEdit>(&form, "organizationFormCity"), QStringLiteral("Kansas City"));
        auto* parent = find<QComboBox>(&form, "organizationFormParent");
        parent->setCurrentIndex(parent->findData(QStringLiteral("001A")));
        QTest::mouseClick(find<QPushButton>(&form, "organizationFormSave"), Qt::LeftButton);
        QTRY_VERIFY(form.localId() != 0);
        const qint64 id = form.localId();
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT parent_sf_id FROM organizations WHERE id=?"), {id}).toString(),
            QStringLiteral("001A"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity='organization'")).toInt(),
                 1);

        // Edited, then undone and redone.
        OrganizationForm edit(f.context, id, &stack);
        QCOMPARE(find<QLineEdit>(&edit, "organizationFormCity")->text(), QStringLiteral("Kansas City"));
        find<QLineEdit>(&edit, "organizationFormCity")->setText(QStringLiteral("Overland Park"));
        QVERIFY(edit.save());
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT billing_city FROM organizations WHERE id=?"), {id}).toString(),
            QStringLiteral("Overland Park"));
        stack.undo();
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT billing_city FROM organizations WHERE id=?"), {id}).toString(),
            QStringLiteral("Kansas City"));
        stack.redo();
        QCOMPARE(
            f.scalar(QStringLiteral("SELECT billing_city FROM organizations WHERE id=?"), {id}).toString(),
            QStringLiteral("Overland Park"));
        // The addition itself is taken back: nothing left, nothing queued.
        stack.undo();
        stack.undo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM organizations WHERE id=?"), {id}).toInt(), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
    }

    void roleGating() {
        UiFixture f(Role::User);
        OrganizationForm form(f.context, 1, nullptr);
        form.show();
        QVERIFY(find<QLabel>(&form, "organizationFormReadOnly")->isVisible());
        QVERIFY(!find<QLineEdit>(&form, "organizationFormName")->isEnabled());
        QVERIFY(!find<QPushButton>(&form, "organizationFormSave")->isVisible());
        QVERIFY(!form.save());
        OrganizationsView view(f.context);
        QVERIFY(!find<QPushButton>(&view, "organizationNewButton")->isEnabled());
    }
};

QTEST_MAIN(TestOrganizationForm)
#include "tst_OrganizationForm.moc"
