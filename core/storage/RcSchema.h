#pragma once

#include "core/storage/Schema.h"

namespace samspil {

/// Migration 4: relational coordination surveys and their responses (both replicated).
Status migrateRelationalCoordination(QSqlDatabase& db);
QVector<TableSpec> relationalCoordinationTableSpecs();

} // namespace samspil
