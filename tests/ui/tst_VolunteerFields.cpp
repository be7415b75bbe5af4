#include "Org.h"
#include "core/changes/FieldRules.h"
#include "core/changes/LocalChanges.h"
#include "core/db/Outbox.h"
#include "core/salesforce/OrgMapping.h"
#include "tests/support/UiTestSupport.h"
#include "ui/views/VolunteerPage.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <nlohmann/json.hpp>

using namespace vms;
using namespace vms::test;

namespace {

// The org's describe of Contact as the sync keeps it: the fake org's own answer, changed by `tweak`.
void storeVolunteerRules(QSqlDatabase db, const std::function<void(nlohmann::json& fields)>& tweak = {}) {
    fakeforce::Org org;
    fakeforce::Request request =
        fakeforce::requestFromTarget("GET", "/services/data/v60.0/sobjects/Contact/describe");
    request.setHeader("authorization", "Bearer " + org.issueTokens().accessToken);
    const fakeforce::Response answer = org.handle(request);
    QCOMPARE(answer.status, 200);
    nlohmann::json describe = nlohmann::json::parse(answer.body.toStdString());
    if (tweak)
        tweak(describe["fields"]);
    auto mapping = OrgMapping::loadDefault();
    QVERIFY(mapping.ok());
    const FieldRules rules =
        FieldRules::fromDescribe(*mapping->entity(QStringLiteral("volunteer")), describe);
    QVERIFY(FieldRules::store(db, {rules}, QStringLiteral("2026-03-10T15:00:00.000Z")).ok());
}

QListWidgetItem* itemNamed(QListWidget* list, const QString& text) {
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == text)
            return list->item(i);
    qWarning("no item %s", qPrintable(text));
    return nullptr;
}

QStringList texts(const QComboBox* combo) {
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemText(i);
    return out;
}

} // namespace

// The volunteer page's status, skills, interests and primary organization (issue #17) with real
// widgets on a real cache: the org's values, validation, role gating, undo and the org's refusal.
class TestVolunteerFields final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pickersOfferTheOrgsValuesAndSaveWithUndo() {
        UiFixture f;
        storeVolunteerRules(f.db->connection());
        if (QTest::currentTestFailed())
            return;
        // An organization added offline a minute ago is offered too.
        LocalChanges changes(f.db->connection(), f.context.session, f.clock);
        auto riverside =
            changes.addOrganization({{QStringLiteral("name"), QStringLiteral("Riverside Robotics")}});
        QVERIFY(riverside.ok());
        QUndoStack stack;
        VolunteerPage page(f.context, &stack);
        QVERIFY(page.showVolunteer(1));
        page.show();
        QCOMPARE(find<QLabel>(&page, "volunteerStatus")->text(),
                 QStringLiteral("Active")); // empty means Active
        QCOMPARE(find<QLabel>(&page, "volunteerSkills")->text(), QStringLiteral("Engineering, Mentoring"));
        QCOMPARE(find<QLabel>(&page, "volunteerPrimaryOrganization")->text(), QStringLiteral("Acme Corp"));
        auto* status = find<QComboBox>(&page, "volunteerField_volunteer_status");
        auto* skills = find<QListWidget>(&page, "volunteerField_skills");
        auto* interests = find<QListWidget>(&page, "volunteerField_interests");
        auto* organization = find<QComboBox>(&page, "volunteerField_organization_id");
        QVERIFY(!status->isVisible());

        QTest::mouseClick(find<QPushButton>(&page, "editVolunteerButton"), Qt::LeftButton);
        QVERIFY(page.isEditing());
        QTRY_VERIFY(status->isVisible() && skills->isVisible());
        QCOMPARE(texts(status), (QStringList{QStringLiteral("Active"), QStringLiteral("Inactive"),
                                             QStringLiteral("On Hold")}));
        QCOMPARE(status->currentText(), QStringLiteral("Active"));
        QCOMPARE(skills->count(), 9); // the org's values
        QCOMPARE(itemNamed(skills, QStringLiteral("Mentoring"))->checkState(), Qt::Checked);
        QCOMPARE(itemNamed(skills, QStringLiteral("Finance"))->checkState(), Qt::Unchecked);
        QCOMPARE(interests->count(), 4);
        QVERIFY(texts(organization).contains(QStringLiteral("Riverside Robotics (not yet in Salesforce)")));
        QCOMPARE(organization->currentText(), QStringLiteral("Acme Corp"));

        // From the keyboard: Down picks the next status, Space ticks the current value of a list.
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(status->currentText(), QStringLiteral("On Hold"));
        skills->setFocus();
        skills->setCurrentItem(itemNamed(skills, QStringLiteral("Finance")));
        QTest::keyClick(skills, Qt::Key_Space);
        QCOMPARE(itemNamed(skills, QStringLiteral("Finance"))->checkState(), Qt::Checked);
        itemNamed(interests, QStringLiteral("Job Shadows"))->setCheckState(Qt::Checked);
        organization->setCurrentIndex(organization->findData(*riverside));
        QVERIFY(page.save());
        QVERIFY(!page.isEditing());

        auto row = [&f](const char* column) {
            return f.scalar(
                QStringLiteral("SELECT %1 FROM volunteers WHERE id=1").arg(QLatin1String(column)));
        };
        QCOMPARE(row("volunteer_status").toString(), QStringLiteral("On Hold"));
        QCOMPARE(row("skills").toString(), QStringLiteral("Engineering;Finance;Mentoring"));
        QCOMPARE(row("interests").toString(), QStringLiteral("Job Shadows"));
        QCOMPARE(row("organization_id").toLongLong(), *riverside);
        QVERIFY(row("primary_affiliation").isNull()); // its Id follows once the org has it
        QCOMPARE(
            f.scalar(QStringLiteral(
                         "SELECT count(*) FROM volunteer_skills WHERE volunteer_id=1 AND skill='Finance'"))
                .toInt(),
            1);
        const QString queued =
            f.scalar(QStringLiteral("SELECT fields FROM outbox WHERE entity='volunteer' AND local_id=1"))
                .toString();
        for (const char* column : {"volunteer_status", "skills", "interests", "primary_affiliation"})
            QVERIFY2(queued.contains(QLatin1String(column)), column);
        QCOMPARE(find<QLabel>(&page, "volunteerStatus")->text(), QStringLiteral("On Hold"));
        QCOMPARE(find<QLabel>(&page, "volunteerPrimaryOrganization")->text(),
                 QStringLiteral("Riverside Robotics"));

        // One Ctrl+Z takes the whole save back, as for the page's other fields.
        stack.undo();
        QVERIFY(row("volunteer_status").isNull());
        QCOMPARE(row("skills").toString(), QStringLiteral("Engineering;Mentoring"));
        QVERIFY(row("interests").isNull());
        QCOMPARE(row("primary_affiliation").toString(), QStringLiteral("001A"));
        QCOMPARE(row("organization_id").toLongLong(), 1);
        QCOMPARE(find<QLabel>(&page, "volunteerStatus")->text(), QStringLiteral("Active"));
        stack.redo();
        QCOMPARE(row("volunteer_status").toString(), QStringLiteral("On Hold"));
        QCOMPARE(row("organization_id").toLongLong(), *riverside);
    }

    // A school as primary affiliation is kept unless another organization is picked, and comes back
    // with undo.
    // The choices are read when editing starts (not with every page shown, where they cost ten times the
    // page): an organization added while the page was open is offered.
    void editingOffersAnOrganizationAddedWhileThePageWasOpen() {
        UiFixture f;
        QUndoStack stack;
        VolunteerPage page(f.context, &stack);
        QVERIFY(page.showVolunteer(1));
        page.show();
        LocalChanges changes(f.db->connection(), f.context.session, f.clock);
        auto harbor = changes.addOrganization({{QStringLiteral("name"), QStringLiteral("Harbor Labs")}});
        QVERIFY(harbor.ok());
        QTest::mouseClick(find<QPushButton>(&page, "editVolunteerButton"), Qt::LeftButton);
        QVERIFY(page.isEditing());
        auto* organization = find<QComboBox>(&page, "volunteerField_organization_id");
        QVERIFY(texts(organization).contains(QStringLiteral("Harbor Labs (not yet in Salesforce)")));
        QCOMPARE(organization->currentText(), QStringLiteral("Acme Corp"));
        // Cancel and edit again: the same choices, the volunteer's own still picked.
        page.cancelEditing();
        page.startEditing();
        QCOMPARE(organization->currentText(), QStringLiteral("Acme Corp"));
        QCOMPARE(organization->findData(*harbor) >= 0, true);
    }

    void aSchoolAffiliationComesBackWithUndo() {
        UiFixture f;
        exec(f.db->connection(),
             QStringLiteral("UPDATE volunteers SET primary_affiliation='001S' WHERE id=3"));
        QUndoStack stack;
        VolunteerPage page(f.context, &stack);
        QVERIFY(page.showVolunteer(3));
        QCOMPARE(find<QLabel>(&page, "volunteerPrimaryOrganization")->text(), QStringLiteral("Central High"));
        page.startEditing();
        auto* organization = find<QComboBox>(&page, "volunteerField_organization_id");
        QCOMPARE(organization->currentText(), QStringLiteral("Central High"));
        // Saving another field leaves it alone.
        find<QComboBox>(&page, "volunteerField_volunteer_status")->setCurrentText(QStringLiteral("Inactive"));
        QVERIFY(page.save());
        QCOMPARE(f.scalar(QStringLiteral("SELECT primary_affiliation FROM volunteers WHERE id=3")).toString(),
                 QStringLiteral("001S"));
        page.startEditing();
        organization->setCurrentIndex(organization->findData(qint64{2}));
        QVERIFY(page.save());
        QCOMPARE(f.scalar(QStringLiteral("SELECT primary_affiliation FROM volunteers WHERE id=3")).toString(),
                 QStringLiteral("001B"));
        stack.undo();
        QCOMPARE(f.scalar(QStringLiteral("SELECT primary_affiliation FROM volunteers WHERE id=3")).toString(),
                 QStringLiteral("001S"));
        QVERIFY(f.scalar(QStringLiteral("SELECT organization_id FROM volunteers WHERE id=3")).isNull());
    }

    // What the org's rules refuse (a value its restricted list does not hold) is said beside the field when
    // saving, and nothing is queued until it is fixed.
    void aRestrictedValueIsRefusedBesideTheField() {
        UiFixture f;
        storeVolunteerRules(f.db->connection(), [](nlohmann::json& fields) {
            for (nlohmann::json& field : fields)
                if (field["name"] == "Volunteer_Skills__c")
                    field["restrictedPicklist"] = true;
        });
        if (QTest::currentTestFailed())
            return;
        // A value the org's list no longer has, from before the org changed it.
        exec(f.db->connection(),
             QStringLiteral("UPDATE volunteers SET skills='Engineering;Welding' WHERE id=3"));
        VolunteerPage page(f.context, nullptr);
        QVERIFY(page.showVolunteer(3));
        page.show();
        page.startEditing();
        auto* skills = find<QListWidget>(&page, "volunteerField_skills");
        QCOMPARE(skills->count(), 10); // the org's nine and the volunteer's own
        QCOMPARE(itemNamed(skills, QStringLiteral("Welding"))->checkState(), Qt::Checked);
        itemNamed(skills, QStringLiteral("Finance"))->setCheckState(Qt::Checked);
        QVERIFY(!page.save());
        QTRY_VERIFY(find<QLabel>(&page, "volunteerFieldProblem_skills")->isVisible());
        QVERIFY(
            find<QLabel>(&page, "volunteerFieldProblem_skills")->text().contains(QStringLiteral("Welding")));
        QVERIFY(page.isEditing()); // what was picked stays
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM outbox")).toInt(), 0);
        itemNamed(skills, QStringLiteral("Welding"))->setCheckState(Qt::Unchecked);
        QVERIFY(page.save());
        QCOMPARE(f.scalar(QStringLiteral("SELECT skills FROM volunteers WHERE id=3")).toString(),
                 QStringLiteral("Engineering;Finance"));
    }

    // A User reads the fields and is told why they cannot be edited.
    void aUserSeesThemReadOnlyWithTheReason() {
        UiFixture f(Role::User);
        VolunteerPage page(f.context, nullptr);
        QVERIFY(page.showVolunteer(1));
        page.show();
        QVERIFY(!find<QPushButton>(&page, "editVolunteerButton")->isEnabled());
        auto* why = find<QLabel>(&page, "volunteerReadOnly");
        QVERIFY(why->isVisible());
        QCOMPARE(why->text(), f.context.session.refusalReason(Permission::WriteRecords));
        QVERIFY(find<QLabel>(&page, "volunteerSkills")->isVisible());
        page.startEditing();
        QVERIFY(!page.isEditing());
        QVERIFY(!find<QComboBox>(&page, "volunteerField_volunteer_status")->isVisible());
        QVERIFY(!page.save());
        // A Coordinator signing in on the same window may edit at once.
        Session coordinator = f.context.session;
        coordinator.role = Role::Coordinator;
        page.setSession(coordinator);
        QVERIFY(!why->isVisible());
        page.startEditing();
        QVERIFY(page.isEditing());
    }

    // The org's refusal of a change stays on the record, beside the field it names; fixing the value
    // queues it again (the next sync retries it).
    void theOrgsRefusalIsShownOnTheFieldAndFixingItRetries() {
        UiFixture f;
        storeVolunteerRules(f.db->connection());
        if (QTest::currentTestFailed())
            return;
        VolunteerPage page(f.context, nullptr);
        QVERIFY(page.showVolunteer(1));
        page.show();
        page.startEditing();
        find<QComboBox>(&page, "volunteerField_volunteer_status")->setCurrentText(QStringLiteral("On Hold"));
        QVERIFY(page.save());
        const qint64 entry =
            f.scalar(QStringLiteral("SELECT id FROM outbox WHERE entity='volunteer' AND local_id=1"))
                .toLongLong();
        // As the push records the org's answer.
        QVERIFY(Outbox(f.db->connection())
                    .fail(entry,
                          {QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION"),
                           QStringLiteral("A volunteer on hold needs a recruitment note."),
                           {QStringLiteral("Volunteer_Status__c")}},
                          QStringLiteral("2026-03-10T15:05:00.000Z"))
                    .ok());
        QVERIFY(page.showVolunteer(1));
        QVERIFY(find<QLabel>(&page, "volunteerRefusal")->isVisible());
        auto* line = find<QLabel>(&page, "volunteerFieldProblem_volunteer_status");
        QTRY_VERIFY(line->isVisible());
        QCOMPARE(line->text(), QStringLiteral("A volunteer on hold needs a recruitment note."));
        page.startEditing();
        find<QComboBox>(&page, "volunteerField_volunteer_status")->setCurrentText(QStringLiteral("Inactive"));
        QVERIFY(page.save());
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM outbox WHERE id=?"), {entry}).toString(),
                 QStringLiteral("pending"));
        QVERIFY(!find<QLabel>(&page, "volunteerRefusal")->isVisible());
        QVERIFY(!line->isVisible());
    }
};

QTEST_MAIN(TestVolunteerFields)
#include "tst_VolunteerFields.moc"
