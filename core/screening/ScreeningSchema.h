#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 3: the append-only, replicated `screening` table.
Status migrateScreening(QSqlDatabase& db);
/// Version 5: a covering index for the latest decided risk of every citizen.
Status migrateScreeningLatestIndex(QSqlDatabase& db);
QVector<TableSpec> screeningTableSpecs();

/// Registers screening (version 3) and its latest-risk index (version 5) with the engine (core/Modules.cpp calls it at start-up).
void registerScreeningSchema();

} // namespace samspil
