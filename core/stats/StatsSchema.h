#pragma once

#include "core/util/Result.h"

class QSqlDatabase;

namespace samspil {

/// Covering indexes for the dashboard's reads (core/stats/StatsQueries): local, not replicated.
Status migrateStatsIndexes(QSqlDatabase& db);

/// Covering indexes for the next-step facts' and the dashboard's reads of talks, notes and
/// conferences (version 16): local, not replicated.
Status migrateStatsIndexesForFacts(QSqlDatabase& db);

/// Registers the dashboard's covering indexes (versions 10 and 16) with the engine (core/Modules.cpp calls it at start-up).
void registerStatsSchema();

} // namespace samspil
