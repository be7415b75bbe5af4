#include "core/domain/AccountName.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vms {

bool AccountName::looksLikeAccountId(const QString& value) {
    static const QRegularExpression accountId(QStringLiteral("^001[0-9A-Za-z]{12}([0-9A-Za-z]{3})?$"));
    return accountId.match(value).hasMatch();
}

QString AccountName::display(const QString& reference, const QString& cachedName) {
    if (!cachedName.isEmpty())
        return cachedName;
    if (looksLikeAccountId(reference))
        return QCoreApplication::translate("vms::AccountName", "(organization not synced yet)");
    return reference;
}

} // namespace vms
