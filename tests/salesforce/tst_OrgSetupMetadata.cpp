// The org's setup as the project ships it (salesforce/, Salesforce DX source format) against what VMS
// really uses: every field the mapping (core/salesforce/mapping.json) reads is readable, and every field it
// writes is editable, in both permission sets; every external id a write upserts by is defined as an
// External ID and unique; Task's client id is plain text; the Connected App is the one the sign-in
// expects. The mapping is read as data, so a field or a write added to it is checked without touching
// this test.

#include "core/salesforce/OrgMapping.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace {

using vms::test::sourceDir;

QString metadataDir() {
    return sourceDir() + QStringLiteral("/salesforce/force-app/main/default");
}

// A parsed metadata file: element path ("PermissionSet/fieldPermissions/field") -> texts, plus the
// repeated groups a permission set is made of. Small on purpose: the files are flat.
struct XmlElement {
    QString name, text;
    std::vector<std::unique_ptr<XmlElement>> children;

    const XmlElement* child(const QString& n) const {
        for (const auto& c : children)
            if (c->name == n)
                return c.get();
        return nullptr;
    }
    QString childText(const QString& n) const {
        const XmlElement* c = child(n);
        return c ? c->text : QString();
    }
    std::vector<const XmlElement*> all(const QString& n) const {
        std::vector<const XmlElement*> out;
        for (const auto& c : children)
            if (c->name == n)
                out.push_back(c.get());
        return out;
    }
};

// Parses a whole file; empty name and the parser's message on malformed XML.
std::unique_ptr<XmlElement> parseXml(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return nullptr;
    }
    QXmlStreamReader xml(&f);
    std::unique_ptr<XmlElement> root;
    std::vector<XmlElement*> stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            auto e = std::make_unique<XmlElement>();
            e->name = xml.name().toString();
            XmlElement* raw = e.get();
            if (stack.empty()) {
                if (xml.namespaceUri() != u"http://soap.sforce.com/2006/04/metadata") {
                    *error = QStringLiteral("root element is not in the Metadata API namespace");
                    return nullptr;
                }
                root = std::move(e);
            } else {
                stack.back()->children.push_back(std::move(e));
            }
            stack.push_back(raw);
        } else if (xml.isCharacters() && !stack.empty()) {
            stack.back()->text += xml.text().toString().trimmed();
        } else if (xml.isEndElement()) {
            stack.pop_back();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return nullptr;
    }
    return root;
}

// What the mapping uses, per Salesforce object.
struct Usage {
    QHash<QString, QSet<QString>> read, written; // object -> fields
    QHash<QString, QSet<QString>> externalIds;   // object -> fields upserted by
    QSet<QString> createdObjects;                // objects VMS creates records of (upserts)
};

// What the mapping reads and writes, from the mapping itself (OrgMapping), so entities and writes added to
// mapping.json later are checked without touching this test.
Usage usageOf(const vms::OrgMapping& mapping) {
    Usage usage;
    for (const vms::EntityMapping& e : mapping.entities())
        for (const vms::FieldMapping& f : e.fields)
            usage.read[e.object].insert(f.sfField);
    for (const vms::WriteMapping& w : mapping.writes()) {
        auto& target = usage.written[w.object];
        for (const auto* fields : {&w.create, &w.update})
            for (const vms::FieldMapping& f : *fields)
                target.insert(f.sfField);
        for (const auto& [field, value] : w.constants)
            target.insert(field);
        if (!w.clientIdField.isEmpty())
            target.insert(w.clientIdField);
        if (w.upsertByClientId)
            usage.externalIds[w.object].insert(w.clientIdField);
        if (w.canCreate())
            usage.createdObjects.insert(w.object);
    }
    return usage;
}

// Salesforce's rules for which field a permission set names (Metadata API PermissionSet, FieldPermissions):
//  - fields that are always visible, or required, take no field permission, and a permission set that
//    names one fails to deploy ("You cannot deploy to a required field"): the system fields, the Name of
//    an Account or a custom object, the parts of a Contact's Name, the required fields of a Task, and a
//    master-detail field (in this org a participation's Session__c: deleting an event deletes its
//    participations);
//  - a standard address is permissioned as its compound field (BillingCity -> BillingAddress);
//  - Task and Event share field-level security, and a deployment that names one without the other turns
//    the other off (Object Reference, Task), so a Task field is named for both.
// Returns the permission names that grant `field` of `object`: none when it takes no permission.
QStringList permissionNames(const QString& object, const QString& field) {
    static const QSet<QString> alwaysVisible = {
        QStringLiteral("Id"),
        QStringLiteral("IsDeleted"),
        QStringLiteral("CreatedDate"),
        QStringLiteral("CreatedById"),
        QStringLiteral("LastModifiedDate"),
        QStringLiteral("LastModifiedById"),
        QStringLiteral("SystemModstamp"),
        QStringLiteral("LastActivityDate"),
        QStringLiteral("OwnerId"),
    };
    static const QHash<QString, QSet<QString>> required = {
        {QStringLiteral("Account"), {QStringLiteral("Name")}},
        {QStringLiteral("Contact"),
         {QStringLiteral("FirstName"), QStringLiteral("LastName"), QStringLiteral("MiddleName"),
          QStringLiteral("Salutation"), QStringLiteral("Suffix")}},
        {QStringLiteral("Task"),
         {QStringLiteral("Subject"), QStringLiteral("Status"), QStringLiteral("Priority"),
          QStringLiteral("WhoId"), QStringLiteral("WhatId")}},
        {QStringLiteral("Session_Participant__c"), {QStringLiteral("Session__c")}},
    };
    if (alwaysVisible.contains(field) || required.value(object).contains(field))
        return {};
    if (object.endsWith(u"__c") && field == u"Name")
        return {};
    if (!field.endsWith(u"__c")) {
        for (const char* prefix : {"Billing", "Shipping", "Mailing", "Other"}) {
            const QString p = QString::fromLatin1(prefix);
            if (!field.startsWith(p))
                continue;
            for (const char* part : {"Street", "City", "State", "PostalCode", "Country", "StateCode",
                                     "CountryCode", "Latitude", "Longitude", "GeocodeAccuracy"})
                if (field == p + QString::fromLatin1(part))
                    return {QStringLiteral("%1.%2Address").arg(object, p)};
        }
    }
    if (object == u"Task")
        return {QStringLiteral("Task.%1").arg(field), QStringLiteral("Event.%1").arg(field)};
    return {QStringLiteral("%1.%2").arg(object, field)};
}

struct FieldAccess {
    bool readable = false, editable = false;
};
struct ObjectAccess {
    bool create = false, read = false, edit = false, del = false, viewAll = false, modifyAll = false;
};
struct PermissionSet {
    QString name;
    QHash<QString, FieldAccess> fields;
    QHash<QString, ObjectAccess> objects;
    QSet<QString> userPermissions;
};

bool isTrue(const QString& s) {
    return s == u"true";
}

} // namespace

class TestOrgSetupMetadata final : public QObject {
    Q_OBJECT

    Usage m_usage;
    QString m_adminSet, m_coordinatorSet;
    QHash<QString, PermissionSet> m_sets;

    PermissionSet loadPermissionSet(const QString& name) {
        PermissionSet set;
        set.name = name;
        QString error;
        const auto root = parseXml(
            metadataDir() + QStringLiteral("/permissionsets/%1.permissionset-meta.xml").arg(name), &error);
        if (!root) {
            qWarning().noquote() << name << error;
            return set;
        }
        for (const XmlElement* fp : root->all(QStringLiteral("fieldPermissions"))) {
            FieldAccess a{isTrue(fp->childText(QStringLiteral("readable"))),
                          isTrue(fp->childText(QStringLiteral("editable")))};
            set.fields.insert(fp->childText(QStringLiteral("field")), a);
        }
        for (const XmlElement* op : root->all(QStringLiteral("objectPermissions"))) {
            ObjectAccess a;
            a.create = isTrue(op->childText(QStringLiteral("allowCreate")));
            a.read = isTrue(op->childText(QStringLiteral("allowRead")));
            a.edit = isTrue(op->childText(QStringLiteral("allowEdit")));
            a.del = isTrue(op->childText(QStringLiteral("allowDelete")));
            a.viewAll = isTrue(op->childText(QStringLiteral("viewAllRecords")));
            a.modifyAll = isTrue(op->childText(QStringLiteral("modifyAllRecords")));
            set.objects.insert(op->childText(QStringLiteral("object")), a);
        }
        for (const XmlElement* up : root->all(QStringLiteral("userPermissions")))
            if (isTrue(up->childText(QStringLiteral("enabled"))))
                set.userPermissions.insert(up->childText(QStringLiteral("name")));
        return set;
    }

    // The custom field file of object.field: Task's fields are defined on Activity in metadata.
    static QString fieldFile(const QString& object, const QString& field) {
        const QString folder = object == u"Task" || object == u"Event" ? QStringLiteral("Activity") : object;
        return metadataDir() + QStringLiteral("/objects/%1/fields/%2.field-meta.xml").arg(folder, field);
    }

private Q_SLOTS:
    void initTestCase() {
        auto mapping =
            vms::OrgMapping::loadFile(sourceDir() + QStringLiteral("/core/salesforce/mapping.json"));
        QVERIFY2(mapping.ok(), mapping.ok() ? "" : qPrintable(mapping.error().message));
        m_usage = usageOf(*mapping);
        // The test must see something, or every check below passes vacuously.
        QVERIFY(m_usage.read.size() >= 5);
        QVERIFY(!m_usage.written.isEmpty());
        QVERIFY(!m_usage.externalIds.isEmpty());
        m_adminSet = mapping->adminPermissionSet();
        m_coordinatorSet = mapping->coordinatorPermissionSet();
        QVERIFY(!m_adminSet.isEmpty() && !m_coordinatorSet.isEmpty());
        for (const QString& name : {m_adminSet, m_coordinatorSet})
            m_sets.insert(name, loadPermissionSet(name));
    }

    void projectIsSalesforceDxSource() {
        QFile f(sourceDir() + QStringLiteral("/salesforce/sfdx-project.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError perr{};
        const QJsonObject project = QJsonDocument::fromJson(f.readAll(), &perr).object();
        QCOMPARE(perr.error, QJsonParseError::NoError);
        const QJsonArray dirs = project.value(QStringLiteral("packageDirectories")).toArray();
        QVERIFY(!dirs.isEmpty());
        for (const QJsonValue& d : dirs)
            QVERIFY(QDir(sourceDir() + QStringLiteral("/salesforce/") +
                         d.toObject().value(QStringLiteral("path")).toString())
                        .exists());
        QVERIFY(!project.value(QStringLiteral("sourceApiVersion")).toString().isEmpty());
    }

    void everyMetadataFileIsWellFormed() {
        int files = 0;
        QDirIterator it(metadataDir(), {QStringLiteral("*-meta.xml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QString error;
            QVERIFY2(parseXml(path, &error), qPrintable(path + QStringLiteral(": ") + error));
            ++files;
        }
        QVERIFY(files >= 5);
    }

    void theParserRefusesBrokenXml() {
        // The check above can fail: a truncated file is reported with its line.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.field-meta.xml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?>\n<CustomField xmlns=\"http://soap.sforce.com/2006/04/metadata\">\n"
                "<label>x</label>\n");
        f.close();
        QString error;
        QVERIFY(!parseXml(path, &error));
        QVERIFY(!error.isEmpty());
    }

    void everyFieldReadIsReadableInBothSets() {
        QStringList missing;
        for (auto obj = m_usage.read.begin(); obj != m_usage.read.end(); ++obj)
            for (const QString& field : obj.value())
                for (const QString& perm : permissionNames(obj.key(), field))
                    for (const PermissionSet& set : m_sets)
                        if (!set.fields.value(perm).readable)
                            missing << QStringLiteral("%1: %2 (read by VMS as %3.%4)")
                                           .arg(set.name, perm, obj.key(), field);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void everyFieldWrittenIsEditableInBothSets() {
        QStringList missing;
        for (auto obj = m_usage.written.begin(); obj != m_usage.written.end(); ++obj)
            for (const QString& field : obj.value())
                for (const QString& perm : permissionNames(obj.key(), field))
                    for (const PermissionSet& set : m_sets)
                        if (!set.fields.value(perm).editable)
                            missing << QStringLiteral("%1: %2 (written by VMS as %3.%4)")
                                           .arg(set.name, perm, obj.key(), field);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void everyObjectIsReadAndWrittenPerTheMatrix() {
        QStringList missing;
        for (const PermissionSet& set : m_sets) {
            for (auto obj = m_usage.read.begin(); obj != m_usage.read.end(); ++obj) {
                if (obj.key() == u"Task")
                    continue; // no object permissions for activities: the EditTask user permission below
                const ObjectAccess a = set.objects.value(obj.key());
                // VMS caches the whole program, not only the records the user owns.
                if (!a.read || !a.viewAll)
                    missing << QStringLiteral("%1: read and View All of %2").arg(set.name, obj.key());
            }
            for (auto obj = m_usage.written.begin(); obj != m_usage.written.end(); ++obj) {
                if (obj.key() == u"Task") {
                    if (!set.userPermissions.contains(QStringLiteral("EditTask")))
                        missing << QStringLiteral("%1: the EditTask user permission").arg(set.name);
                    continue;
                }
                const ObjectAccess a = set.objects.value(obj.key());
                if (!a.edit)
                    missing << QStringLiteral("%1: edit of %2").arg(set.name, obj.key());
                if (m_usage.createdObjects.contains(obj.key()) && !a.create)
                    missing << QStringLiteral("%1: create of %2").arg(set.name, obj.key());
            }
            if (!set.userPermissions.contains(QStringLiteral("ApiEnabled")))
                missing << QStringLiteral("%1: the ApiEnabled user permission").arg(set.name);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void onlyAdminsDeleteAndAdminsMayDoAllCoordinatorsMay() {
        // salesforce-org.md: deleting events, organizations and participations is the Admin's.
        const PermissionSet& coordinator = m_sets[m_coordinatorSet];
        const PermissionSet& admin = m_sets[m_adminSet];
        for (auto it = coordinator.objects.begin(); it != coordinator.objects.end(); ++it) {
            QVERIFY2(!it.value().del && !it.value().modifyAll, qPrintable(it.key()));
            const ObjectAccess a = admin.objects.value(it.key());
            QVERIFY2(a.read >= it.value().read && a.create >= it.value().create &&
                         a.edit >= it.value().edit && a.viewAll >= it.value().viewAll,
                     qPrintable(it.key()));
        }
        for (auto it = coordinator.fields.begin(); it != coordinator.fields.end(); ++it) {
            const FieldAccess a = admin.fields.value(it.key());
            QVERIFY2(a.readable >= it.value().readable && a.editable >= it.value().editable,
                     qPrintable(it.key()));
        }
        QVERIFY(coordinator.userPermissions - admin.userPermissions == QSet<QString>());
        QVERIFY(std::any_of(admin.objects.begin(), admin.objects.end(),
                            [](const ObjectAccess& a) { return a.del; }));
    }

    void fieldPermissionsAreWellFormed() {
        for (const PermissionSet& set : m_sets) {
            QVERIFY(!set.fields.isEmpty());
            for (auto it = set.fields.begin(); it != set.fields.end(); ++it) {
                const QStringList parts = it.key().split(u'.');
                QVERIFY2(parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty(),
                         qPrintable(it.key()));
                // Edit without read is refused by the org; a field that takes no permission fails the deploy.
                QVERIFY2(it.value().readable, qPrintable(it.key()));
                const QString object = parts[0] == u"Event" ? QStringLiteral("Task") : parts[0];
                QVERIFY2(permissionNames(object, parts[1]).contains(it.key()),
                         qPrintable(it.key() + QStringLiteral(" takes no field permission")));
                // Task and Event share field-level security: each names its twin with the same access.
                if (parts[0] == u"Task" || parts[0] == u"Event") {
                    const QString twin =
                        (parts[0] == u"Task" ? QStringLiteral("Event.") : QStringLiteral("Task.")) + parts[1];
                    QVERIFY2(set.fields.contains(twin), qPrintable(twin));
                    QCOMPARE(set.fields.value(twin).editable, it.value().editable);
                }
            }
        }
    }

    void externalIdsAreExternalAndUnique() {
        QVERIFY(!m_usage.externalIds.isEmpty());
        for (auto obj = m_usage.externalIds.begin(); obj != m_usage.externalIds.end(); ++obj) {
            for (const QString& field : obj.value()) {
                QString error;
                const auto root = parseXml(fieldFile(obj.key(), field), &error);
                QVERIFY2(root, qPrintable(fieldFile(obj.key(), field) + QStringLiteral(": ") + error));
                QCOMPARE(root->name, QStringLiteral("CustomField"));
                QCOMPARE(root->childText(QStringLiteral("fullName")), field);
                QCOMPARE(root->childText(QStringLiteral("externalId")), QStringLiteral("true"));
                QCOMPARE(root->childText(QStringLiteral("unique")), QStringLiteral("true"));
                QCOMPARE(root->childText(QStringLiteral("type")), QStringLiteral("Text"));
                // Client ids are UUIDs: 36 characters.
                QVERIFY(root->childText(QStringLiteral("length")).toInt() >= 36);
            }
        }
    }

    void tasksClientIdIsPlainText() {
        // Activity fields cannot be External IDs (salesforce-org.md): VMS looks a Task up by it instead.
        QString error;
        const auto root =
            parseXml(fieldFile(QStringLiteral("Task"), QStringLiteral("VMS_Client_Id__c")), &error);
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->childText(QStringLiteral("type")), QStringLiteral("Text"));
        QVERIFY(root->childText(QStringLiteral("length")).toInt() >= 36);
        QVERIFY(root->childText(QStringLiteral("externalId")) != u"true");
        QVERIFY(root->childText(QStringLiteral("unique")) != u"true");
    }

    void everyFieldVmsAddsIsGrantedInBothSets() {
        // A field this project adds to the org is VMS's own: both sets read and write it.
        QDirIterator it(metadataDir() + QStringLiteral("/objects"), {QStringLiteral("*.field-meta.xml")},
                        QDir::Files, QDirIterator::Subdirectories);
        int fields = 0;
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            QString object = file.dir().absolutePath().section(u'/', -2, -2);
            if (object == u"Activity")
                object = QStringLiteral("Task");
            const QString field = file.fileName().section(u'.', 0, 0);
            for (const QString& perm : permissionNames(object, field))
                for (const PermissionSet& set : m_sets)
                    QVERIFY2(set.fields.value(perm).editable, qPrintable(set.name + u' ' + perm));
            ++fields;
        }
        QVERIFY(fields >= 5);
    }

    void connectedAppIsTheOneTheSignInExpects() {
        QDirIterator it(metadataDir() + QStringLiteral("/connectedApps"),
                        {QStringLiteral("*.connectedApp-meta.xml")});
        QVERIFY(it.hasNext());
        QString error;
        const auto root = parseXml(it.next(), &error);
        QVERIFY2(root, qPrintable(error));
        QVERIFY(!root->childText(QStringLiteral("contactEmail")).isEmpty());
        QVERIFY(!root->childText(QStringLiteral("label")).isEmpty());
        const XmlElement* oauth = root->child(QStringLiteral("oauthConfig"));
        QVERIFY(oauth);
        // salesforce-org.md: PKCE, the loopback callback, scopes api refresh_token; a desktop program has
        // no secret to keep.
        QCOMPARE(oauth->childText(QStringLiteral("callbackUrl")),
                 QStringLiteral("http://localhost:1717/OauthRedirect"));
        QCOMPARE(oauth->childText(QStringLiteral("isPkceRequired")), QStringLiteral("true"));
        QCOMPARE(oauth->childText(QStringLiteral("isConsumerSecretOptional")), QStringLiteral("true"));
        QCOMPARE(oauth->childText(QStringLiteral("isSecretRequiredForRefreshToken")),
                 QStringLiteral("false"));
        QSet<QString> scopes;
        for (const XmlElement* s : oauth->all(QStringLiteral("scopes")))
            scopes.insert(s->text);
        QCOMPARE(scopes, (QSet<QString>{QStringLiteral("Api"), QStringLiteral("RefreshToken")}));
    }
};

QTEST_GUILESS_MAIN(TestOrgSetupMetadata)
#include "tst_OrgSetupMetadata.moc"
