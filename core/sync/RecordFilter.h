#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace vms {

class RecordView;

// Evaluates a mapping's SOQL filter ("Contact_Type__c = 'Volunteer' OR Contact_Type__c = null",
// "Type NOT IN ('Household','School')") against a record the org sent.
//
// Why: the sync engine pulls each Salesforce object with ONE query (so an unchanged org costs one call
// per object) and routes every record to the local entity whose filter it matches. Routing locally also
// notices a contact whose type changed (volunteer -> teacher), which per-entity queries would miss.
//
// The subset: comparisons = != with a quoted string, null, true or false; IN / NOT IN (list); AND, OR,
// NOT and parentheses. Comparisons are case-insensitive like SOQL's string equality.
class RecordFilter final {
public:
    static Result<RecordFilter> parse(const QString& soqlCondition);
    RecordFilter();
    ~RecordFilter();
    RecordFilter(const RecordFilter&);
    RecordFilter& operator=(const RecordFilter&);
    RecordFilter(RecordFilter&&) noexcept;
    RecordFilter& operator=(RecordFilter&&) noexcept;

    // Whether a record of a page matches; fieldSlots[i] is the page slot of fields()[i] (-1: the page
    // does not carry it, which reads as null). An empty filter matches everything. A record that arrived
    // as JSON is read through RecordPage::fromJson().
    bool matches(const RecordView& record, const std::vector<int>& fieldSlots) const;
    // The fields the filter reads (they must be selected for routing).
    const QStringList& fields() const { return m_fields; }

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
    QStringList m_fields;
};

} // namespace vms
