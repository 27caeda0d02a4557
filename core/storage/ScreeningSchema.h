#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 3: the append-only, replicated `screening` table.
Status migrateScreening(QSqlDatabase& db);
/// Version 5: a covering index for the latest decided risk of every citizen.
Status migrateScreeningLatestIndex(QSqlDatabase& db);
QVector<TableSpec> screeningTableSpecs();

} // namespace samspil
