#include "core/domain/Role.h"

#include <QTest>

using namespace vms;

class TestRole final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matrix() {
        QVERIFY(roleAllows(Role::User, Permission::Read));
        QVERIFY(roleAllows(Role::User, Permission::ExportAggregate));
        QVERIFY(!roleAllows(Role::User, Permission::WriteRecords));
        QVERIFY(!roleAllows(Role::User, Permission::WriteAttendance));
        QVERIFY(!roleAllows(Role::User, Permission::ExportPersonal));
        QVERIFY(!roleAllows(Role::User, Permission::Administer));
        QVERIFY(roleAllows(Role::Coordinator, Permission::WriteAttendance));
        QVERIFY(roleAllows(Role::Coordinator, Permission::ResolveConflicts));
        QVERIFY(roleAllows(Role::Coordinator, Permission::ExportFull));
        QVERIFY(!roleAllows(Role::User, Permission::ExportFull));
        QVERIFY(!roleAllows(Role::Coordinator, Permission::ExportPersonal));
        QVERIFY(roleAllows(Role::Admin, Permission::ExportPersonal));
        QVERIFY(!roleAllows(Role::Coordinator, Permission::Administer));
        QVERIFY(roleAllows(Role::Admin, Permission::Administer));
    }
    void names() {
        for (Role r : {Role::User, Role::Coordinator, Role::Admin})
            QCOMPARE(roleFromName(roleName(r)), std::optional<Role>(r));
        QVERIFY(!roleFromName(QStringLiteral("Root")).has_value());
        QVERIFY(refusalReason(Role::User, Permission::WriteRecords).contains(QStringLiteral("Coordinator")));
        QVERIFY(refusalReason(Role::Admin, Permission::WriteRecords).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRole)
#include "tst_Role.moc"
