#pragma once

#include <QString>
#include <QVariantMap>

namespace vms::outbox {

// How an outbox entry stores its fields: a JSON object {column: value}, with SQL NULL as JSON null.
// LocalChanges writes it, the Pusher and Conflicts read and rewrite it; this is the one encoding.
QString encodeFields(const QVariantMap& fields);
QVariantMap decodeFields(const QString& json);

// The cache table that holds an outbox entry's record ("volunteer" -> "volunteers").
QString tableForEntity(const QString& entity);

} // namespace vms::outbox
