#pragma once

#include "core/util/Result.h"

class QSqlDatabase;

namespace samspil {

/// Covering indexes for the dashboard's reads (core/storage/StatsQueries): local, not replicated.
Status migrateStatsIndexes(QSqlDatabase& db);

} // namespace samspil
