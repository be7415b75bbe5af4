#include "Schema.h"

namespace fakeforce {

int ObjectDef::fieldIndex(QStringView n) const {
    return byLowerName.value(n.toString().toLower(), -1);
}

int ObjectDef::relationshipIndex(QStringView n) const {
    return byLowerRelationship.value(n.toString().toLower(), -1);
}

namespace {

// Builder that keeps the field table readable.
class ObjectBuilder final {
public:
    ObjectBuilder(ObjectDef& o, const char* name, const char* label, const char* prefix, bool custom)
        : m_o(o) {
        m_o.name = QString::fromLatin1(name);
        m_o.nameUtf8 = name;
        m_o.label = QString::fromLatin1(label);
        m_o.keyPrefix = prefix;
        m_o.custom = custom;
        sys("Id", FieldType::Id, Storage::SysId, 18);
        sys("IsDeleted", FieldType::Boolean, Storage::SysDeleted, 0);
        sys("CreatedDate", FieldType::DateTime, Storage::SysCreated, 0);
        sys("LastModifiedDate", FieldType::DateTime, Storage::SysModified, 0);
        sys("SystemModstamp", FieldType::DateTime, Storage::SysModstamp, 0);
    }

    FieldDef& add(const char* name, FieldType type, int length = 0) {
        FieldDef f;
        f.name = QString::fromLatin1(name);
        f.nameUtf8 = name;
        f.label = f.name;
        f.label.remove(QStringLiteral("__c"));
        f.label.replace(u'_', u' ');
        f.type = type;
        f.length = length;
        switch (type) {
        case FieldType::Reference:
            f.storage = Storage::Ref;
            f.length = 18;
            break;
        case FieldType::Picklist:
        case FieldType::MultiPicklist:
            f.storage = Storage::Pick;
            f.length = length ? length : 255;
            break;
        case FieldType::Boolean:
            f.storage = Storage::Bool;
            f.nillable = false;
            break;
        case FieldType::Double:
            f.storage = Storage::Num;
            break;
        case FieldType::Date:
            f.storage = Storage::Date;
            break;
        case FieldType::DateTime:
            f.storage = Storage::DateTime;
            break;
        case FieldType::Email:
            f.storage = Storage::Text;
            f.length = 80;
            break;
        case FieldType::Phone:
            f.storage = Storage::Text;
            f.length = 40;
            break;
        case FieldType::TextArea:
            f.storage = Storage::Text;
            f.length = length ? length : 32768;
            break;
        default:
            f.storage = Storage::Text;
            f.length = length ? length : 255;
            break;
        }
        f.column = m_o.columnCount++;
        m_o.fields.push_back(f);
        return m_o.fields.back();
    }

    FieldDef& ref(const char* name, int target) {
        FieldDef& f = add(name, FieldType::Reference);
        f.refObject = target;
        if (f.name.endsWith(QStringLiteral("__c")))
            f.relationshipName = f.name.chopped(3) + QStringLiteral("__r");
        else if (f.name.endsWith(QStringLiteral("Id")))
            f.relationshipName = f.name.chopped(2);
        return f;
    }

    // A reference that may point at any of several objects (Task.WhatId: "Related To").
    FieldDef& polyRef(const char* name, std::initializer_list<int> targets) {
        FieldDef& f = add(name, FieldType::Reference); // Text storage: the 18-character id
        f.storage = Storage::Text;
        f.length = 18;
        f.polymorphicTo = targets;
        f.relationshipName = f.name.chopped(2);
        return f;
    }

    FieldDef& combobox(const char* name, const QStringList& values) {
        FieldDef& f = add(name, FieldType::Combobox, 255);
        f.picklist = values;
        return f;
    }

    FieldDef& pick(const char* name, const QStringList& values, bool multi = false) {
        FieldDef& f = add(name, multi ? FieldType::MultiPicklist : FieldType::Picklist, multi ? 4099 : 255);
        f.picklist = values;
        return f;
    }

    // VMS_Client_Id__c as the org's setup adds it: text 36, External ID, unique (a client-made UUID).
    FieldDef& vmsClientId() {
        FieldDef& f = add("VMS_Client_Id__c", FieldType::String, 36);
        f.externalId = f.unique = true;
        return f;
    }

    FieldDef& fullName() {
        FieldDef f;
        f.name = QStringLiteral("Name");
        f.nameUtf8 = "Name";
        f.label = QStringLiteral("Full Name");
        f.type = FieldType::String;
        f.storage = Storage::FullName;
        f.length = 121;
        f.createable = f.updateable = false;
        m_o.fields.push_back(f);
        return m_o.fields.back();
    }

private:
    void sys(const char* name, FieldType type, Storage storage, int length) {
        FieldDef f;
        f.name = QString::fromLatin1(name);
        f.nameUtf8 = name;
        f.label = f.name;
        f.type = type;
        f.storage = storage;
        f.length = length;
        f.nillable = false;
        f.createable = f.updateable = false;
        m_o.fields.push_back(f);
    }

    ObjectDef& m_o;
};

QStringList list(std::initializer_list<const char*> values) {
    QStringList out;
    for (const char* v : values)
        out << QString::fromUtf8(v);
    return out;
}

} // namespace

Schema::Schema() {
    m_objects.resize(kObjectCount);
    {
        ObjectBuilder b(m_objects[kAccount], "Account", "Account", "001", false);
        b.add("Name", FieldType::String).required = true;
        b.pick("Type", list({"Household", "School District", "School", "Business", "Nonprofit", "Government",
                             "Foundation", "Higher Education", "Faith-Based", "Other"}));
        b.add("Description", FieldType::TextArea, 32000);
        b.ref("ParentId", kAccount);
        b.add("BillingStreet", FieldType::TextArea, 255);
        b.add("BillingCity", FieldType::String, 40);
        b.add("BillingState", FieldType::String, 80);
        b.add("BillingPostalCode", FieldType::String, 20);
        b.add("BillingCountry", FieldType::String, 80);
        FieldDef& lad = b.add("LastActivityDate", FieldType::Date);
        lad.createable = lad.updateable = false;
        b.add("School_Code_External_ID__c", FieldType::String, 50).externalId = true;
        b.add("Connector_Account_Name__c", FieldType::String, 255);
        b.vmsClientId();
    }
    {
        ObjectBuilder b(m_objects[kContact], "Contact", "Contact", "003", false);
        b.ref("AccountId", kAccount);
        b.add("FirstName", FieldType::String, 40);
        b.add("LastName", FieldType::String, 80).required = true;
        b.add("MiddleName", FieldType::String, 40);
        b.fullName();
        b.pick("Contact_Type__c", list({"Volunteer", "Teacher", "Student"}));
        b.add("Email", FieldType::Email);
        b.add("npe01__AlternateEmail__c", FieldType::Email);
        b.add("npe01__HomeEmail__c", FieldType::Email);
        b.add("npe01__WorkEmail__c", FieldType::Email);
        b.pick("npe01__Preferred_Email__c", list({"Personal", "Work", "Alternate"}));
        b.add("Phone", FieldType::Phone);
        b.add("HomePhone", FieldType::Phone);
        b.add("MobilePhone", FieldType::Phone);
        b.add("npe01__WorkPhone__c", FieldType::Phone);
        b.pick("npe01__PreferredPhone__c", list({"Home", "Work", "Mobile", "Other"}));
        b.ref("npsp__Primary_Affiliation__c", kAccount);
        b.add("Title", FieldType::String, 128);
        b.add("Department", FieldType::String, 80);
        b.pick("Gender__c", list({"Female", "Male", "Non-binary", "Prefer not to say"}));
        b.add("Birthdate", FieldType::Date);
        b.pick("Racial_Ethnic_Background__c",
               list({"Asian", "Black/African American", "Hispanic/Latino", "Native American",
                     "Pacific Islander", "White", "Multi-racial", "Prefer not to say"}));
        b.pick("Age_Group__c", list({"Under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"}));
        b.pick("Highest_Level_of_Educational__c",
               list({"High School", "Some College", "Associate", "Bachelor's", "Master's", "Doctorate"}));
        b.pick("Volunteer_Skills__c",
               list({"Engineering", "Finance", "Healthcare", "Technology", "Trades", "Arts", "Law",
                     "Public Speaking", "Mentoring"}),
               true);
        b.add("Volunteer_Skills_Text__c", FieldType::TextArea, 32768);
        b.pick("Volunteer_Interests__c",
               list({"Career Talks", "Job Shadows", "Mock Interviews", "Mentoring"}), true);
        b.add("Volunteer_Recruitment_Notes__c", FieldType::TextArea, 32768);
        b.add("First_Volunteer_Date__c", FieldType::Date);
        b.add("Last_Volunteer_Date__c", FieldType::Date);
        b.add("Number_of_Attended_Volunteer_Sessions__c", FieldType::Double);
        b.add("DoNotCall", FieldType::Boolean);
        b.add("npsp__Do_Not_Contact__c", FieldType::Boolean);
        b.add("HasOptedOutOfEmail", FieldType::Boolean);
        b.add("MailingStreet", FieldType::TextArea, 255);
        b.add("MailingCity", FieldType::String, 40);
        b.add("MailingState", FieldType::String, 80);
        b.add("MailingPostalCode", FieldType::String, 20);
        b.add("MailingCountry", FieldType::String, 80);
        b.add("Local_Student_ID__c", FieldType::String, 40);
        b.pick("Current_Grade__c",
               list({"K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"}));
        b.ref("Class__c", kClass);
        b.vmsClientId();
        b.pick("Volunteer_Status__c", list({"Active", "Inactive", "On Hold"})).restricted = true;
    }
    {
        ObjectBuilder b(m_objects[kAffiliation], "npe5__Affiliation__c", "Affiliation", "a0A", true);
        b.ref("npe5__Organization__c", kAccount);
        b.ref("npe5__Contact__c", kContact);
        b.add("npe5__Role__c", FieldType::String, 255);
        b.add("npe5__Primary__c", FieldType::Boolean);
        b.pick("npe5__Status__c", list({"Current", "Former", "Pending"}));
        b.add("npe5__StartDate__c", FieldType::Date);
        b.add("npe5__EndDate__c", FieldType::Date);
    }
    {
        ObjectBuilder b(m_objects[kSession], "Session__c", "Session", "a0B", true);
        b.add("Name", FieldType::String, 80);
        b.pick("Session_Type__c", list({"Career Talk", "Job Shadow", "Mock Interview", "Classroom Speaker",
                                        "Field Trip", "Mentoring", "Workshop"}));
        b.pick("Format__c", list({"In-Person", "Virtual", "Hybrid"}));
        b.add("Start_Date_and_Time__c", FieldType::DateTime);
        b.add("End_Date_and_Time__c", FieldType::DateTime);
        b.pick("Session_Status__c",
               list({"Draft", "Requested", "Confirmed", "Published", "Completed", "Cancelled"}));
        b.add("Location_Information__c", FieldType::TextArea, 1000);
        b.add("Description__c", FieldType::TextArea, 32768);
        b.add("Cancellation_Reason__c", FieldType::String, 255);
        b.add("Non_Scheduled_Students_Count__c", FieldType::Double);
        b.ref("District__c", kAccount);
        b.ref("School__c", kAccount);
        b.ref("Parent_Account__c", kAccount);
        b.pick("Requested_Skills__c",
               list({"Engineering", "Finance", "Healthcare", "Technology", "Trades", "Arts", "Law",
                     "Public Speaking", "Mentoring"}),
               true);
        b.add("Total_Requested_Volunteer_Jobs__c", FieldType::Double);
        b.add("Available_Slots__c", FieldType::Double);
        b.add("Session_Host__c", FieldType::String, 255);
        b.add("Registration_Link__c", FieldType::TextArea, 1300);
        b.vmsClientId();
    }
    {
        ObjectBuilder b(m_objects[kParticipant], "Session_Participant__c", "Session Participant", "a0C",
                        true);
        FieldDef& name = b.add("Name", FieldType::String, 80);
        name.createable = name.updateable = false;
        name.autoNumberPrefix = QStringLiteral("SP-");
        b.ref("Contact__c", kContact);
        b.ref("Session__c", kSession).required = true;
        b.pick("Participant_Type__c", list({"Volunteer", "Student", "Teacher", "Presenter"}));
        FieldDef& status =
            b.pick("Status__c", list({"Attended", "Completed", "Successfully Completed", "No-Show", "No Show",
                                      "Cancelled", "Canceled", "Registered", "Scheduled", "Confirmed"}));
        status.restricted = true;
        b.add("Delivery_Hours__c", FieldType::Double);
        b.pick("Age_Group__c", list({"Under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"}));
        b.add("Email__c", FieldType::Email);
        b.add("Title__c", FieldType::String, 128);
        b.add("Notes__c", FieldType::TextArea, 32768); // long text area
        b.vmsClientId();
    }
    {
        ObjectBuilder b(m_objects[kClass], "Class__c", "Class", "a0D", true);
        b.add("Name", FieldType::String, 80);
        b.ref("School__c", kAccount);
        b.add("Class_Year_Number__c", FieldType::Double);
    }
    {
        ObjectBuilder b(m_objects[kUser], "User", "User", "005", false);
        b.add("Username", FieldType::String, 80);
        b.add("FirstName", FieldType::String, 40);
        b.add("LastName", FieldType::String, 80).required = true;
        b.fullName();
        b.add("Email", FieldType::Email);
        b.add("IsActive", FieldType::Boolean);
    }
    {
        ObjectBuilder b(m_objects[kPermissionSet], "PermissionSet", "Permission Set", "0PS", false);
        b.add("Name", FieldType::String, 80).required = true;
        b.add("Label", FieldType::String, 80);
        b.add("IsOwnedByProfile", FieldType::Boolean);
    }
    {
        ObjectBuilder b(m_objects[kPermissionSetAssignment], "PermissionSetAssignment",
                        "Permission Set Assignment", "0Pa", false);
        b.ref("AssigneeId", kUser).required = true;
        b.ref("PermissionSetId", kPermissionSet).required = true;
    }
    {
        // Activities: standard Task with the fields VMS reads and writes (salesforce-org.md).
        ObjectBuilder b(m_objects[kTask], "Task", "Task", "00T", false);
        b.combobox("Subject", list({"Call", "Send Letter", "Send Quote", "Other"}));
        b.pick("Type", list({"Call", "Email", "Meeting", "Other"}));
        FieldDef& status =
            b.pick("Status",
                   list({"Not Started", "In Progress", "Completed", "Waiting on someone else", "Deferred"}));
        status.required = true;
        status.defaultValue = QStringLiteral("Not Started");
        b.add("ActivityDate", FieldType::Date);
        b.add("Description", FieldType::TextArea, 32000);
        b.ref("WhoId", kContact);
        b.polyRef("WhatId", {kAccount, kSession});
        FieldDef& owner = b.ref("OwnerId", kUser);
        owner.required = true;
        owner.defaultsToCaller = true;
        // Activity fields cannot be External IDs: plain text, so an upsert by it is refused (INVALID_FIELD).
        b.add("VMS_Client_Id__c", FieldType::String, 36);
    }
    for (int i = 0; i < kObjectCount; ++i) {
        ObjectDef& o = m_objects[size_t(i)];
        m_byLowerName.insert(o.name.toLower(), i);
        for (int f = 0; f < int(o.fields.size()); ++f) {
            o.byLowerName.insert(o.fields[size_t(f)].name.toLower(), f);
            if (!o.fields[size_t(f)].relationshipName.isEmpty())
                o.byLowerRelationship.insert(o.fields[size_t(f)].relationshipName.toLower(), f);
        }
    }
}

int Schema::objectIndex(QStringView name) const {
    return m_byLowerName.value(name.toString().toLower(), -1);
}

int Schema::objectIndexForPrefix(const QByteArray& prefix) const {
    for (int i = 0; i < objectCount(); ++i)
        if (m_objects[size_t(i)].keyPrefix == prefix)
            return i;
    return -1;
}

const Schema& schema() {
    static const Schema s;
    return s;
}

} // namespace fakeforce
