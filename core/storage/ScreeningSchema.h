#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 3: the append-only, replicated `screening` table.
Status migrateScreening(QSqlDatabase& db);
QVector<TableSpec> screeningTableSpecs();

} // namespace samspil
