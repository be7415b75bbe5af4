#pragma once

#include "core/common/Error.h"

#include <string>

namespace vms::sqlite {
class Connection;
}

namespace vms::DeferredIndexes {

// Secondary indexes set aside while a table is first filled, and put back afterwards.
//
// Why: on a first sync every row goes into an empty table, and keeping each secondary index up to date
// row by row (random inserts into several B-trees, rewritten to the WAL at every commit) cost more than
// the rows themselves; building an index once over the loaded rows (a sort) is several times cheaper.
// Only plain CREATE INDEX indexes are deferred, never a UNIQUE one: uniqueness is a rule the data must
// keep while it loads (and the sf_id upsert needs its index).
//
// Crash safety: each dropped index's CREATE statement is kept in `meta` (key "deferred_index.<name>") in
// the same transaction as the DROP; restore() runs at the end of the object's pull whatever its outcome,
// at the start of every pull, and when the cache is opened (Database::open), so an index is never lost
// for good. Meanwhile queries stay correct, only slower, and a first sync has nothing to show yet.

// Drops `table`'s plain secondary indexes, remembering them. Only meant for an empty table.
Status defer(sqlite::Connection& db, const std::string& table);
// Recreates every index defer() set aside (on any table) and forgets them. `rebuilt`: how many.
Status restore(sqlite::Connection& db, int* rebuilt = nullptr);

} // namespace vms::DeferredIndexes
