#pragma once

#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/salesforce/CancelToken.h"
#include "core/salesforce/OrgMapping.h"
#include "core/sync/SyncTypes.h"

#include <QSqlDatabase>
#include <QVariantMap>

#include <nlohmann/json.hpp>

namespace vms {

class SalesforceClient;

// Sends the outbox to the org, exactly once in effect:
//  - records created in VMS (walk-in volunteers, new attendance) are upserted by VMS_Client_Id__c, so a
//    replay after a lost answer finds the record the first attempt made (201 then 200, never a twin);
//  - edits of records the org already has are first checked against the org's SystemModstamp: if the
//    org changed since VMS last pulled, each edited field is compared with the value VMS based its edit
//    on. A field changed on both sides becomes a conflict (kept, never overwritten either way); fields
//    changed only here are pushed (merge).
//  - an outbox entry leaves only when the org confirmed it and the user has not changed it since.
//  - a record the org refuses stays queued with its error (state 'failed') and is retried next run.
class Pusher final {
public:
    Pusher(QSqlDatabase db, SalesforceClient& client, const OrgMapping& mapping, const Clock& clock);
    Status run(SyncSummary& summary, const CancelToken& cancel, const ProgressCallback& progress);

    // Do two column values mean the same (numbers compared as numbers, null == empty text)?
    static bool sameValue(const QVariant& a, const QVariant& b);

private:
    struct Entry {
        qint64 id = 0, localId = 0;
        QString entity, operation, fieldsText;
        QVariantMap fields, base;
        QString baseModstamp;
        QString sfId, clientId;
    };

    std::vector<Entry> load(const QString& entity);
    Status pushCreates(const QString& entity, std::vector<Entry>& entries, SyncSummary& summary,
                       const CancelToken& cancel);
    Status pushEdits(const QString& entity, std::vector<Entry>& entries, SyncSummary& summary,
                     const CancelToken& cancel);
    // Completes an entry the org accepted: sets the Salesforce Id, removes the entry unless it changed.
    void confirmed(const Entry& e, const QString& table, const QString& sfId);
    void failed(const Entry& e, const QString& code, const QString& message, SyncSummary& summary);
    nlohmann::json columnToJson(const QVariant& v, FieldType type) const;
    QString now() const;

    QSqlDatabase m_db;
    SalesforceClient& m_client;
    const OrgMapping& m_mapping;
    const Clock& m_clock;
};

} // namespace vms
