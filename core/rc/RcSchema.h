#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 4: relational coordination surveys and their responses (both replicated).
Status migrateRelationalCoordination(QSqlDatabase& db);
QVector<TableSpec> relationalCoordinationTableSpecs();

/// Registers relational coordination (version 4) with the engine (core/Modules.cpp calls it at start-up).
void registerRcSchema();

} // namespace samspil
