#pragma once

#include "core/storage/Schema.h"
#include "core/util/Result.h"

#include <QVector>

class QSqlDatabase;

namespace samspil {

/// The citizen's data (issue 7): the change audit's columns in audit_log (which record, which
/// fields), and the two replicated tables erasure leaves behind: `erasure` (that an erasure
/// happened: when, by whom, on what basis) and `erased_row` (the ids of the rows removed, so that
/// a late copy from a PC that had not yet heard of it is dropped, never brought back).
Status migrateCitizenData(QSqlDatabase& db);
QVector<TableSpec> citizenDataTableSpecs();

} // namespace samspil
