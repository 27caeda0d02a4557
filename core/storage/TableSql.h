#pragma once

#include "core/storage/Schema.h"

#include <QString>
#include <QStringList>

namespace samspil {

/// The statements every row write runs on a replicated table (Database::write and sync's
/// Replica), built once per table: they run tens of thousands of times in an import or a sync.
struct TableSql
{
    QStringList columns; ///< the replicated columns, in the spec's order
    QString select;      ///< those columns and sync_clock of the row with id = ?
    QString insert;      ///< id, the columns, sync_clock, updated_at
    QString insertNew;   ///< the same, doing nothing when the id is already there (sync's bulk path)
};

/// The statements of this table (built for every table at first use; safe from any thread).
const TableSql& tableSql(const TableSpec& spec);

} // namespace samspil
