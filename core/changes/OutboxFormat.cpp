#include "core/changes/OutboxFormat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace vms::outbox {

QString encodeFields(const QVariantMap& fields) {
    // A SQL NULL arrives as a typed null QVariant, which QJsonValue::fromVariant would turn into 0 or "".
    QJsonObject o;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(),
                 it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QVariantMap decodeFields(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

QString tableForEntity(const QString& entity) {
    return entity == u"volunteer" ? QStringLiteral("volunteers") : QStringLiteral("participations");
}

} // namespace vms::outbox
