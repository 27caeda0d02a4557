#pragma once

#include "core/util/Result.h"

class QSqlDatabase;

namespace samspil {

/// Covering indexes for the dashboard's reads (core/stats/StatsQueries): local, not replicated.
Status migrateStatsIndexes(QSqlDatabase& db);

/// Registers the dashboard's covering indexes (version 10) with the engine (core/Modules.cpp calls it at start-up).
void registerStatsSchema();

} // namespace samspil
