#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/db/Outbox.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/SyncTypes.h"

#include <QSet>
#include <QSqlDatabase>
#include <QVariantMap>

#include <nlohmann/json.hpp>

namespace vms {

class SalesforceClient;
struct SaveResult;
struct RecordError;

// Sends the outbox to the org, exactly once in effect, as the mapping's writes() say, entity by entity
// in their order (a record others point at goes first, and their references are filled with its new Id;
// a record whose parent has not reached the org waits, saying so):
//  - a record created in VMS is upserted by its client id (VMS_Client_Id__c) where that is an External
//    ID, so a replay after a lost answer finds the record the first attempt made; where it is not (Task),
//    it is created, and a create whose answer was lost is looked up by its client id before it is sent
//    again;
//  - an edit of a record the org has is first checked against the org's values: a field changed there
//    since VMS pulled it becomes a conflict (kept, never overwritten either way); a value equal to what
//    this client last sent is its own write whose answer was lost, never a conflict;
//  - a delete goes by Id; "already deleted" counts as done.
// What is about to be sent is recorded on the entry before each call. When an answer is lost, the same
// run reads the records back, confirms what landed and sends what did not, then goes on.
// An entry leaves the outbox only when the org confirmed exactly what was sent, or answered that the
// record is gone (then the user is told). Whatever else the org refuses, record by record or a whole
// call, stays on its entries (code, message, fields), is retried next run, and blocks nothing else.
// The run stops only when the org cannot be reached, the sign-in is gone, the day's API budget is used
// up, or it is cancelled.
class Pusher final {
public:
    Pusher(QSqlDatabase db, SalesforceClient& client, const OrgMapping& mapping, const Clock& clock);
    Status run(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress);

    static bool sameValue(const QVariant& a, const QVariant& b) { return Outbox::sameValue(a, b); }

private:
    // An entry with the record it changes.
    struct Item {
        OutboxEntry entry;
        QVariantMap row; // the record's columns (empty when its row is gone)
        QString sfId, clientId;
    };

    Status pushCreates(const WriteMapping& w, std::vector<Item> items, int round);
    Status pushUpdates(const WriteMapping& w, std::vector<Item> items, int round);
    Status pushDeletes(const WriteMapping& w, const std::vector<OutboxEntry>& entries);

    Result<std::optional<QVariantMap>> readRow(const WriteMapping& w, qint64 localId);
    // The value a written column takes: for a reference, the Salesforce Id of the local record it points
    // at (`waitsFor` names that record's entity while the org does not have it yet).
    Status columnValue(const WriteMapping& w, const QString& column, const QVariantMap& row, QVariant& value,
                       QString& waitsFor);
    // Salesforce Ids of records created without an External ID, by client id (SOQL on the client id field).
    Result<QHash<QString, QString>> lookUpByClientId(const WriteMapping& w, const QStringList& clientIds);
    Status recordSent(const std::vector<std::pair<const Item*, QVariantMap>>& sent,
                      const QHash<qint64, QVariantMap>& ownWrites = {});
    // The org accepted the item: confirm what landed, adopt a new Id and fill in references to it. Runs
    // in the caller's transaction (one per collection call).
    Status accepted(const WriteMapping& w, Item& item, const QVariantMap& landed, const QString& newSfId);
    // The org refused it (record by record): gone, or failed with its error.
    Status refused(const WriteMapping& w, const Item& item, const RecordError& error);
    Status failed(const WriteMapping& w, const Item& item, const OutboxError& error);
    Status gone(const WriteMapping& w, const Item& item, const RecordError& error);
    bool isGone(const WriteMapping& w, const RecordError& error) const;
    const FieldMapping* fieldFor(const WriteMapping& w, const OutboxEntry& entry,
                                 const QString& column) const;
    nlohmann::json columnToJson(const QVariant& v, FieldType type) const;
    // The org fields an item would send that the last setup check found missing (or not writable), as
    // "Object.Field": while there are any, the change is held with that reason instead of being refused.
    QStringList missingFieldsFor(const WriteMapping& w, const Item& item, bool create) const;
    QString now() const;

    QSqlDatabase m_db;
    SalesforceClient& m_client;
    const OrgMapping& m_mapping;
    const Clock& m_clock;
    Outbox m_outbox;
    QSet<QString> m_missingFields; // from the last setup check (OrgSetupCheck), "Object.Field"
    SyncSummary* m_summary = nullptr;
    const CancelToken* m_cancel = nullptr;
};

} // namespace vms
