#pragma once

#include <QString>

namespace vms {

// How a reference to a Salesforce Account (a volunteer's primary affiliation, an affiliation's
// organization) is shown on screen: never as a raw Id. One rule for every list, page and roster.
class AccountName final {
public:
    // "001..." with 15 or 18 characters: an Account Id rather than free text someone typed.
    static bool looksLikeAccountId(const QString& value);
    // `cachedName` when the Account is in the cache (organization, school or district); else free text as
    // written; else, for an Account Id whose record has not reached the cache, "(organization not synced
    // yet)".
    static QString display(const QString& reference, const QString& cachedName);
};

} // namespace vms
